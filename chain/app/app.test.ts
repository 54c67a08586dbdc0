import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { RequestFinalizeBlock, RequestInitChain } from "cosmjs-types/tendermint/abci/types";
import { silentLogger } from "../logger.js";
import { MultiStore } from "../store/multistore.js";
import { toHex, utf8 } from "../store/encoding.js";
import { DEFAULT_STAKING_PARAMS } from "../modules/staking/params.js";
import { consensusModule } from "../modules/consensus/module.js";
import { assertValidQueryProof } from "../../test/helpers/proofs.js";
import { MSG_PUT_NOTE, NOTES_STORE, noteTx, notesModule, putNoteCodec } from "../../test/helpers/notes-module.js";
import { checkTimeoutHeight, consumeTxSizeGas } from "./ante.js";
import { EngineFault } from "./errors.js";
import { ResponseProcessProposal_ProposalStatus } from "cosmjs-types/tendermint/abci/types";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { concat } from "../store/encoding.js";
import { AisApp } from "./app.js";

const CHAIN_ID = "ais-test-1";
const dirs: string[] = [];
const stores: MultiStore[] = [];

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function openApp(path?: string): { app: AisApp; store: MultiStore; path: string } {
  const dir = path ?? mkdtempSync(join(tmpdir(), "ais-app-"));
  if (path === undefined) dirs.push(dir);
  const consensus = consensusModule({ evidenceRetention: () => DEFAULT_STAKING_PARAMS });
  const modules = [consensus, notesModule()];
  const storeNames = modules.flatMap((m) => m.storeNames);
  const store = path === undefined ? MultiStore.create({ path: dir, storeNames }) : MultiStore.open({ path: dir, storeNames });
  stores.push(store);
  const app = new AisApp({
    chainId: CHAIN_ID,
    version: "test",
    modules,
    consensus: consensus.keeper,
    anteDecorators: [checkTimeoutHeight, consumeTxSizeGas()],
    store,
    logger: silentLogger,
  });
  return { app, store, path: dir };
}

function genesis(appState: unknown = { notes: { notes: [{ key: "hello", value: "world" }] } }, maxGas = 10_000_000n) {
  return RequestInitChain.fromPartial({
    chainId: CHAIN_ID,
    initialHeight: 1n,
    time: { seconds: 1_700_000_000n, nanos: 0 },
    consensusParams: { block: { maxBytes: 22020096n, maxGas } },
    appStateBytes: utf8.encode(JSON.stringify(appState)),
  });
}

function block(height: number, txs: Uint8Array[] = []) {
  return RequestFinalizeBlock.fromPartial({ height: BigInt(height), time: { seconds: 1_700_000_000n + BigInt(height), nanos: 0 }, txs });
}

async function produce(app: AisApp, height: number, txs: Uint8Array[] = []) {
  const response = app.finalizeBlock(block(height, txs));
  await app.commit();
  return response;
}

