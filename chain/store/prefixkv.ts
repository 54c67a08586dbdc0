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
    const lo = concat(this.prefix, start ?? new Uint8Array(0));
    const hi = end !== undefined ? concat(this.prefix, end) : prefixEnd(this.prefix);
    for (const [key, value] of this.parent.iterate(lo, hi, reverse)) yield [key.subarray(this.prefix.length), value];
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
