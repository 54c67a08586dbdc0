// `aisd start`: the AIS application and the CometBFT process it supervises. Either one stopping
// stops the other; SIGINT/SIGTERM stop both cleanly. The exit code says why the node stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { parse } from "smol-toml";
import { AbciServer, parseAddress } from "../abci/server.js";
import { CometClient } from "../client/comet.js";
import { nodeServiceHandlers, type NodeServiceContext } from "../grpc/node-services.js";
import { MethodDispatcher } from "../grpc/dispatch.js";
import { createGrpcServer, listenGrpc } from "../grpc/server.js";
import { createRestServer } from "../rest/server.js";
import { aisStoreNames, createAisApp } from "../app/ais.js";
import { createLogger, type LogLevel, type Logger } from "../logger.js";
import { MultiStore } from "../store/multistore.js";
import { parseDecCoins } from "../types/dec.js";
import { AIS_VERSION, resolveCometBFT } from "./cometbft.js";
import { readAppConfig } from "./config.js";
import { CRASH_ENV, crashPoint } from "./crash.js";
import { AppMetrics } from "./metrics.js";
import { runningPid } from "./process.js";
import { readGenesis } from "./genesis.js";
import { homePaths } from "./home.js";

/** Why the node stopped (the process exit code). */
export const EXIT = {
  /** Stopped by SIGINT or SIGTERM. */
  stopped: 0,
  /** Configuration or database problem at start. */
  startFailed: 1,
  /** The state machine hit an unexpected error; CometBFT was stopped. */
  appFailed: 2,
  /** CometBFT exited on its own; the app was stopped. */
  cometbftExited: 3,
} as const;

export interface StartOptions {
  home: string;
  logLevel?: LogLevel;
  /**
   * Write the app's and CometBFT's logs to this file (appended) instead of the terminal; the app's
   * warnings and errors still reach the terminal too (a quiet devnet).
   */
  logFile?: string;
}

export interface RunningNode {
  /** Resolves with the exit code once both processes have stopped. */
  exited: Promise<number>;
  stop(reason: string): Promise<number>;
}