describe("AisApp block lifecycle", () => {
  it("initializes from genesis with a deterministic app hash and reports it in Info", async () => {
    const a = openApp();
    const b = openApp();
    const hashA = a.app.initChain(genesis()).appHash;
    const hashB = b.app.initChain(genesis()).appHash;
    expect(toHex(hashA)).toBe(toHex(hashB));
    expect(toHex(hashA)).not.toBe(toHex(openApp().app.initChain(genesis({})).appHash));
    expect(a.app.info().lastBlockHeight).toBe(0n);

    const first = await produce(a.app, 1);
    expect(a.app.info().lastBlockHeight).toBe(1n);
    expect(toHex(a.app.info().lastBlockAppHash)).toBe(toHex(first.appHash));
  });

  it("executes a transaction: result data, events, gas and state", async () => {
    const { app } = openApp();
    app.initChain(genesis());
    const result = (await produce(app, 1, [noteTx({ notes: [["k1", "v1"], ["k2", "v2"]] })])).txResults[0]!;
    expect(result.code).toBe(0);
    expect(result.gasUsed).toBeGreaterThan(0n);
    expect(result.gasWanted).toBe(200_000n);
    expect(TxMsgData.decode(result.data).msgResponses.map((r) => r.typeUrl)).toEqual([
      "/ais.test.v1.MsgPutNoteResponse",
      "/ais.test.v1.MsgPutNoteResponse",
    ]);
    const messageEvents = result.events.filter((e) => e.type === "message");
    expect(messageEvents.map((e) => e.attributes.find((a) => a.key === "action")?.value)).toEqual([MSG_PUT_NOTE, MSG_PUT_NOTE]);
    // baseapp's attributes: the first signer as sender, the module from the type URL, the index.
    expect(messageEvents.map((e) => e.attributes.map((a) => a.key))).toEqual([["action", "sender", "module", "msg_index"], ["action", "sender", "module", "msg_index"]]);
    expect(messageEvents[0]!.attributes.find((a) => a.key === "module")?.value).toBe("test");
    expect(result.events.every((e) => e.attributes.every((a) => a.index))).toBe(true);

    const query = app.query({ path: "/ais.test.v1.Query/Note", data: putNoteCodec.encode(["k2"]).finish(), height: 0n, prove: false });
    expect(query.code).toBe(0);
    expect(query.height).toBe(1n);
    expect(putNoteCodec.decode(query.value)[0]).toBe("v2");
  });

  it("rolls back a failing message but keeps the gas it used", async () => {
    const { app } = openApp();
    app.initChain(genesis());
    const before = app.finalizeBlock(block(1));
    await app.commit();
    const response = await produce(app, 2, [noteTx({ notes: [["a", "ok"], ["b", "fail"]] })]);
    const result = response.txResults[0]!;
    expect(result.code).toBe(2);
    expect(result.codespace).toBe("notes");
    expect(result.log).toBe("note b asked to fail: note rejected");
    expect(result.gasUsed).toBeGreaterThan(0n);
    expect(result.events).toEqual([]);
    // Nothing of the transaction remains: the app hash is that of an empty block on the same state.
    const noteA = app.query({ path: "store/notes/key", data: utf8.encode("a"), height: 0n, prove: false });
    expect(noteA.value.length).toBe(0);
    expect(toHex(response.appHash)).toBe(toHex(before.appHash));
  });

  it("turns an exception of ours into the fixed text 'internal', and halts on an engine error rather than make it a result", async () => {
    const { app } = openApp();
    app.initChain(genesis());
    await produce(app, 1);
    const bug = (await produce(app, 2, [noteTx({ notes: [["a", "bug"]] })])).txResults[0]!;
    expect([bug.codespace, bug.code, bug.log]).toEqual(["sdk", 1, "internal"]);
    const engine = noteTx({ notes: [["b", "engine"]] });
    // Outside block execution (here a simulation) the request is refused, with the same fixed text.
    expect(app.simulate(engine)).toMatchObject({ code: 1, log: "internal" });
    // In FinalizeBlock nothing of the engine reaches a result: the block fails and the node halts.
    expect(() => app.finalizeBlock(block(3, [engine]))).toThrow(EngineFault);
  });

  it("gives one result per transaction, whatever the bytes", async () => {
    const { app } = openApp();
    app.initChain(genesis());
    const txs = [
      Uint8Array.of(0xff, 0xff, 0xff),
      new Uint8Array(0),
      noteTx({ notes: [["x", "1"]], typeUrl: "/ais.unknown.v1.MsgNothing" }),
      noteTx({ notes: [["x", "1"]], gasLimit: 100n }),
      noteTx({ notes: [["x", "1"]], gasLimit: 20_000_000n }),
      noteTx({ notes: [["x", "1"]], timeoutHeight: 1n }),
      noteTx({ notes: [] }),
      noteTx({ notes: [["", "1"]] }),
      noteTx({ notes: [["ok", "1"]] }),
    ];
    expect((await produce(app, 1)).txResults).toEqual([]);
    const response = await produce(app, 2, txs);
    expect(response.txResults.map((r) => [r.codespace, r.code])).toEqual([
      ["sdk", 2], // undecodable
      ["sdk", 2], // empty
      ["sdk", 2], // unknown message type: its Any does not resolve (the SDK's unknownproto)
      ["sdk", 11], // out of gas
      ["sdk", 41], // gas limit above the block's max gas
      ["sdk", 30], // timed out
      ["sdk", 18], // no messages
      ["notes", 2], // fails the message's own validation
      ["", 0],
    ]);
    expect(response.txResults[3]!.gasUsed).toBe(100n);
    expect(response.txResults[2]!.log).toContain('unable to resolve type URL "/ais.unknown.v1.MsgNothing"');
  });

  it("checks transactions against the last commit, not the block being executed", async () => {
    const { app } = openApp();
    app.initChain(genesis());
    await produce(app, 1);
    const ok = app.checkTx({ tx: noteTx({ notes: [["c", "1"]] }), type: 0 });
    expect(ok.code).toBe(0);
    expect(ok.gasWanted).toBe(200_000n);
    expect(app.checkTx({ tx: Uint8Array.of(1, 2, 3), type: 0 }).code).toBe(2);
    expect(app.checkTx({ tx: noteTx({ notes: [["c", "1"]], timeoutHeight: 1n }), type: 1 }).code).toBe(30);
  });

  it("replays an uncommitted block to the same app hash after a restart", async () => {
    const first = openApp();
    first.app.initChain(genesis());
    await produce(first.app, 1, [noteTx({ notes: [["p", "1"]] })]);
    const txs = [noteTx({ notes: [["q", "2"]] })];
    const expected = first.app.finalizeBlock(block(2, txs)).appHash; // then the process "dies" before Commit
    await first.store.close();
    stores.splice(stores.indexOf(first.store), 1);

    const again = openApp(first.path);
    expect(again.app.info().lastBlockHeight).toBe(1n);
    const replayed = await produce(again.app, 2, txs);
    expect(toHex(replayed.appHash)).toBe(toHex(expected));
  });

  it("refuses a block out of order and a genesis for another chain", async () => {
    const { app } = openApp();
    expect(() => app.initChain({ ...genesis(), chainId: "other-1" })).toThrow(/differs from the configured chain id/);
    app.initChain(genesis());
    expect(() => app.finalizeBlock(block(5))).toThrow(/next height of the state is 1/);
  });

  it("rejects invalid genesis state with the module's reason", () => {
    expect(() => openApp().app.initChain(genesis({ notes: { notes: [{ key: "" }] } }))).toThrow(/genesis of module notes/);
    expect(() => openApp().app.initChain(genesis({ bogus: {} }))).toThrow(/unknown modules: bogus/);
    expect(() =>
      openApp().app.initChain({ ...genesis(), appStateBytes: utf8.encode("{not json") }),
    ).toThrow(/not valid JSON/);
  });
});

