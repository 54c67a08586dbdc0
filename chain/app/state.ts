// Sets of module stores and their branches. A block executes on the working trees; each
// transaction runs on a branch written back only when it succeeds; CheckTx runs on a branch of the
// last committed state that lives until the next Commit.
import { CacheKVStore } from "../store/cachekv.js";
import type { KVStore, ReadonlyKVStore } from "../store/kv.js";

export interface StoreSet {
  store(name: string): KVStore;
}

export class MapStoreSet implements StoreSet {
  constructor(private readonly stores: ReadonlyMap<string, KVStore>) {}

  store(name: string): KVStore {
    const store = this.stores.get(name);
    if (store === undefined) throw new Error(`no store named ${name}`);
    return store;
  }
}

/** A write-back branch of every store of a set; stores are branched lazily on first use. */
export class BranchStoreSet implements StoreSet {
  private readonly branches = new Map<string, CacheKVStore>();

  constructor(private readonly parent: StoreSet) {}

  store(name: string): KVStore {
    let branch = this.branches.get(name);
    if (branch === undefined) {
      branch = new CacheKVStore(this.parent.store(name));
      this.branches.set(name, branch);
    }
    return branch;
  }

  /** Applies every change to the parent, stores in name order so writes are deterministic. */
  write(): void {
    for (const name of [...this.branches.keys()].sort()) this.branches.get(name)!.write();
  }
}

/** A read-only store (a committed version) in KVStore form; writes are a programming error. */
export class ReadonlyStore implements KVStore {
  constructor(private readonly inner: ReadonlyKVStore) {}

  get(key: Uint8Array): Uint8Array | undefined {
    return this.inner.get(key);
  }

  has(key: Uint8Array): boolean {
    return this.inner.has(key);
  }

  iterate(start?: Uint8Array, end?: Uint8Array, reverse?: boolean): IterableIterator<[Uint8Array, Uint8Array]> {
    return this.inner.iterate(start, end, reverse);
  }

  count(start?: Uint8Array, end?: Uint8Array): number | undefined {
    return this.inner.count?.(start, end);
  }

  set(): void {
    throw new Error("write to a read-only store");
  }

  delete(): void {
    throw new Error("write to a read-only store");
  }
}
