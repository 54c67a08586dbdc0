// gRPC-over-ABCI queries through a node's RPC (what the CLI and tools use).
import type { CometClient } from "./comet.js";

export interface QueryCodec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  fromPartial(object: never): T;
}

export class QueryFailedError extends Error {
  constructor(
    readonly code: number,
    readonly codespace: string,
    log: string,
  ) {
    super(log);
  }
}

interface AbciQueryResult {
  response: { code: number; log: string; value: string | null; height: string; codespace: string };
}

export async function abciQuery<Req, Res>(
  comet: CometClient,
  path: string,
  request: QueryCodec<Req>,
  partial: Partial<Req>,
  response: QueryCodec<Res>,
): Promise<Res> {
  return response.decode(await abciQueryBytes(comet, path, request.encode(request.fromPartial(partial as never)).finish()));
}

/** The response bytes of a query at `height` (0: the latest); throws QueryFailedError when refused. */
export async function abciQueryBytes(comet: CometClient, path: string, request: Uint8Array, height = 0n): Promise<Uint8Array> {
  const params = { path, data: Buffer.from(request).toString("hex"), prove: false, ...(height === 0n ? {} : { height: String(height) }) };
  const result = await comet.call<AbciQueryResult>("abci_query", params);
  if (result.response.code !== 0) throw new QueryFailedError(result.response.code, result.response.codespace, result.response.log);
  return Buffer.from(result.response.value ?? "", "base64");
}
