// The ABCI socket server. CometBFT opens four connections (query, snapshot, mempool, consensus) to
// one address; we route each request by its type, so which socket is which does not matter. All
// requests of all connections go through one queue, so the state machine sees one call at a time,
// and each connection's responses leave in the order its requests arrived.
import { createServer, type Server, type Socket } from "node:net";
import { rmSync } from "node:fs";
import { Request, Response } from "cosmjs-types/tendermint/abci/types";
import type { Logger } from "../logger.js";
import type { AbciApplication } from "./application.js";
import { DEFAULT_MAX_FRAME_BYTES, FrameDecoder, FrameError, encodeFrame } from "./framing.js";

export interface AbciServerOptions {
  /** `tcp://host:port` or `unix:///path/to.sock` (CometBFT's proxy_app syntax). */
  address: string;
  app: AbciApplication;
  logger: Logger;
  maxFrameBytes?: number;
  /**
   * Called when a handler throws: the state machine may be inconsistent, so the node must stop
   * (CometBFT replays the block on restart). Business errors never get here; they are result codes.
   */
  onFatal: (error: Error) => void;
}

type Method = keyof Request;

export class AbciServer {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private queue: Promise<void> = Promise.resolve();
  private failed = false;
  private connectionCount = 0;

  constructor(private readonly options: AbciServerOptions) {}

  async listen(): Promise<void> {
    const target = parseAddress(this.options.address);
    if (target.path !== undefined) rmSync(target.path, { force: true });
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      const onListening = () => {
        server.off("error", reject);
        resolve();
      };
      if (target.path !== undefined) server.listen(target.path, onListening);
      else server.listen(target.port, target.host, onListening);
    });
    this.options.logger.info("ABCI server listening", { address: this.options.address });
  }

  /** The bound TCP port (useful with port 0). */
  get port(): number | undefined {
    const address = this.server?.address();
    return typeof address === "object" && address !== null ? address.port : undefined;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server !== undefined) await new Promise<void>((resolve) => server.close(() => resolve()));
    await this.queue;
  }

  private accept(socket: Socket): void {
    const id = ++this.connectionCount;
    const log = this.options.logger.with({ module: "abci", conn: id });
    const decoder = new FrameDecoder(this.options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES);
    this.sockets.add(socket);
    socket.setNoDelay(true);
    log.debug("connection opened");

    let closed = false;
    const fail = (reason: string) => {
      if (closed) return;
      closed = true;
      log.error("closing ABCI connection", { reason });
      socket.destroy();
    };

    socket.on("data", (chunk: Buffer) => {
      if (closed) return;
      let frames: Buffer[];
      try {
        frames = decoder.push(chunk);
      } catch (err) {
        fail(err instanceof FrameError ? err.message : String(err));
        return;
      }
      for (const frame of frames) {
        let request: Request;
        try {
          request = Request.decode(frame);
        } catch (err) {
          fail(`undecodable request (${frame.length} bytes): ${(err as Error).message}`);
          return;
        }
        const method = methodOf(request);
        if (method === undefined) {
          fail(`request of ${frame.length} bytes carries no known ABCI method`);
          return;
        }
        this.enqueue(socket, method, request, () => closed);
      }
    });
    socket.on("error", (err) => log.debug("socket error", { error: err.message }));
    socket.on("close", () => {
      this.sockets.delete(socket);
      if (!closed && decoder.pendingBytes > 0) {
        log.error("ABCI connection closed in the middle of a frame", { pending_bytes: decoder.pendingBytes });
      } else {
        log.debug("connection closed");
      }
      closed = true;
    });
  }

  private enqueue(socket: Socket, method: Method, request: Request, isClosed: () => boolean): void {
    this.queue = this.queue.then(async () => {
      if (this.failed || isClosed()) return;
      let response: Response;
      try {
        response = await this.handle(method, request);
      } catch (err) {
        this.failed = true;
        const error = err instanceof Error ? err : new Error(String(err));
        this.options.logger.error("ABCI handler failed; stopping", { method, error: error.stack ?? error.message });
        this.options.onFatal(error);
        return;
      }
      if (isClosed()) return;
      if (method === "flush") {
        socket.write(encodeFrame(Response.encode(response).finish()));
        socket.uncork();
      } else {
        if (!socket.writableCorked) socket.cork();
        socket.write(encodeFrame(Response.encode(response).finish()));
      }
    });
  }

  private async handle(method: Method, request: Request): Promise<Response> {
    const app = this.options.app;
    switch (method) {
      case "echo":
        return { echo: { message: request.echo!.message } };
      case "flush":
        return { flush: {} };
      case "info":
        return { info: await app.info(request.info!) };
      case "initChain":
        return { initChain: await app.initChain(request.initChain!) };
      case "query":
        return { query: await app.query(request.query!) };
      case "checkTx":
        return { checkTx: await app.checkTx(request.checkTx!) };
      case "commit":
        return { commit: await app.commit(request.commit!) };
      case "listSnapshots":
        return { listSnapshots: await app.listSnapshots(request.listSnapshots!) };
      case "offerSnapshot":
        return { offerSnapshot: await app.offerSnapshot(request.offerSnapshot!) };
      case "loadSnapshotChunk":
        return { loadSnapshotChunk: await app.loadSnapshotChunk(request.loadSnapshotChunk!) };
      case "applySnapshotChunk":
        return { applySnapshotChunk: await app.applySnapshotChunk(request.applySnapshotChunk!) };
      case "prepareProposal":
        return { prepareProposal: await app.prepareProposal(request.prepareProposal!) };
      case "processProposal":
        return { processProposal: await app.processProposal(request.processProposal!) };
      case "extendVote":
        return { extendVote: await app.extendVote(request.extendVote!) };
      case "verifyVoteExtension":
        return { verifyVoteExtension: await app.verifyVoteExtension(request.verifyVoteExtension!) };
      case "finalizeBlock":
        return { finalizeBlock: await app.finalizeBlock(request.finalizeBlock!) };
    }
  }
}

const METHODS: readonly Method[] = [
  "echo",
  "flush",
  "info",
  "initChain",
  "query",
  "checkTx",
  "commit",
  "listSnapshots",
  "offerSnapshot",
  "loadSnapshotChunk",
  "applySnapshotChunk",
  "prepareProposal",
  "processProposal",
  "extendVote",
  "verifyVoteExtension",
  "finalizeBlock",
];

function methodOf(request: Request): Method | undefined {
  const present = METHODS.filter((m) => request[m] !== undefined);
  return present.length === 1 ? present[0] : undefined;
}

export interface ListenTarget {
  host?: string;
  port?: number;
  path?: string;
}

export function parseAddress(address: string): ListenTarget {
  if (address.startsWith("unix://")) return { path: address.slice("unix://".length) };
  const match = /^(?:tcp:\/\/)?([^:]+):(\d+)$/.exec(address);
  if (match === null) throw new Error(`unsupported ABCI address ${address} (use tcp://host:port or unix:///path)`);
  return { host: match[1], port: Number(match[2]) };
}