describe("AisApp queries", () => {
  it("serves store values with proofs that verify against the app hash", async () => {
    const { app } = openApp();
    app.initChain(genesis());
    await produce(app, 1);
    const second = await produce(app, 2, [noteTx({ notes: [["m", "2"]] })]);
    const present = app.query({ path: "store/notes/key", data: utf8.encode("m"), height: 2n, prove: true });
    expect(present.code).toBe(0);
    expect(present.height).toBe(2n);
    expect(present.key).toEqual(utf8.encode("m"));
    assertValidQueryProof(present.proofOps, { appHash: second.appHash, storeName: NOTES_STORE, key: utf8.encode("m"), value: utf8.encode("2") });

    const absent = app.query({ path: "/store/notes/key", data: utf8.encode("zz"), height: 2n, prove: true });
    expect(absent.code).toBe(0);
    expect(absent.value.length).toBe(0);
    assertValidQueryProof(absent.proofOps, { appHash: second.appHash, storeName: NOTES_STORE, key: utf8.encode("zz"), value: undefined });
  });

  it("answers bad queries with codes, like the SDK", async () => {
    const { app } = openApp();
    app.initChain(genesis());
    await produce(app, 1);
    const q = (path: string, height = 0n, prove = false, data = utf8.encode("hello")) => app.query({ path, data, height, prove });
    expect(q("store/notes/key", 1n, true)).toMatchObject({ code: 18, log: expect.stringContaining("height <= 1") });
    expect(q("store/notes/key", 9n)).toMatchObject({ code: 18, log: expect.stringContaining("future") });
    expect(q("store/nowhere/key")).toMatchObject({ code: 6 });
    expect(q("/cosmos.nothing.v1.Query/Nothing")).toMatchObject({ code: 6, height: 1n });
    expect(q("/ais.test.v1.Query/Note", 0n, false, Uint8Array.of(0xff))).toMatchObject({ code: 2 });
    expect(q("store/notes/key", -1n)).toMatchObject({ code: 18 });
    expect(q("store/notes/key")).toMatchObject({ code: 0, height: 1n, value: utf8.encode("world") });
  });

  it("serves the consensus params set at genesis", async () => {
    const { app } = openApp();
    app.initChain(genesis());
    await produce(app, 1);
    const response = app.query({ path: "/cosmos.consensus.v1.Query/Params", data: new Uint8Array(0), height: 0n, prove: false });
    const { QueryParamsResponse } = await import("cosmjs-types/cosmos/consensus/v1/query");
    expect(QueryParamsResponse.decode(response.value).params?.block?.maxGas).toBe(10_000_000n);
  });
});

