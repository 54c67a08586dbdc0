import { QueryParamsRequest, QueryParamsResponse } from "cosmjs-types/cosmos/consensus/v1/query";
import { queryRoute, type AnyQueryRoute } from "../../app/module.js";
import type { ConsensusKeeper } from "./keeper.js";

export function consensusQueries(keeper: ConsensusKeeper): AnyQueryRoute[] {
  return [
    queryRoute({
      path: "/cosmos.consensus.v1.Query/Params",
      request: QueryParamsRequest,
      response: QueryParamsResponse,
      handle: (ctx) => ({ params: keeper.getParams(ctx) }),
    }),
  ];
}
