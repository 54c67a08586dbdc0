// npm run bench:block — the slowest block a proposer can make: for each message kind, one block
// filled to the consensus max_gas with transactions of that kind (gas limits set to what each
// transaction uses, signatures not yet verified: a byzantine proposer's block, which no mempool has
// seen), at the genesis default max_gas (BENCH_MAX_GAS overrides). FinalizeBlock's time per gas
// bounds what max_gas may be: the aim is that a full block of the most expensive kind finalizes
// within 1 s on this machine. BENCH_KINDS=send,vote picks kinds; BENCH_PROFILE=<path prefix> writes
// a CPU profile of each measured block.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { cpus, totalmem } from "node:os";
import { secp256k1 } from "@noble/curves/secp256k1";
import { QueryAccountInfoRequest, QueryAccountInfoResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgWithdrawDelegatorReward } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { MsgBeginRedelegate, MsgCreateValidator, MsgDelegate, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { SignedMsgType } from "cosmjs-types/tendermint/types/types";
import { MsgSubmitMisbehaviour } from "../codegen/ais/slashing/v1/tx.js";
import type { aisModules } from "../chain/app/ais.js";
import type { AppModule } from "../chain/app/module.js";
import { signTx, type SigningKey } from "../chain/client/tx.js";
import { DEFAULT_MAX_BLOCK_GAS } from "../chain/node/genesis.js";
import { operatorAddressOf } from "../chain/node/gentx.js";
import { sha256 } from "../chain/store/hash.js";
import { accAddress, accString, secp256k1Address } from "../chain/types/address.js";
import { validatorAddress as consensusAddressOf } from "../chain/crypto/cometbft.js";
import { testGenesis, testKeys, testValidator, TEST_CHAIN_ID } from "../test/helpers/chain.js";
import { startBenchChain } from "./chain.js";

const MAX_GAS = BigInt(process.env.BENCH_MAX_GAS ?? DEFAULT_MAX_BLOCK_GAS);
const VALIDATORS = 21;
const SIGNERS = 3_000;
const MIN_GAS_PRICE_MILLI = 3n; // 0.0025 uais per gas at genesis, rounded up

interface Kind {
  name: string;
  /** The n-th transaction's messages, signed by `signer` (whose index is `i`). */
  messages(signer: SigningKey, i: number, n: number): Any[];
  /** Transactions one signer may send in one block (entries limits, one validator per operator). */
  perSigner: number;
}

const validators = Array.from({ length: VALIDATORS }, (_, i) => testValidator(`v${i}`));
const operators = validators.map((v) => operatorAddressOf(v.operator.address));
const signers: SigningKey[] = Array.from({ length: SIGNERS }, (_, i) => {
  const privateKey = sha256(new TextEncoder().encode(`bench signer ${i}`));
  const publicKey = secp256k1.getPublicKey(privateKey, true);
  return { privateKey, publicKey, address: accString(secp256k1Address(publicKey)) };
});
const fresh = (n: number) => accString(sha256(new TextEncoder().encode(`fresh ${n}`)).slice(0, 20));
const coin = (amount: bigint | number) => ({ denom: "uais", amount: amount.toString() });
const pack = <M>(codec: { typeUrl: string; fromPartial(p: object): M; encode(m: M): { finish(): Uint8Array } }, partial: object): Any => ({
  typeUrl: codec.typeUrl,
  value: codec.encode(codec.fromPartial(partial)).finish(),
});

const vote = (hash: number) => ({
  type: SignedMsgType.SIGNED_MSG_TYPE_PREVOTE,
  height: 3n,
  round: 0,
  blockId: { hash: new Uint8Array(32).fill(hash), partSetHeader: { total: 1, hash: new Uint8Array(32).fill(hash) } },
  timestamp: { seconds: 1n, nanos: 0 },
  // A real validator's address, so that the handler goes as far as checking both signatures.
  validatorAddress: consensusAddressOf(Buffer.from(validators[0]!.consensusPubKey, "base64")),
  validatorIndex: 0,
  signature: new Uint8Array(64).fill(hash),
});

const kinds: Kind[] = [
  { name: "send (to a new account)", perSigner: 1_000, messages: (s, _i, n) => [pack(MsgSend, { fromAddress: s.address, toAddress: fresh(n), amount: [coin(1)] })] },
  {
    name: "multi-send (1 input, 100 new accounts)",
    perSigner: 1_000,
    messages: (s, _i, n) => [
      pack(MsgMultiSend, {
        inputs: [{ address: s.address, coins: [coin(100)] }],
        outputs: Array.from({ length: 100 }, (_, k) => ({ address: fresh(n * 100 + k + 1_000_000), coins: [coin(1)] })),
      }),
    ],
  },
  { name: "delegate", perSigner: 1_000, messages: (s, _i, n) => [pack(MsgDelegate, { delegatorAddress: s.address, validatorAddress: operators[n % VALIDATORS], amount: coin(1_000_000) })] },
  { name: "undelegate", perSigner: 7 * VALIDATORS, messages: (s, _i, n) => [pack(MsgUndelegate, { delegatorAddress: s.address, validatorAddress: operators[n % VALIDATORS], amount: coin(1_000) })] },
  {
    name: "redelegate",
    perSigner: 7 * (VALIDATORS - 1),
    messages: (s, _i, n) => [pack(MsgBeginRedelegate, { delegatorAddress: s.address, validatorSrcAddress: operators[0], validatorDstAddress: operators[1 + (n % (VALIDATORS - 1))], amount: coin(1_000) })],
  },
  { name: "withdraw rewards", perSigner: 1_000, messages: (s, _i, n) => [pack(MsgWithdrawDelegatorReward, { delegatorAddress: s.address, validatorAddress: operators[n % VALIDATORS] })] },
  { name: "vote", perSigner: 1_000, messages: (s) => [pack(MsgVote, { proposalId: 1n, voter: s.address, option: VoteOption.VOTE_OPTION_YES })] },
  {
    name: "submit proposal",
    perSigner: 50, // 100 AIS of deposit each

    messages: (s) => [pack(MsgSubmitProposal, { messages: [], initialDeposit: [coin(100_000_000)], proposer: s.address, title: "bench", summary: "a community proposal" })],
  },
  {
    name: "create validator",
    perSigner: 1,
    messages: (s, i) => [
      pack(MsgCreateValidator, {
        description: { moniker: `bench${i}` },
        commission: { rate: "100000000000000000", maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
        minSelfDelegation: "1",
        validatorAddress: operatorAddressOf(s.address),
        pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: sha256(new TextEncoder().encode(`cons ${i}`)) }).finish() },
        value: coin(1_000_000),
      }),
    ],
  },
  { name: "misbehaviour report (forged votes)", perSigner: 1_000, messages: (s) => [pack(MsgSubmitMisbehaviour, { reporter: s.address, voteA: vote(1), voteB: vote(2) })] },
];

