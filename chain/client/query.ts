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
  const data = Buffer.from(request.encode(request.fromPartial(partial as never)).finish()).toString("hex");
  const result = await comet.call<AbciQueryResult>("abci_query", { path, data, prove: false });
  if (result.response.code !== 0) throw new QueryFailedError(result.response.code, result.response.codespace, result.response.log);
  return response.decode(Buffer.from(result.response.value ?? "", "base64"));
}
