// Gas: every transaction runs under a meter; store access is charged with cosmos-sdk's KV costs
// so gas estimates from cosmjs ("auto") behave as on an SDK chain.
import type { KVStore } from "../store/kv.js";
import { sdkErrors } from "./errors.js";

export interface GasMeter {
  readonly limit: number;
  readonly consumed: number;
  consume(amount: number, descriptor: string): void;
}

/** cosmos-sdk store/types/gas.go KVGasConfig. */
export const KV_GAS = {
  hasCost: 1000,
  deleteCost: 1000,
  readCostFlat: 1000,
  readCostPerByte: 3,
  writeCostFlat: 2000,
  writeCostPerByte: 30,
  iterNextCostFlat: 30,
} as const;

/** Gas per byte of transaction (auth param tx_size_cost_per_byte in the SDK). */
export const TX_SIZE_COST_PER_BYTE = 10;

export class BasicGasMeter implements GasMeter {
  private used = 0;

  constructor(readonly limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`invalid gas limit ${limit}`);
  }

  get consumed(): number {
    return this.used;
  }

  consume(amount: number, descriptor: string): void {
    this.used += amount;
    if (this.used > this.limit) {
      throw sdkErrors.outOfGas.wrap(`out of gas in location: ${descriptor}; gasWanted: ${this.limit}, gasUsed: ${this.used}`);
    }
  }
}

/** Counts without a limit: simulation, genesis and block hooks. */
export class InfiniteGasMeter implements GasMeter {
  readonly limit = Number.MAX_SAFE_INTEGER;
  private used = 0;

  get consumed(): number {
    return this.used;
  }

  consume(amount: number): void {
    this.used += amount;
  }
}

/**
 * The block's gas (the SDK's block gas meter): what each transaction used, against the consensus
 * max_gas. A transaction that would take it past the limit fails; once it is at the limit no
 * further transaction runs.
 */
export class BlockGasMeter {
  private used = 0;

  /** `limit` undefined: max_gas is -1 (unlimited). */
  constructor(readonly limit: number | undefined) {}

  get consumed(): number {
    return this.used;
  }

  get exhausted(): boolean {
    return this.limit !== undefined && this.used >= this.limit;
  }

  /** Adds a transaction's gas; throws out-of-gas when that passes the limit (the gas still counts). */
  consume(amount: number): void {
    this.used += amount;
    if (this.limit !== undefined && this.used > this.limit) {
      throw sdkErrors.outOfGas.wrap(`out of gas in location: block gas meter; block max gas: ${this.limit}, block gas used: ${this.used}`);
    }
  }

  /** Adds a failed transaction's gas, without judging it. */
  charge(amount: number): void {
    this.used += amount;
  }
}

export class GasKVStore implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly meter: GasMeter,
  ) {}

  get(key: Uint8Array): Uint8Array | undefined {
    this.meter.consume(KV_GAS.readCostFlat, "ReadFlat");
    const value = this.parent.get(key);
    this.meter.consume(KV_GAS.readCostPerByte * (key.length + (value?.length ?? 0)), "ReadPerByte");
    return value;
  }

  has(key: Uint8Array): boolean {
    this.meter.consume(KV_GAS.hasCost, "Has");
    return this.parent.has(key);
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.meter.consume(KV_GAS.writeCostFlat, "WriteFlat");
    this.meter.consume(KV_GAS.writeCostPerByte * (key.length + value.length), "WritePerByte");
    this.parent.set(key, value);
  }

  delete(key: Uint8Array): void {
    this.meter.consume(KV_GAS.deleteCost, "Delete");
    this.parent.delete(key);
  }

  /** Priced as one read: it walks one path of the tree. */
  count(start?: Uint8Array, end?: Uint8Array): number | undefined {
    this.meter.consume(KV_GAS.readCostFlat, "ReadFlat");
    return this.parent.count?.(start, end);
  }

  *iterate(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<[Uint8Array, Uint8Array]> {
    for (const entry of this.parent.iterate(start, end, reverse)) {
      this.meter.consume(KV_GAS.iterNextCostFlat, "IterNextFlat");
      this.meter.consume(KV_GAS.readCostPerByte * (entry[0].length + entry[1].length), "ValuePerByte");
      yield entry;
    }
  }
}
