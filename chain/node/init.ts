// `aisd init`: a node home with CometBFT's keys and config, AIS's genesis and app.toml, and an empty
// application database (so that a missing database is later an error, never a silent new chain).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { aisStoreNames } from "../app/ais.js";
import { MultiStore } from "../store/multistore.js";
import { cometbft } from "./cometbft.js";
import { DEFAULT_APP_CONFIG, patchTomlFile, writeAppConfig, type AppConfig } from "./config.js";
import { aisGenesis, readGenesis, writeGenesis } from "./genesis.js";
import type { GenesisValidatorSpec } from "./gentx.js";
import { Keyring } from "./keyring.js";
import type { AllocationHolders } from "./economy.js";
import { defaultAbciAddress, homePaths, type HomePaths } from "./home.js";
import { keyFromMnemonic, newMnemonic } from "./wallet.js";

export interface InitOptions {
  home: string;
  moniker: string;
  chainId: string;
  /** p2p listen port (default 26656). */
  p2pPort?: number;
  /** RPC listen port (default 26657). */
  rpcPort?: number;
  /** REST listen port (default 1317). */
  restPort?: number;
  /** gRPC listen port (default 9090). */
  grpcPort?: number;
  /** CometBFT proxy_app; defaults to a unix socket in the home. */
  abciAddress?: string;
  /** consensus.timeout_commit, e.g. "1s" — roughly the block interval. */
  blockTime?: string;
  /** Settings for a network on one machine (several nodes per IP, non-routable peers). */
  local?: boolean;
  appConfig?: Partial<AppConfig>;
  /** Holders of the genesis allocations; new keys are generated (and saved in the home) when absent. */
  holders?: AllocationHolders;
}

export interface InitResult {
  paths: HomePaths;
  nodeId: string;
  /** This node as a genesis validator (its operator key is in the home's test keyring). */
  validator: GenesisValidatorSpec;
  /** Keys generated for the genesis allocations (when `holders` was not given). */
  allocationKeys?: AllocationKeys;
}

export type AllocationKeys = Record<keyof AllocationHolders, { address: string; mnemonic: string }>;

/** New keys for the three genesis allocations. */
export function newAllocationKeys(): AllocationKeys {
  const key = () => {
    const { address, mnemonic } = keyFromMnemonic(newMnemonic());
    return { address, mnemonic };
  };
  return { private: key(), technology: key(), institutions: key() };
}

export function holdersOf(keys: AllocationKeys): AllocationHolders {
  return { private: keys.private.address, technology: keys.technology.address, institutions: keys.institutions.address };
}

export function readAllocationKeys(path: string): AllocationKeys {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as AllocationKeys;
  } catch (err) {
    throw new Error(`cannot read the genesis allocation keys ${path}: ${(err as Error).message}`);
  }
}

/** Saves allocation keys readable by the owner only. */
export function writeAllocationKeys(path: string, keys: AllocationKeys): void {
  writeFileSync(path, JSON.stringify(keys, null, 2) + "\n", { mode: 0o600 });
}

export async function initHome(options: InitOptions): Promise<InitResult> {
  const paths = homePaths(options.home);
  if (existsSync(paths.genesis)) throw new Error(`${options.home} is already initialized (${paths.genesis} exists)`);
  if (!/^[a-zA-Z0-9_.-]{1,48}$/.test(options.chainId)) throw new Error(`invalid chain id ${JSON.stringify(options.chainId)}`);
  cometbft(["init", "--home", options.home]);

  const rpcPort = options.rpcPort ?? 26657;
  const p2pPort = options.p2pPort ?? 26656;
  const consensus: Record<string, string> = options.blockTime === undefined ? {} : { timeout_commit: options.blockTime };
  patchTomlFile(paths.configToml, {
    "": { moniker: options.moniker, proxy_app: options.abciAddress ?? defaultAbciAddress(paths) },
    rpc: { laddr: `tcp://127.0.0.1:${rpcPort}` },
    p2p: {
      laddr: `tcp://${options.local ? "127.0.0.1" : "0.0.0.0"}:${p2pPort}`,
      ...(options.local ? { addr_book_strict: false, allow_duplicate_ip: true } : {}),
    },
    consensus,
    tx_index: { indexer: "kv" },
  });

  const validator = await genesisValidatorSpec(paths, options.moniker);
  const allocationKeys = options.holders === undefined ? newAllocationKeys() : undefined;
  if (allocationKeys !== undefined) writeAllocationKeys(paths.allocationKeys, allocationKeys);
  const holders = options.holders ?? holdersOf(allocationKeys!);
  writeGenesis(paths.genesis, aisGenesis(readGenesis(paths.genesis), options.chainId, holders, [validator]));
  const apiAddress = options.restPort === undefined ? DEFAULT_APP_CONFIG.apiAddress : `tcp://127.0.0.1:${options.restPort}`;
  const grpcAddress = options.grpcPort === undefined ? DEFAULT_APP_CONFIG.grpcAddress : `127.0.0.1:${options.grpcPort}`;
  writeAppConfig(paths.appToml, { ...DEFAULT_APP_CONFIG, apiAddress, grpcAddress, ...options.appConfig });
  await MultiStore.create({ path: paths.appDb, storeNames: aisStoreNames() }).close();
  return { paths, nodeId: cometbft(["show-node-id", "--home", options.home]).trim(), validator, allocationKeys };
}

/** The key name of a node's validator operator in its home's test keyring. */
export const OPERATOR_KEY = "validator";

/**
 * This node as a genesis validator: a new operator key (kept in the home's unencrypted test keyring,
 * as for any local network) and the node's consensus key.
 */
export async function genesisValidatorSpec(paths: HomePaths, moniker: string): Promise<GenesisValidatorSpec> {
  const keyring = new Keyring(paths.home, "test", async () => "");
  await keyring.add(OPERATOR_KEY, newMnemonic());
  const consensus = JSON.parse(readFileSync(paths.privValidatorKey, "utf8")) as { pub_key: { type: string; value: string } };
  if (consensus.pub_key.type !== "tendermint/PubKeyEd25519") throw new Error(`unsupported consensus key type ${consensus.pub_key.type}`);
  return { moniker, operator: await keyring.unlock(OPERATOR_KEY), consensusPubKey: consensus.pub_key.value };
}
