// The epochs module: the block-time clock that staking elections and N+2 payouts follow.
import { QueryCurrentEpochRequest, QueryCurrentEpochResponse, QueryParamsRequest, QueryParamsResponse } from "../../../codegen/ais/epochs/v1/query.js";
import { MsgUpdateParams, MsgUpdateParamsResponse } from "../../../codegen/ais/epochs/v1/tx.js";
import { sdkErrors } from "../../app/errors.js";
import { msgRoute, queryRoute, type AppModule } from "../../app/module.js";
import { accAddress } from "../../types/address.js";
import { checkAuthority } from "../authority.js";
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
      msgRoute({
        typeUrl: "/ais.epochs.v1.MsgUpdateParams",
        codec: MsgUpdateParams,
        validate(msg) {
          accAddress(msg.authority);
          try {
            epochSeconds(msg.params);
          } catch (err) {
            throw sdkErrors.invalidRequest.wrap((err as Error).message);
          }
        },
        signers: (msg) => [msg.authority],
        handle(ctx, msg) {
          checkAuthority(msg.authority);
          keeper.setParams(ctx, msg.params);
          return { typeUrl: "/ais.epochs.v1.MsgUpdateParamsResponse", value: MsgUpdateParamsResponse.encode({}).finish() };
        },
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
