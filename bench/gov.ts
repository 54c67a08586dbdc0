// npm run bench:gov — what ending a vote costs, in process: BENCH_VOTERS holders (each with liquid
// AIS and a delegation), all voting on one community proposal and one parameter proposal that end in
// the same block. Both tallies run in that block's EndBlock (as the SDK's do), so their cost bounds
// how many votes a proposal can take before its last block gets slow.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryProposalRequest, QueryProposalResponse } from "cosmjs-types/cosmos/gov/v1/query";
import { MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { RequestFinalizeBlock, RequestInitChain, type VoteInfo } from "cosmjs-types/tendermint/abci/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { MsgUpdateParams as EpochsUpdateParams } from "../codegen/ais/epochs/v1/tx.js";
import { aisModules, aisStoreNames, createAisApp } from "../chain/app/ais.js";
import type { Context } from "../chain/app/context.js";
import type { AppModule } from "../chain/app/module.js";
import { validatorAddress as consensusAddressOf } from "../chain/crypto/cometbft.js";
import { silentLogger } from "../chain/logger.js";
import { GOV_AUTHORITY } from "../chain/modules/authority.js";
import { sha256 } from "../chain/store/hash.js";
import { MultiStore } from "../chain/store/multistore.js";
import { accAddress, accString } from "../chain/types/address.js";
import { GENESIS_TIME, TEST_CHAIN_ID, testGenesis, testKeys, testValidator } from "../test/helpers/chain.js";

const VOTERS = Number(process.env.BENCH_VOTERS ?? 10_000);
const SEED_PER_BLOCK = 2_000;
const VALIDATORS = 21;
const VOTING_SECONDS = 3_600n;

const validators = Array.from({ length: VALIDATORS }, (_, i) => testValidator(`v${i}`));
const genesis = testGenesis(validators);
Object.assign((genesis.app_state.gov as { params: object }).params, { voting_period: `${VOTING_SECONDS}s`, expedited_voting_period: "600s" });
const voter = (i: number) => sha256(new TextEncoder().encode(`voter ${i}`)).slice(0, 20);

let seeded = 0;
let voted = 0;
let ids: bigint[] = [];
let tallyMs = 0;
const seeder = (keepers: ReturnType<typeof aisModules>): AppModule[] => {
  const { gov } = keepers;
  const endBlock = gov.endBlock!.bind(gov);
  gov.endBlock = (ctx) => {
    const start = performance.now();
    endBlock(ctx);
    tallyMs = performance.now() - start;
  };
  const route = (typeUrl: string) => gov.msgs!.find((r) => r.typeUrl === typeUrl)!;
  const submit = (ctx: Context, messages: { typeUrl: string; value: Uint8Array }[]) => {
    const msg = MsgSubmitProposal.fromPartial({ messages, initialDeposit: [{ denom: "uais", amount: "1000000000" }], proposer: testKeys.institutions.address, title: "bench", summary: "bench" });
    route("/cosmos.gov.v1.MsgSubmitProposal").handle(ctx, msg);
  };
  const epochs = { typeUrl: "/ais.epochs.v1.MsgUpdateParams", value: EpochsUpdateParams.encode({ authority: GOV_AUTHORITY, params: { epochDuration: { seconds: 3_600n, nanos: 0 } } }).finish() };
  return [
    {
      name: "bench-seed",
      storeNames: [],
      beginBlock(ctx) {
        const { bank, staking } = keepers;
        const holder = accAddress(testKeys.institutions.address);
        if (ctx.header.height < 2) return;
        if (ids.length === 0) {
          submit(ctx, []);
          submit(ctx, [epochs]);
          ids = [1n, 2n];
        }
        const operators = staking.keeper.allValidators(ctx);
        for (let n = 0; n < SEED_PER_BLOCK && seeded < VOTERS; n++, seeded++) {
          const address = voter(seeded);
          bank.keeper.send(ctx, holder, address, [{ denom: "uais", amount: 3_000_000n }]);
          staking.keeper.delegate(ctx, address, staking.keeper.validator(ctx, operators[seeded % VALIDATORS]!.operatorAddress)!, 1_000_000n);
        }
        for (let n = 0; n < SEED_PER_BLOCK && voted < seeded; n++, voted++) {
          for (const proposalId of ids) {
            route("/cosmos.gov.v1.MsgVote").handle(ctx, MsgVote.fromPartial({ proposalId, voter: accString(voter(voted)), option: voted % 3 === 0 ? VoteOption.VOTE_OPTION_NO : VoteOption.VOTE_OPTION_YES }));
          }
        }
      },
    },
  ];
};

const dir = mkdtempSync(join(tmpdir(), "ais-bench-gov-"));
const store = MultiStore.create({ path: dir, storeNames: aisStoreNames() });
const app = createAisApp({ chainId: TEST_CHAIN_ID, version: "bench", store, logger: silentLogger, seedModules: seeder });
const init = app.initChain(
  RequestInitChain.fromPartial({
    chainId: TEST_CHAIN_ID,
    initialHeight: 1n,
    time: { seconds: GENESIS_TIME, nanos: 0 },
    consensusParams: { block: { maxBytes: 22_020_096n, maxGas: 100_000_000n } },
    appStateBytes: new TextEncoder().encode(JSON.stringify(genesis.app_state)),
  }),
);
const votes: VoteInfo[] = init.validators.map((v) => ({ validator: { address: consensusAddressOf(v.pubKey!.ed25519!), power: v.power }, blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT }));

let height = 0;
let time = GENESIS_TIME;
async function block(seconds = 5n): Promise<number> {
  height++;
  time += seconds;
  const start = performance.now();
  app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(height), time: { seconds: time, nanos: 0 }, decidedLastCommit: { round: 0, votes: height === 1 ? [] : votes } }));
  const elapsed = performance.now() - start;
  await app.commit();
  return elapsed;
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(`setup: ${VOTERS} voters (liquid AIS and a delegation each) on a community and a parameter proposal, ${VALIDATORS} validators`);
while (voted < VOTERS) await block();
const quiet: number[] = [];
for (let i = 0; i < 20; i++) quiet.push(await block());
quiet.sort((a, b) => a - b);
console.log(`an ordinary block during the vote: p50 ${quiet[10]!.toFixed(1)} ms (gov EndBlock ${tallyMs.toFixed(2)} ms)`);
const ending = await block(VOTING_SECONDS);
for (const proposalId of ids) {
  const response = app.query({ path: "/cosmos.gov.v1.Query/Proposal", data: QueryProposalRequest.encode({ proposalId }).finish(), height: 0n, prove: false });
  const { proposal } = QueryProposalResponse.decode(response.value);
  const t = proposal!.finalTallyResult!;
  console.log(`proposal ${proposalId}: ${ProposalStatus[proposal!.status]}, yes ${t.yesCount}, no ${t.noCount}`);
}
console.log(`the block that ends both votes: FinalizeBlock ${ending.toFixed(0)} ms, of which gov EndBlock (two tallies, deposits, execution) ${tallyMs.toFixed(0)} ms`);
console.log(`per vote: ${((tallyMs * 1000) / (2 * VOTERS)).toFixed(0)} µs`);
console.log(`heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
await store.close();
rmSync(dir, { recursive: true, force: true });
