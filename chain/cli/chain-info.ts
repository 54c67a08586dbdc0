// aisd chain-info: the chain-registry files (chain.json, assetlist.json) for the chain of this home,
// or the ChainInfo Keplr's experimentalSuggestChain takes.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command, Option } from "commander";
import { AIS_METADATA, BOND_DENOM } from "../modules/bank/genesis.js";
import { readAppConfig } from "../node/config.js";
import { readGenesis } from "../node/genesis.js";
import { homePaths } from "../node/home.js";
import { BECH32_PREFIX } from "../types/address.js";
import { AIS_VERSION, COMETBFT_VERSION } from "../node/cometbft.js";
import { formatDec, parseDecCoins } from "../types/dec.js";
import { printJson } from "./format.js";

/** What the files say about one chain, read from a home and the flags. */
export interface ChainFacts {
  chainId: string;
  rpc: string;
  rest: string | undefined;
  /** The node's minimum gas price in uais, as an 18-decimal fixed-point integer. */
  minGasPrice: bigint;
}

const DISPLAY = AIS_METADATA.denom_units.find((u) => u.denom === AIS_METADATA.display)!;

/** The chain registry's network_type: devnet, testnet or mainnet, by the chain id. */
export function networkType(chainId: string): "devnet" | "testnet" | "mainnet" {
  return /devnet|localnet/.test(chainId) ? "devnet" : /test/.test(chainId) ? "testnet" : "mainnet";
}

/** Gas prices as numbers (the registry's and Keplr's type): the node's floor, and 1.6× it for "high". */
function gasPrices(minGasPrice: bigint): { low: number; average: number; high: number } {
  const price = (factor: bigint) => Number(formatDec((minGasPrice * factor) / 10n));
  return { low: price(10n), average: price(10n), high: price(16n) };
}

export function chainJson(facts: ChainFacts): Record<string, unknown> {
  const prices = gasPrices(facts.minGasPrice);
  return {
    $schema: "../chain.schema.json",
    chain_name: "ais",
    chain_type: "cosmos",
    status: "live",
    network_type: networkType(facts.chainId),
    pretty_name: "AIS",
    chain_id: facts.chainId,
    bech32_prefix: BECH32_PREFIX.account,
    daemon_name: "aisd",
    node_home: "$HOME/.aisd",
    key_algos: ["secp256k1"],
    slip44: 118,
    fees: { fee_tokens: [{ denom: BOND_DENOM, fixed_min_gas_price: prices.low, low_gas_price: prices.low, average_gas_price: prices.average, high_gas_price: prices.high }] },
    staking: { staking_tokens: [{ denom: BOND_DENOM }] },
    codebase: { recommended_version: AIS_VERSION, consensus: { type: "cometbft", version: COMETBFT_VERSION } },
    apis: { rpc: [{ address: facts.rpc }], rest: facts.rest === undefined ? [] : [{ address: facts.rest }] },
  };
}

export function assetlistJson(): Record<string, unknown> {
  return {
    $schema: "../assetlist.schema.json",
    chain_name: "ais",
    assets: [
      {
        description: AIS_METADATA.description,
        denom_units: AIS_METADATA.denom_units.map((u) => ({ denom: u.denom, exponent: u.exponent })),
        base: AIS_METADATA.base,
        name: AIS_METADATA.name,
        display: AIS_METADATA.display,
        symbol: AIS_METADATA.symbol,
        type_asset: "sdk.coin",
      },
    ],
  };
}

/** Keplr's ChainInfo (window.keplr.experimentalSuggestChain). */
export function keplrChainInfo(facts: ChainFacts): Record<string, unknown> {
  const currency = { coinDenom: AIS_METADATA.symbol, coinMinimalDenom: BOND_DENOM, coinDecimals: DISPLAY.exponent };
  const p = BECH32_PREFIX;
  return {
    chainId: facts.chainId,
    chainName: networkType(facts.chainId) === "mainnet" ? "AIS" : `AIS ${facts.chainId}`,
    rpc: facts.rpc,
    rest: facts.rest ?? "",
    bip44: { coinType: 118 },
    bech32Config: {
      bech32PrefixAccAddr: p.account,
      bech32PrefixAccPub: `${p.account}pub`,
      bech32PrefixValAddr: p.validatorOperator,
      bech32PrefixValPub: `${p.validatorOperator}pub`,
      bech32PrefixConsAddr: p.consensus,
      bech32PrefixConsPub: `${p.consensus}pub`,
    },
    currencies: [currency],
    feeCurrencies: [{ ...currency, gasPriceStep: gasPrices(facts.minGasPrice) }],
    stakeCurrency: currency,
    features: [],
  };
}

function factsOf(home: string, opts: { rpc?: string; rest?: string }): ChainFacts {
  const paths = homePaths(resolve(home));
  const app = readAppConfig(paths.appToml);
  const rpcLaddr = /^\s*laddr = "tcp:\/\/([^"]+)"/m.exec(readFileSync(paths.configToml, "utf8").split("[rpc]")[1] ?? "")?.[1];
  return {
    chainId: readGenesis(paths.genesis).chain_id,
    rpc: opts.rpc ?? `http://${rpcLaddr ?? "127.0.0.1:26657"}`,
    rest: opts.rest ?? (app.apiAddress === "" ? undefined : app.apiAddress.replace("tcp://", "http://")),
    minGasPrice: parseDecCoins(app.minimumGasPrices).find((price) => price.denom === BOND_DENOM)?.amount ?? 0n,
  };
}

export function registerChainInfo(program: Command, homeOption: () => Option): void {
  program
    .command("chain-info")
    .description("the chain-registry chain.json and assetlist.json of this home's chain (printed as {chain, assetlist}, or written with --out), or Keplr's ChainInfo (--keplr)")
    .addOption(homeOption())
    .option("--rpc <url>", "public RPC address to list (default: this node's)")
    .option("--rest <url>", "public REST address to list (default: this node's)")
    .option("--out <dir>", "write chain.json and assetlist.json into this directory")
    .option("--keplr", "print the ChainInfo for Keplr's experimentalSuggestChain instead", false)
    .action((opts: { home: string; rpc?: string; rest?: string; out?: string; keplr: boolean }) => {
      const facts = factsOf(opts.home, opts);
      if (opts.keplr) {
        if (opts.out !== undefined) throw new Error("--keplr prints its ChainInfo; it writes no files (drop --out)");
        printJson(keplrChainInfo(facts));
        return;
      }
      if (opts.out === undefined) {
        printJson({ chain: chainJson(facts), assetlist: assetlistJson() });
        return;
      }
      const dir = resolve(opts.out);
      mkdirSync(dir, { recursive: true });
      for (const [name, json] of [["chain.json", chainJson(facts)], ["assetlist.json", assetlistJson()]] as const) {
        writeFileSync(join(dir, name), `${JSON.stringify(json, null, 2)}\n`);
        process.stdout.write(`wrote ${join(dir, name)}\n`);
      }
    });
}