export async function startNode(options: StartOptions): Promise<RunningNode> {
  const paths = homePaths(options.home);
  for (const file of [paths.configToml, paths.genesis, paths.appToml]) {
    if (!existsSync(file)) throw new Error(`${file} not found: is ${options.home} an aisd home? (run \`aisd init\`)`);
  }
  const running = runningPid(options.home);
  if (running !== undefined && running !== process.pid) throw new Error(`${options.home} is in use by aisd (pid ${running})`);
  const appConfig = readAppConfig(paths.appToml);
  const logFile = options.logFile === undefined ? undefined : new LogFile(options.logFile);
  const logger = createLogger({ level: options.logLevel ?? appConfig.logLevel, ...(logFile === undefined ? {} : { write: logFile.write }) }).with({ module: "aisd" });
  const genesis = readGenesis(paths.genesis);
  const cometbftBinary = resolveCometBFT();
  const { proxyApp, rpcUrl } = readCometConfig(paths.configToml);

  const crash = crashPoint(process.env[CRASH_ENV], logger); // fault tests only; checked before the store opens
  const store = MultiStore.open({
    path: paths.appDb,
    storeNames: aisStoreNames(),
    keepRecent: appConfig.pruningKeepRecent,
    pruneInterval: appConfig.pruningInterval,
    cacheSize: appConfig.nodeCacheSize,
    encodedCacheBytes: appConfig.nodeCacheMiB * 2 ** 20,
  });
  logger.info("opened application state", { height: store.latestVersion, path: paths.appDb });
  const app = createAisApp({
    chainId: genesis.chain_id,
    version: AIS_VERSION,
    store,
    logger,
    minGasPrices: parseDecCoins(appConfig.minimumGasPrices),
    invCheckPeriod: appConfig.invCheckPeriod,
  });

  let stopping: Promise<number> | undefined;
  let child: ChildProcess | undefined;
  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));

  const stop = (reason: string, code: number): Promise<number> => {
    stopping ??= (async () => {
      logger.info("stopping", { reason });
      await stopChild(child, logger);
      await rest?.close();
      grpc?.forceShutdown();
      await server.close();
      await store.close();
      rmSync(paths.pidFile, { force: true });
      logger.info("stopped", { exit_code: code });
      logFile?.close();
      resolveExit(code);
      return code;
    })();
    return stopping;
  };

  const metrics = new AppMetrics(() => store.stats());
  const nodeServices: NodeServiceContext = {
    comet: new CometClient(rpcUrl),
    version: { name: "ais", appName: "aisd", version: AIS_VERSION },
    config: appConfig,
    earliestStoreHeight: () => store.earliestVersion,
  };
  const methods = new MethodDispatcher(app, nodeServiceHandlers(nodeServices));
  const rest =
    appConfig.apiAddress === ""
      ? undefined
      : createRestServer({
          methods,
          metrics: metrics.registry,
          logger,
        });
  const server = new AbciServer({
    address: proxyApp,
    app: crash.wrap(metrics.instrument(app), store),
    logger,
    onFatal: (error) => void stop(`state machine error: ${error.message}`, EXIT.appFailed),
  });
  try {
    await server.listen();
  } catch (err) {
    await store.close();
    throw new Error(`cannot listen for CometBFT on ${proxyApp}: ${(err as Error).message}`);
  }
  if (rest !== undefined) {
    const { host, port } = parseAddress(appConfig.apiAddress);
    try {
      await rest.listen({ host, port });
    } catch (err) {
      await server.close();
      await store.close();
      throw new Error(`cannot serve REST on ${appConfig.apiAddress}: ${(err as Error).message}`);
    }
    logger.info("REST server listening", { address: `http://${host}:${port}` });
  }
  const grpc = appConfig.grpcAddress === "" ? undefined : createGrpcServer({ methods, logger });
  if (grpc !== undefined) {
    try {
      await listenGrpc(grpc, appConfig.grpcAddress);
    } catch (err) {
      await rest?.close();
      await server.close();
      await store.close();
      throw new Error(`cannot serve gRPC on ${appConfig.grpcAddress}: ${(err as Error).message}`);
    }
    logger.info("gRPC server listening", { address: appConfig.grpcAddress });
  }

  child = spawn(cometbftBinary, ["start", "--home", options.home], { stdio: ["ignore", logFile?.fd ?? "inherit", logFile?.fd ?? "inherit"] });
  child.once("exit", (exitCode, signal) => {
    child = undefined;
    void stop(`cometbft exited (${signal ?? `code ${exitCode}`})`, EXIT.cometbftExited);
  });
  writeFileSync(paths.pidFile, `${process.pid}\n`);
  logger.info("started cometbft", { pid: child.pid, chain_id: genesis.chain_id, version: AIS_VERSION });

  return { exited, stop: (reason) => stop(reason, EXIT.stopped) };
}

/** Log lines appended to a file (CometBFT writes to the same descriptor); warnings and errors also to the terminal. */
class LogFile {
  fd: number | undefined;

  constructor(path: string) {
    this.fd = openSync(path, "a");
  }

  readonly write = (line: string, level: LogLevel): void => {
    if (this.fd !== undefined) writeSync(this.fd, `${line}\n`);
    if (this.fd === undefined || level === "warn" || level === "error") process.stderr.write(`${line}\n`);
  };

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Where CometBFT reaches the app, and where the app reaches CometBFT's RPC. */
function readCometConfig(configToml: string): { proxyApp: string; rpcUrl: string } {
  const config = parse(readFileSync(configToml, "utf8")) as { proxy_app?: unknown; abci?: unknown; rpc?: { laddr?: unknown } };
  if (config.abci !== undefined && config.abci !== "socket") {
    throw new Error(`${configToml}: abci = ${JSON.stringify(config.abci)} is not supported; use "socket"`);
  }
  if (typeof config.proxy_app !== "string") throw new Error(`${configToml} has no proxy_app`);
  const laddr = typeof config.rpc?.laddr === "string" ? config.rpc.laddr : "tcp://127.0.0.1:26657";
  const rpc = parseAddress(laddr);
  const host = rpc.host === "0.0.0.0" || rpc.host === undefined ? "127.0.0.1" : rpc.host;
  return { proxyApp: config.proxy_app, rpcUrl: `http://${host}:${rpc.port}` };
}

async function stopChild(child: ChildProcess | undefined, logger: Logger): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => {
    logger.warn("cometbft did not stop within 15 s; killing it");
    child.kill("SIGKILL");
  }, 15_000);
  await gone;
  clearTimeout(timer);
}
