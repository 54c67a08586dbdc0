// The encoded node cache against a model: whatever it returns is exactly the bytes last put under
// that key, it never holds more than its capacity, and what was read recently survives rotations.
import { describe, expect, it } from "vitest";
import { Random } from "../../test/helpers/random.js";
import { EncodedNodeCache, MAX_CAPACITY_BYTES } from "./bytecache.js";
import { toHex } from "./encoding.js";

const hex = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : toHex(bytes));

describe("EncodedNodeCache", () => {
  it("returns exactly what was put, within its capacity, over random puts and gets", () => {
    const random = new Random(7);
    const capacity = 4_000;
    const cache = new EncodedNodeCache(capacity, 256);
    const model = new Map<number, string>();
    let nextKey = 1;
    let hits = 0;
    for (let step = 0; step < 20_000; step++) {
      if (random.next() < 0.4) {
        const bytes = random.bytes(1 + random.int(120));
        cache.put(nextKey, bytes);
        model.set(nextKey++, toHex(bytes));
      } else if (nextKey > 1) {
        const key = nextKey - 1 - random.int(Math.min(nextKey - 1, 100)); // mostly recent, as tree reads are
        const got = cache.get(key);
        if (got !== undefined) {
          expect(toHex(got)).toBe(model.get(key));
          hits++;
        }
      }
      expect(cache.bytes).toBeLessThanOrEqual(capacity);
    }
    expect(hits).toBeGreaterThan(1_000);
  });

  it("keeps the most recent records and what is read, and drops the oldest", () => {
    const cache = new EncodedNodeCache(1_000, 100);
    const record = (key: number) => new Uint8Array(50).fill(key);
    for (let key = 1; key <= 10; key++) cache.put(key, record(key)); // fills the hot generation (500 bytes)
    for (let key = 11; key <= 15; key++) cache.put(key, record(key)); // rotates: 1–10 are cold
    expect(hex(cache.get(3))).toBe(toHex(record(3))); // read from cold: copied back to hot
    for (let key = 16; key <= 20; key++) cache.put(key, record(key)); // 20 rotates: 1–10 dropped, but not 3
    expect(cache.get(1)).toBeUndefined();
    expect(cache.get(10)).toBeUndefined();
    expect(hex(cache.get(3))).toBe(toHex(record(3)));
    expect(hex(cache.get(15))).toBe(toHex(record(15)));
    expect(hex(cache.get(20))).toBe(toHex(record(20)));
  });

  it("a record read from the cold generation survives the rotation its copy causes", () => {
    const cache = new EncodedNodeCache(200, 100);
    const record = (key: number) => new Uint8Array(40).fill(key);
    cache.put(1, record(1));
    cache.put(2, record(2)); // hot: 1, 2 (80 of 100 bytes)
    cache.put(3, record(3)); // rotates: cold 1, 2; hot 3
    cache.put(4, record(4)); // hot 3, 4: full
    expect(hex(cache.get(1))).toBe(toHex(record(1))); // copying 1 to hot rotates and reuses 1's memory
    expect(hex(cache.get(1))).toBe(toHex(record(1)));
    expect(hex(cache.get(3))).toBe(toHex(record(3)));
    expect(cache.get(2)).toBeUndefined();
  });

  it("indexes many keys, keys above 2^32 included, growing its index", () => {
    const cache = new EncodedNodeCache(64 * 2 ** 20);
    const keys = Array.from({ length: 50_000 }, (_, i) => (i % 2 === 0 ? i + 1 : 2 ** 40 + i * 2 ** 32 + 1));
    const bytes = (key: number) => new TextEncoder().encode(`node ${key}`);
    for (const key of keys) cache.put(key, bytes(key));
    expect(cache.size).toBe(keys.length);
    for (const key of keys) expect(hex(cache.get(key))).toBe(toHex(bytes(key)));
    expect(cache.get(2 ** 33)).toBeUndefined();
  });

  it("finds every record while its index grows in steps, and counts each key once", () => {
    const random = new Random(11);
    const cache = new EncodedNodeCache(64 * 2 ** 20);
    const bytes = (key: number) => new TextEncoder().encode(`record ${key}`);
    for (let key = 1; key <= 40_000; key++) {
      cache.put(key, bytes(key));
      // Earlier keys, some still only in the table being moved, and a re-put of one of them.
      for (let n = 0; n < 3; n++) {
        const earlier = 1 + random.int(key);
        expect(hex(cache.get(earlier))).toBe(toHex(bytes(earlier)));
      }
      if (key % 1_000 === 0) cache.put(key - 500, bytes(key - 500));
      expect(cache.size).toBe(key);
    }
    for (let key = 1; key <= 40_000; key++) expect(hex(cache.get(key))).toBe(toHex(bytes(key)));
    expect(cache.get(40_001)).toBeUndefined();
  });

  it("keeps a copy, not the caller's buffer", () => {
    const cache = new EncodedNodeCache(1_000);
    const bytes = Uint8Array.of(1, 2, 3);
    cache.put(9, bytes);
    bytes[0] = 7;
    expect(hex(cache.get(9))).toBe(toHex(Uint8Array.of(1, 2, 3)));
  });

  it("does not keep records larger than a chunk, or anything at capacity 0", () => {
    const small = new EncodedNodeCache(1_000, 100);
    small.put(1, new Uint8Array(101));
    expect(small.get(1)).toBeUndefined();
    const off = new EncodedNodeCache(0);
    off.put(1, Uint8Array.of(1));
    expect(off.get(1)).toBeUndefined();
    expect(off.size).toBe(0);
  });

  it("refuses a capacity it cannot address", () => {
    expect(() => new EncodedNodeCache(-1)).toThrow(/capacity/);
    expect(() => new EncodedNodeCache(1.5)).toThrow(/capacity/);
    expect(() => new EncodedNodeCache(MAX_CAPACITY_BYTES + 1)).toThrow(/capacity/);
  });
});
