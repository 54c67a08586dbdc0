// kill -9 of the app (during block execution, on Commit before, during and after the database write)
// and of CometBFT, then restart: CometBFT replays what the app lost and the chain continues with the
// app hashes of a chain that never crashed. A missing or corrupted database
// stops the start with an error naming its path.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patchTomlFile, readAppConfig, writeAppConfig } from "../../chain/node/config.js";
import { isAlive } from "../../chain/node/process.js";
import { startTransferLoop, type TransferLoop } from "../helpers/load.js";
import { aisd, freePort, runAisd, tempDir, waitFor, type AisdProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

/** Where a crash point killed the node: the block, and the app hash FinalizeBlock had returned for it. */
interface Crash {
  height: number;
  appHash: string;
}

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
  /** The last block the app committed before the node last stopped (from its log). */
  let committed = 0;
  const crashes: Crash[] = [];

  beforeAll(async () => {
    const rpcPort = await freePort();
    // --verbose: these tests read the node's log lines (crash points, committed heights) as they are written.
    args = ["devnet", "--verbose", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(await freePort()), "--grpc-port", String(await freePort()), "--block-time", "100ms"];
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

  /**
   * Runs the node with its crash point armed a few blocks ahead until it kills it, then waits for
   * CometBFT to notice and exit too.
   */
  async function crashAt(point: string): Promise<Crash> {
    point = `${point}:${committed + 4}`;
    const node = runAisd(args, { AIS_CRASH_AT: point });
    const timer = setTimeout(() => node.child.kill("SIGTERM"), 60_000); // a crash point that never fires fails, not hangs
    const { signal } = await node.exited;
    clearTimeout(timer);
    expect(signal, node.output().slice(-2000)).toBe("SIGKILL");
    const pid = cometbftPid(node);
    await waitFor("cometbft to exit", async () => (isAlive(pid) ? undefined : true), 30_000);
    const line = /crash point reached: killing the process\s+module=aisd point=(\S+) height=(\d+) app_hash=([0-9A-F]{64})/.exec(node.output());
    expect(line, node.output().slice(-2000)).not.toBeNull();
    expect(`${line![1]}:${line![2]}`).toBe(point);
    const crash = { height: Number(line![2]), appHash: line![3]! };
    crashes.push(crash);
    return crash;
  }

  async function runUntil(height: number): Promise<AisdProcess> {
    const node = runAisd(args);
    await waitFor(`height ${height}`, async () => ((await rpc.height()) >= height ? true : undefined), 60_000);
    return node;
  }

  async function stop(node: AisdProcess): Promise<void> {
    node.child.kill("SIGTERM");
    expect((await node.exited).code).toBe(0);
    committed = lastCommitted(node);
  }

  function lastCommitted(node: AisdProcess): number {
    const lines = [...node.output().matchAll(/committed state\s+module=app height=(\d+)/g)];
    return Number(lines.at(-1)?.[1] ?? 0);
  }

  /**
   * After the restart of a node that crashed in block `crash.height`: CometBFT's handshake found the
   * app at one of `appHeights` with the block stored and its own state one behind, brought the app
   * to the block (replaying it through the app, or from the results it saved when the app had
   * committed it), and the chain went on from the app hash the block had before the crash. The app
   * and CometBFT then agree on the last block and its app hash.
   */
  async function expectRecovered(node: AisdProcess, crash: Crash, appHeights: number[]): Promise<void> {
    const output = node.output();
    const replay = /ABCI Replay Blocks\s+module=consensus appHeight=(\d+) storeHeight=(\d+) stateHeight=(\d+)/.exec(output);
    expect(replay, output.slice(0, 4000)).not.toBeNull();
    const [appHeight, storeHeight, stateHeight] = replay!.slice(1).map(Number) as [number, number, number];
    expect([storeHeight, stateHeight]).toEqual([crash.height, crash.height - 1]);
    expect(appHeights).toContain(appHeight);
    if (appHeight === crash.height) {
      // The app had committed the block: its own last app hash is the one it computed before the crash.
      expect(output).toMatch(new RegExp(`ABCI Handshake App Info\\s+module=consensus height=${crash.height} hash=${crash.appHash}`));
      expect(output).toContain("Replay last block using mock app");
    } else {
      expect(output).toContain("Replay last block using real app");
    }
    expect(output).toMatch(new RegExp(`Completed ABCI Handshake - CometBFT and App are synced\\s+module=consensus appHeight=${appHeight} appHash=${crash.appHash}`));
    expect(output).not.toContain("initialized chain from genesis");
    expect(await rpc.appHashInHeader(crash.height + 1)).toBe(crash.appHash);
    const info = await rpc.call<{ response: { last_block_height: string; last_block_app_hash: string } }>("abci_info");
    const last = Number(info.response.last_block_height);
    await waitFor(`block ${last + 1}`, async () => ((await rpc.height()) > last ? true : undefined), 30_000);
    expect(await rpc.appHashInHeader(last + 1)).toBe(Buffer.from(info.response.last_block_app_hash, "base64").toString("hex").toUpperCase());
  }

  it("replays a block whose FinalizeBlock was cut short by kill -9", async () => {
    const crash = await crashAt("finalize");
    const node = await runUntil(crash.height + 3);
    await expectRecovered(node, crash, [crash.height - 1]);
    await stop(node);
  });

  it("recovers from kill -9 while the block's database write is in flight", async () => {
    const crash = await crashAt("commit");
    const node = await runUntil(crash.height + 3);
    // The app is one block behind or at the block, depending on whether LMDB's writer finished before the kill.
    await expectRecovered(node, crash, [crash.height - 1, crash.height]);
    await stop(node);
  });

  it("replays a block the app never started writing: kill -9 on Commit, before the database write", async () => {
    const crash = await crashAt("before-write");
    const node = await runUntil(crash.height + 3);
    await expectRecovered(node, crash, [crash.height - 1]);
    await stop(node);
  });

  it("takes a block the app had written but not acknowledged from CometBFT's saved results: kill -9 before Commit's answer", async () => {
    const crash = await crashAt("after-write");
    const node = await runUntil(crash.height + 3);
    await expectRecovered(node, crash, [crash.height]);
    await stop(node);
  });

  it("stops the app when CometBFT is killed, and restarts cleanly", async () => {
    const node = await runUntil(committed + 3);
    process.kill(cometbftPid(node), "SIGKILL");
    const { code } = await node.exited;
    expect(code).toBe(3);
    expect(node.output()).toContain("cometbft exited (SIGKILL)");
    committed = lastCommitted(node);
    await stop(await runUntil(committed + 3));
  });

  it("carried transfers through the crashes, and a fresh node replays the chain to the same app hashes", async () => {
    const node = await runUntil(committed + 2);
    expect(crashes.length).toBe(4);
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
    // Each crashed block and the header after it (which commits to its app hash), as a chain that never crashed has them.
    for (const height of [5, ...crashes.flatMap((crash) => [crash.height, crash.height + 1]), target]) {
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
      const devnet = runAisd(["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(await freePort()), "--grpc-port", String(await freePort()), "--block-time", "100ms"]);
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
