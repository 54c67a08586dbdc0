import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  Request,
  RequestFinalizeBlock,
  RequestPrepareProposal,
  RequestProcessProposal,
  Response,
  ResponseProcessProposal_ProposalStatus,
} from "cosmjs-types/tendermint/abci/types";
import { createLogger } from "../logger.js";
import type { AbciApplication } from "./application.js";
import { FrameDecoder, encodeFrame } from "./framing.js";
import { AbciServer } from "./server.js";

/** A stand-in state machine that records the order in which it was called. */
function recordingApp(calls: string[]): AbciApplication {
  const record = <T>(name: string, value: T) => {
    calls.push(name);
    return value;
  };
  return {
    info: () => record("info", { data: "test", version: "1", appVersion: 1n, lastBlockHeight: 7n, lastBlockAppHash: new Uint8Array(32) }),
    initChain: () => record("initChain", { validators: [], appHash: new Uint8Array(32) }),
    query: async (req) => {
      await new Promise((r) => setTimeout(r, 5)); // a slow handler must not reorder responses
      return record("query", { code: 0, log: "", info: "", index: 0n, key: req.data, value: new Uint8Array(0), height: 7n, codespace: "" });
    },
    checkTx: (req) => record("checkTx", { code: req.tx.length, data: new Uint8Array(0), log: "", info: "", gasWanted: 0n, gasUsed: 0n, events: [], codespace: "" }),
    prepareProposal: (req) => record("prepareProposal", { txs: req.txs }),
    processProposal: () => record("processProposal", { status: ResponseProcessProposal_ProposalStatus.ACCEPT }),
    extendVote: () => record("extendVote", { voteExtension: new Uint8Array(0) }),
    verifyVoteExtension: () => record("verifyVoteExtension", { status: 1 }),
    finalizeBlock: (req) => record("finalizeBlock", { events: [], txResults: [], validatorUpdates: [], appHash: new Uint8Array(32).fill(Number(req.height)) }),
    commit: () => record("commit", { retainHeight: 0n }),
    listSnapshots: () => record("listSnapshots", { snapshots: [] }),
    offerSnapshot: () => record("offerSnapshot", { result: 3 }),
    loadSnapshotChunk: () => record("loadSnapshotChunk", { chunk: new Uint8Array(0) }),
    applySnapshotChunk: () => record("applySnapshotChunk", { result: 3, refetchChunks: [], rejectSenders: [] }),
  };
}

class Client {
  private readonly decoder = new FrameDecoder();
  private readonly received: Response[] = [];
  private waiters: (() => void)[] = [];
  closed = false;

  constructor(readonly socket: Socket) {
    socket.on("data", (chunk) => {
      for (const frame of this.decoder.push(chunk)) this.received.push(Response.decode(frame));
      this.wake();
    });
    socket.on("close", () => {
      this.closed = true;
      this.wake();
    });
  }

