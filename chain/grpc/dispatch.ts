// One way into every method a node answers, whichever surface asked: the app's gRPC-over-ABCI
// queries (at a height) and the node's own services. gRPC and the REST gateway both call this.
import type { RequestQuery, ResponseQuery } from "cosmjs-types/tendermint/abci/types";
import { AppError } from "../app/errors.js";
import { CometUnavailableError } from "../client/comet.js";
import type { NodeServiceHandler } from "./node-services.js";
import { GrpcCode, grpcCodeOf, queryMessage } from "./status.js";

/** What is asked of the app: its gRPC-over-ABCI queries. */
export interface QueryApp {
  query(request: RequestQuery): ResponseQuery;
  answersQuery(path: string): boolean;
}

/** A refused call: its gRPC code and the message clients see. */
export class MethodError extends Error {
  constructor(
    readonly code: GrpcCode,
    message: string,
  ) {
    super(message);
  }
}

export interface MethodResult {
  value: Uint8Array;
  /** The height answered (0 for node services, which read no state). */
  height: bigint;
}

export class MethodDispatcher {
  constructor(
    private readonly app: QueryApp,
    private readonly nodeServices: ReadonlyMap<string, NodeServiceHandler>,
  ) {}

  /** Whether `path` ("/<service>/<Method>") has a handler. */
  answers(path: string): boolean {
    return this.app.answersQuery(path) || this.nodeServices.has(path);
  }

  /**
   * Runs the method on the request bytes; `height` 0 is the latest. Throws a MethodError for every
   * refusal it can name; anything else is the caller's to log and answer as Internal.
   */
  async call(path: string, request: Uint8Array, height: bigint): Promise<MethodResult> {
    const node = this.nodeServices.get(path);
    if (node !== undefined) {
      try {
        return { value: await node(request), height: 0n };
      } catch (err) {
        if (err instanceof AppError) throw new MethodError(grpcCodeOf(err.codespace, err.code), queryMessage(err.log));
        if (err instanceof CometUnavailableError) throw new MethodError(GrpcCode.unavailable, err.message);
        throw err;
      }
    }
    const result = this.app.query({ path, data: request, height, prove: false });
    if (result.code !== 0) throw new MethodError(grpcCodeOf(result.codespace, result.code), queryMessage(result.log));
    return { value: result.value, height: result.height };
  }
}
