// The fees module: the consensus fee floor, changed only by governance.
import { QueryParamsRequest, QueryParamsResponse } from "../../../codegen/ais/fees/v1/query.js";
import { MsgUpdateParams, MsgUpdateParamsResponse } from "../../../codegen/ais/fees/v1/tx.js";
import { sdkErrors } from "../../app/errors.js";
import { msgRoute, queryRoute, type AppModule } from "../../app/module.js";
import { accAddress } from "../../types/address.js";
import { checkAuthority } from "../authority.js";
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
      msgRoute({
        typeUrl: "/ais.fees.v1.MsgUpdateParams",
        codec: MsgUpdateParams,
        validate(msg) {
          accAddress(msg.authority);
          try {
            minGasPricesOf(msg.params);
          } catch (err) {
            throw sdkErrors.invalidRequest.wrap((err as Error).message);
          }
        },
        signers: (msg) => [msg.authority],
        handle(ctx, msg) {
          checkAuthority(msg.authority);
          keeper.setParams(ctx, msg.params);
          return { typeUrl: "/ais.fees.v1.MsgUpdateParamsResponse", value: MsgUpdateParamsResponse.encode({}).finish() };
        },
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
