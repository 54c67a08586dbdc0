// config.toml (CometBFT's, edited in place so its comments survive) and app.toml (ours).
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "smol-toml";
import { isLogLevel, type LogLevel } from "../logger.js";
import { parseDecCoins } from "../types/dec.js";
import {
  DEFAULT_ENCODED_CACHE_MIB,
  DEFAULT_KEEP_RECENT,
  DEFAULT_NODE_CACHE,
  DEFAULT_PRUNE_INTERVAL,
  MAX_ENCODED_CACHE_MIB,
} from "../store/multistore.js";

export type TomlValue = string | number | boolean | readonly string[];
/** Section ("" for top level) → key → value. */
export type TomlPatch = Record<string, Record<string, TomlValue>>;

/** Sets existing keys of a TOML document line by line; every key must already exist. */
export function patchToml(text: string, patch: TomlPatch): string {
  const pending = new Map<string, TomlValue>();
  for (const [section, keys] of Object.entries(patch)) {
    for (const [key, value] of Object.entries(keys)) pending.set(`${section}\u0000${key}`, value);
  }
  let section = "";
  const lines = text.split("\n").map((line) => {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header !== null) {
      section = header[1]!.trim();
      return line;
    }
    const assignment = /^(\s*)([A-Za-z0-9_.-]+)(\s*=\s*).*$/.exec(line);
    if (assignment === null) return line;
    const id = `${section}\u0000${assignment[2]}`;
    if (!pending.has(id)) return line;
    const value = pending.get(id)!;
    pending.delete(id);
    return `${assignment[1]}${assignment[2]}${assignment[3]}${tomlValue(value)}`;
  });
  if (pending.size > 0) {
    const missing = [...pending.keys()].map((k) => k.replace("\u0000", ".").replace(/^\./, ""));
    throw new Error(`config keys not found: ${missing.join(", ")}`);
  }
  return lines.join("\n");
}

function tomlValue(value: TomlValue): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
}

export function patchTomlFile(path: string, patch: TomlPatch): void {
  writeFileSync(path, patchToml(readFileSync(path, "utf8"), patch));
}

export interface AppConfig {
  logLevel: LogLevel;
  /** Minimum gas prices this node accepts into its mempool, e.g. "0.025uais" (CheckTx only). */
  minimumGasPrices: string;
  /** Versions of state kept queryable (0 = all). */
  pruningKeepRecent: number;
  pruningInterval: number;
  /** Decoded tree nodes per cache generation. */
  nodeCacheSize: number;
  /** MiB of encoded tree nodes cached outside the JavaScript heap. */
  nodeCacheMiB: number;
  /** REST (Cosmos gateway paths and /metrics); empty address disables it. */
  apiAddress: string;
  /** gRPC ("host:port"); empty address disables it. */
  grpcAddress: string;
  /** Check every invariant after every this many blocks, halting the node if one breaks; 0: never. */
  invCheckPeriod: number;
}

export const DEFAULT_APP_CONFIG: AppConfig = {
  logLevel: "info",
  minimumGasPrices: "0.025uais",
  pruningKeepRecent: DEFAULT_KEEP_RECENT,
  pruningInterval: DEFAULT_PRUNE_INTERVAL,
  nodeCacheSize: DEFAULT_NODE_CACHE,
  nodeCacheMiB: DEFAULT_ENCODED_CACHE_MIB,
  apiAddress: "tcp://127.0.0.1:1317",
  grpcAddress: "127.0.0.1:9090",
  invCheckPeriod: 0,
};

