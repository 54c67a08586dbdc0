// `aisd testnet`: N validators on this machine, each an `aisd start` process with its own home,
// distinct loopback ports and every other node as a persistent peer.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { patchTomlFile } from "./config.js";
import { aisGenesis, readGenesis, setEpochSeconds, writeGenesis } from "./genesis.js";
import { nodeArgs } from "./heap.js";
import { homePaths } from "./home.js";
import { holdersOf, initHome, newAllocationKeys, writeAllocationKeys } from "./init.js";
import { isAlive, runningPid } from "./process.js";

export interface TestnetInitOptions {
  validators: number;
  output: string;
  chainId: string;
  /** Node i uses p2p port startingPort + 10i, RPC port + 10i + 1, REST + 10i + 2 and gRPC + 10i + 3. */
  startingPort: number;
  blockTime: string;
  /** Epoch length in seconds (default: the module's, one day). */
  epochSeconds?: number;
  /** Size of the active set (default: the module's, 21). */
  maxValidators?: number;
}

export interface TestnetNode {
  name: string;
  home: string;
  nodeId: string;
  p2pPort: number;
  rpcPort: number;
  restPort: number;
  grpcPort: number;
}

export async function initTestnet(options: TestnetInitOptions): Promise<TestnetNode[]> {
  if (!Number.isInteger(options.validators) || options.validators < 1 || options.validators > 50) {
    throw new Error("--validators must be between 1 and 50");
  }
  if (existsSync(options.output) && readdirSync(options.output).length > 0) {
    throw new Error(`${options.output} is not empty; choose another --output or remove it`);
  }
  mkdirSync(options.output, { recursive: true });
  const allocationKeys = newAllocationKeys();
  writeAllocationKeys(join(options.output, "genesis-keys.json"), allocationKeys);
  const nodes: TestnetNode[] = [];
  const validators = [];
  for (let i = 0; i < options.validators; i++) {
    const name = `node${i}`;
    const p2pPort = options.startingPort + 10 * i;
    const rpcPort = p2pPort + 1;
    const result = await initHome({
      home: join(options.output, name),
      moniker: name,
      chainId: options.chainId,
      p2pPort,
      rpcPort,
      restPort: p2pPort + 2,
      grpcPort: p2pPort + 3,
      blockTime: options.blockTime,
      local: true,
      // Test networks check every invariant after every block.
      appConfig: { invCheckPeriod: 1 },
      holders: holdersOf(allocationKeys),
    });
    nodes.push({ name, home: result.paths.home, nodeId: result.nodeId, p2pPort, rpcPort, restPort: p2pPort + 2, grpcPort: p2pPort + 3 });
    validators.push(result.validator);
  }
  // One genesis for all, with every node as a genesis validator.
  const genesis = aisGenesis(readGenesis(homePaths(nodes[0]!.home).genesis), options.chainId, holdersOf(allocationKeys), validators);
  if (options.epochSeconds !== undefined) setEpochSeconds(genesis, options.epochSeconds);
  if (options.maxValidators !== undefined) {
    (genesis.app_state.staking as { params: Record<string, unknown> }).params.max_validators = options.maxValidators;
  }
  for (const node of nodes) {
    writeGenesis(homePaths(node.home).genesis, genesis);
    const peers = nodes.filter((n) => n !== node).map((n) => `${n.nodeId}@127.0.0.1:${n.p2pPort}`);
    patchTomlFile(homePaths(node.home).configToml, { p2p: { persistent_peers: peers.join(",") } });
  }
  return nodes;
}

function nodeHomes(output: string): string[] {
  if (!existsSync(output)) throw new Error(`${output} does not exist (run \`aisd testnet init\` first)`);
  const homes = readdirSync(output)
    .filter((name) => /^node\d+$/.test(name))
    .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)))
    .map((name) => join(output, name));
  if (homes.length === 0) throw new Error(`${output} holds no node homes (node0, node1, …)`);
  return homes;
}

/** Starts every node in the background; logs go to <home>/aisd.log. */
export function startTestnet(output: string, aisdEntry: string): { home: string; pid: number }[] {
  return nodeHomes(output).map((home) => {
    const pid = runningPid(home);
    if (pid !== undefined) throw new Error(`${home} is already running (pid ${pid})`);
    const log = openSync(homePaths(home).logFile, "a");
    const child = spawn(process.execPath, nodeArgs(aisdEntry, ["start", "--home", home]), {
      detached: true,
      stdio: ["ignore", log, log],
    });
    closeSync(log);
    child.unref();
    writeFileSync(homePaths(home).pidFile, `${child.pid}\n`);
    return { home, pid: child.pid! };
  });
}

/** Sends SIGTERM to every running node and waits until all have exited. */
export async function stopTestnet(output: string, timeoutMs = 30_000): Promise<number> {
  const pids = nodeHomes(output)
    .map((home) => ({ home, pid: runningPid(home) }))
    .filter((n): n is { home: string; pid: number } => n.pid !== undefined);
  for (const { pid } of pids) process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (pids.some(({ pid }) => isAlive(pid))) {
    if (Date.now() > deadline) {
      for (const { pid } of pids) if (isAlive(pid)) process.kill(pid, "SIGKILL");
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const { home } of pids) rmSync(homePaths(home).pidFile, { force: true });
  return pids.length;
}
