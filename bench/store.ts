// npm run bench:store — leaf updates/s (hashing and commit included), commit latency for blocks of
// 1k and 10k writes into a tree of 1M keys, proofs/s and RSS. Results go to bench/RESULTS.md by hand.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { CommitmentProof } from "cosmjs-types/cosmos/ics23/v1/proofs";
import { relaunchWithHeapFlags } from "../chain/node/heap.js";
import { MultiStore } from "../chain/store/multistore.js";
import { iavlCommitmentProof } from "../chain/store/proof.js";

// Measured with the heap `aisd start` runs the store in.
await relaunchWithHeapFlags();

const TOTAL_KEYS = Number(process.env.BENCH_KEYS ?? 1_000_000);
const LOAD_BATCH = 10_000;

let seed = 1;
function random32(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}

function keyOf(i: number): Uint8Array {
  const key = new Uint8Array(21);
  key[0] = 0x02; // a balances-like prefix and a 20-byte address
  const view = new DataView(key.buffer);
  view.setUint32(1, Math.imul(i, 2654435761) >>> 0);
  view.setUint32(5, i);
  return key;
}

function valueOf(i: number): Uint8Array {
  const value = new Uint8Array(40);
  new DataView(value.buffer).setUint32(0, i);
  return value;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const dir = mkdtempSync(join(tmpdir(), "ais-bench-store-"));
const store = MultiStore.create({ path: dir, storeNames: ["bank"], keepRecent: 100 });
const tree = () => store.tree("bank");

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);

// 1. Load: TOTAL_KEYS inserts in blocks of LOAD_BATCH, each block hashed and committed.
let start = process.hrtime.bigint();
for (let i = 0; i < TOTAL_KEYS; i += LOAD_BATCH) {
  for (let j = i; j < Math.min(i + LOAD_BATCH, TOTAL_KEYS); j++) tree().set(keyOf(j), valueOf(j));
  await store.commit();
}
await store.flush();
const loadMs = ms(start);
console.log(`load: ${TOTAL_KEYS} inserts in ${(loadMs / 1000).toFixed(1)} s = ${Math.round(TOTAL_KEYS / (loadMs / 1000))} inserts/s`);

// 2. Blocks of updates and inserts into the full tree. "commit" is what the ABCI Commit call costs
// (hashing, node keys, enqueueing the write, waiting for the previous block's write); "durable" also
// waits for this block's own database transaction.
function randomWrites(count: number, salt: number): void {
  for (let w = 0; w < count; w++) {
    const i = random32() % (TOTAL_KEYS + TOTAL_KEYS / 10); // ~9% inserts
    tree().set(keyOf(i), valueOf(i + salt));
  }
}

for (const blockSize of [1_000, 10_000]) {
  const commitMs: number[] = [];
  const durableMs: number[] = [];
  const blocks = 20;
  const phaseStart = process.hrtime.bigint();
  for (let b = 0; b < blocks; b++) {
    randomWrites(blockSize, b);
    const t = process.hrtime.bigint();
    await store.commit();
    commitMs.push(ms(t));
  }
  await store.flush();
  const totalMs = ms(phaseStart);
  for (let b = 0; b < 5; b++) {
    randomWrites(blockSize, b);
    const t = process.hrtime.bigint();
    await store.commit();
    await store.flush();
    durableMs.push(ms(t));
  }
  console.log(
    `blocks of ${blockSize} writes: ${Math.round((blocks * blockSize) / (totalMs / 1000))} updates/s including hashing and commit; ` +
      `commit p50 ${percentile(commitMs, 50).toFixed(1)} ms, p99 ${percentile(commitMs, 99).toFixed(1)} ms; ` +
      `durable commit p50 ${percentile(durableMs, 50).toFixed(1)} ms`,
  );
}

// 3. Proofs at the latest version.
const committed = store.treeAt("bank", store.latestVersion);
start = process.hrtime.bigint();
const proofs = 20_000;
for (let p = 0; p < proofs; p++) {
  const i = random32() % (TOTAL_KEYS * 2);
  CommitmentProof.encode(iavlCommitmentProof(committed, keyOf(i))).finish();
}
const proofMs = ms(start);
console.log(`proofs: ${Math.round(proofs / (proofMs / 1000))} proofs/s (half existence, half non-existence)`);

(globalThis as { gc?: () => void }).gc?.();
const mem = process.memoryUsage();
const { cachedNodes, encodedCache } = store.stats();
console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB, cached nodes ${cachedNodes} decoded, ${encodedCache.nodes} encoded (${(encodedCache.bytes / 2 ** 20).toFixed(0)} MiB)`);
await store.close();
rmSync(dir, { recursive: true, force: true });
