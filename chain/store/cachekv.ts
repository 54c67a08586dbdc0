// A write-back cache over a KVStore: a transaction (or a block's CheckTx state) writes here, and
// `write` applies the changes to the parent only when it succeeds. Iteration merges both layers.
import { compareBytes, toHex } from "./encoding.js";
import { validateEntry, type KVStore } from "./kv.js";

interface Change {
  key: Uint8Array;
  /** undefined marks a deletion. */
  value: Uint8Array | undefined;
}

export class CacheKVStore implements KVStore {
  private changes = new Map<string, Change>();

  constructor(private readonly parent: KVStore) {}

  get(key: Uint8Array): Uint8Array | undefined {
    const change = this.changes.get(toHex(key));
    return change !== undefined ? change.value : this.parent.get(key);
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }

  set(key: Uint8Array, value: Uint8Array): void {
    validateEntry(key, value);
    this.changes.set(toHex(key), { key: Uint8Array.from(key), value: Uint8Array.from(value) });
  }

  delete(key: Uint8Array): void {
    this.changes.set(toHex(key), { key: Uint8Array.from(key), value: undefined });
  }

  /** Applies the buffered changes to the parent in key order (deterministic), then clears them. */
  write(): void {
    for (const change of this.sortedChanges()) {
      if (change.value === undefined) this.parent.delete(change.key);
      else this.parent.set(change.key, change.value);
    }
    this.changes = new Map();
  }

  discard(): void {
    this.changes = new Map();
  }

  get dirty(): boolean {
    return this.changes.size > 0;
  }

  *iterate(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<[Uint8Array, Uint8Array]> {
    const inRange = (key: Uint8Array) =>
      (start === undefined || compareBytes(key, start) >= 0) && (end === undefined || compareBytes(key, end) < 0);
    const cached = this.sortedChanges().filter((c) => inRange(c.key));
    if (reverse) cached.reverse();
    const order = (a: Uint8Array, b: Uint8Array) => (reverse ? compareBytes(b, a) : compareBytes(a, b));
    const parent = this.parent.iterate(start, end, reverse);
    let p = parent.next();
    let c = 0;
    while (!p.done || c < cached.length) {
      const change = cached[c];
      if (p.done || (change !== undefined && order(change.key, p.value[0]) <= 0)) {
        // The cached entry comes first or shadows the parent's entry with the same key.
        if (!p.done && compareBytes(change!.key, p.value[0]) === 0) p = parent.next();
        c++;
        if (change!.value !== undefined) yield [change!.key, change!.value];
      } else {
        yield p.value;
        p = parent.next();
      }
    }
  }

  private sortedChanges(): Change[] {
    return [...this.changes.values()].sort((a, b) => compareBytes(a.key, b.key));
  }
}
