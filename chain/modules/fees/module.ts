// The fees module: the consensus fee floor, changed only by governance.
import { QueryParamsRequest, QueryParamsResponse } from "../../../codegen/ais/fees/v1/query.js";
import { MsgUpdateParams, MsgUpdateParamsResponse } from "../../../codegen/ais/fees/v1/tx.js";
import { queryRoute, type AppModule } from "../../app/module.js";
import { updateParamsRoute } from "../authority.js";
import { FeesKeeper, STORE_NAME } from "./keeper.js";
import { DEFAULT_FEES_PARAMS, feesParamsFromJson, feesParamsToJson, minGasPricesOf } from "./params.js";

export function feesModule(keeper = new FeesKeeper()): AppModule & { keeper: FeesKeeper } {
  return {
    name: "fees",
    storeNames: [STORE_NAME],
    keeper,
    genesis: {
      defaultGenesis: () => ({ params: feesParamsToJson(DEFAULT_FEES_PARAMS) }),
      validateGenesis: (json) => void feesParamsFromJson((json as { params?: unknown })?.params ?? {}),
      initGenesis: (ctx, json) => keeper.setParams(ctx, feesParamsFromJson((json as { params?: unknown }).params ?? {})),
      exportGenesis: (ctx) => ({ params: feesParamsToJson(keeper.params(ctx)) }),
    },
    msgs: [
      updateParamsRoute({
        typeUrl: "/ais.fees.v1.MsgUpdateParams",
        codec: MsgUpdateParams,
        response: MsgUpdateParamsResponse,
        validate: (params) => void minGasPricesOf(params),
        set: (ctx, params) => keeper.setParams(ctx, params),
      }),
    ],
    queries: [
      queryRoute({
        path: "/ais.fees.v1.Query/Params",
        request: QueryParamsRequest,
        response: QueryParamsResponse,
        handle: (ctx) => ({ params: keeper.params(ctx) }),
      }),
    ],
  };
}
