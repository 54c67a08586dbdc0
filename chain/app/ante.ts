// Checks every transaction passes before its messages run (the SDK's ante handler). Their state
// changes (fees, sequences) are kept even when a message later fails. Modules add decorators:
// auth brings signatures and fees.
import { isAtOrAfter, type Context } from "./context.js";
import { sdkErrors } from "./errors.js";
import { TX_SIZE_COST_PER_BYTE } from "./gas.js";
import type { DecodedTx } from "./tx.js";

export type AnteDecorator = (ctx: Context, tx: DecodedTx) => void;

export function chainAnte(decorators: readonly AnteDecorator[]): AnteDecorator {
  return (ctx, tx) => {
    for (const decorate of decorators) decorate(ctx, tx);
  };
}

/** Rejects a transaction included after its timeout height or its timeout timestamp (SDK 0.53). */
export const checkTimeoutHeight: AnteDecorator = (ctx, tx) => {
  const timeout = tx.body.timeoutHeight;
  if (timeout > 0n && BigInt(ctx.header.height) > timeout) {
    throw sdkErrors.txTimeoutHeight.wrap(`block height: ${ctx.header.height}, timeout height: ${timeout}`);
  }
  const timestamp = tx.body.timeoutTimestamp;
  if (timestamp !== undefined && timestamp.seconds !== 0n && !isAtOrAfter(timestamp, ctx.header.time)) {
    throw sdkErrors.txTimeout.wrap(`block time: ${ctx.header.time.seconds}s, timeout timestamp: ${timestamp.seconds}s`);
  }
};

/** Charges gas for the bytes of the transaction (x/auth passes its tx_size_cost_per_byte param). */
export function consumeTxSizeGas(costPerByte: (ctx: Context) => number = () => TX_SIZE_COST_PER_BYTE): AnteDecorator {
  return (ctx, tx) => ctx.gasMeter.consume(costPerByte(ctx) * tx.bytes.length, "txSize");
}
