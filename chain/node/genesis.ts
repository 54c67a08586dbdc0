// genesis.json: CometBFT's document with AIS's app_state and consensus parameters.
import { readFileSync, writeFileSync } from "node:fs";
import { defaultAppState } from "../app/genesis.js";
import { aisModules } from "../app/ais.js";
import { genesisEconomy, type AllocationHolders } from "./economy.js";
import { GENESIS_OPERATOR_FUNDS, createGentx, type GenesisValidatorSpec } from "./gentx.js";
import { DEFAULT_STAKING_PARAMS } from "../modules/staking/params.js";

export interface GenesisValidator {
  address: string;
  pub_key: { type: string; value: string };
  power: string;
  name: string;
}

export interface GenesisDoc {
  genesis_time: string;
  chain_id: string;
  initial_height: string;
  consensus_params: {
    block: { max_bytes: string; max_gas: string };
    evidence: { max_age_num_blocks: string; max_age_duration: string; max_bytes: string };
    validator: { pub_key_types: string[] };
    version: { app: string };
    abci: { vote_extensions_enable_height: string };
  };
  validators: GenesisValidator[];
  app_hash: string;
  app_state: Record<string, unknown>;
}

/**
 * Blocks carry at most this much gas, so a block's execution time is bounded: a block a byzantine
 * proposer fills with the slowest message kind per gas (withdrawing rewards, ~28 µs per 1,000 gas;
 * `npm run bench:block`, bench/RESULTS.md) finalizes in under 1 s.
 */
export const DEFAULT_MAX_BLOCK_GAS = 30_000_000n;

export function readGenesis(path: string): GenesisDoc {
  let doc: GenesisDoc;
  try {
    doc = JSON.parse(readFileSync(path, "utf8")) as GenesisDoc;
  } catch (err) {
    throw new Error(`cannot read the genesis file ${path}: ${(err as Error).message}`);
  }
  if (typeof doc.chain_id !== "string" || doc.chain_id === "") throw new Error(`${path} has no chain_id`);
  return doc;
}

export function writeGenesis(path: string, doc: GenesisDoc): void {
  writeFileSync(path, JSON.stringify(doc, null, 2) + "\n");
}

/**
 * Turns the genesis `cometbft init` wrote into an AIS genesis for `chainId`: the genesis economy,
 * and the validators as gentxs (CometBFT's own validator list stays empty: the app returns the set).
 */
export function aisGenesis(
  cometGenesis: GenesisDoc,
  chainId: string,
  holders: AllocationHolders,
  validators: readonly GenesisValidatorSpec[],
): GenesisDoc {
  const params = cometGenesis.consensus_params;
  const appState = defaultAppState(aisModules().modules);
  const economy = genesisEconomy(
    holders,
    validators.map((v) => ({ address: v.operator.address, amount: GENESIS_OPERATOR_FUNDS })),
  );
  (appState.auth as { accounts: unknown[] }).accounts = economy.accounts;
  (appState.bank as { balances: unknown[] }).balances = economy.balances;
  // Operators are numbered after the three holders (genesisEconomy).
  (appState.genutil as { gen_txs: string[] }).gen_txs = validators.map((v, i) => createGentx(v, chainId, BigInt(3 + i)));
  return {
    ...cometGenesis,
    chain_id: chainId,
    initial_height: "1",
    consensus_params: {
      ...params,
      block: { ...params.block, max_gas: DEFAULT_MAX_BLOCK_GAS.toString() },
      // Staking must keep the header of every height evidence may still come from (evidence-age.ts):
      // CometBFT's 100,000 blocks would take 100,000 HistoricalInfo entries. Evidence stays
      // acceptable for max_age_duration (48 h) anyway, since only both limits together expire it.
      evidence: { ...params.evidence, max_age_num_blocks: DEFAULT_STAKING_PARAMS.historicalEntries.toString() },
    },
    validators: [],
    app_hash: "",
    app_state: appState,
  };
}

/**
 * Epochs of `seconds` instead of a day (test networks). The least delay of a payout (distribution's
 * min_payout_delay, one default epoch) shrinks with them, so that epoch N is still paid when N+2
 * starts.
 */
export function setEpochSeconds(genesis: GenesisDoc, seconds: number | bigint): void {
  genesis.app_state.epochs = { params: { epoch_duration: `${seconds}s` } };
  (genesis.app_state.distribution as { params: Record<string, unknown> }).params.min_payout_delay = `${seconds}s`;
}
