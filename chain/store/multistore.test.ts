import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MultiStore, StoreOpenError, VersionUnavailableError } from "./multistore.js";
import { TreeKVStore } from "./kv.js";
import { compareBytes, fromHex, toHex, utf8 } from "./encoding.js";
import { queryProofOps } from "./proof.js";
import { appHash as appHashFromInfo } from "./commit-info.js";
import { assertValidQueryProof } from "../../test/helpers/proofs.js";
import { Random } from "../../test/helpers/random.js";

const STORES = ["acc", "bank", "ibc"];
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ais-store-"));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Model = Map<string, Map<string, string>>; // store → hex key → hex value

function cloneModel(model: Model): Model {
  return new Map([...model].map(([name, kv]) => [name, new Map(kv)]));
}

function sortedEntries(kv: Map<string, string>): [string, string][] {
  return [...kv].sort((a, b) => compareBytes(fromHex(a[0]), fromHex(b[0])));
}

/** Checks a committed version against the model: contents, ranges, and proofs of present and absent keys. */
function checkVersion(store: MultiStore, version: number, model: Model, rng: Random): void {
  const info = store.commitInfoAt(version);
  for (const name of STORES) {
    const tree = store.treeAt(name, version);
    const expected = sortedEntries(model.get(name)!);
    expect([...tree.iterate()].map(([k, v]) => [toHex(k), toHex(v)])).toEqual(expected);
    expect([...tree.iterate(undefined, undefined, true)].length).toBe(expected.length);
    expect(tree.size).toBe(expected.length);

    // A random range, both directions.
    const a = rng.bytes(1 + rng.int(2));
    const b = rng.bytes(1 + rng.int(2));
    const [lo, hi] = compareBytes(a, b) <= 0 ? [a, b] : [b, a];
    const inRange = expected.filter(([k]) => compareBytes(fromHex(k), lo) >= 0 && compareBytes(fromHex(k), hi) < 0);
    expect([...tree.iterate(lo, hi)].map(([k]) => toHex(k))).toEqual(inRange.map(([k]) => k));
    expect([...tree.iterate(lo, hi, true)].map(([k]) => toHex(k))).toEqual(inRange.map(([k]) => k).reverse());

    const root = appHashOf(store, version);
    const present = expected.length === 0 ? [] : [rng.pick(expected), rng.pick(expected)];
    for (const [k, v] of present) {
      expect(toHex(tree.get(fromHex(k))!)).toBe(v);
      assertValidQueryProof(queryProofOps(tree, info, name, fromHex(k)), {
        appHash: root,
        storeName: name,
        key: fromHex(k),
        value: fromHex(v),
      });
    }
    for (let i = 0; i < 3; i++) {
      const key = rng.bytes(1 + rng.int(3));
      if (model.get(name)!.has(toHex(key))) continue;
      expect(tree.get(key)).toBeUndefined();
      if (expected.length === 0) continue; // an empty tree has nothing to prove absence against
      assertValidQueryProof(queryProofOps(tree, info, name, key), { appHash: root, storeName: name, key, value: undefined });
    }
  }
  if (version === store.latestVersion) expect(toHex(appHashOf(store, version))).toBe(toHex(store.lastAppHash));
}

/** Recomputed from the stored commit info, as a query for an old height does. */
function appHashOf(store: MultiStore, version: number): Uint8Array {
  return appHashFromInfo(store.commitInfoAt(version));
}