export function renderAppToml(config: AppConfig): string {
  return `# AIS application settings. CometBFT's own settings are in config.toml.

# debug | info | warn | error
log_level = ${JSON.stringify(config.logLevel)}

# Check every invariant (supply, staking pools, distribution accounts) after every this many blocks;
# a broken one halts this node with an error (the SDK's crisis check). 0 turns it off.
inv_check_period = ${config.invCheckPeriod}

# The lowest gas prices this node accepts into its mempool ("0.025uais"; several: "0.025uais,0.1ibc/…").
# Blocks proposed by others are not checked against it.
minimum_gas_prices = ${JSON.stringify(config.minimumGasPrices)}

[pruning]
# Heights of state kept queryable (proofs for relayers, historical queries); 0 keeps all.
keep_recent = ${config.pruningKeepRecent}
# Prune every this many heights.
interval = ${config.pruningInterval}

[store]
# Decoded tree nodes kept in memory per cache generation (up to twice this many are cached). Every
# one is work for the garbage collector, so this cache is small; the one below holds the rest.
node_cache = ${config.nodeCacheSize}
# MiB of encoded tree nodes kept outside the JavaScript heap (allocated as it fills); 0 turns it off.
node_cache_mib = ${config.nodeCacheMiB}

[api]
# The REST server: the Cosmos SDK gateway paths (/cosmos/bank/v1beta1/…) and /metrics for Prometheus.
# An empty address turns it off.
address = ${JSON.stringify(config.apiAddress)}

[grpc]
# The gRPC server (HTTP/2, with server reflection and grpc.health.v1): every query service the app
# answers, cosmos.tx.v1beta1.Service and the node services. What Hermes' grpc_addr points at.
# An empty address turns it off.
address = ${JSON.stringify(config.grpcAddress)}
`;
}

export function readAppConfig(path: string): AppConfig {
  let doc: Record<string, unknown>;
  try {
    doc = parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`cannot read ${path}: ${(err as Error).message}`);
  }
  const section = (name: string) => (doc[name] ?? {}) as Record<string, unknown>;
  const integer = (value: unknown, fallback: number, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    if (value === undefined) return fallback;
    const n = typeof value === "bigint" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new Error(`${path}: ${name} must be an integer >= ${min}${max < Number.MAX_SAFE_INTEGER ? ` and <= ${max}` : ""}`);
    }
    return n;
  };
  const logLevel = doc.log_level ?? DEFAULT_APP_CONFIG.logLevel;
  if (typeof logLevel !== "string" || !isLogLevel(logLevel)) throw new Error(`${path}: log_level must be debug, info, warn or error`);
  const keepRecent = integer(section("pruning").keep_recent, DEFAULT_APP_CONFIG.pruningKeepRecent, "pruning.keep_recent", 0);
  if (keepRecent === 1) throw new Error(`${path}: pruning.keep_recent must be 0 (keep all) or at least 2`);
  const minimumGasPrices = doc.minimum_gas_prices ?? DEFAULT_APP_CONFIG.minimumGasPrices;
  if (typeof minimumGasPrices !== "string") throw new Error(`${path}: minimum_gas_prices must be a string`);
  try {
    parseDecCoins(minimumGasPrices);
  } catch (err) {
    throw new Error(`${path}: minimum_gas_prices: ${(err as Error).message}`);
  }
  return {
    logLevel,
    minimumGasPrices,
    pruningKeepRecent: keepRecent,
    pruningInterval: integer(section("pruning").interval, DEFAULT_APP_CONFIG.pruningInterval, "pruning.interval", 1),
    nodeCacheSize: integer(section("store").node_cache, DEFAULT_APP_CONFIG.nodeCacheSize, "store.node_cache", 1),
    nodeCacheMiB: integer(section("store").node_cache_mib, DEFAULT_APP_CONFIG.nodeCacheMiB, "store.node_cache_mib", 0, MAX_ENCODED_CACHE_MIB),
    apiAddress: apiAddress(section("api").address, path),
    grpcAddress: grpcAddress(section("grpc").address, path),
    invCheckPeriod: integer(doc.inv_check_period, DEFAULT_APP_CONFIG.invCheckPeriod, "inv_check_period", 0),
  };
}

function apiAddress(value: unknown, path: string): string {
  if (value === undefined) return DEFAULT_APP_CONFIG.apiAddress;
  if (typeof value !== "string" || (value !== "" && !/^tcp:\/\/[^:]+:\d+$/.test(value))) {
    throw new Error(`${path}: api.address must be tcp://host:port or empty`);
  }
  return value;
}

function grpcAddress(value: unknown, path: string): string {
  if (value === undefined) return DEFAULT_APP_CONFIG.grpcAddress;
  if (typeof value !== "string" || (value !== "" && !/^[^:/]+:\d+$/.test(value))) {
    throw new Error(`${path}: grpc.address must be host:port or empty`);
  }
  return value;
}

export function writeAppConfig(path: string, config: AppConfig): void {
  writeFileSync(path, renderAppToml(config));
}
