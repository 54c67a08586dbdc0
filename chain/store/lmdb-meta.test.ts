import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MultiStore, StoreOpenError } from "./multistore.js";
import { lmdbFileProblem, readLmdbMeta } from "./lmdb-meta.js";
import { utf8 } from "./encoding.js";

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A real database written by the store: enough versions that it spans many pages. */
async function populatedDatabase(): Promise<{ path: string; file: string }> {
  const path = mkdtempSync(join(tmpdir(), "ais-lmdb-meta-"));
  dirs.push(path);
  const store = MultiStore.create({ path, storeNames: ["a", "b"] });
  for (let version = 1; version <= 40; version++) {
    for (let i = 0; i < 40; i++) store.tree(i % 2 === 0 ? "a" : "b").set(utf8.encode(`key-${version}-${i}`), new Uint8Array(200).fill(version));
    await store.commit();
  }
  await store.close();
  return { path, file: join(path, "data.mdb") };
}

describe("LMDB's meta pages", () => {
  it("reads the current meta of a database the store wrote, and finds the file whole", async () => {
    const { file } = await populatedDatabase();
    const meta = readLmdbMeta(readFileSync(file));
    expect(meta.pageSize).toBe(4096);
    expect(meta.txnId).toBeGreaterThan(40n);
    // The file holds every page up to the last one the current meta records, and no more than it maps.
    const size = BigInt(statSync(file).size);
    expect((meta.lastPage + 1n) * BigInt(meta.pageSize)).toBeLessThanOrEqual(size);
    expect(meta.lastPage).toBeGreaterThan(20n);
    expect(lmdbFileProblem(file)).toBeUndefined();
  });

  it.each([0.5, 0.6, 0.75])("reports a file truncated to %d of its size, which LMDB would map and die on (SIGBUS)", async (fraction) => {
    const { file } = await populatedDatabase();
    const intact = readFileSync(file);
    const cut = Math.floor(intact.length * fraction);
    writeFileSync(file, intact.subarray(0, cut));
    const problem = lmdbFileProblem(file);
    expect(problem).toContain(`${file} is truncated`);
    expect(problem).toContain(`${cut} bytes`);
  });

  it("takes the meta with the larger transaction id, as LMDB does", async () => {
    const { file } = await populatedDatabase();
    const bytes = readFileSync(file);
    // Each meta page carries the txnid that wrote it (mm_txnid, 128 bytes into MDB_meta); they alternate.
    const txnIds = [bytes.readBigUInt64LE(24 + 128), bytes.readBigUInt64LE(4096 + 24 + 128)] as const;
    expect(txnIds[0] - txnIds[1] === 1n || txnIds[1] - txnIds[0] === 1n).toBe(true);
    const current = txnIds[0] > txnIds[1] ? 0 : 1;
    expect(readLmdbMeta(bytes).txnId).toBe(txnIds[current]);
    // Swapping which page is newer swaps which one is read: make the older page the newest.
    const swapped = Buffer.from(bytes);
    swapped.writeBigUInt64LE(txnIds[current] + 1n, (1 - current) * 4096 + 24 + 128);
    swapped.writeBigUInt64LE(12345n, (1 - current) * 4096 + 24 + 120);
    expect(readLmdbMeta(swapped)).toEqual({ pageSize: 4096, lastPage: 12345n, txnId: txnIds[current] + 1n });
  });

  it("reports a file without LMDB's header, a bad page size and a bad second meta page", async () => {
    const { file } = await populatedDatabase();
    const intact = readFileSync(file);
    writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a));
    expect(lmdbFileProblem(file)).toMatch(/no valid LMDB header/);
    writeFileSync(file, intact.subarray(0, 4096));
    expect(lmdbFileProblem(file)).toMatch(/no valid LMDB header/);
    const badPageSize = Buffer.from(intact);
    badPageSize.writeUInt32LE(3000, 48);
    writeFileSync(file, badPageSize);
    expect(lmdbFileProblem(file)).toMatch(/page size 3000/);
    const badSecond = Buffer.from(intact);
    badSecond.writeUInt32LE(0, 4096 + 24);
    writeFileSync(file, badSecond);
    expect(lmdbFileProblem(file)).toMatch(/no valid LMDB header/);
  });

  it("makes MultiStore.open refuse a truncated file with an error naming the path, and leaves the file as it was", async () => {
    const { path, file } = await populatedDatabase();
    const intact = readFileSync(file);
    const truncated = intact.subarray(0, Math.floor(intact.length * 0.6));
    writeFileSync(file, truncated);
    expect(() => MultiStore.open({ path, storeNames: ["a", "b"] })).toThrow(StoreOpenError);
    expect(() => MultiStore.open({ path, storeNames: ["a", "b"] })).toThrow(`the application database at ${path} is corrupted`);
    expect(readFileSync(file).equals(truncated)).toBe(true);
    writeFileSync(file, intact); // restored, it opens again
    const store = MultiStore.open({ path, storeNames: ["a", "b"] });
    expect(store.latestVersion).toBe(40);
    await store.close();
  });
});
