// The AIS application: its modules, in the order their genesis and block hooks run, and the ante
// decorators every transaction passes.
import type { Logger } from "../logger.js";
import type { MultiStore } from "../store/multistore.js";
import type { DecCoin } from "../types/dec.js";
import { authAnteDecorators, FEE_COLLECTOR } from "../modules/auth/ante.js";
import { authModule } from "../modules/auth/module.js";
import { VerifiedSignatures } from "../modules/auth/signing.js";
import { bankModule } from "../modules/bank/module.js";
import { consensusModule } from "../modules/consensus/module.js";
import { epochsModule } from "../modules/epochs/module.js";
import { feesModule } from "../modules/fees/module.js";
import { genutilModule, parseGenTxs } from "../modules/genutil/module.js";
import { electValidators } from "../modules/staking/election.js";
import { BONDED_POOL, NOT_BONDED_POOL } from "../modules/staking/keeper.js";
import { stakingModule } from "../modules/staking/module.js";
import { AisApp } from "./app.js";

/** The module account that holds the 72% mining allocation, released only as compute rewards. */
export const MINING_MODULE = "mining";

/** Module accounts and their permissions; none may mint, AIS has a fixed supply. */
export const MODULE_ACCOUNT_PERMISSIONS: Record<string, readonly string[]> = {
  [FEE_COLLECTOR]: [],
  [MINING_MODULE]: [],
  [BONDED_POOL]: ["burner", "staking"],
  [NOT_BONDED_POOL]: ["burner", "staking"],
};

export function aisModules() {
  const auth = authModule(MODULE_ACCOUNT_PERMISSIONS);
  const bank = bankModule(auth.keeper, (address) => auth.keeper.isModuleAddress(address));
  const fees = feesModule();
  const epochs = epochsModule();
  const staking = stakingModule(bank.keeper, epochs.keeper);
  const consensus = consensusModule();
  return {
    modules: [auth, bank, fees, epochs, staking, consensus, genutilModule()],
    auth,
    bank,
    fees,
    epochs,
    staking,
    consensus,
  };
}

/** Store names of the AIS multistore (fixed by the module set). */
export function aisStoreNames(): string[] {
  return [...new Set(aisModules().modules.flatMap((m) => m.storeNames))].sort();
}

export interface AisAppOptions {
  chainId: string;
  version: string;
  store: MultiStore;
  logger: Logger;
  /** This node's minimum gas prices for CheckTx (app.toml). */
  minGasPrices?: readonly DecCoin[];
}

export function createAisApp(options: AisAppOptions): AisApp {
  const { modules, auth, bank, fees, staking, consensus } = aisModules();
  const anteDecorators = authAnteDecorators({
    auth: auth.keeper,
    bank: bank.keeper,
    feeFloor: fees.keeper,
    signatures: new VerifiedSignatures(),
    minGasPrices: options.minGasPrices ?? [],
  });
  return new AisApp({
    ...options,
    modules,
    consensus: consensus.keeper,
    anteDecorators,
    genesisTxs: (sections) => parseGenTxs(sections.get("genutil")),
    genesisValidators: (ctx) => electValidators(ctx, staking.keeper),
  });
}
