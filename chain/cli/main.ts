#!/usr/bin/env node
// aisd: the AIS node daemon and its tools, shaped like the Cosmos SDK's simd.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, InvalidArgumentError, Option } from "commander";
import { isLogLevel, type LogLevel } from "../logger.js";
import { AIS_VERSION, COMETBFT_VERSION, cometbft, resolveCometBFT } from "../node/cometbft.js";
import { readAppConfig } from "../node/config.js";
import { readGenesis, setEpochSeconds, writeGenesis } from "../node/genesis.js";
import { relaunchWithHeapFlags } from "../node/heap.js";
import { homePaths } from "../node/home.js";
import { initHome, readAllocationKeys } from "../node/init.js";
import { EXIT, startNode } from "../node/node.js";
import { initTestnet, startTestnet, stopTestnet } from "../node/testnet.js";
import { startStatusLine } from "../node/status-line.js";
import { CometClient } from "../client/comet.js";
import { registerChainInfo } from "./chain-info.js";
import { toBase64Ed25519Json } from "./format.js";
import { registerKeys } from "./keys.js";
import { registerQuery } from "./query.js";
import { registerTx } from "./tx.js";

const DEFAULT_HOME = join(homedir(), ".aisd");
const DEFAULT_DEVNET_HOME = join(homedir(), ".aisd-devnet");

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError("not a TCP port");
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("not a positive integer");
  return n;
}

function logLevel(value: string): LogLevel {
  if (!isLogLevel(value)) throw new InvalidArgumentError("one of debug, info, warn, error");
  return value;
}

function restUrl(apiAddress: string): string {
  return apiAddress === "" ? "(off)" : apiAddress.replace("tcp://", "http://");
}

const homeOption = () => new Option("--home <dir>", "node home directory").default(DEFAULT_HOME);

/** Runs a node in the foreground until it stops; resolves with the exit code. */
async function runInForeground(home: string, level?: LogLevel, logFile?: string): Promise<number> {
  const node = await startNode({ home, logLevel: level, ...(logFile === undefined ? {} : { logFile }) });
  const onSignal = (signal: NodeJS.Signals) => void node.stop(`received ${signal}`);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return node.exited;
}

/** The last `n` lines of a text file (a log, for a failure report). */
function lastLines(path: string, n: number): string {
  return existsSync(path) ? readFileSync(path, "utf8").trimEnd().split("\n").slice(-n).join("\n") : "";
}

const program = new Command("aisd")
  .description("AIS node: the AIS ABCI application and the CometBFT it supervises")
  .version(AIS_VERSION, "--version-short", "print the version")
  .showHelpAfterError();

program
  .command("init")
  .description("create a node home: CometBFT keys and config, genesis, app.toml and the application database")
  .argument("<moniker>", "the node's name")
  .requiredOption("--chain-id <id>", "the chain's id, e.g. ais-1")
  .addOption(homeOption())
  .action(async (moniker: string, opts: { chainId: string; home: string }) => {
    const result = await initHome({ home: resolve(opts.home), moniker, chainId: opts.chainId });
    process.stdout.write(
      JSON.stringify({ moniker, chain_id: opts.chainId, node_id: result.nodeId, home: result.paths.home }, null, 2) + "\n",
    );
  });

program
  .command("start")
  .description(
    "run the node: the ABCI application and CometBFT. Exit codes: 0 stopped by signal, 1 failed to start, " +
      "2 state machine error, 3 CometBFT exited",
  )
  .addOption(homeOption())
  .option("--log-level <level>", "debug | info | warn | error (default: app.toml)", logLevel)
  .action(async (opts: { home: string; logLevel?: LogLevel }) => {
    await relaunchWithHeapFlags();
    process.exitCode = await runInForeground(resolve(opts.home), opts.logLevel);
  });

