// Distribution with the N+2 rule: fees accrue per epoch to the validators that signed, move into
// custody at the epoch's close, and are paid from the start of the epoch after next.
import type { AppModule } from "../../app/module.js";
import type { EpochHooks } from "../epochs/keeper.js";
import type { SlashingDistribution } from "../slashing/expected.js";
import type { StakingHooks } from "../staking/expected.js";
import { allocateFees } from "./allocation.js";
import { closeEpoch } from "./epoch-close.js";
import type { DistributionBank, DistributionEpochs, DistributionStaking } from "./expected.js";
import { DISTRIBUTION_MODULE, DistributionKeeper, STORE_NAME } from "./keeper.js";
import { distributionMsgs } from "./msgs.js";
import { DEFAULT_DISTRIBUTION_PARAMS, distributionParamsFromJson, distributionParamsToJson } from "./params.js";
import { payoutBatch } from "./payout.js";
import { forfeitRewards, receiveSlashed, withholdRewards } from "./penalties.js";
import { distributionQueries } from "./queries.js";
import { settleDelegation } from "./rewards.js";

export interface DistributionModule extends AppModule {
  keeper: DistributionKeeper;
  epochHooks: EpochHooks;
  stakingHooks: StakingHooks;
  /** What slashing calls. */
  penalties: SlashingDistribution;
}

export function distributionModule(bank: DistributionBank, staking: DistributionStaking, epochs: DistributionEpochs): DistributionModule {
  const keeper = new DistributionKeeper(bank, staking, epochs);
  const paramsOf = (json: unknown) => distributionParamsFromJson((json as { params?: unknown } | undefined)?.params);
  return {
    name: "distribution",
    storeNames: [STORE_NAME],
    keeper,
    genesis: {
      defaultGenesis: () => ({ params: distributionParamsToJson(DEFAULT_DISTRIBUTION_PARAMS) }),
      validateGenesis: (json) => void paramsOf(json),
      initGenesis: (ctx, json) => keeper.setParams(ctx, paramsOf(json)),
      exportGenesis: (ctx) => ({ params: distributionParamsToJson(keeper.params(ctx)) }),
    },
    msgs: distributionMsgs(keeper),
    queries: distributionQueries(keeper),
    beginBlock: (ctx, block) => allocateFees(ctx, keeper, block),
    endBlock: (ctx) => void payoutBatch(ctx, keeper),
    epochHooks: { onEpochEnd: (ctx, ended) => closeEpoch(ctx, keeper, ended) },
    stakingHooks: {
      beforeDelegationSharesModified: (ctx, delegator, operator) => void settleDelegation(ctx, keeper, delegator, operator),
      // Settled just before (the hook above): what the delegation earned is paid or kept as settled
      // entries, which need no start epoch; a new delegation starts afresh.
      afterDelegationRemoved: (ctx, delegator, operator) => keeper.deleteStartEpoch(ctx, delegator, operator),
    },
    penalties: {
      moduleName: DISTRIBUTION_MODULE,
      withholdRewards: (ctx, operator) => withholdRewards(ctx, keeper, operator),
      forfeitRewards: (ctx, operator, fraction) => forfeitRewards(ctx, keeper, operator, fraction),
      receiveSlashed: (ctx, amount, whistleblower) => receiveSlashed(ctx, keeper, amount, whistleblower),
    },
  };
}
