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
  /**
   * The same changes in key order, kept sorted as keys arrive (binary search, one splice), so an
   * iteration finds its range in O(log n) instead of sorting every change on every call: a block's
   * branch and the CheckTx state hold thousands of changes and are iterated once per transaction.
   */
  private sorted: Change[] = [];

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
    this.record({ key: Uint8Array.from(key), value: Uint8Array.from(value) });
  }

  delete(key: Uint8Array): void {
    this.record({ key: Uint8Array.from(key), value: undefined });
  }

  /** The parent's count while nothing is buffered; with changes it would have to walk them. */
  count(start?: Uint8Array, end?: Uint8Array): number | undefined {
    return this.sorted.length === 0 ? this.parent.count?.(start, end) : undefined;
  }

  /** Applies the buffered changes to the parent in key order (deterministic), then clears them. */
  write(): void {
    for (const change of this.sorted) {
      if (change.value === undefined) this.parent.delete(change.key);
      else this.parent.set(change.key, change.value);
    }
    this.discard();
  }

  discard(): void {
    this.changes = new Map();
    this.sorted = [];
  }

  get dirty(): boolean {
    return this.changes.size > 0;
  }

  *iterate(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<[Uint8Array, Uint8Array]> {
    // The cached entries in range as they are now: changes made while iterating do not join in.
    const cached = this.sorted.slice(start === undefined ? 0 : this.lowerBound(start), end === undefined ? this.sorted.length : this.lowerBound(end));
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

  private record(change: Change): void {
    const id = toHex(change.key);
    const known = this.changes.has(id);
    this.changes.set(id, change);
    const at = this.lowerBound(change.key);
    if (known) this.sorted[at] = change;
    else this.sorted.splice(at, 0, change);
  }

  /** The index of the first change whose key is not below `key`. */
  private lowerBound(key: Uint8Array): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareBytes(this.sorted[mid]!.key, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
