// kill -9 of the app (during block execution and during commit) and of CometBFT, then restart:
// CometBFT replays what the app lost and the chain continues. A missing or corrupted database
// stops the start with an error naming its path.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAlive } from "../../chain/node/testnet.js";
import { aisd, freePort, runAisd, tempDir, waitFor, type AisdProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

function cometbftPid(node: AisdProcess): number {
  const match = /started cometbft\s+module=aisd pid=(\d+)/.exec(node.output());
  if (match === null) throw new Error(`no cometbft pid in output:\n${node.output()}`);
  return Number(match[1]);
}

describe("crash recovery under the real CometBFT", () => {
  const home = tempDir("faults");
  let rpc: CometRpc;
  let args: string[];

  beforeAll(async () => {
    const rpcPort = await freePort();
    args = ["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--block-time", "100ms"];
    rpc = new CometRpc(`http://127.0.0.1:${rpcPort}`);
  });

  afterAll(() => home.remove());

  /** Runs the node until its crash point kills it, then waits for CometBFT to notice and exit too. */
  async function crashAt(point: string): Promise<string> {
    const node = runAisd(args, { AIS_CRASH_AT: point });
    const { signal } = await node.exited;
    expect(signal).toBe("SIGKILL");
    const pid = cometbftPid(node);
    await waitFor("cometbft to exit", async () => (isAlive(pid) ? undefined : true), 30_000);
    return node.output();
  }

  async function runUntil(height: number): Promise<AisdProcess> {
    const node = runAisd(args);
    await waitFor(`height ${height}`, async () => ((await rpc.height()) >= height ? true : undefined), 60_000);
    return node;
  }

  async function stop(node: AisdProcess): Promise<void> {
    node.child.kill("SIGTERM");
    expect((await node.exited).code).toBe(0);
  }

  it("replays a block whose FinalizeBlock was cut short by kill -9", async () => {
    const output = await crashAt("finalize:6");
    expect(output).toContain("crash point reached");
    const node = await runUntil(12);
    expect(node.output()).toMatch(/ABCI Replay Blocks\s+module=consensus appHeight=5 storeHeight=6 stateHeight=5/);
    expect(node.output()).not.toContain("initialized chain from genesis");
    await stop(node);
  });

  it("recovers from kill -9 while the block's database write is in flight", async () => {
    await crashAt("commit:16");
    const node = await runUntil(22);
    // The app is at 15 or 16 depending on whether the write landed before the kill; CometBFT replays the rest.
    expect(node.output()).toMatch(/ABCI Replay Blocks\s+module=consensus appHeight=1[56] storeHeight=16/);
    await stop(node);
  });

  it("stops the app when CometBFT is killed, and restarts cleanly", async () => {
    const node = await runUntil(25);
    process.kill(cometbftPid(node), "SIGKILL");
    const { code } = await node.exited;
    expect(code).toBe(3);
    expect(node.output()).toContain("cometbft exited (SIGKILL)");
    await stop(await runUntil(30));
  });

  it("keeps app hashes equal to what the headers committed to across the crashes", async () => {
    const node = await runUntil(31);
    // CometBFT checks replayed app hashes against stored headers and halts on a mismatch; the headers
    // after the crash points must also agree with the app's current state.
    const latest = await rpc.height();
    const info = await rpc.call<{ response: { last_block_height: string; last_block_app_hash: string } }>("abci_info");
    const appHeight = Number(info.response.last_block_height);
    expect(appHeight).toBeGreaterThanOrEqual(latest - 1);
    expect(Buffer.from(info.response.last_block_app_hash, "base64").toString("hex").toUpperCase()).toBe(
      await rpc.appHashInHeader(appHeight + 1).catch(async () => {
        await waitFor("next block", async () => ((await rpc.height()) > appHeight ? true : undefined));
        return rpc.appHashInHeader(appHeight + 1);
      }),
    );
    await stop(node);
  });
});

describe("start with a bad application database", () => {
  it("names the path when the database is missing, and starts no chain", async () => {
    const home = tempDir("nodb");
    try {
      await aisd(["init", "validator", "--chain-id", "ais-test-1", "--home", home.path]);
      const db = join(home.path, "data", "application.db");
      rmSync(db, { recursive: true });
      const node = runAisd(["start", "--home", home.path]);
      expect((await node.exited).code).toBe(1);
      expect(node.output()).toContain(`application database not found at ${db}`);
      expect(existsSync(db)).toBe(false);
    } finally {
      home.remove();
    }
  });

  it("names the path when the database is corrupted", async () => {
    const home = tempDir("baddb");
    try {
      await aisd(["init", "validator", "--chain-id", "ais-test-1", "--home", home.path]);
      const db = join(home.path, "data", "application.db");
      writeFileSync(join(db, "data.mdb"), Buffer.alloc(32 * 1024, 0x42));
      const node = runAisd(["start", "--home", home.path]);
      expect((await node.exited).code).toBe(1);
      expect(node.output()).toContain(`the application database at ${db} is corrupted`);
    } finally {
      home.remove();
    }
  });
});
