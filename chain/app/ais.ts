// The AIS application: its modules, in the order their genesis and block hooks run, and the ante
// decorators every transaction passes.
import type { Logger } from "../logger.js";
import type { AppModule } from "./module.js";
import type { Context } from "./context.js";
import { totalSupplyInvariant } from "../modules/bank/invariants.js";
import { distributionInvariant } from "../modules/distribution/invariants.js";
import { stakingPoolInvariant } from "../modules/staking/invariants.js";
import type { MultiStore } from "../store/multistore.js";
import type { DecCoin } from "../types/dec.js";
import { authAnteDecorators, FEE_COLLECTOR } from "../modules/auth/ante.js";
import { authModule } from "../modules/auth/module.js";
import { VerifiedSignatures } from "../modules/auth/signing.js";
import { bankModule } from "../modules/bank/module.js";
import { ConsensusKeeper } from "../modules/consensus/keeper.js";
import { consensusModule } from "../modules/consensus/module.js";
import { DISTRIBUTION_MODULE } from "../modules/distribution/keeper.js";
import { distributionModule } from "../modules/distribution/module.js";
import { epochsModule } from "../modules/epochs/module.js";
import { feesModule } from "../modules/fees/module.js";
import { genutilModule, parseGenTxs } from "../modules/genutil/module.js";
import type { GovDeps } from "../modules/gov/expected.js";
import { govDepositsInvariant } from "../modules/gov/invariants.js";
import { GOV_MODULE } from "../modules/gov/keeper.js";
import { govModule } from "../modules/gov/module.js";
import type { SlashingStaking } from "../modules/slashing/expected.js";
import { slashingModule } from "../modules/slashing/module.js";
import { electValidators } from "../modules/staking/election.js";
import { BONDED_POOL, NOT_BONDED_POOL } from "../modules/staking/keeper.js";
import { stakingModule } from "../modules/staking/module.js";
import { govStakingView } from "../modules/staking/gov-adapter.js";
import { stakingReadView } from "../modules/staking/views.js";
import { historicalInfo } from "../modules/staking/historical.js";
import { slash } from "../modules/staking/slash.js";
import type { AnyMsgRoute } from "./module.js";
import { moduleAddress } from "../types/address.js";
import { AisApp } from "./app.js";

/** The module account that holds the 72% mining allocation, released only as compute rewards. */
export const MINING_MODULE = "mining";

/** Module accounts and their permissions; none may mint, AIS has a fixed supply. */
export const MODULE_ACCOUNT_PERMISSIONS: Record<string, readonly string[]> = {
  [FEE_COLLECTOR]: [],
  [MINING_MODULE]: [],
  [DISTRIBUTION_MODULE]: [],
  [GOV_MODULE]: ["burner"],
  [BONDED_POOL]: ["burner", "staking"],
  [NOT_BONDED_POOL]: ["burner", "staking"],
};