  static async open(port: number): Promise<Client> {
    const socket = connect(port, "127.0.0.1");
    await new Promise((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    return new Client(socket);
  }

  send(...requests: Request[]): void {
    this.socket.write(Buffer.concat(requests.map((r) => encodeFrame(Request.encode(r).finish()))));
  }

  async take(count: number): Promise<Response[]> {
    while (this.received.length < count && !this.closed) await new Promise<void>((r) => this.waiters.push(r));
    return this.received.splice(0, count);
  }

  async untilClosed(): Promise<void> {
    while (!this.closed) await new Promise<void>((r) => this.waiters.push(r));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

const servers: AbciServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function start(calls: string[] = [], fatal: Error[] = [], logLines: string[] = []): Promise<number> {
  const server = new AbciServer({
    address: "tcp://127.0.0.1:0",
    app: recordingApp(calls),
    logger: createLogger({ level: "debug", write: (line) => logLines.push(line) }),
    onFatal: (e) => fatal.push(e),
  });
  await server.listen();
  servers.push(server);
  return server.port!;
}

describe("ABCI socket server", () => {
  it("answers every method, in request order, and flushes on Flush", async () => {
    const calls: string[] = [];
    const client = await Client.open(await start(calls));
    client.send(
      { echo: { message: "hi" } },
      { info: { version: "0.38.25", blockVersion: 11n, p2pVersion: 8n, abciVersion: "2.0.0" } },
      { query: { data: Uint8Array.of(1), path: "/x", height: 0n, prove: false } },
      { checkTx: { tx: Uint8Array.of(1, 2, 3), type: 0 } },
      { prepareProposal: RequestPrepareProposal.fromPartial({ maxTxBytes: 100n, txs: [Uint8Array.of(9)], height: 1n }) },
      { processProposal: RequestProcessProposal.fromPartial({ height: 1n }) },
      { finalizeBlock: RequestFinalizeBlock.fromPartial({ height: 3n }) },
      { commit: {} },
      { listSnapshots: {} },
      { flush: {} },
    );
    const responses = await client.take(10);
    expect(responses[0]!.echo!.message).toBe("hi");
    expect(responses[1]!.info!.lastBlockHeight).toBe(7n);
    expect(responses[2]!.query!.key).toEqual(Uint8Array.of(1));
    expect(responses[3]!.checkTx!.code).toBe(3);
    expect(responses[4]!.prepareProposal!.txs).toEqual([Uint8Array.of(9)]);
    expect(responses[5]!.processProposal!.status).toBe(ResponseProcessProposal_ProposalStatus.ACCEPT);
    expect(responses[6]!.finalizeBlock!.appHash[0]).toBe(3);
    expect(responses[7]!.commit).toBeDefined();
    expect(responses[8]!.listSnapshots).toBeDefined();
    expect(responses[9]!.flush).toBeDefined();
    expect(calls).toEqual(["info", "query", "checkTx", "prepareProposal", "processProposal", "finalizeBlock", "commit", "listSnapshots"]);
    client.socket.destroy();
  });

  it("serves four connections as CometBFT opens them, one call at a time", async () => {
    const calls: string[] = [];
    const port = await start(calls);
    const [query, snapshot, mempool, consensus] = await Promise.all([0, 1, 2, 3].map(() => Client.open(port)));
    query!.send({ query: { data: new Uint8Array(0), path: "/a", height: 0n, prove: false } }, { flush: {} });
    mempool!.send({ checkTx: { tx: Uint8Array.of(1), type: 0 } }, { flush: {} });
    snapshot!.send({ listSnapshots: {} }, { flush: {} });
    consensus!.send({ commit: {} }, { flush: {} });
    const [q, m, s, c] = await Promise.all([query!.take(2), mempool!.take(2), snapshot!.take(2), consensus!.take(2)]);
    expect(q[0]!.query).toBeDefined();
    expect(m[0]!.checkTx!.code).toBe(1);
    expect(s[0]!.listSnapshots).toBeDefined();
    expect(c[0]!.commit).toBeDefined();
    expect(calls.sort()).toEqual(["checkTx", "commit", "listSnapshots", "query"]);
    for (const client of [query, snapshot, mempool, consensus]) client!.socket.destroy();
  });

  it("closes only the connection that sends garbage, logging why", async () => {
    const logs: string[] = [];
    const calls: string[] = [];
    const port = await start(calls, [], logs);
    const good = await Client.open(port);
    const bad = await Client.open(port);
    bad.socket.write(Buffer.from([0x05, 0xff, 0xff, 0xff, 0xff, 0xff])); // a frame that is not a Request
    await bad.untilClosed();
    expect(logs.some((l) => l.includes("closing ABCI connection") && l.includes("undecodable request"))).toBe(true);

    good.send({ echo: { message: "still here" } }, { flush: {} });
    expect((await good.take(2))[0]!.echo!.message).toBe("still here");
    good.socket.destroy();
  });

  it("closes a connection that announces an oversized frame", async () => {
    const logs: string[] = [];
    const server = new AbciServer({
      address: "tcp://127.0.0.1:0",
      app: recordingApp([]),
      logger: createLogger({ write: (l) => logs.push(l) }),
      maxFrameBytes: 1024,
      onFatal: () => {},
    });
    await server.listen();
    servers.push(server);
    const client = await Client.open(server.port!);
    client.socket.write(encodeFrame(Buffer.alloc(4096)));
    await client.untilClosed();
    expect(logs.some((l) => l.includes("exceeds the 1024-byte limit"))).toBe(true);
  });

  it("closes a connection whose frame carries no ABCI method", async () => {
    const logs: string[] = [];
    const client = await Client.open(await start([], [], logs));
    client.socket.write(encodeFrame(new Uint8Array(0)));
    await client.untilClosed();
    expect(logs.some((l) => l.includes("no known ABCI method"))).toBe(true);
  });

  it("logs a connection that ends in the middle of a frame", async () => {
    const logs: string[] = [];
    const calls: string[] = [];
    const client = await Client.open(await start(calls, [], logs));
    client.socket.end(encodeFrame(Buffer.alloc(100)).subarray(0, 40));
    await client.untilClosed();
    await new Promise((r) => setTimeout(r, 20));
    expect(logs.some((l) => l.includes("closed in the middle of a frame") && l.includes("pending_bytes=39"))).toBe(true);
    expect(calls).toEqual([]);
  });

  it("reports a throwing handler as fatal instead of answering", async () => {
    const fatal: Error[] = [];
    const server = new AbciServer({
      address: "tcp://127.0.0.1:0",
      app: { ...recordingApp([]), finalizeBlock: () => { throw new Error("invariant broken"); } },
      logger: createLogger({ write: () => {} }),
      onFatal: (e) => fatal.push(e),
    });
    await server.listen();
    servers.push(server);
    const client = await Client.open(server.port!);
    client.send({ finalizeBlock: RequestFinalizeBlock.fromPartial({ height: 1n }) }, { flush: {} });
    await new Promise((r) => setTimeout(r, 50));
    expect(fatal.map((e) => e.message)).toEqual(["invariant broken"]);
    client.socket.destroy();
  });

  it("listens on a unix socket", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = `${mkdtempSync(`${tmpdir()}/abci-`)}/app.sock`;
    const server = new AbciServer({ address: `unix://${path}`, app: recordingApp([]), logger: createLogger({ write: () => {} }), onFatal: () => {} });
    await server.listen();
    servers.push(server);
    const socket = connect(path);
    await new Promise((r) => socket.once("connect", r));
    const client = new Client(socket);
    client.send({ echo: { message: "unix" } }, { flush: {} });
    expect((await client.take(1))[0]!.echo!.message).toBe("unix");
    socket.destroy();
  });
});
