// Pagination as the SDK pages, with bounded work: totals from the tree's subtree sizes, walks capped.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { MultiStore } from "../store/multistore.js";
import { CacheKVStore } from "../store/cachekv.js";
import type { KVStore } from "../store/kv.js";
import { PrefixKVStore } from "../store/prefixkv.js";
import { Random } from "../../test/helpers/random.js";
import { MAX_WALK, paginate } from "./pagination.js";
import { ReadonlyStore } from "./state.js";

const MANY = 12_000; // more than MAX_WALK
let dir: string;
let store: MultiStore;
let committed: KVStore;

const key = (prefix: number, i: number) => Uint8Array.of(prefix, i >> 16, (i >> 8) & 0xff, i & 0xff);
const page = (p: Partial<PageRequest>) => PageRequest.fromPartial(p);
const decode = (k: Uint8Array) => (k.at(-3)! << 16) | (k.at(-2)! << 8) | k.at(-1)!;

/** Counts the entries a store hands out. */
function reading(inner: KVStore): { store: KVStore; reads: () => number } {
  let reads = 0;
  const store: KVStore = {
    get: (k) => inner.get(k),
    has: (k) => inner.has(k),
    set: (k, v) => inner.set(k, v),
    delete: (k) => inner.delete(k),
    count: (start, end) => inner.count?.(start, end),
    *iterate(start, end, reverse) {
      for (const entry of inner.iterate(start, end, reverse)) {
        reads++;
        yield entry;
      }
    },
  };
  return { store, reads: () => reads };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ais-pagination-"));
  store = MultiStore.create({ path: dir, storeNames: ["s"] });
  const tree = store.tree("s");
  for (let i = 0; i < 50; i++) tree.set(key(1, i), Uint8Array.of(1));
  for (let i = 0; i < MANY; i++) tree.set(key(2, i), Uint8Array.of(i % 7 === 0 ? 1 : 2));
  tree.set(Uint8Array.of(0xff, 0xff), Uint8Array.of(1));
  await store.commit();
  committed = new ReadonlyStore(store.tree("s").committed());
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("counting a store range from subtree sizes", () => {
  it("agrees with iteration on random ranges, through prefixes", () => {
    const rng = new Random(7);
    const prefixed = new PrefixKVStore(committed, Uint8Array.of(2));
    for (let n = 0; n < 200; n++) {
      const a = rng.int(MANY + 10);
      const b = a + rng.int(500);
      const [start, end] = [key(2, a).subarray(1), key(2, b).subarray(1)];
      expect(prefixed.count!(start, end)).toBe([...prefixed.iterate(start, end)].length);
    }
    expect(prefixed.count!()).toBe(MANY);
    expect(new PrefixKVStore(committed, Uint8Array.of(1)).count!()).toBe(50);
    expect(new PrefixKVStore(committed, Uint8Array.of(3)).count!()).toBe(0);
    expect(new PrefixKVStore(committed, Uint8Array.of(0xff)).count!()).toBe(1); // no prefix end
    expect(committed.count!()).toBe(50 + MANY + 1);
  });

  it("is unknown through a branch holding changes, known through a clean one", () => {
    const branch = new CacheKVStore(committed);
    expect(branch.count!()).toBe(50 + MANY + 1);
    branch.set(Uint8Array.of(9), Uint8Array.of(1));
    expect(branch.count!()).toBeUndefined();
  });
});

describe("paginate", () => {
  const twos = () => reading(new PrefixKVStore(committed, Uint8Array.of(2)));

  it("counts the total when no limit is given, as the SDK's Paginate does, reading only the page", () => {
    const { store: s, reads } = twos();
    const { items, pagination } = paginate(s, undefined, decode);
    expect(items).toHaveLength(100);
    expect(pagination.total).toBe(BigInt(MANY));
    expect(reads()).toBe(101);
  });

  it("does not count when a limit is given without count_total, or when paging by key", () => {
    expect(paginate(twos().store, page({ limit: 5n }), decode).pagination.total).toBe(0n);
    const first = paginate(twos().store, page({ limit: 5n }), decode);
    const next = paginate(twos().store, page({ key: first.pagination.nextKey, countTotal: true }), decode);
    expect(next.items[0]).toBe(5);
    expect(next.pagination.total).toBe(0n);
  });

  it("counts a filtered range by walking it, within the bound", () => {
    const ones = reading(new PrefixKVStore(committed, Uint8Array.of(1)));
    const { pagination } = paginate(ones.store, page({ limit: 10n, countTotal: true }), decode, (i) => i % 2 === 0);
    expect(pagination.total).toBe(25n);
  });

  it("stops a filtered walk at MAX_WALK: refused when a total was asked for, a short page and next_key when not", () => {
    const sevens = (i: number) => i % 7 === 0;
    expect(() => paginate(twos().store, page({ limit: 10n, countTotal: true }), decode, sevens)).toThrow(/reads at most 10000 entries besides the page/);
    const { store: s, reads } = twos();
    const implied = paginate(s, undefined, decode, (i) => i === MANY - 1);
    expect(implied.items).toEqual([]);
    expect(implied.pagination.total).toBe(0n);
    expect(reads()).toBe(Number(MAX_WALK) + 1);
    // Going on from next_key finds what lies beyond the bound.
    expect(paginate(twos().store, page({ key: implied.pagination.nextKey }), decode, (i) => i === MANY - 1).items).toEqual([MANY - 1]);
  });

  it("refuses an offset beyond the bound and both key and offset", () => {
    expect(() => paginate(twos().store, page({ offset: MAX_WALK + 1n }), decode)).toThrow(/offset must be at most 10000/);
    expect(paginate(twos().store, page({ offset: MAX_WALK, limit: 1n }), decode).items).toEqual([Number(MAX_WALK)]);
    expect(() => paginate(twos().store, page({ offset: 1n, key: Uint8Array.of(1) }), decode)).toThrow(/either offset or key/);
  });

  it("pages in reverse with next_key", () => {
    const last = paginate(twos().store, page({ limit: 2n, reverse: true }), decode);
    expect(last.items).toEqual([MANY - 1, MANY - 2]);
    expect(paginate(twos().store, page({ limit: 2n, reverse: true, key: last.pagination.nextKey }), decode).items).toEqual([MANY - 3, MANY - 4]);
  });
});