export function aisModules() {
  const auth = authModule(MODULE_ACCOUNT_PERMISSIONS);
  const bank = bankModule(auth.keeper, (address) => auth.keeper.isModuleAddress(address));
  const fees = feesModule();
  const epochs = epochsModule();
  // Staking and consensus check each other's params against the evidence age (evidence-age.ts).
  const consensusKeeper = new ConsensusKeeper();
  const staking = stakingModule(bank.keeper, epochs.keeper, { evidenceParams: (ctx) => consensusKeeper.getParams(ctx)?.evidence });
  const consensus = consensusModule({ evidenceRetention: (ctx) => staking.keeper.params(ctx) }, consensusKeeper);
  const distribution = distributionModule(bank.keeper, stakingReadView(staking.keeper), epochs.keeper);
  epochs.keeper.addHooks(distribution.epochHooks);
  staking.keeper.addHooks(distribution.stakingHooks);
  const stakingForSlashing: SlashingStaking = {
    validator: (ctx, operator) => staking.keeper.validator(ctx, operator),
    validatorByConsensusAddress: (ctx, address) => staking.keeper.validatorByConsensusAddress(ctx, address),
    powerAt: (ctx, address, height) => staking.keeper.powerAt(ctx, address, height),
    blockTime: (ctx, height) => historicalInfo(ctx, height)?.header.time,
    slash: (ctx, request) => slash(ctx, staking.keeper, request),
    jail: (ctx, operator, reason) => staking.keeper.jail(ctx, operator, reason),
    unjail: (ctx, operator) => staking.keeper.unjail(ctx, operator),
    selfDelegationTokens: (ctx, operator) => staking.keeper.selfDelegationTokens(ctx, operator),
  };
  const slashing = slashingModule(stakingForSlashing, distribution.penalties, {
    evidenceParams: (ctx) => consensusKeeper.getParams(ctx)?.evidence,
  });
  staking.keeper.addHooks(slashing.stakingHooks);
  const routes = new Map<string, AnyMsgRoute>();
  const gov = govModule(govDeps(bank.keeper, staking.keeper, distribution.keeper, (typeUrl) => routes.get(typeUrl)));
  // gov's running tallies follow every change to a voter's stake or balance.
  staking.keeper.addHooks(gov.stakingHooks);
  bank.keeper.addHooks(gov.bankHooks);
  const modules = [auth, bank, fees, distribution, slashing, epochs, gov, staking, consensus, genutilModule()];
  for (const route of modules.flatMap((m) => m.msgs ?? [])) routes.set(route.typeUrl, route);
  // BeginBlock order: last block's fees accrue and its votes are judged before an epoch boundary
  // closes the epoch they belong to. EndBlock: gov before staking, so a passed staking change is in
  // force for the election in the same block.
  return {
    modules,
    gov,
    auth,
    bank,
    fees,
    epochs,
    staking,
    consensus,
    distribution,
    slashing,
  };
}

/** Module accounts whose tokens belong to no holder: they neither vote nor count toward a community quorum. */
const HOLDERLESS_MODULES = [FEE_COLLECTOR, MINING_MODULE, DISTRIBUTION_MODULE, GOV_MODULE];

function govDeps(
  bank: ReturnType<typeof bankModule>["keeper"],
  staking: ReturnType<typeof stakingModule>["keeper"],
  distribution: ReturnType<typeof distributionModule>["keeper"],
  route: (typeUrl: string) => AnyMsgRoute | undefined,
): GovDeps {
  return {
    bank,
    staking: govStakingView(staking),
    distribution: {
      fundCommunityPool: (ctx, module, amount) => distribution.fundCommunityPoolFromModule(ctx, module, amount),
      moduleAddress: moduleAddress(DISTRIBUTION_MODULE),
    },
    holderSupply(ctx) {
      const denom = staking.bondDenom(ctx);
      return HOLDERLESS_MODULES.reduce((supply, name) => supply - bank.balance(ctx, moduleAddress(name), denom), bank.supplyOf(ctx, denom));
    },
    route,
  };
}

/** Every invariant of the AIS modules; the first broken one, described, or undefined. */
export function aisInvariants(keepers: ReturnType<typeof aisModules>, ctx: Context): string | undefined {
  return (
    totalSupplyInvariant(ctx, keepers.bank.keeper) ??
    stakingPoolInvariant(ctx, keepers.staking.keeper) ??
    distributionInvariant(ctx, keepers.distribution.keeper) ??
    govDepositsInvariant(ctx, keepers.gov.keeper, keepers.bank.keeper, keepers.staking.keeper.bondDenom(ctx))
  );
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
  /**
   * Modules run before AIS's own, given its keepers (benchmarks seed large states through them).
   * They own no stores, so the app hash is the same as without them.
   */
  seedModules?: (keepers: ReturnType<typeof aisModules>) => AppModule[];
  /** Check every invariant after every this many blocks (0 or absent: never). */
  invCheckPeriod?: number;
}

export function createAisApp(options: AisAppOptions): AisApp {
  const aisKeepers = aisModules();
  const { auth, bank, fees, staking, consensus } = aisKeepers;
  const modules = [...(options.seedModules?.(aisKeepers) ?? []), ...aisKeepers.modules];
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
    invariants: { period: options.invCheckPeriod ?? 0, check: (ctx) => aisInvariants(aisKeepers, ctx) },
  });
}
