// gRPC status codes for the app's registered errors, as the SDK's gRPC server answers them: its
// query handlers return NotFound / InvalidArgument, which baseapp turns into ErrKeyNotFound /
// ErrInvalidRequest over ABCI; this is the way back. The gateway's HTTP statuses follow from the
// gRPC code as grpc-gateway maps them.

export const GrpcCode = {
  ok: 0,
  unknown: 2,
  invalidArgument: 3,
  notFound: 5,
  unimplemented: 12,
  internal: 13,
  unavailable: 14,
  unauthenticated: 16,
} as const;

export type GrpcCode = (typeof GrpcCode)[keyof typeof GrpcCode];

/** sdk codespace codes → gRPC codes; anything else is Unknown, as an unregistered error is in the SDK. */
const SDK_CODES: ReadonlyMap<number, GrpcCode> = new Map([
  [1, GrpcCode.internal],
  [2, GrpcCode.invalidArgument], // tx parse error
  [4, GrpcCode.unauthenticated],
  [6, GrpcCode.unimplemented], // unknown request: a path nothing answers
  [7, GrpcCode.invalidArgument], // invalid address
  [10, GrpcCode.invalidArgument], // invalid coins
  [18, GrpcCode.invalidArgument], // invalid request
  [22, GrpcCode.notFound], // key not found
  [26, GrpcCode.invalidArgument], // invalid height
  [38, GrpcCode.notFound],
]);

/** The gRPC code of a failed ABCI query's (codespace, code). */
export function grpcCodeOf(codespace: string, code: number): GrpcCode {
  return codespace === "sdk" ? (SDK_CODES.get(code) ?? GrpcCode.unknown) : GrpcCode.unknown;
}

const HTTP_STATUS: ReadonlyMap<GrpcCode, number> = new Map([
  [GrpcCode.ok, 200],
  [GrpcCode.invalidArgument, 400],
  [GrpcCode.unauthenticated, 401],
  [GrpcCode.notFound, 404],
  [GrpcCode.unimplemented, 501],
  [GrpcCode.unavailable, 503],
]);

/** grpc-gateway's HTTP status for a gRPC code (500 for the rest). */
export function httpStatusOf(code: GrpcCode): number {
  return HTTP_STATUS.get(code) ?? 500;
}

/**
 * What gRPC and the gateway answer for a failed query's log: the handler's description, without
 * the "rpc error: code = … desc = " and the registered error's ": key not found" (or
 * ": invalid request") that baseapp adds over ABCI.
 */
export function queryMessage(log: string): string {
  const wrapped = /^rpc error: code = \w+ desc = ([\s\S]*): (key not found|invalid request)$/.exec(log);
  return wrapped !== null ? wrapped[1]! : log.replace(/^rpc error: code = \w+ desc = /, "");
}