describe("AisApp proposals", () => {
  it("fills a proposal up to max_tx_bytes and drops undecodable transactions", () => {
    const { app } = openApp();
    const tx = noteTx({ notes: [["a", "b"]] });
    const cost = 1 + 1 + tx.length;
    const response = app.prepareProposal({
      maxTxBytes: BigInt(cost * 2),
      txs: [tx, Uint8Array.of(0xff), tx, tx],
      localLastCommit: undefined,
      misbehavior: [],
      height: 1n,
      time: undefined,
      nextValidatorsHash: new Uint8Array(0),
      proposerAddress: new Uint8Array(0),
    } as never);
    expect(response.txs.length).toBe(2);
  });

  it("keeps proposals within max_gas in summed gas limits, as the SDK's PrepareProposal and ProcessProposal do", async () => {
    const { app } = openApp();
    app.initChain(genesis()); // max_gas 10,000,000
    await produce(app, 1);
    const tx = (gasLimit: bigint, key = "k") => noteTx({ notes: [[key, "v"]], gasLimit });
    const status = (txs: Uint8Array[]) => app.processProposal({ txs, height: 2n } as never).status;
    expect(status([tx(5_000_000n), tx(5_000_000n)])).toBe(ResponseProcessProposal_ProposalStatus.ACCEPT);
    expect(status([tx(5_000_000n), tx(5_000_000n), tx(1n)])).toBe(ResponseProcessProposal_ProposalStatus.REJECT);
    // A transaction the strict decoder refuses (an unknown field in TxRaw) makes the proposal invalid.
    expect(status([concat(tx(1n), Uint8Array.of(0x20, 0x01))])).toBe(ResponseProcessProposal_ProposalStatus.REJECT);
    const proposal = app.prepareProposal({ maxTxBytes: 1_000_000n, txs: [tx(6_000_000n, "a"), tx(5_000_000n, "b"), tx(4_000_000n, "c"), tx(1n, "d")] } as never);
    // b does not fit after a; c fills the block exactly, so d is not looked at.
    expect(proposal.txs.map((t) => putNoteCodec.decode(TxBody.decode(TxRaw.decode(t).bodyBytes).messages[0]!.value)[1])).toEqual(["a", "c"]);
  });

  it("meters a block's gas: the transaction that would pass max_gas fails with its messages undone, and none runs after", async () => {
    const { app } = openApp();
    app.initChain(genesis(undefined, 6_000n));
    await produce(app, 1);
    const txs = ["a", "b", "c", "d"].map((key) => noteTx({ notes: [[key, "v"]], gasLimit: 6_000n }));
    // A byzantine proposer's block (ProcessProposal would refuse it): FinalizeBlock still bounds it.
    const { txResults } = await produce(app, 2, txs);
    const used = txResults.map((r) => r.gasUsed);
    expect(used[0]! + used[1]!).toBeLessThanOrEqual(6_000n);
    expect(used[0]! + used[1]! + used[2]!).toBeGreaterThan(6_000n);
    expect(txResults.map((r) => [r.code, r.codespace])).toEqual([[0, ""], [0, ""], [11, "sdk"], [11, "sdk"]]);
    expect(txResults[2]!.log).toMatch(/block gas meter/);
    expect(txResults[3]!.log).toMatch(/no block gas left to run tx/);
    const note = (key: string) => app.query({ path: "store/notes/key", data: utf8.encode(key), height: 0n, prove: false }).value.length;
    expect(["a", "b", "c", "d"].map(note)).toEqual([1, 1, 0, 0]);
  });

  it("rejects a proposal carrying bytes that are not a transaction", () => {
    const { app } = openApp();
    const ok = app.processProposal({ txs: [noteTx({ notes: [["a", "b"]] })] } as never);
    const bad = app.processProposal({ txs: [Uint8Array.of(0xff)] } as never);
    expect([ok.status, bad.status]).toEqual([1, 2]);
  });
});
