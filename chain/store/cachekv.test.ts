// The write-back cache against a model (a sorted map): gets, ranges in both directions, writes and
// discards agree over random operations on two stacked caches, as a block's branch and a
// transaction's branch over it are stacked.
import { describe, expect, it } from "vitest";
import { Random } from "../../test/helpers/random.js";
import { CacheKVStore } from "./cachekv.js";
import { compareBytes, toHex } from "./encoding.js";
import type { KVStore } from "./kv.js";

/** The model: every key's value in a Map, sorted on each iteration. */
class ModelStore implements KVStore {
  readonly entries = new Map<string, [Uint8Array, Uint8Array]>();
  get(key: Uint8Array) {
    return this.entries.get(toHex(key))?.[1];
  }
  has(key: Uint8Array) {
    return this.entries.has(toHex(key));
  }
  set(key: Uint8Array, value: Uint8Array) {
    this.entries.set(toHex(key), [Uint8Array.from(key), Uint8Array.from(value)]);
  }
  delete(key: Uint8Array) {
    this.entries.delete(toHex(key));
  }
  *iterate(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<[Uint8Array, Uint8Array]> {
    const all = [...this.entries.values()]
      .filter(([k]) => (start === undefined || compareBytes(k, start) >= 0) && (end === undefined || compareBytes(k, end) < 0))
      .sort((a, b) => compareBytes(a[0], b[0]));
    yield* reverse ? all.reverse() : all;
  }
  copy(): ModelStore {
    const next = new ModelStore();
    for (const [k, v] of this.entries) next.entries.set(k, v);
    return next;
  }
}

const hexes = (entries: Iterable<[Uint8Array, Uint8Array]>) => [...entries].map(([k, v]) => `${toHex(k)}=${toHex(v)}`);

describe("CacheKVStore", () => {
  for (const seed of [1, 2, 3]) {
    it(`agrees with a sorted-map model over 3,000 random operations on stacked caches (seed ${seed})`, () => {
      const random = new Random(seed);
      const key = () => random.bytes(1 + random.int(3)).map((b) => b % 8); // few distinct bytes: many collisions and shared prefixes
      const base = new ModelStore();
      for (let i = 0; i < 50; i++) base.set(key(), random.bytes(2));
      let block = new CacheKVStore(base);
      let blockModel = base.copy();
      let tx = new CacheKVStore(block);
      let txModel = blockModel.copy();
      for (let step = 0; step < 3_000; step++) {
        const op = random.int(10);
        if (op < 4) {
          const k = key();
          const v = random.bytes(2);
          tx.set(k, v);
          txModel.set(k, v);
        } else if (op < 6) {
          const k = key();
          tx.delete(k);
          txModel.delete(k);
        } else if (op < 8) {
          const [a, b] = [key(), key()];
          const [start, end] = compareBytes(a, b) <= 0 ? [a, b] : [b, a];
          const bounds = random.int(4);
          const s = bounds & 1 ? start : undefined;
          const e = bounds & 2 ? end : undefined;
          const reverse = random.int(2) === 1;
          expect(hexes(tx.iterate(s, e, reverse))).toEqual(hexes(txModel.iterate(s, e, reverse)));
          const k = key();
          expect(tx.get(k)).toEqual(txModel.get(k));
        } else if (op < 9) {
          tx.write(); // the transaction succeeded
          blockModel = txModel.copy();
          tx = new CacheKVStore(block);
        } else {
          tx.discard(); // the transaction failed
          txModel = blockModel.copy();
        }
        if (step % 1_000 === 999) {
          // The block commits: the base takes the block's changes.
          tx.write();
          block.write();
          expect(hexes(base.iterate())).toEqual(hexes(txModel.iterate()));
          blockModel = txModel.copy();
          block = new CacheKVStore(base);
          tx = new CacheKVStore(block);
        }
      }
    });
  }

  it("keeps an iteration to the entries in range when it began, as changes are made during it", () => {
    const store = new CacheKVStore(new ModelStore());
    for (const k of [1, 3, 5]) store.set(Uint8Array.of(k), Uint8Array.of(k));
    const seen: number[] = [];
    for (const [k] of store.iterate()) {
      seen.push(k[0]!);
      store.delete(k); // a queue consumed as it is walked
      store.set(Uint8Array.of(k[0]! + 1), Uint8Array.of(0)); // and new keys arriving meanwhile
    }
    expect(seen).toEqual([1, 3, 5]);
    expect(hexes(store.iterate())).toEqual(["02=00", "04=00", "06=00"]);
  });
});
