// Blocks carrying the transactions that once split the chain — one whose body hides 15,000 nested
// groups (rejected on a node with the default stack, accepted on one with a larger stack), unknown
// fields in every part of a transaction — give the same results and app hashes whatever the V8
// settings of the node that runs them, and are refused with the SDK's codes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MsgMultiSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgSubmitProposal } from "cosmjs-types/cosmos/gov/v1/tx";
import { AuthInfo, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { TestChain } from "../../test/helpers/chain.js";
import { testKeys, TEST_CHAIN_ID } from "../../test/helpers/chain.js";
import { fuzzAccounts, replay, replayInChild, startDifferentialChain, verdict, type RecordedBlocks, type TxVerdict } from "../../test/helpers/differential.js";
import { nestedGroups } from "../../test/helpers/mutate.js";
import { msgSend, signParts, signTx, txParts } from "../../test/helpers/txs.js";
import { writeVarint } from "../../test/helpers/wire-tree.js";
import { GOV_AUTHORITY } from "../modules/authority.js";
import type { AccountKey } from "../node/wallet.js";
import { concat } from "../store/encoding.js";

const accounts = fuzzAccounts(20);
const dir = mkdtempSync(join(tmpdir(), "ais-differential-"));
let chain: TestChain;
const recorded: RecordedBlocks = { blocks: [] };
/** The parent's own results, per block. */
const seen: TxVerdict[][] = [];

async function record(txs: Uint8Array[]): Promise<TxVerdict[]> {
  recorded.blocks.push(txs.map((tx) => Buffer.from(tx).toString("hex")));
  const { results } = await chain.block(txs);
  const verdicts = results.map(verdict);
  seen.push(verdicts);
  return verdicts;
}

const field = (number: number, wire: number, content: Uint8Array | bigint): Uint8Array =>
  Uint8Array.from([...writeVarint(BigInt(number * 8 + wire)), ...(typeof content === "bigint" ? writeVarint(content) : [...writeVarint(BigInt(content.length)), ...content])]);

/** A transaction of `signer` whose parts `edit` may rewrite before they are signed. */
async function crafted(signer: AccountKey, messages: Any[], edit: { body?: (b: Uint8Array) => Uint8Array; authInfo?: (a: Uint8Array) => Uint8Array } = {}): Promise<Uint8Array> {
  const account = chain.account(signer.address)!;
  const options = { signer, chainId: TEST_CHAIN_ID, accountNumber: account.accountNumber, sequence: account.sequence, messages, gasLimit: 400_000n };
  const parts = txParts(options);
  const bodyBytes = edit.body?.(parts.bodyBytes) ?? parts.bodyBytes;
  const authInfoBytes = edit.authInfo?.(parts.authInfoBytes) ?? parts.authInfoBytes;
  const signature = await signParts(signer, TEST_CHAIN_ID, account.accountNumber, bodyBytes, authInfoBytes);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}

beforeAll(async () => {
  chain = await startDifferentialChain();
  const funding = MsgMultiSend.fromPartial({
    inputs: [{ address: testKeys.private.address, coins: [{ denom: "uais", amount: String(accounts.length * 10_000_000_000) }] }],
    outputs: accounts.map((a) => ({ address: a.address, coins: [{ denom: "uais", amount: "10000000000" }] })),
  });
  const account = chain.account(testKeys.private.address)!;
  const fund = await signTx({
    signer: testKeys.private,
    chainId: TEST_CHAIN_ID,
    accountNumber: account.accountNumber,
    sequence: account.sequence,
    messages: [{ typeUrl: MsgMultiSend.typeUrl, value: MsgMultiSend.encode(funding).finish() }],
    gasLimit: 2_000_000n,
  });
  expect((await record([fund]))[0]![0]).toBe(0);
});

afterAll(async () => {
  await chain.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("transactions that split nodes with different V8 settings", () => {
  it("are refused with the SDK's codes, and replay identically under --stack-size and --jitless", async () => {
    const [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13] = accounts.slice(0, 14) as [AccountKey, AccountKey, AccountKey, AccountKey, AccountKey, AccountKey, AccountKey, AccountKey, AccountKey, AccountKey, AccountKey, AccountKey, AccountKey, AccountKey];
    const send = (from: AccountKey) => msgSend(from.address, testKeys.technology.address, [{ denom: "uais", amount: "1000" }]);
    const sendWith = (from: AccountKey, extra: Uint8Array): Any => {
      const any = send(from);
      return { typeUrl: any.typeUrl, value: concat(any.value, extra) };
    };
    const wrapAny = (any: Any, extra: Uint8Array): Uint8Array => concat(field(1, 2, new TextEncoder().encode(any.typeUrl)), field(2, 2, any.value), extra);
    let deep: Any = send(a12);
    for (let i = 0; i < 40; i++) {
      deep = { typeUrl: MsgSubmitProposal.typeUrl, value: MsgSubmitProposal.encode(MsgSubmitProposal.fromPartial({ messages: [deep], proposer: GOV_AUTHORITY, title: "t", summary: "s" })).finish() };
    }
    const cases: [name: string, tx: Uint8Array, code: number, log?: RegExp][] = [
      ["15,000 nested groups in the body", await crafted(a0, [send(a0)], { body: (b) => concat(b, nestedGroups(15, 15_000)) }), 2, /TxBody: field 15 is a group/],
      ["nested groups inside a message", await crafted(a1, [sendWith(a1, nestedGroups(9, 15_000))]), 2, /MsgSend: field 9 is a group/],
      ["an unknown critical field in the body", await crafted(a2, [send(a2)], { body: (b) => concat(b, field(6, 0, 1n)) }), 2, /TxBody: unknown field 6/],
      ["an unknown non-critical field in the body (allowed)", await crafted(a3, [send(a3)], { body: (b) => concat(b, field(1025, 2, Uint8Array.of(1, 2, 3))) }), 0],
      ["an unknown field in a message", await crafted(a4, [sendWith(a4, field(4, 2, Uint8Array.of(1)))]), 2, /MsgSend: unknown field 4/],
      ["an unknown non-critical field in a message", await crafted(a5, [sendWith(a5, field(1025, 0, 1n))]), 2, /MsgSend: unknown field 1025/],
      ["an unknown field in the auth info", await crafted(a6, [send(a6)], { authInfo: (a) => concat(a, field(4, 0, 7n)) }), 2, /AuthInfo: unknown field 4/],
      [
        "an unknown field in a message's Any",
        await crafted(a7, [send(a7)], { body: () => concat(field(1, 2, wrapAny(send(a7), field(3, 0, 1n)))) }),
        2,
        /Any: unknown field 3/,
      ],
      ["invalid UTF-8 in the memo", await crafted(a8, [send(a8)], { body: (b) => concat(b, field(2, 2, Uint8Array.of(0x61, 0xff))) }), 2, /TxBody: field 2 \(memo\) is not valid UTF-8/],
      ["the memo given twice", await crafted(a9, [send(a9)], { body: (b) => concat(b, field(2, 2, Uint8Array.of(0x61)), field(2, 2, Uint8Array.of(0x62))) }), 2, /field 2 \(memo\) is given twice/],
      ["the memo with a varint's wire type", await crafted(a10, [send(a10)], { body: (b) => concat(b, field(2, 0, 5n)) }), 2, /field 2 \(memo\) has wire type 0, expected 2/],
      ["an unknown field in the public key", await crafted(a11, [send(a11)], { authInfo: (a) => injectIntoPubKey(a, field(2, 0, 1n)) }), 2, /PubKey: unknown field 2/],
      ["messages nested 80 deep through Any", await crafted(a12, [deep]), 2, /nested deeper than 32/],
      ["a plain transfer", await crafted(a13, [send(a13)]), 0],
    ];
    const verdicts = await record(cases.map(([, tx]) => tx));
    cases.forEach(([name, , code], i) => expect(verdicts[i]![0], name).toBe(code));
    // The logs, which consensus does not see, name each refusal.
    for (const [name, tx, , log] of cases) if (log !== undefined) expect(chain.app.checkTx({ tx, type: 0 }).log, name).toMatch(log);

    const here = await replay(recorded);
    expect(here.results).toEqual(seen);
    expect(here.withoutRefused).toEqual(here.appHashes);
    const [larger, jitless] = await Promise.all([
      replayInChild(recorded, ["--stack-size=4000"], dir, "stack"),
      replayInChild(recorded, ["--jitless", "--stack-size=600"], dir, "jitless"),
    ]);
    expect(larger).toEqual(here);
    expect(jitless).toEqual(here);
  }, 300_000);
});

/** Appends `extra` to the secp256k1 PubKey inside the auth info's first signer info. */
function injectIntoPubKey(authInfoBytes: Uint8Array, extra: Uint8Array): Uint8Array {
  const authInfo = AuthInfo.decode(authInfoBytes);
  const info = authInfo.signerInfos[0]!;
  info.publicKey = { typeUrl: info.publicKey!.typeUrl, value: concat(info.publicKey!.value, extra) };
  return AuthInfo.encode(authInfo).finish();
}