program
  .command("devnet")
  .description("run a single-validator development chain with embedded defaults and fast blocks")
  .option("--home <dir>", "devnet home", DEFAULT_DEVNET_HOME)
  .option("--rpc-port <port>", "CometBFT RPC port", port, 26657)
  .option("--p2p-port <port>", "CometBFT p2p port (default: RPC port - 1)", port)
  .option("--rest-port <port>", "REST port (Cosmos gateway paths and /metrics)", port, 1317)
  .option("--grpc-port <port>", "gRPC port (with reflection)", port, 9090)
  .option("--chain-id <id>", "chain id of a new devnet", "ais-devnet-1")
  .option("--block-time <duration>", "target block interval (CometBFT timeout_commit)", "500ms")
  .option("--epoch-seconds <n>", "epoch length in seconds of a new devnet, and the least payout delay (default one day)", positiveInt)
  .option("--reset", "delete the devnet home and start a new chain", false)
  .option("--log-level <level>", "debug | info | warn | error", logLevel)
  .option("--verbose", "print the node's and CometBFT's logs here (otherwise they go to <home>/aisd.log)", false)
  .action(
    async (opts: {
      verbose: boolean;
      home: string;
      rpcPort: number;
      p2pPort?: number;
      restPort: number;
      grpcPort: number;
      chainId: string;
      blockTime: string;
      epochSeconds?: number;
      reset: boolean;
      logLevel?: LogLevel;
    }) => {
      await relaunchWithHeapFlags();
      const home = resolve(opts.home);
      if (opts.reset) rmSync(home, { recursive: true, force: true });
      const paths = homePaths(home);
      if (!existsSync(paths.genesis)) {
        await initHome({
          home,
          moniker: "devnet",
          chainId: opts.chainId,
          rpcPort: opts.rpcPort,
          p2pPort: opts.p2pPort ?? opts.rpcPort - 1,
          restPort: opts.restPort,
          grpcPort: opts.grpcPort,
          blockTime: opts.blockTime,
          local: true,
          // A development chain checks every invariant after every block.
          appConfig: { pruningKeepRecent: 100_000, invCheckPeriod: 1 },
        });
        if (opts.epochSeconds !== undefined) {
          const genesis = readGenesis(paths.genesis);
          setEpochSeconds(genesis, opts.epochSeconds);
          writeGenesis(paths.genesis, genesis);
        }
      }
      const chainId = readGenesis(paths.genesis).chain_id;
      const faucet = readAllocationKeys(paths.allocationKeys).private;
      const rpc = readFileSync(paths.configToml, "utf8").match(/^laddr = "tcp:\/\/([^"]+)"/m);
      const appConfig = readAppConfig(paths.appToml);
      process.stderr.write(
        [
          "",
          `  AIS devnet ${chainId}`,
          `  home      ${home}`,
          `  rpc       http://${rpc?.[1] ?? `127.0.0.1:${opts.rpcPort}`}`,
          `  rest      ${restUrl(appConfig.apiAddress)}`,
          `  grpc      ${appConfig.grpcAddress || "(off)"}`,
          `  faucet    ${faucet.address} (10,000,000,000 AIS; keys in ${paths.allocationKeys})`,
          `  mnemonic  ${faucet.mnemonic}`,
          `  logs      ${opts.verbose ? "here (--verbose)" : `${paths.logFile} (--verbose prints them here)`}`,
          `  stop      Ctrl-C (the chain continues on the next start; --reset starts a new one)`,
          "",
          "",
        ].join("\n"),
      );
      if (opts.verbose) {
        process.exitCode = await runInForeground(home, opts.logLevel);
        return;
      }
      const exited = runInForeground(home, opts.logLevel, paths.logFile);
      const stopStatus = startStatusLine(new CometClient(`http://${rpc?.[1] ?? `127.0.0.1:${opts.rpcPort}`}`), (line) => process.stderr.write(`${line}\n`));
      const code = await exited;
      stopStatus();
      if (code !== 0) process.stderr.write(`\n  the node stopped (exit code ${code}); the end of ${paths.logFile}:\n\n${lastLines(paths.logFile, 20)}\n`);
      process.exitCode = code;
    },
  );

const testnet = program.command("testnet").description("a multi-validator network on this machine");

testnet
  .command("init")
  .description("create the homes of N validators with one genesis and each other as peers")
  .requiredOption("--validators <n>", "number of validators", positiveInt)
  .requiredOption("--output <dir>", "directory for the node homes")
  .option("--chain-id <id>", "chain id", "ais-testnet-1")
  .option("--starting-port <port>", "node i uses ports starting-port + 10i (p2p), + 10i + 1 (rpc), + 10i + 2 (rest)", port, 36656)
  .option("--block-time <duration>", "target block interval", "500ms")
  .option("--epoch-seconds <n>", "epoch length in seconds, and the least payout delay (default one day)", positiveInt)
  .option("--max-validators <n>", "size of the active set (default 21)", positiveInt)
  .action(async (opts: { validators: number; output: string; chainId: string; startingPort: number; blockTime: string; epochSeconds?: number; maxValidators?: number }) => {
    const nodes = await initTestnet({ ...opts, output: resolve(opts.output) });
    for (const n of nodes) {
      process.stdout.write(`${n.name}  ${n.nodeId}  rpc http://127.0.0.1:${n.rpcPort}  rest http://127.0.0.1:${n.restPort}  grpc 127.0.0.1:${n.grpcPort}  home ${n.home}\n`);
    }
  });

