// aisd chain-info: chain-registry chain.json and assetlist.json for the chain of this home.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, Option } from "commander";
import { AIS_METADATA, BOND_DENOM } from "../modules/bank/genesis.js";
import { readAppConfig } from "../node/config.js";
import { readGenesis } from "../node/genesis.js";
import { homePaths } from "../node/home.js";
import { BECH32_PREFIX } from "../types/address.js";
import { AIS_VERSION } from "../node/cometbft.js";
import { formatDec, parseDecCoins } from "../types/dec.js";
import { printJson } from "./format.js";

export function registerChainInfo(program: Command, homeOption: () => Option): void {
  program
    .command("chain-info")
    .description("print chain-registry chain.json and assetlist.json for this home's chain")
    .addOption(homeOption())
    .option("--rpc <url>", "public RPC address to list (default: this node's)")
    .option("--rest <url>", "public REST address to list (default: this node's)")
    .action((opts: { home: string; rpc?: string; rest?: string }) => {
      const paths = homePaths(resolve(opts.home));
      const genesis = readGenesis(paths.genesis);
      const app = readAppConfig(paths.appToml);
      const rpcLaddr = /^\s*laddr = "tcp:\/\/([^"]+)"/m.exec(readFileSync(paths.configToml, "utf8").split("[rpc]")[1] ?? "")?.[1];
      const minGas = parseDecCoins(app.minimumGasPrices).find((p) => p.denom === BOND_DENOM)?.amount ?? 0n;
      const price = (factor: bigint) => Number(formatDec((minGas * factor) / 10n));
      printJson({
        chain: {
          $schema: "../chain.schema.json",
          chain_name: "ais",
          chain_type: "cosmos",
          status: "live",
          network_type: /devnet|test/.test(genesis.chain_id) ? "testnet" : "mainnet",
          pretty_name: "AIS",
          chain_id: genesis.chain_id,
          bech32_prefix: BECH32_PREFIX.account,
          daemon_name: "aisd",
          node_home: "$HOME/.aisd",
          key_algos: ["secp256k1"],
          slip44: 118,
          fees: {
            fee_tokens: [
              { denom: BOND_DENOM, fixed_min_gas_price: price(10n), low_gas_price: price(10n), average_gas_price: price(10n), high_gas_price: price(16n) },
            ],
          },
          staking: { staking_tokens: [{ denom: BOND_DENOM }] },
          codebase: { recommended_version: AIS_VERSION, consensus: { type: "cometbft", version: "0.38.25" } },
          apis: {
            rpc: [{ address: opts.rpc ?? `http://${rpcLaddr ?? "127.0.0.1:26657"}` }],
            rest: app.apiAddress === "" && opts.rest === undefined ? [] : [{ address: opts.rest ?? app.apiAddress.replace("tcp://", "http://") }],
          },
        },
        assetlist: {
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
        },
      });
    });
}
