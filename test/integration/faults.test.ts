// kill -9 of the app (during block execution and during commit) and of CometBFT, then restart:
// CometBFT replays what the app lost and the chain continues. A missing or corrupted database
// stops the start with an error naming its path.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patchTomlFile, readAppConfig, writeAppConfig } from "../../chain/node/config.js";
import { isAlive } from "../../chain/node/process.js";
import { startTransferLoop, type TransferLoop } from "../helpers/load.js";
import { aisd, freePort, runAisd, tempDir, waitFor, type AisdProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

function cometbftPid(node: AisdProcess): number {
  const match = /started cometbft\s+module=aisd pid=(\d+)/.exec(node.output());
  if (match === null) throw new Error(`no cometbft pid in output:\n${node.output()}`);
  return Number(match[1]);
}

describe("crash recovery under the real CometBFT, with transfers in every block", () => {
  const home = tempDir("faults");
  const fullNode = tempDir("faults-fullnode");
  let rpc: CometRpc;
  let args: string[];
  let load: TransferLoop;

  beforeAll(async () => {
    const rpcPort = await freePort();
    args = ["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(await freePort()), "--block-time", "100ms"];
    rpc = new CometRpc(`http://127.0.0.1:${rpcPort}`);
    await stop(await runUntil(2)); // creates the home and its genesis keys
    const keys = JSON.parse(readFileSync(join(home.path, "config", "genesis-keys.json"), "utf8")) as Record<string, { mnemonic: string; address: string }>;
    load = await startTransferLoop(rpc.url, keys.private!.mnemonic, keys.technology!.address, 50);
  });

  afterAll(async () => {
    await load.stop();
    home.remove();
    fullNode.remove();
  });

  /** Runs the node until its crash point kills it, then waits for CometBFT to notice and exit too. */
  async function crashAt(point: string): Promise<string> {
    const node = runAisd(args, { AIS_CRASH_AT: point });
    const { signal } = await node.exited;
    expect(signal, node.output().slice(-2000)).toBe("SIGKILL");
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
    const output = await crashAt("finalize:12");
    expect(output).toContain("crash point reached");
    const node = await runUntil(18);
    expect(node.output()).toMatch(/ABCI Replay Blocks\s+module=consensus appHeight=11 storeHeight=12 stateHeight=11/);
    expect(node.output()).not.toContain("initialized chain from genesis");
    await stop(node);
  });

  it("recovers from kill -9 while the block's database write is in flight", async () => {
    await crashAt("commit:24");
    const node = await runUntil(30);
    // The app is at 23 or 24 depending on whether the write landed before the kill; CometBFT replays the rest.
    expect(node.output()).toMatch(/ABCI Replay Blocks\s+module=consensus appHeight=2[34] storeHeight=24/);
    await stop(node);
  });

  it("stops the app when CometBFT is killed, and restarts cleanly", async () => {
    const node = await runUntil(33);
    process.kill(cometbftPid(node), "SIGKILL");
    const { code } = await node.exited;
    expect(code).toBe(3);
    expect(node.output()).toContain("cometbft exited (SIGKILL)");
    await stop(await runUntil(38));
  });

  it("carried transfers through the crashes, and a fresh node replays the chain to the same app hashes", async () => {
    const node = await runUntil(40);
    expect(load.accepted).toBeGreaterThan(20);
    const withTxs = await rpc.call<{ total_count: string }>("tx_search", { query: "tx.height>0", per_page: "1" });
    expect(Number(withTxs.total_count)).toBeGreaterThan(10);

    // A non-validator started from the same genesis executes every block from height 1 with its own
    // application state; CometBFT halts it on the first app hash that differs from the headers.
    await aisd(["init", "fullnode", "--chain-id", "ais-devnet-1", "--home", fullNode.path]);
    copyFileSync(join(home.path, "config", "genesis.json"), join(fullNode.path, "config", "genesis.json"));
    const nodeId = (await aisd(["tendermint", "show-node-id", "--home", home.path])).trim();
    const p2pPort = args[args.indexOf("--p2p-port") + 1];
    const fullRpcPort = await freePort();
    patchTomlFile(join(fullNode.path, "config", "config.toml"), {
      rpc: { laddr: `tcp://127.0.0.1:${fullRpcPort}` },
      p2p: { laddr: `tcp://127.0.0.1:${await freePort()}`, persistent_peers: `${nodeId}@127.0.0.1:${p2pPort}`, addr_book_strict: false, allow_duplicate_ip: true },
    });
    const appToml = join(fullNode.path, "config", "app.toml");
    writeAppConfig(appToml, { ...readAppConfig(appToml), apiAddress: "" });
    const follower = runAisd(["start", "--home", fullNode.path]);
    const followerRpc = new CometRpc(`http://127.0.0.1:${fullRpcPort}`);
    const target = await rpc.height();
    await waitFor("the full node to catch up", async () => ((await followerRpc.height()) >= target ? true : undefined), 120_000);
    for (const height of [5, 12, 13, 24, 25, target]) {
      expect(await followerRpc.appHashInHeader(height), `height ${height}`).toBe(await rpc.appHashInHeader(height));
    }
    const info = await followerRpc.call<{ response: { last_block_height: string } }>("abci_info");
    expect(Number(info.response.last_block_height)).toBeGreaterThanOrEqual(target - 1);
    await stop(follower);
    await stop(node);
  });
});

describe("start with a bad application database", () => {
  it("refuses a home another aisd is running on", async () => {
    const home = tempDir("busy");
    try {
      await aisd(["init", "validator", "--chain-id", "ais-test-1", "--home", home.path]);
      writeFileSync(join(home.path, "aisd.pid"), `${process.pid}\n`); // this test process stands in for a running node
      const node = runAisd(["start", "--home", home.path]);
      expect((await node.exited).code).toBe(1);
      expect(node.output()).toContain(`${home.path} is in use by aisd (pid ${process.pid})`);
    } finally {
      home.remove();
    }
  });

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

  it("names the path when the database file is truncated, instead of dying of SIGBUS", async () => {
    const home = tempDir("truncated");
    try {
      // A database with some blocks in it, so that a truncated file still has both LMDB meta pages.
      const rpcPort = await freePort();
      const rpc = new CometRpc(`http://127.0.0.1:${rpcPort}`);
      const devnet = runAisd(["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(await freePort()), "--block-time", "100ms"]);
      await waitFor("height 5", async () => ((await rpc.height()) >= 5 ? true : undefined), 60_000);
      devnet.child.kill("SIGTERM");
      expect((await devnet.exited).code).toBe(0);
      const db = join(home.path, "data", "application.db");
      const file = join(db, "data.mdb");
      const intact = readFileSync(file);
      for (const fraction of [0.5, 0.62, 0.75]) {
        writeFileSync(file, intact.subarray(0, Math.floor(intact.length * fraction)));
        const node = runAisd(["start", "--home", home.path]);
        const { code, signal } = await node.exited;
        expect(signal, node.output().slice(-2000)).toBeNull();
        expect(code, node.output().slice(-2000)).toBe(1);
        expect(node.output()).toContain(`the application database at ${db} is corrupted`);
        expect(node.output()).toContain("truncated");
      }
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