testnet
  .command("start")
  .description("start every node of a testnet in the background (logs in <home>/aisd.log)")
  .requiredOption("--output <dir>", "directory of the node homes")
  .action((opts: { output: string }) => {
    resolveCometBFT();
    for (const { home, pid } of startTestnet(resolve(opts.output), fileURLToPath(import.meta.url))) {
      process.stdout.write(`started ${home} (pid ${pid})\n`);
    }
  });

testnet
  .command("stop")
  .description("stop every running node of a testnet")
  .requiredOption("--output <dir>", "directory of the node homes")
  .action(async (opts: { output: string }) => {
    const stopped = await stopTestnet(resolve(opts.output));
    process.stdout.write(`stopped ${stopped} node(s)\n`);
  });

program
  .command("status")
  .description("print the node's status (CometBFT /status)")
  .option("--node <url>", "CometBFT RPC address", "http://127.0.0.1:26657")
  .action(async (opts: { node: string }) => {
    const url = opts.node.replace(/^tcp:\/\//, "http://").replace(/\/$/, "");
    let body: { result?: unknown; error?: unknown };
    try {
      body = (await (await fetch(`${url}/status`)).json()) as typeof body;
    } catch (err) {
      throw new Error(`cannot reach ${url}: ${(err as Error).message}`);
    }
    if (body.result === undefined) throw new Error(`${url}/status: ${JSON.stringify(body.error)}`);
    process.stdout.write(JSON.stringify(body.result, null, 2) + "\n");
  });

program
  .command("version")
  .description("print the version")
  .option("--long", "also print the CometBFT and Node.js versions", false)
  .action((opts: { long: boolean }) => {
    if (!opts.long) {
      process.stdout.write(`${AIS_VERSION}\n`);
      return;
    }
    process.stdout.write(
      `name: ais\nserver_name: aisd\nversion: ${AIS_VERSION}\ncometbft_version: ${COMETBFT_VERSION}\nnode_version: ${process.version}\n`,
    );
  });

const tendermint = program.command("tendermint").alias("comet").description("CometBFT subcommands");

tendermint
  .command("show-node-id")
  .description("print this node's p2p id")
  .addOption(homeOption())
  .action((opts: { home: string }) => {
    process.stdout.write(cometbft(["show-node-id", "--home", resolve(opts.home)]));
  });

tendermint
  .command("show-validator")
  .description("print this node's consensus public key (as the SDK does, for MsgCreateValidator)")
  .addOption(homeOption())
  .action((opts: { home: string }) => {
    const key = JSON.parse(readFileSync(homePaths(resolve(opts.home)).privValidatorKey, "utf8")) as {
      pub_key: { type: string; value: string };
    };
    process.stdout.write(toBase64Ed25519Json(key.pub_key) + "\n");
  });

registerKeys(program, homeOption);
registerTx(program, homeOption);
registerQuery(program);
registerChainInfo(program, homeOption);

/**
 * An argument like -5uais would read as an unknown option (commander takes only plain numbers such
 * as -3 as arguments); no aisd option starts with a digit, so say what it is.
 */
function refuseNegativeAmounts(args: readonly string[]): void {
  const end = args.indexOf("--");
  const negative = (end < 0 ? args : args.slice(0, end)).find((a) => /^-[0-9]/.test(a) && !/^-[0-9]*\.?[0-9]+$/.test(a));
  if (negative !== undefined) program.error(`error: ${negative} is not an option, and amounts cannot be negative (e.g. 5uais)`, { exitCode: 1 });
}

try {
  refuseNegativeAmounts(process.argv.slice(2));
  await program.parseAsync();
} catch (err) {
  process.stderr.write(`Error: ${(err as Error).message}\n`);
  process.exitCode = EXIT.startFailed;
}
