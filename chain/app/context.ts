// What a handler sees of the chain: the block (height and time are the only clock), its gas meter,
// its events and gas-metered access to the stores it declared.
import type { Logger } from "../logger.js";
import type { KVStore } from "../store/kv.js";
import { EventManager } from "./events.js";
import { GasKVStore, type GasMeter } from "./gas.js";
import { BranchStoreSet, type StoreSet } from "./state.js";

export interface BlockTime {
  seconds: bigint;
  nanos: number;
}

/** Whether the block time `now` is at or after `moment` (deadlines, boundaries, maturities). */
export function isAtOrAfter(now: BlockTime, moment: BlockTime): boolean {
  return now.seconds > moment.seconds || (now.seconds === moment.seconds && now.nanos >= moment.nanos);
}

/** `time` plus a duration of non-negative seconds and nanos (periods, deadlines, maturities). */
export function addDuration(time: BlockTime, duration: BlockTime): BlockTime {
  const nanos = time.nanos + duration.nanos; // both below 10^9
  const carry = nanos >= 1_000_000_000 ? 1 : 0;
  return { seconds: time.seconds + duration.seconds + BigInt(carry), nanos: nanos - carry * 1_000_000_000 };
}

export interface BlockHeader {
  chainId: string;
  height: number;
  time: BlockTime;
  proposerAddress: Uint8Array;
}

/** genesis: InitChain; check/recheck: CheckTx; simulate: gas estimation; finalize: block execution. */
export type ExecMode = "genesis" | "check" | "recheck" | "simulate" | "finalize" | "query";

export class Context {
  readonly events = new EventManager();

  constructor(
    readonly header: BlockHeader,
    readonly mode: ExecMode,
    readonly gasMeter: GasMeter,
    private readonly stores: StoreSet,
    readonly logger: Logger,
  ) {}

  /** The named store, charged to this context's gas meter. */
  kv(storeName: string): KVStore {
    return new GasKVStore(this.stores.store(storeName), this.gasMeter);
  }

  /**
   * A context on a write-back branch of this one's stores (the SDK's CacheContext): what runs on it
   * reaches this context only through `write`, which also passes its events on.
   */
  branch(): { ctx: Context; write(): void } {
    const stores = new BranchStoreSet(this.stores);
    const ctx = this.with({ stores });
    return {
      ctx,
      write: () => {
        stores.write();
        this.events.append(ctx.events.events);
      },
    };
  }

  with(changes: { gasMeter?: GasMeter; stores?: StoreSet }): Context {
    return new Context(this.header, this.mode, changes.gasMeter ?? this.gasMeter, changes.stores ?? this.stores, this.logger);
  }
}
