// The epoch clock: the current epoch and its next boundary, advanced by block time only. A block
// whose time reaches the boundary ends the epoch and starts the next; after a long halt the clock
// catches up one boundary per block, so no block does unbounded epoch work.
import { EpochInfo, Params } from "../../../codegen/ais/epochs/v1/epochs.js";
import { isAtOrAfter, type BlockTime, type Context } from "../../app/context.js";
import { Item } from "../../app/item.js";
import { DEFAULT_EPOCHS_PARAMS, epochSeconds, type EpochsParams } from "./params.js";

export const STORE_NAME = "epochs";


/** What modules run at epoch boundaries (staking elects, distribution settles). */
export interface EpochHooks {
  onEpochEnd?(ctx: Context, ended: EpochInfo): void;
  onEpochStart?(ctx: Context, started: EpochInfo): void;
}

/** The first multiple of `duration` seconds (from the Unix epoch) strictly after `time`. */
export function nextBoundary(time: BlockTime, duration: bigint): BlockTime {
  return { seconds: (time.seconds / duration + 1n) * duration, nanos: 0 };
}


export class EpochsKeeper {
  private readonly hooks: EpochHooks[] = [];
  private readonly paramsItem = new Item(STORE_NAME, Uint8Array.of(0x00), Params, DEFAULT_EPOCHS_PARAMS);
  private readonly epochItem = new Item(STORE_NAME, Uint8Array.of(0x01), EpochInfo, EpochInfo.fromPartial({}));

  addHooks(hooks: EpochHooks): void {
    this.hooks.push(hooks);
  }

  params(ctx: Context): EpochsParams {
    return this.paramsItem.get(ctx);
  }

  setParams(ctx: Context, params: EpochsParams): void {
    epochSeconds(params);
    this.paramsItem.set(ctx, params);
  }

  currentEpoch(ctx: Context): EpochInfo {
    const epoch = this.epochItem.find(ctx);
    if (epoch === undefined) throw new Error("the epoch clock has not been initialized");
    return epoch;
  }

  /** Genesis: epoch 0 starts at the genesis block. */
  start(ctx: Context): void {
    const { time, height } = ctx.header;
    this.setEpoch(ctx, {
      number: 0n,
      startTime: time,
      startHeight: BigInt(height),
      nextBoundary: nextBoundary(time, epochSeconds(this.params(ctx))),
    });
  }

  /** BeginBlock: crosses at most one boundary. */
  advance(ctx: Context): void {
    const current = this.currentEpoch(ctx);
    if (!isAtOrAfter(ctx.header.time, current.nextBoundary)) return;
    for (const hooks of this.hooks) hooks.onEpochEnd?.(ctx, current);
    ctx.events.emit("epoch_end", { epoch: current.number.toString(), height: String(ctx.header.height) });
    const started: EpochInfo = {
      number: current.number + 1n,
      startTime: current.nextBoundary,
      startHeight: BigInt(ctx.header.height),
      // The duration in force now applies from this boundary on.
      nextBoundary: nextBoundary(current.nextBoundary, epochSeconds(this.params(ctx))),
    };
    this.setEpoch(ctx, started);
    ctx.events.emit("epoch_start", {
      epoch: started.number.toString(),
      height: String(ctx.header.height),
      next_boundary: started.nextBoundary.seconds.toString(),
    });
    for (const hooks of this.hooks) hooks.onEpochStart?.(ctx, started);
  }

  private setEpoch(ctx: Context, epoch: EpochInfo): void {
    this.epochItem.set(ctx, epoch);
  }
}