describe("MultiStore against a map model", () => {
  it("matches the model across versions, with valid proofs, pruning and a reopen", async () => {
    const path = tempDir();
    const keepRecent = 15;
    let store = MultiStore.create({ path, storeNames: STORES, keepRecent, cacheSize: 64 });
    store.setInitialVersion(3);
    const rng = new Random(0xa15);
    const model: Model = new Map(STORES.map((n) => [n, new Map()]));
    const history = new Map<number, Model>();

    for (let round = 0; round < 70; round++) {
      const ops = rng.int(40);
      for (let i = 0; i < ops; i++) {
        const name = rng.pick(STORES);
        const tree = store.tree(name);
        const kv = model.get(name)!;
        if (rng.next() < 0.3 && kv.size > 0) {
          const key = rng.next() < 0.8 ? rng.pick([...kv.keys()]) : toHex(rng.bytes(1 + rng.int(3)));
          const removed = tree.remove(fromHex(key));
          expect(removed === undefined ? undefined : toHex(removed)).toBe(kv.get(key));
          kv.delete(key);
        } else {
          const key = toHex(rng.bytes(1 + rng.int(3)));
          const value = toHex(rng.bytes(1 + rng.int(20)));
          tree.set(fromHex(key), fromHex(value));
          kv.set(key, value);
        }
      }
      const info = await store.commit();
      expect(info.version).toBe(3 + round);
      history.set(info.version, cloneModel(model));
      if (round % 9 === 4) {
        // A block whose changes are abandoned (crash before commit) leaves no trace.
        store.tree("bank").set(utf8.encode("abandoned"), utf8.encode("x"));
        store.tree("acc").remove(store.tree("acc").iterate().next().value?.[0] ?? utf8.encode("none"));
        store.rollback();
      }

      if (round === 35) {
        await store.close();
        store = MultiStore.open({ path, storeNames: STORES, keepRecent, cacheSize: 64 });
        expect(store.latestVersion).toBe(info.version);
        expect(toHex(store.lastAppHash)).toBe(toHex(appHashFromInfo(info)));
      }
      if (round % 10 === 9 || round === 69) {
        for (let v = store.earliestVersion; v <= store.latestVersion; v++) checkVersion(store, v, history.get(v)!, rng);
      }
    }
    // Pruning runs every version here (the default interval).
    expect(store.latestVersion - store.earliestVersion + 1).toBe(keepRecent);
    expect(() => store.treeAt("bank", store.earliestVersion - 1)).toThrow(VersionUnavailableError);
    expect(() => store.treeAt("bank", store.latestVersion + 1)).toThrow(VersionUnavailableError);
    await store.close();
  });

  it("keeps every version when keepRecent is 0 and shares unchanged subtrees", async () => {
    const store = MultiStore.create({ path: tempDir(), storeNames: ["only"], keepRecent: 0 });
    for (let v = 1; v <= 30; v++) {
      store.tree("only").set(utf8.encode(`key-${v % 7}`), utf8.encode(`value-${v}`));
      await store.commit();
    }
    expect(store.earliestVersion).toBe(1);
    expect(utf8.decode(store.treeAt("only", 1).get(utf8.encode("key-1"))!)).toBe("value-1");
    expect(utf8.decode(store.treeAt("only", 30).get(utf8.encode("key-1"))!)).toBe("value-29");
    await store.close();
  });

  it("keeps each version's block time beside it, outside the app hash, across a reopen", async () => {
    const path = tempDir();
    let store = MultiStore.create({ path, storeNames: ["only"] });
    store.tree("only").set(utf8.encode("k"), utf8.encode("v"));
    const hash = toHex(store.workingAppHash());
    await store.commit({ seconds: 1_795_000_001n, nanos: 5 });
    await store.commit({ seconds: 1_795_000_002n, nanos: 0 });
    expect(toHex(store.commitInfoAt(1).stores[0]!.hash)).toBe(toHex(store.commitInfoAt(2).stores[0]!.hash));
    expect(toHex(appHashFromInfo(store.commitInfoAt(1)))).toBe(hash);
    await store.close();
    store = MultiStore.open({ path, storeNames: ["only"] });
    expect([store.commitInfoAt(1).timestamp, store.commitInfoAt(2).timestamp]).toEqual([
      { seconds: 1_795_000_001n, nanos: 5 },
      { seconds: 1_795_000_002n, nanos: 0 },
    ]);
    await store.close();
  });

  it("gives the same app hash and reads for the same operations, whatever the cache sizes", async () => {
    const hashes: string[] = [];
    const reads: string[] = [];
    const caches = [
      { cacheSize: 1, encodedCacheBytes: 0 }, // every read from the database
      { cacheSize: 1, encodedCacheBytes: 2_000 }, // the encoded cache rotating all the time
      { cacheSize: 1000 },
    ];
    for (const cache of caches) {
      const store = MultiStore.create({ path: tempDir(), storeNames: STORES, ...cache });
      const rng = new Random(7);
      for (let v = 0; v < 20; v++) {
        for (let i = 0; i < 50; i++) {
          const name = rng.pick(STORES);
          if (rng.next() < 0.25) store.tree(name).remove(rng.bytes(1));
          else store.tree(name).set(rng.bytes(1 + rng.int(2)), rng.bytes(4));
        }
        await store.commit();
      }
      hashes.push(toHex(store.lastAppHash));
      const read = (name: string) => [...store.tree(name).iterate()].map(([k, v]) => `${toHex(k)}=${toHex(v)}`);
      reads.push(STORES.flatMap(read).join(","));
      await store.close();
    }
    expect(new Set(hashes).size).toBe(1);
    expect(new Set(reads).size).toBe(1);
    expect(reads[0]!.length).toBeGreaterThan(100);
  });
});

