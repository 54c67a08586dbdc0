// What every REST plugin gets: in-process ABCI queries, proto-JSON conversion, CometBFT's RPC.
import type { RequestQuery, ResponseQuery } from "cosmjs-types/tendermint/abci/types";
import type { CometClient } from "../client/comet.js";
import { badRequest, fromQuery } from "./errors.js";
import type { ProtoJson } from "./protojson.js";

export interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  fromPartial(object: never): T;
}

export interface Querier {
  query(request: RequestQuery): ResponseQuery;
}

export interface RestContext {
  /** Runs a gRPC-over-ABCI query at `height` (0 = latest); throws a GatewayError on failure. */
  query<Req, Res>(path: string, request: Codec<Req>, partial: Partial<Req>, response: Codec<Res>, height?: bigint): Res;
  json: ProtoJson;
  comet: CometClient;
}

export function restContext(app: Querier, json: ProtoJson, comet: CometClient): RestContext {
  return {
    json,
    comet,
    query(path, request, partial, response, height = 0n) {
      const result = app.query({
        path,
        data: request.encode(request.fromPartial(partial as never)).finish(),
        height,
        prove: false,
      });
      if (result.code !== 0) throw fromQuery(result);
      return response.decode(result.value);
    },
  };
}

/**
 * A gRPC-over-ABCI query, wherever it runs: in-process for the REST server, through a node's RPC for
 * the CLI. The gateway functions of the staking, slashing and distribution plugins take one.
 */
export type GrpcQuery = <Req, Res>(path: string, request: Codec<Req>, partial: Partial<Req>, response: Codec<Res>) => Promise<Res>;

/** The context's queries at the height a request asks for (x-cosmos-block-height; latest if absent). */
export function queryAt(ctx: RestContext, headers: Record<string, unknown>): GrpcQuery {
  const height = heightHeader(headers);
  return async (path, request, partial, response) => ctx.query(path, request, partial, response, height);
}

/** The x-cosmos-block-height request header, as the SDK's gateway reads it. */
export function heightHeader(headers: Record<string, unknown>): bigint {
  const value = headers["x-cosmos-block-height"];
  if (value === undefined) return 0n;
  if (typeof value !== "string" || !/^[0-9]{1,19}$/.test(value)) throw badRequest("x-cosmos-block-height must be a non-negative integer");
  return BigInt(value);
}
