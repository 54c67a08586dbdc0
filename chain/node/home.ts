// The node's home directory, laid out as CometBFT's (config/, data/) plus the app's own files.
import { join } from "node:path";

export interface HomePaths {
  home: string;
  configDir: string;
  configToml: string;
  appToml: string;
  genesis: string;
  nodeKey: string;
  privValidatorKey: string;
  dataDir: string;
  appDb: string;
  abciSocket: string;
  pidFile: string;
  logFile: string;
}

export function homePaths(home: string): HomePaths {
  const configDir = join(home, "config");
  const dataDir = join(home, "data");
  return {
    home,
    configDir,
    configToml: join(configDir, "config.toml"),
    appToml: join(configDir, "app.toml"),
    genesis: join(configDir, "genesis.json"),
    nodeKey: join(configDir, "node_key.json"),
    privValidatorKey: join(configDir, "priv_validator_key.json"),
    dataDir,
    appDb: join(dataDir, "application.db"),
    abciSocket: join(dataDir, "abci.sock"),
    pidFile: join(home, "aisd.pid"),
    logFile: join(home, "aisd.log"),
  };
}

/** Unix socket paths are limited to 107 bytes; longer homes fall back to TCP. */
export function defaultAbciAddress(paths: HomePaths, tcpPort = 26658): string {
  return Buffer.byteLength(paths.abciSocket) < 100 ? `unix://${paths.abciSocket}` : `tcp://127.0.0.1:${tcpPort}`;
}
