// aisd's crash points (AIS_CRASH_AT) over a real store: where each one kills the process, and that the
// database it leaves is the previous or the new version, which a replay brings to the same app hash.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RequestFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { afterEach, describe, expect, it, vi } from "vitest";
import { silentLogger } from "../logger.js";
import { readLmdbMeta } from "../store/lmdb-meta.js";
import { toHex } from "../store/encoding.js";
import { MultiStore } from "../store/multistore.js";
import { CRASH_STORES, crashTestApp, executeBlock } from "../../test/helpers/crash-app.js";
import { crashPoint } from "./crash.js";

const root = join(import.meta.dirname, "..", "..");
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ais-crash-"));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The transaction id of the database's current LMDB meta page: it moves when a write transaction lands. */
function txnId(path: string): bigint {
  return readLmdbMeta(readFileSync(join(path, "data.mdb"))).txnId;
}

/** The app hash of block `height` on a chain that never crashed. */
async function referenceAppHash(height: number): Promise<string> {
  const store = MultiStore.create({ path: tempDir(), storeNames: CRASH_STORES });
  let hash = "";
  for (let h = 1; h <= height; h++) {
    hash = executeBlock(store, h);
    await store.commit();
  }
  await store.close();
  return hash;
}

describe("the commit crash point", () => {
  it("kills with the block's database write in flight: the write lands while the thread is held at the kill", async () => {
    const path = tempDir();
    const store = MultiStore.create({ path, storeNames: CRASH_STORES });
    const app = crashPoint("commit:2", silentLogger).wrap(crashTestApp(store), store);
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let before = 0n;
    let landedAtKill: boolean | undefined;
    const kill = vi.spyOn(process, "kill").mockImplementation((pid, signal) => {
      expect([pid, signal]).toEqual([process.pid, "SIGKILL"]);
      // Nothing else runs on this thread while it is held here: the write can only land now if it
      // was already in the hands of LMDB's writer thread when the process would have died.
      const deadline = Date.now() + 5_000;
      while (txnId(path) === before && Date.now() < deadline) Atomics.wait(pause, 0, 0, 2);
      landedAtKill = txnId(path) > before;
      return true;
    });
    try {
      await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: 1n }));
      await app.commit({});
      await store.flush();
      before = txnId(path);
      await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: 2n }));
      await Promise.resolve(app.commit({})).catch(() => undefined); // past the kill the wrapper does not go on
      expect(kill).toHaveBeenCalledTimes(1);
      expect(landedAtKill).toBe(true);
    } finally {
      kill.mockRestore();
      await store.close();
    }
  });
});

describe("crash points kill a real process", () => {
  /** Runs blocks 1..5 in a child with `spec` armed; returns the app hash its crash line logged. */
  async function crashChild(path: string, spec: string): Promise<string> {
    const child = spawn(process.execPath, ["--import", join(root, "test/helpers/ts-register.mjs"), join(root, "test/helpers/crash-child.ts"), path, spec, "5"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, s) => resolve(s)));
    expect(signal, output).toBe("SIGKILL");
    const match = /crash point reached: killing the process\s+point=(\S+) height=(\d+) app_hash=([0-9A-F]{64})/.exec(output);
    expect(match, output).not.toBeNull();
    expect(`${match![1]}:${match![2]}`).toBe(spec);
    return match![3]!;
  }

  // Block 2's write lands in the background while block 3 executes (the store awaits it at the next
  // commit), so before block 3's own write the database may still be at version 1.
  it.each([
    ["finalize:3", [1, 2]],
    ["before-write:3", [1, 2]],
    ["commit:3", [2, 3]],
    ["after-write:3", [3]],
  ])("%s leaves the database at a version in %j, and block 3 ends at the uncrashed app hash", async (spec, versions) => {
    const path = tempDir();
    const logged = await crashChild(path, spec);
    expect(logged).toBe(await referenceAppHash(3));
    const store = MultiStore.open({ path, storeNames: CRASH_STORES }); // checks the file and the latest roots
    try {
      expect(versions).toContain(store.latestVersion);
      if (store.latestVersion === 3) {
        expect(toHex(store.lastAppHash).toUpperCase()).toBe(logged); // committed: CometBFT replays from its saved results
      } else {
        // Not committed: CometBFT's handshake replays the missing blocks through the app.
        let replayed = "";
        for (let height = store.latestVersion + 1; height <= 3; height++) {
          replayed = executeBlock(store, height);
          await store.commit();
        }
        expect(replayed).toBe(logged);
      }
      expect(executeBlock(store, 4)).toBe(await referenceAppHash(4));
    } finally {
      await store.close();
    }
  });

  it("refuses an unknown crash point, naming the ones there are; without one the app is untouched", async () => {
    expect(() => crashPoint("commit", silentLogger)).toThrow(/finalize, before-write, commit, after-write/);
    expect(() => crashPoint("write:3", silentLogger)).toThrow(/AIS_CRASH_AT/);
    const store = MultiStore.create({ path: tempDir(), storeNames: CRASH_STORES });
    const app = crashTestApp(store);
    expect(crashPoint(undefined, silentLogger).wrap(app, store)).toBe(app);
    expect(crashPoint("", silentLogger).wrap(app, store)).toBe(app);
    await store.close();
  });
});