/** Funds every signer, delegates from each to every validator and opens a community proposal (block 2). */
function seeder(keepers: ReturnType<typeof aisModules>): AppModule[] {
  return [
    {
      name: "bench-seed",
      storeNames: [],
      beginBlock(ctx) {
        if (ctx.header.height !== 2) return;
        const { bank, staking, gov } = keepers;
        const holder = accAddress(testKeys.private.address);
        for (const signer of signers) {
          const address = accAddress(signer.address);
          bank.keeper.send(ctx, holder, address, [{ denom: "uais", amount: 10_000_000_000n }]);
          for (const operator of operators) staking.keeper.delegate(ctx, address, staking.keeper.validator(ctx, operator)!, 1_000_000n);
        }
        const submit = gov.msgs!.find((r) => r.typeUrl === MsgSubmitProposal.typeUrl)!;
        submit.handle(ctx, MsgSubmitProposal.fromPartial({ messages: [], initialDeposit: [coin(1_000_000_000)], proposer: testKeys.private.address, title: "bench", summary: "bench", metadata: "ipfs://bench" }));
      },
    },
  ];
}

const picked = process.env.BENCH_KINDS?.split(",");
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(`max_gas ${MAX_GAS}; ${VALIDATORS} validators, ${SIGNERS} signers each delegating to every validator; one block per kind, signatures unverified before the block`);
console.log("| kind | txs | gas used | FinalizeBlock | per 1,000 gas | a full block at max_gas |");
console.log("|---|---|---|---|---|---|");
for (const kind of kinds.filter((k) => picked === undefined || picked.some((p) => k.name.startsWith(p)))) {
  const genesis = testGenesis(validators);
  const chain = startBenchChain("blockfill", genesis.app_state, { seedModules: seeder, maxGas: MAX_GAS });
  await chain.block();
  await chain.block();
  const accounts = new Map<string, { accountNumber: bigint; sequence: bigint }>();
  const accountNumber = (signer: SigningKey) => {
    if (!accounts.has(signer.address)) accounts.set(signer.address, accountOf(chain, signer.address));
    return accounts.get(signer.address)!;
  };
  // Gas of one transaction, by simulation; the block's transactions ask exactly that much.
  const probe = signTx({ messages: kind.messages(signers[0]!, 0, 0), fee: [], gasLimit: 0n }, signers[0]!, { chainId: TEST_CHAIN_ID, ...accountNumber(signers[0]!) });
  const simulated = chain.app.simulate(probe);
  const expectFailures = kind.name.startsWith("misbehaviour");
  if (simulated.code !== 0 && !expectFailures) throw new Error(`${kind.name}: simulation failed: ${simulated.log}`);
  // Entries lists grow as a signer repeats a kind (undelegations, redelegations): room for the longest.
  const gasLimit = BigInt(simulated.gasUsed) * 2n;
  const count = Number(MAX_GAS / gasLimit);
  const sequences = new Map<string, bigint>();
  const txs: Uint8Array[] = [];
  for (let n = 0; n < count; n++) {
    const i = Math.floor(n / kind.perSigner);
    if (i >= SIGNERS) throw new Error(`${kind.name}: more than ${SIGNERS} signers needed`);
    const signer = signers[i]!;
    const { accountNumber: number, sequence } = accountNumber(signer);
    const next = sequences.get(signer.address) ?? sequence;
    sequences.set(signer.address, next + 1n);
    const fee = [coin((gasLimit * MIN_GAS_PRICE_MILLI + 999n) / 1000n)];
    txs.push(signTx({ messages: kind.messages(signer, i, n), fee, gasLimit }, signer, { chainId: TEST_CHAIN_ID, accountNumber: number, sequence: next }));
  }
  // The seeding left garbage (63,000 delegations in one block): collect it now, not in the block measured.
  (globalThis as { gc?: () => void }).gc?.();
  const profile = process.env.BENCH_PROFILE === undefined ? undefined : await startProfile();
  const { ms, results } = await chain.blockWith(txs);
  if (profile !== undefined) writeFileSync(`${process.env.BENCH_PROFILE}-${kind.name.split(" ")[0]}.cpuprofile`, JSON.stringify(await profile()));
  const used = results.reduce((sum, r) => sum + r.gasUsed, 0n);
  const failed = results.filter((r) => r.code !== 0);
  if (!expectFailures && failed.length > 0) throw new Error(`${kind.name}: ${failed.length} transactions failed, e.g. ${failed[0]!.log}`);
  const perKiloGas = (ms * 1000) / Number(used);
  console.log(`| ${kind.name} | ${txs.length} | ${used} | ${ms.toFixed(0)} ms | ${(perKiloGas * 1000).toFixed(1)} µs | ${((perKiloGas * Number(MAX_GAS)) / 1000).toFixed(0)} ms |`);
  await chain.close();
}

function accountOf(chain: ReturnType<typeof startBenchChain>, address: string): { accountNumber: bigint; sequence: bigint } {
  const response = chain.app.query({ path: "/cosmos.auth.v1beta1.Query/AccountInfo", data: QueryAccountInfoRequest.encode({ address }).finish(), height: 0n, prove: false });
  if (response.code !== 0) throw new Error(response.log);
  const { info } = QueryAccountInfoResponse.decode(response.value);
  return { accountNumber: info!.accountNumber, sequence: info!.sequence };
}

/** Starts V8's CPU profiler; the returned function stops it and gives the profile. */
async function startProfile(): Promise<() => Promise<unknown>> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return async () => {
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    return profile;
  };
}
