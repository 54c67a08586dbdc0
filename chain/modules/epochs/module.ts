// The epochs module: the block-time clock that staking elections and N+2 payouts follow.
import { QueryCurrentEpochRequest, QueryCurrentEpochResponse, QueryParamsRequest, QueryParamsResponse } from "../../../codegen/ais/epochs/v1/query.js";
import { MsgUpdateParams, MsgUpdateParamsResponse } from "../../../codegen/ais/epochs/v1/tx.js";
import { queryRoute, type AppModule } from "../../app/module.js";
import { updateParamsRoute } from "../authority.js";
import { EpochsKeeper, STORE_NAME } from "./keeper.js";
import { DEFAULT_EPOCHS_PARAMS, epochSeconds, epochsParamsFromJson, epochsParamsToJson } from "./params.js";

export function epochsModule(keeper = new EpochsKeeper()): AppModule & { keeper: EpochsKeeper } {
  const paramsOf = (json: unknown) => epochsParamsFromJson((json as { params?: unknown } | undefined)?.params ?? {});
  return {
    name: "epochs",
    storeNames: [STORE_NAME],
    keeper,
    genesis: {
      defaultGenesis: () => ({ params: epochsParamsToJson(DEFAULT_EPOCHS_PARAMS) }),
      validateGenesis: (json) => void paramsOf(json),
      initGenesis(ctx, json) {
        keeper.setParams(ctx, paramsOf(json));
        keeper.start(ctx);
      },
      exportGenesis: (ctx) => ({ params: epochsParamsToJson(keeper.params(ctx)) }),
    },
    beginBlock: (ctx) => keeper.advance(ctx),
    msgs: [
      updateParamsRoute({
        typeUrl: "/ais.epochs.v1.MsgUpdateParams",
        codec: MsgUpdateParams,
        response: MsgUpdateParamsResponse,
        validate: (params) => void epochSeconds(params),
        set: (ctx, params) => keeper.setParams(ctx, params),
      }),
    ],
    queries: [
      queryRoute({
        path: "/ais.epochs.v1.Query/CurrentEpoch",
        request: QueryCurrentEpochRequest,
        response: QueryCurrentEpochResponse,
        handle: (ctx) => ({ epoch: keeper.currentEpoch(ctx) }),
      }),
      queryRoute({
        path: "/ais.epochs.v1.Query/Params",
        request: QueryParamsRequest,
        response: QueryParamsResponse,
        handle: (ctx) => ({ params: keeper.params(ctx) }),
      }),
    ],
  };
}
