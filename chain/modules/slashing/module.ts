// x/slashing for AIS: liveness from each block's last commit, double signing from CometBFT's
// evidence and from whistleblowers' reports, MsgUnjail.
import type { AppModule } from "../../app/module.js";
import { handleVote } from "./downtime.js";
import { handleMisbehavior, type SlashingDeps } from "./evidence.js";
import type { SlashingConsensus, SlashingDistribution, SlashingStaking } from "./expected.js";
import { SlashingKeeper, STORE_NAME } from "./keeper.js";
import { slashingMsgs } from "./msgs.js";
import { DEFAULT_SLASHING_PARAMS, slashingParamsFromJson, slashingParamsToJson } from "./params.js";
import { slashingQueries } from "./queries.js";

export function slashingModule(staking: SlashingStaking, distribution: SlashingDistribution, consensus: SlashingConsensus): AppModule & { keeper: SlashingKeeper } {
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
    queries: slashingQueries(keeper),
    beginBlock(ctx, block) {
      // Evidence first: a double signer is tombstoned before its liveness is judged in the same block.
      for (const misbehavior of block.misbehavior) handleMisbehavior(ctx, deps, misbehavior);
      for (const vote of block.decidedLastCommit.votes) handleVote(ctx, keeper, staking, distribution, vote);
    },
  };
}
