// The structure-aware fuzzer: 10,000 transactions built from a message of every routed type, mutated
// at the protobuf field level (see test/helpers/mutate.ts) in the body, the auth info or the TxRaw,
// most of them signed again so that they reach the handlers. They run in blocks here, then the same
// blocks are replayed by two child processes with other V8 settings: every result and app hash must
// be identical, and a chain fed only the transactions that were not refused must reach the same app
// hashes (a refusal changes nothing). Every block also checks the chain's invariants.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MsgMultiSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { TestChain } from "../../test/helpers/chain.js";
import { testKeys, TEST_CHAIN_ID } from "../../test/helpers/chain.js";
import { fixedValidators, fuzzAccounts, replayInChild, startDifferentialChain, verdict, type RecordedBlocks, type TxVerdict } from "../../test/helpers/differential.js";
import { messageTemplates } from "../../test/helpers/msg-templates.js";
import { mutateMessage, mutateValues } from "../../test/helpers/mutate.js";
import { Random } from "../../test/helpers/random.js";
import { signParts, signTx, txParts } from "../../test/helpers/txs.js";
import { parseMessage, serialize } from "../../test/helpers/wire-tree.js";
import { aisModules } from "./ais.js";
import { operatorAddressOf } from "../node/gentx.js";

const CASES = 10_000;
const PER_BLOCK = 25;
const accounts = fuzzAccounts(PER_BLOCK);
const [v0, v1] = fixedValidators(2).map((v) => operatorAddressOf(v.operator.address)) as [string, string];
const dir = mkdtempSync(join(tmpdir(), "ais-fuzz-"));
const routedTypes = aisModules().modules.flatMap((m) => (m.msgs ?? []).map((r) => r.typeUrl)).sort();
let chain: TestChain;

beforeAll(async () => {
  chain = await startDifferentialChain();
});
afterAll(async () => {
  await chain.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("structure-aware fuzzing of every message type", () => {
  it("refuses without changing state, and gives the same results under other V8 settings", async () => {
    const rng = new Random(0xa15);
    const recorded: RecordedBlocks = { blocks: [] };
    const seen: TxVerdict[][] = [];
    const run = async (txs: Uint8Array[]) => {
      recorded.blocks.push(txs.map((tx) => Buffer.from(tx).toString("hex")));
      const { results } = await chain.block(txs);
      seen.push(results.map(verdict));
    };

    const funder = chain.account(testKeys.private.address)!;
    const funding = MsgMultiSend.fromPartial({
      inputs: [{ address: testKeys.private.address, coins: [{ denom: "uais", amount: String(PER_BLOCK * 1_000_000_000_000) }] }],
      outputs: accounts.map((a) => ({ address: a.address, coins: [{ denom: "uais", amount: "1000000000000" }] })),
    });
    await run([
      await signTx({
        signer: testKeys.private,
        chainId: TEST_CHAIN_ID,
        accountNumber: funder.accountNumber,
        sequence: funder.sequence,
        messages: [{ typeUrl: MsgMultiSend.typeUrl, value: MsgMultiSend.encode(funding).finish() }],
        gasLimit: 2_000_000n,
      }),
    ]);

    const seeded = new Set<string>();
    /** Message types of each fuzzed transaction, in block order. */
    const typesOf: string[][] = [];
    for (let block = 0; block * PER_BLOCK < CASES; block++) {
      const txs: Uint8Array[] = [];
      for (const [slot, signer] of accounts.entries()) {
        const account = chain.account(signer.address)!;
        const templates = messageTemplates({ signer: signer.address, other: testKeys.technology.address, validator: v0, otherValidator: v1, ownValidator: operatorAddressOf(signer.address), consensusKey: new Uint8Array(32).fill(slot + 1) });
        const names = Object.keys(templates).sort();
        // The first message walks through every template in turn; a second one is random.
        const first = names[(block * PER_BLOCK + slot) % names.length]!;
        const messages = [templates[first]!, ...(rng.int(4) === 0 ? [templates[rng.pick(names)]!] : [])];
        for (const any of messages) seeded.add(any.typeUrl);
        typesOf.push(messages.map((any) => any.typeUrl));
        const parts = txParts({ signer, chainId: TEST_CHAIN_ID, accountNumber: account.accountNumber, sequence: account.sequence, messages, gasLimit: BigInt(200_000 + rng.int(800_000)), memo: rng.int(3) === 0 ? "fuzz" : "" });
        let { bodyBytes, authInfoBytes } = parts;
        const roll = rng.int(100);
        const mutate = (bytes: Uint8Array, type: string, valuesOnly = false) => {
          const tree = parseMessage(bytes, type);
          if (valuesOnly) mutateValues(tree, rng);
          else mutateMessage(tree, rng, routedTypes);
          return serialize(tree);
        };
        // 0–14: as built; 15–39: values changed (reaches the handlers); 40–59: structure changed.
        if (roll >= 15 && roll < 40) bodyBytes = mutate(bodyBytes, "cosmos.tx.v1beta1.TxBody", true);
        else if (roll >= 40 && roll < 60) bodyBytes = mutate(bodyBytes, "cosmos.tx.v1beta1.TxBody");
        else if (roll >= 60 && roll < 75) authInfoBytes = mutate(authInfoBytes, "cosmos.tx.v1beta1.AuthInfo");
        // 75–84: the body changes after signing; 85–99: the TxRaw itself is mutated.
        const signature = await signParts(signer, TEST_CHAIN_ID, account.accountNumber, bodyBytes, authInfoBytes);
        if (roll >= 75 && roll < 85) bodyBytes = mutate(bodyBytes, "cosmos.tx.v1beta1.TxBody");
        let tx = TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
        if (roll >= 85) tx = serialize(((tree) => (mutateMessage(tree, rng, routedTypes), tree))(parseMessage(tx, "cosmos.tx.v1beta1.TxRaw")));
        txs.push(tx);
      }
      await run(txs);
    }

    expect([...seeded].sort()).toEqual(routedTypes);
    const all = seen.slice(1).flat();
    expect(all.length).toBeGreaterThanOrEqual(CASES);
    const codes = new Set(all.map(([code, codespace]) => `${codespace}/${code}`));
    const succeeded = all.filter(([code]) => code === 0).length;
    // The corpus reaches past decoding: many different refusals and a share of successes.
    expect(codes.size, [...codes].join(" ")).toBeGreaterThanOrEqual(15);
    expect(succeeded).toBeGreaterThan(CASES / 50);
    // Every message type got past decoding and the ante handler into its handler at least once.
    const handled = new Set(all.flatMap((v, i) => (v[5] ? typesOf[i]! : [])));
    expect([...handled].sort()).toEqual(routedTypes);

    const [larger, jitless] = await Promise.all([
      replayInChild(recorded, ["--stack-size=4000"], dir, "stack"),
      replayInChild(recorded, ["--jitless", "--stack-size=600"], dir, "jitless"),
    ]);
    expect(larger.results).toEqual(seen);
    expect(larger.withoutRefused).toEqual(larger.appHashes);
    expect(jitless).toEqual(larger);
  }, 900_000);
});
