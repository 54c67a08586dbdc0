// x/slashing for AIS: liveness from each block's last commit, double signing from CometBFT's
// evidence and from whistleblowers' reports, MsgUnjail.
import type { AppModule } from "../../app/module.js";
import { validatorAddress as consensusAddressOf } from "../../crypto/cometbft.js";
import type { StakingHooks } from "../staking/expected.js";
import { consensusKeyOf } from "../staking/keeper.js";
import { slashingErrors } from "./errors.js";
import { handleVote } from "./downtime.js";
import { handleMisbehavior, type SlashingDeps } from "./evidence.js";
import type { SlashingConsensus, SlashingDistribution, SlashingStaking } from "./expected.js";
import { SlashingKeeper, STORE_NAME } from "./keeper.js";
import { slashingMsgs } from "./msgs.js";
import { DEFAULT_SLASHING_PARAMS, slashingParamsFromJson, slashingParamsToJson } from "./params.js";
import { slashingQueries } from "./queries.js";

export function slashingModule(
  staking: SlashingStaking,
  distribution: SlashingDistribution,
  consensus: SlashingConsensus,
): AppModule & { keeper: SlashingKeeper; stakingHooks: StakingHooks } {
  const keeper = new SlashingKeeper();
  const deps: SlashingDeps = { keeper, staking, distribution, consensus };
  const paramsOf = (json: unknown) => slashingParamsFromJson((json as { params?: unknown } | undefined)?.params);
  return {
    name: "slashing",
    storeNames: [STORE_NAME],
    keeper,
    genesis: {
      defaultGenesis: () => ({ params: slashingParamsToJson(DEFAULT_SLASHING_PARAMS) }),
      validateGenesis: (json) => void paramsOf(json),
      initGenesis: (ctx, json) => keeper.setParams(ctx, paramsOf(json)),
      exportGenesis: (ctx) => ({ params: slashingParamsToJson(keeper.params(ctx)) }),
    },
    msgs: slashingMsgs(deps),
    stakingHooks: {
      beforeDelegation(ctx, operator) {
        const validator = staking.validator(ctx, operator);
        if (validator !== undefined && keeper.signingInfo(ctx, consensusAddressOf(consensusKeyOf(validator)))?.tombstoned === true) {
          throw slashingErrors.validatorTombstoned.wrap(operator);
        }
      },
      // As the SDK: a validator entering the set gets a full window before it can be jailed again.
      afterValidatorBonded(ctx, consensusAddress) {
        const info = keeper.signingInfo(ctx, consensusAddress);
        if (info !== undefined) keeper.setSigningInfo(ctx, consensusAddress, { ...info, startHeight: BigInt(ctx.header.height) });
      },
    },
    queries: slashingQueries(keeper),
    beginBlock(ctx, block) {
      // Evidence first: a double signer is tombstoned before its liveness is judged in the same block.
      for (const misbehavior of block.misbehavior) handleMisbehavior(ctx, deps, misbehavior);
      for (const vote of block.decidedLastCommit.votes) handleVote(ctx, keeper, staking, distribution, vote);
    },
  };
}
