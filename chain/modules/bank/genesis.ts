// x/bank genesis in the SDK's JSON shape:
//   { params: { send_enabled: [], default_send_enabled: true }, balances: [{ address, coins }],
//     supply: [...], denom_metadata: [...], send_enabled: [{ denom, enabled }] }
// An empty `supply` is computed from the balances; a given one must equal their sum.
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import type { Context } from "../../app/context.js";
import type { ModuleGenesis } from "../../app/module.js";
import { utf8 } from "../../store/encoding.js";
import { accAddress, accString } from "../../types/address.js";
import { parseCoins, validateDenom } from "../../types/coins.js";
import type { BankKeeper } from "./keeper.js";

interface CoinJson {
  denom: string;
  amount: string;
}

export interface BankGenesisJson {
  params: { send_enabled: { denom: string; enabled: boolean }[]; default_send_enabled: boolean };
  balances: { address: string; coins: CoinJson[] }[];
  supply: CoinJson[];
  denom_metadata: MetadataJson[];
  send_enabled: { denom: string; enabled: boolean }[];
}

interface MetadataJson {
  description: string;
  denom_units: { denom: string; exponent: number; aliases: string[] }[];
  base: string;
  display: string;
  name: string;
  symbol: string;
  uri: string;
  uri_hash: string;
}

export const BOND_DENOM = "uais";

/** uais, displayed as AIS with exponent 6. */
export const AIS_METADATA: MetadataJson = {
  description: "The native token of AIS: gas, staking, compute payments and governance.",
  denom_units: [
    { denom: "uais", exponent: 0, aliases: ["microais"] },
    { denom: "AIS", exponent: 6, aliases: [] },
  ],
  base: "uais",
  display: "AIS",
  name: "AIS",
  symbol: "AIS",
  uri: "",
  uri_hash: "",
};

export function defaultBankGenesis(): BankGenesisJson {
  return {
    params: { send_enabled: [], default_send_enabled: true },
    balances: [],
    supply: [],
    denom_metadata: [AIS_METADATA],
    send_enabled: [],
  };
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${what} must be an object`);
  return value as Record<string, unknown>;
}

function asArray(value: unknown, what: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${what} must be a list`);
  return value;
}

function coinsOf(value: unknown, what: string): Coin[] {
  return asArray(value, what).map((c) => {
    const coin = asRecord(c, what);
    if (typeof coin.denom !== "string" || typeof coin.amount !== "string") throw new Error(`${what}: coins need a denom and an amount string`);
    return { denom: coin.denom, amount: coin.amount };
  });
}

function metadataOf(value: unknown): Metadata {
  const m = asRecord(value, "denom_metadata entry");
  const text = (key: string) => (m[key] === undefined ? "" : typeof m[key] === "string" ? (m[key] as string) : fail(`${key} must be a string`));
  const units = asArray(m.denom_units, "denom_units").map((u) => {
    const unit = asRecord(u, "denom unit");
    if (typeof unit.denom !== "string" || !Number.isInteger(unit.exponent ?? 0)) throw new Error("denom units need a denom and an integer exponent");
    return { denom: unit.denom, exponent: Number(unit.exponent ?? 0), aliases: asArray(unit.aliases, "aliases").map(String) };
  });
  const metadata: Metadata = {
    description: text("description"),
    denomUnits: units,
    base: text("base"),
    display: text("display"),
    name: text("name"),
    symbol: text("symbol"),
    uri: text("uri"),
    uriHash: text("uri_hash"),
  };
  validateDenom(metadata.base);
  if (units[0]?.denom !== metadata.base || units[0].exponent !== 0) throw new Error(`metadata ${metadata.base}: the first unit must be the base with exponent 0`);
  if (!units.some((u) => u.denom === metadata.display)) throw new Error(`metadata ${metadata.base}: display ${metadata.display} is not one of its units`);
  return metadata;
}

function metadataToJson(m: Metadata): MetadataJson {
  return {
    description: m.description,
    denom_units: m.denomUnits.map((u) => ({ denom: u.denom, exponent: u.exponent, aliases: u.aliases })),
    base: m.base,
    display: m.display,
    name: m.name,
    symbol: m.symbol,
    uri: m.uri,
    uri_hash: m.uriHash,
  };
}

