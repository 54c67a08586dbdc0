// x/staking: validators, delegations and the epoch-elected active set sent to CometBFT.
import type { AppModule } from "../../app/module.js";
import { sdkErrors } from "../../app/errors.js";
import { checkEvidenceRetention } from "../evidence-age.js";
import { completeUnbondingValidators, electValidators, applyPowerDecreases } from "./election.js";
import type { EpochClock, StakingBank, StakingConsensus } from "./expected.js";
import { StakingKeeper, STORE_NAME } from "./keeper.js";
import { trackHistoricalInfo } from "./historical.js";
import { stakingMsgs } from "./msgs.js";
import {
  DEFAULT_AIS_STAKING_PARAMS,
  DEFAULT_STAKING_PARAMS,
  aisStakingParamsFromJson,
  aisStakingParamsToJson,
  stakingParamsFromJson,
  stakingParamsToJson,
} from "./params.js";
import { stakingQueries } from "./queries.js";
import { completeRedelegations } from "./redelegation.js";
import { completeUnbondings } from "./unbonding.js";

/**
 * Genesis holds the params; validators and their self-delegations enter through genesis
 * transactions (gentxs), which the app delivers after every module's genesis.
 */
function parseGenesis(json: unknown) {
  const state = (json ?? {}) as { params?: unknown; ais_params?: unknown; validators?: unknown[]; delegations?: unknown[] };
  if ((state.validators?.length ?? 0) > 0 || (state.delegations?.length ?? 0) > 0) {
    throw new Error("validators and delegations enter genesis through gentxs (genutil.gen_txs), not the staking section");
  }
  return { params: stakingParamsFromJson(state.params), aisParams: aisStakingParamsFromJson(state.ais_params) };
}

export function stakingModule(bank: StakingBank, epochs: EpochClock, consensus: StakingConsensus): AppModule & { keeper: StakingKeeper } {
  const keeper = new StakingKeeper(bank);
  return {
    name: "staking",
    storeNames: [STORE_NAME],
    keeper,
    genesis: {
      defaultGenesis: () => ({
        params: stakingParamsToJson(DEFAULT_STAKING_PARAMS),
        ais_params: aisStakingParamsToJson(DEFAULT_AIS_STAKING_PARAMS),
        validators: [],
        delegations: [],
      }),
      validateGenesis: (json) => void parseGenesis(json),
      initGenesis(ctx, json) {
        // The consensus params of InitChain are in state before any module's genesis.
        const { params, aisParams } = parseGenesis(json);
        try {
          checkEvidenceRetention(params, consensus.evidenceParams(ctx));
        } catch (err) {
          throw sdkErrors.invalidRequest.wrap(`genesis of module staking: ${(err as Error).message}`);
        }
        keeper.setParams(ctx, params);
        keeper.setAisParams(ctx, aisParams);
      },
    },
    msgs: stakingMsgs(keeper, consensus),
    beginBlock: (ctx, block) => trackHistoricalInfo(ctx, keeper, block),
    queries: stakingQueries(keeper),
    endBlock(ctx) {
      completeUnbondingValidators(ctx, keeper);
      completeUnbondings(ctx, keeper);
      completeRedelegations(ctx, keeper);
      // Elections happen in the block whose BeginBlock started an epoch; in between, powers only fall.
      if (epochs.currentEpoch(ctx).startHeight === BigInt(ctx.header.height)) return electValidators(ctx, keeper);
      return applyPowerDecreases(ctx, keeper);
    },
  };
}
