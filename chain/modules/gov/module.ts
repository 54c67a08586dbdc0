// x/gov for AIS: cosmos.gov v1/v1beta1 proposals, deposits and votes; parameter proposals decided
// by the validator set, community proposals by AIS held (tally.ts).
import type { AppModule } from "../../app/module.js";
import type { BankHooks } from "../bank/expected.js";
import type { StakingHooks } from "../staking/expected.js";
import type { GovDeps } from "./expected.js";
import { govBankHooks, govStakingHooks } from "./hooks.js";
import { GovKeeper, STORE_NAME } from "./keeper.js";
import { govMsgs } from "./msgs.js";
import { communityParamsFromJson, communityParamsToJson, govParamsFromJson, govParamsToJson } from "./params.js";
import { endBlock, type Gov } from "./proposals.js";
import { govQueries } from "./queries.js";

interface GovGenesis {
  startingProposalId: bigint;
  params: ReturnType<typeof govParamsFromJson>;
  communityParams: ReturnType<typeof communityParamsFromJson>;
  constitution: string;
}

/** The gov section of app_state: the SDK's fields (proposals cannot be imported yet) plus community_params. */
function genesisFromJson(json: unknown): GovGenesis {
  const g = (json ?? {}) as Record<string, unknown>;
  for (const field of ["proposals", "deposits", "votes"]) {
    if (Array.isArray(g[field]) && (g[field] as unknown[]).length > 0) throw new Error(`gov genesis: importing ${field} is not supported`);
  }
  const start = g.starting_proposal_id ?? "1";
  if (typeof start !== "string" || !/^[1-9][0-9]{0,18}$/.test(start)) throw new Error("gov genesis: starting_proposal_id must be a positive integer string");
  if (g.constitution !== undefined && typeof g.constitution !== "string") throw new Error("gov genesis: constitution must be a string");
  return {
    startingProposalId: BigInt(start),
    params: govParamsFromJson(g.params),
    communityParams: communityParamsFromJson(g.community_params),
    constitution: (g.constitution as string | undefined) ?? "",
  };
}

/** The app registers `stakingHooks` with staking and `bankHooks` with bank: they keep the running tallies. */
export function govModule(deps: GovDeps): AppModule & { keeper: GovKeeper; deps: GovDeps; stakingHooks: StakingHooks; bankHooks: BankHooks } {
  const keeper = new GovKeeper();
  const gov: Gov = { keeper, deps };
  return {
    name: "gov",
    storeNames: [STORE_NAME],
    keeper,
    deps,
    stakingHooks: govStakingHooks(gov),
    bankHooks: govBankHooks(gov),
    genesis: {
      defaultGenesis: () => ({
        starting_proposal_id: "1",
        params: govParamsToJson(govParamsFromJson(undefined)),
        community_params: communityParamsToJson(communityParamsFromJson(undefined)),
        constitution: "",
      }),
      validateGenesis: (json) => void genesisFromJson(json),
      initGenesis(ctx, json) {
        const genesis = genesisFromJson(json);
        keeper.setNextProposalId(ctx, genesis.startingProposalId);
        keeper.setParams(ctx, genesis.params);
        keeper.setCommunityParams(ctx, genesis.communityParams);
        keeper.setConstitution(ctx, genesis.constitution);
      },
    },
    msgs: govMsgs(gov),
    queries: govQueries(gov),
    endBlock: (ctx) => endBlock(gov, ctx),
  };
}
