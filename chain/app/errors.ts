// Registered errors, as cosmos-sdk's errorsmod: a (codespace, code) pair that clients match on and
// a description; `wrap` adds context. Codes of the "sdk" codespace keep the SDK's numbers so
// cosmjs, explorers and wallets read them the same way.

export class RegisteredError {
  constructor(
    readonly codespace: string,
    readonly code: number,
    readonly description: string,
  ) {}

  /** A failure of this kind with `detail` in front, logged as "<detail>: <description>". */
  wrap(detail: string): AppError {
    return new AppError(this, `${detail}: ${this.description}`);
  }

  error(): AppError {
    return new AppError(this, this.description);
  }

  is(err: unknown): boolean {
    return err instanceof AppError && err.kind === this;
  }
}

/** A business failure: it becomes a result code and log, never an exception out of ABCI. */
export class AppError extends Error {
  override name = "AppError";

  constructor(
    readonly kind: RegisteredError,
    readonly log: string,
  ) {
    super(log);
  }

  get codespace(): string {
    return this.kind.codespace;
  }

  get code(): number {
    return this.kind.code;
  }
}

const registry = new Map<string, RegisteredError>();

export function registerError(codespace: string, code: number, description: string): RegisteredError {
  if (code <= 1) throw new Error(`code ${code} is reserved (0 is success, 1 is internal)`);
  const id = `${codespace}/${code}`;
  if (registry.has(id)) throw new Error(`error ${id} is registered twice`);
  const error = new RegisteredError(codespace, code, description);
  registry.set(id, error);
  return error;
}

export const SDK_CODESPACE = "sdk";

/** Errors of the "sdk" codespace (cosmos-sdk types/errors/errors.go). */
export const sdkErrors = {
  internal: new RegisteredError(SDK_CODESPACE, 1, "internal"),
  txDecode: registerError(SDK_CODESPACE, 2, "tx parse error"),
  invalidSequence: registerError(SDK_CODESPACE, 3, "invalid sequence"),
  unauthorized: registerError(SDK_CODESPACE, 4, "unauthorized"),
  insufficientFunds: registerError(SDK_CODESPACE, 5, "insufficient funds"),
  unknownRequest: registerError(SDK_CODESPACE, 6, "unknown request"),
  invalidAddress: registerError(SDK_CODESPACE, 7, "invalid address"),
  unknownAddress: registerError(SDK_CODESPACE, 9, "unknown address"),
  invalidCoins: registerError(SDK_CODESPACE, 10, "invalid coins"),
  outOfGas: registerError(SDK_CODESPACE, 11, "out of gas"),
  memoTooLarge: registerError(SDK_CODESPACE, 12, "memo too large"),
  insufficientFee: registerError(SDK_CODESPACE, 13, "insufficient fee"),
  tooManySignatures: registerError(SDK_CODESPACE, 14, "maximum number of signatures exceeded"),
  noSignatures: registerError(SDK_CODESPACE, 15, "no signatures supplied"),
  jsonUnmarshal: registerError(SDK_CODESPACE, 17, "failed to unmarshal JSON bytes"),
  invalidRequest: registerError(SDK_CODESPACE, 18, "invalid request"),
  txTooLarge: registerError(SDK_CODESPACE, 21, "tx too large"),
  keyNotFound: registerError(SDK_CODESPACE, 22, "key not found"),
  invalidSigner: registerError(SDK_CODESPACE, 24, "tx intended signer does not match the given signer"),
  invalidHeight: registerError(SDK_CODESPACE, 26, "invalid height"),
  invalidPubKey: registerError(SDK_CODESPACE, 27, "invalid pubkey"),
  invalidChainId: registerError(SDK_CODESPACE, 28, "invalid chain-id"),
  invalidType: registerError(SDK_CODESPACE, 29, "invalid type"),
  txTimeoutHeight: registerError(SDK_CODESPACE, 30, "tx timeout height"),
  unknownExtensionOptions: registerError(SDK_CODESPACE, 31, "unknown extension options"),
  wrongSequence: registerError(SDK_CODESPACE, 32, "incorrect account sequence"),
  notSupported: registerError(SDK_CODESPACE, 37, "feature not supported"),
  notFound: registerError(SDK_CODESPACE, 38, "not found"),
  invalidGasLimit: registerError(SDK_CODESPACE, 41, "invalid gas limit"),
  txTimeout: registerError(SDK_CODESPACE, 42, "tx timeout"),
} as const;

/**
 * What the JavaScript engine or Node throws when code meets a limit or a bug: a stack overflow or an
 * invalid length (RangeError), a property of undefined (TypeError), malformed BigInt text
 * (SyntaxError), … Whether and where they happen can depend on the node (its stack size, its Node
 * version, JIT warm-up), so they must never decide a result.
 */
export function isEngineError(err: unknown): boolean {
  return (
    !(err instanceof Error) ||
    err instanceof RangeError ||
    err instanceof TypeError ||
    err instanceof SyntaxError ||
    err instanceof ReferenceError ||
    err instanceof EvalError ||
    err instanceof URIError ||
    err instanceof AggregateError
  );
}

/** An engine error met by the state machine: it halts block execution instead of becoming a result. */
export class EngineFault extends Error {
  override name = "EngineFault";

  constructor(override readonly cause: unknown) {
    super(`the state machine met an engine error: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
  }
}

/**
 * The one gate between an exception and a result. Registered errors pass as they are; any other
 * error of ours is "internal" with that fixed text (its message goes to the node's log, never into a
 * result, event or state); an engine error throws EngineFault, which FinalizeBlock lets halt the
 * node and CheckTx, simulation and queries turn into a fixed "internal" refusal.
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof EngineFault) throw err;
  if (isEngineError(err)) throw new EngineFault(err);
  return sdkErrors.internal.error();
}

/**
 * A query error as the SDK's gRPC-over-ABCI returns it: baseapp wraps the handler's gRPC status in
 * ErrKeyNotFound / ErrInvalidRequest ("rpc error: code = NotFound desc = …: key not found"), and
 * clients match that text (cosmjs getAccount maps NotFound to null). gRPC and REST answer with the
 * handler's own description only (chain/grpc/status.ts strips the rest).
 */
export function grpcError(status: "NotFound" | "InvalidArgument", description: string): AppError {
  const kind = status === "NotFound" ? sdkErrors.keyNotFound : sdkErrors.invalidRequest;
  return new AppError(kind, `rpc error: code = ${status} desc = ${description}: ${kind.description}`);
}
