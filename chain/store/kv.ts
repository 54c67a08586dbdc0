// The key-value view modules see. Every layer (working tree, transaction cache, gas metering,
// prefixes) implements the same interface, as cosmos-sdk's KVStore.
import { concat } from "./encoding.js";
import type { MutableTree } from "./tree.js";

/** Appended to a key: the smallest key after it. */
const AFTER = Uint8Array.of(0);

export interface KVStore {
  get(key: Uint8Array): Uint8Array | undefined;
  has(key: Uint8Array): boolean;
  set(key: Uint8Array, value: Uint8Array): void;
  delete(key: Uint8Array): void;
  /** Entries with start <= key < end (undefined = open bound), ascending or descending by key. */
  iterate(start?: Uint8Array, end?: Uint8Array, reverse?: boolean): IterableIterator<[Uint8Array, Uint8Array]>;
  /**
   * How many entries iterate(start, end) would give, when this layer knows it without walking them
   * (a tree from its subtree sizes, in O(height)); undefined when it would have to walk.
   */
  count?(start?: Uint8Array, end?: Uint8Array): number | undefined;
}

/** Read-only access, e.g. a committed version for queries. */
export type ReadonlyKVStore = Pick<KVStore, "get" | "has" | "iterate" | "count">;

/** The working tree of a module store as a KVStore. */
export class TreeKVStore implements KVStore {
  constructor(private readonly tree: MutableTree) {}

  get(key: Uint8Array): Uint8Array | undefined {
    return this.tree.get(key);
  }

  has(key: Uint8Array): boolean {
    return this.tree.get(key) !== undefined;
  }

  set(key: Uint8Array, value: Uint8Array): void {
    validateEntry(key, value);
    this.tree.set(key, value);
  }

  delete(key: Uint8Array): void {
    this.tree.remove(key);
  }

  count(start?: Uint8Array, end?: Uint8Array): number {
    return this.tree.count(start, end);
  }

  /**
   * Lazy, so that reading the first entries of a large range costs only those entries. Callers may
   * write while iterating: the tree must not change under a walk, so after a change the walk starts
   * again, on the changed tree, right after the last key returned (what it returns next is current).
   */
  *iterate(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<[Uint8Array, Uint8Array]> {
    let seen = this.tree.changes;
    let walk = this.tree.iterate(start, end, reverse);
    let last: Uint8Array | undefined;
    for (;;) {
      if (this.tree.changes !== seen) {
        seen = this.tree.changes;
        if (last !== undefined) walk = reverse ? this.tree.iterate(start, last, true) : this.tree.iterate(concat(last, AFTER), end, false);
        else walk = this.tree.iterate(start, end, reverse);
      }
      const next = walk.next();
      if (next.done === true) return;
      last = next.value[0];
      yield next.value;
    }
  }
}

/** Keys are non-empty and values are non-empty: an ICS-23 proof cannot carry an empty value. */
export function validateEntry(key: Uint8Array, value: Uint8Array): void {
  if (key.length === 0) throw new Error("store keys must not be empty");
  if (value.length === 0) throw new Error("store values must not be empty; delete the key instead");
}