describe("opening a database", () => {
  it("names the path when the database is missing", () => {
    const path = join(tempDir(), "application.db");
    expect(() => MultiStore.open({ path, storeNames: STORES })).toThrow(StoreOpenError);
    expect(() => MultiStore.open({ path, storeNames: STORES })).toThrow(path);
    expect(existsSync(path)).toBe(false);
  });

  it("names the path when the database file is garbage", () => {
    const path = tempDir();
    writeFileSync(join(path, "data.mdb"), Buffer.alloc(64 * 1024, 0x5a));
    expect(() => MultiStore.open({ path, storeNames: STORES })).toThrow(new RegExp(`application database at ${path}`));
  });

  it("refuses to create over an existing database", async () => {
    const path = tempDir();
    const store = MultiStore.create({ path, storeNames: STORES });
    await store.close();
    expect(() => MultiStore.create({ path, storeNames: STORES })).toThrow(/already exists/);
  });

  it("detects a tampered root node", async () => {
    const path = tempDir();
    const store = MultiStore.create({ path, storeNames: ["only"] });
    store.tree("only").set(utf8.encode("a"), utf8.encode("1"));
    store.tree("only").set(utf8.encode("b"), utf8.encode("2"));
    await store.commit();
    await store.close();
    const { open } = await import("lmdb");
    const env = open({ path, maxDbs: 8 });
    const nodes = env.openDB<Buffer, number>({ name: "nodes", encoding: "binary" });
    const roots = env.openDB<number, [string, number]>({ name: "roots" });
    const rootKey = roots.get(["only", 1])!;
    const bytes = Buffer.from(nodes.getBinary(rootKey)!);
    bytes[bytes.length - 3]! ^= 0xff; // last byte of the stored hash (two 1-byte child keys follow)
    nodes.putSync(rootKey, bytes);
    await env.close();
    expect(() => MultiStore.open({ path, storeNames: ["only"] })).toThrow(/corrupted.*root/);
  });
});

describe("iterating the working tree while writing to it", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it("continues after the last key returned, on the changed tree", async () => {
    const store = MultiStore.create({ path: tempDir(), storeNames: STORES });
    const kv = new TreeKVStore(store.tree("acc"));
    for (const k of ["a", "b", "c", "d", "e"]) kv.set(bytes(k), bytes(k.toUpperCase()));
    await store.commit();
    const seen: string[] = [];
    for (const [key, value] of kv.iterate()) {
      seen.push(`${new TextDecoder().decode(key)}=${new TextDecoder().decode(value)}`);
      if (seen.length === 1) {
        kv.delete(bytes("c")); // ahead: never returned
        kv.set(bytes("bb"), bytes("BB")); // ahead: returned
        kv.set(bytes("d"), bytes("D2")); // ahead, changed: returned with its new value
        kv.set(bytes("0"), bytes("zero")); // behind: not returned
      }
    }
    expect(seen).toEqual(["a=A", "b=B", "bb=BB", "d=D2", "e=E"]);
    const backwards: string[] = [];
    for (const [key] of kv.iterate(undefined, undefined, true)) {
      backwards.push(new TextDecoder().decode(key));
      if (backwards.length === 1) kv.delete(bytes("d"));
    }
    expect(backwards).toEqual(["e", "bb", "b", "a", "0"]);
    await store.close();
  });
});

describe("pruning a version with very many orphans", () => {
  it("prunes a version that replaced 150,000 keys (more orphans than a call takes arguments)", async () => {
    const store = MultiStore.create({ path: tempDir(), storeNames: STORES, keepRecent: 2 });
    const kv = new TreeKVStore(store.tree("acc"));
    const key = (i: number) => new TextEncoder().encode(`k${i}`);
    for (let i = 0; i < 150_000; i++) kv.set(key(i), Uint8Array.of(1));
    await store.commit();
    for (let i = 0; i < 150_000; i++) kv.set(key(i), Uint8Array.of(2));
    await store.commit();
    for (let v = 0; v < 3; v++) {
      kv.set(key(v), Uint8Array.of(3));
      await store.commit();
    }
    await store.flush();
    expect(() => store.treeAt("acc", 1)).toThrow(VersionUnavailableError);
    expect(store.treeAt("acc", store.latestVersion).get(key(149_999))).toEqual(Uint8Array.of(2));
    await store.close();
  }, 120_000);
});