function fail(message: string): never {
  throw new Error(message);
}

interface ParsedBankGenesis {
  defaultSendEnabled: boolean;
  sendEnabled: { denom: string; enabled: boolean }[];
  balances: { address: Uint8Array; coins: ReturnType<typeof parseCoins> }[];
  metadata: Metadata[];
}

export function parseBankGenesis(json: unknown): ParsedBankGenesis {
  const state = asRecord(json, "bank genesis");
  const params = asRecord(state.params ?? {}, "params");
  const defaultSendEnabled = params.default_send_enabled ?? true;
  if (typeof defaultSendEnabled !== "boolean") throw new Error("default_send_enabled must be a boolean");
  const sendEnabled = [...asArray(params.send_enabled, "params.send_enabled"), ...asArray(state.send_enabled, "send_enabled")].map((e) => {
    const entry = asRecord(e, "send_enabled entry");
    if (typeof entry.denom !== "string" || typeof entry.enabled !== "boolean") throw new Error("send_enabled entries need a denom and a boolean");
    validateDenom(entry.denom);
    return { denom: entry.denom, enabled: entry.enabled };
  });

  const seen = new Set<string>();
  const totals = new Map<string, bigint>();
  const balances = asArray(state.balances, "balances").map((b) => {
    const balance = asRecord(b, "balance");
    if (typeof balance.address !== "string") throw new Error("balances need an address");
    const address = accAddress(balance.address);
    const canonical = accString(address);
    if (seen.has(canonical)) throw new Error(`duplicate balance for ${canonical}`);
    seen.add(canonical);
    const coins = parseCoins(coinsOf(balance.coins, "balance coins"), `balance of ${canonical}`);
    for (const c of coins) totals.set(c.denom, (totals.get(c.denom) ?? 0n) + c.amount);
    return { address, coins };
  });

  const supply = parseCoins(coinsOf(state.supply, "supply"), "supply");
  if (supply.length > 0) {
    const matches = supply.length === totals.size && supply.every((c) => totals.get(c.denom) === c.amount);
    if (!matches) throw new Error("supply does not equal the sum of the balances");
  }
  const metadata = asArray(state.denom_metadata, "denom_metadata").map(metadataOf);
  return { defaultSendEnabled, sendEnabled, balances, metadata };
}

export function bankGenesis(keeper: BankKeeper): ModuleGenesis {
  return {
    defaultGenesis: defaultBankGenesis,
    validateGenesis: (json) => void parseBankGenesis(json),
    initGenesis(ctx: Context, json: unknown) {
      const state = parseBankGenesis(json);
      keeper.setParams(ctx, { sendEnabled: [], defaultSendEnabled: state.defaultSendEnabled });
      for (const entry of state.sendEnabled) keeper.setSendEnabled(ctx, entry.denom, entry.enabled);
      for (const { address, coins } of state.balances) for (const coin of coins) keeper.initBalance(ctx, address, coin);
      for (const metadata of state.metadata) keeper.setDenomMetadata(ctx, metadata);
    },
    exportGenesis(ctx: Context): BankGenesisJson {
      const balances: BankGenesisJson["balances"] = [];
      for (const { address, denom, amount } of keeper.iterateBalances(ctx)) {
        const holder = accString(address);
        if (balances.at(-1)?.address !== holder) balances.push({ address: holder, coins: [] });
        balances.at(-1)!.coins.push({ denom, amount: amount.toString() });
      }
      const params = keeper.params(ctx);
      return {
        params: { send_enabled: [], default_send_enabled: params.defaultSendEnabled },
        balances,
        supply: [...keeper.supplyStore(ctx).iterate()].map(([d, a]) => ({ denom: utf8.decode(d), amount: utf8.decode(a) })),
        denom_metadata: [...keeper.denomMetadataStore(ctx).iterate()].map(([, v]) => metadataToJson(Metadata.decode(v))),
        send_enabled: [...keeper.sendEnabledStore(ctx).iterate()].map(([d, v]) => ({ denom: utf8.decode(d), enabled: v[0] === 1 })),
      };
    },
  };
}
