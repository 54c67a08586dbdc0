// A KVStore seen through a key prefix, so a keeper addresses its collections with short keys.
import { concat } from "./encoding.js";
import type { KVStore } from "./kv.js";

export class PrefixKVStore implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly prefix: Uint8Array,
  ) {}

  get(key: Uint8Array): Uint8Array | undefined {
    return this.parent.get(concat(this.prefix, key));
  }

  has(key: Uint8Array): boolean {
    return this.parent.has(concat(this.prefix, key));
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.parent.set(concat(this.prefix, key), value);
  }

  delete(key: Uint8Array): void {
    this.parent.delete(concat(this.prefix, key));
  }

  *iterate(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<[Uint8Array, Uint8Array]> {
    const [lo, hi] = this.bounds(start, end);
    for (const [key, value] of this.parent.iterate(lo, hi, reverse)) yield [key.subarray(this.prefix.length), value];
  }

  count(start?: Uint8Array, end?: Uint8Array): number | undefined {
    return this.parent.count?.(...this.bounds(start, end));
  }

  private bounds(start: Uint8Array | undefined, end: Uint8Array | undefined): [Uint8Array, Uint8Array | undefined] {
    return [concat(this.prefix, start ?? new Uint8Array(0)), end !== undefined ? concat(this.prefix, end) : prefixEnd(this.prefix)];
  }
}

/** The smallest key greater than every key starting with `prefix` (undefined: no such key). */
export function prefixEnd(prefix: Uint8Array): Uint8Array | undefined {
  const end = Uint8Array.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i]! < 0xff) {
      end[i]! += 1;
      return end.subarray(0, i + 1);
    }
  }
  return undefined;
}
