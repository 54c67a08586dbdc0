// The key-value view modules see. Every layer (working tree, transaction cache, gas metering,
// prefixes) implements the same interface, as cosmos-sdk's KVStore.
import type { MutableTree } from "./tree.js";

export interface KVStore {
  get(key: Uint8Array): Uint8Array | undefined;
  has(key: Uint8Array): boolean;
  set(key: Uint8Array, value: Uint8Array): void;
  delete(key: Uint8Array): void;
  /** Entries with start <= key < end (undefined = open bound), ascending or descending by key. */
  iterate(start?: Uint8Array, end?: Uint8Array, reverse?: boolean): IterableIterator<[Uint8Array, Uint8Array]>;
}

/** Read-only access, e.g. a committed version for queries. */
export type ReadonlyKVStore = Pick<KVStore, "get" | "has" | "iterate">;

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

  iterate(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<[Uint8Array, Uint8Array]> {
    // Materialized so that callers may write while iterating (the tree must not change under a walk).
    return [...this.tree.iterate(start, end, reverse)][Symbol.iterator]();
  }
}

/** Keys are non-empty and values are non-empty: an ICS-23 proof cannot carry an empty value. */
export function validateEntry(key: Uint8Array, value: Uint8Array): void {
  if (key.length === 0) throw new Error("store keys must not be empty");
  if (value.length === 0) throw new Error("store values must not be empty; delete the key instead");
}
