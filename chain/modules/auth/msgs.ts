// cosmos.auth.v1beta1.MsgUpdateParams: governance changes the memo, signature and gas-cost limits.
import { MsgUpdateParams, MsgUpdateParamsResponse } from "cosmjs-types/cosmos/auth/v1beta1/tx";
import type { AnyMsgRoute } from "../../app/module.js";
import { updateParamsRoute } from "../authority.js";
import type { AuthKeeper } from "./keeper.js";
import { validateAuthParams } from "./params.js";

export function authMsgs(keeper: AuthKeeper): AnyMsgRoute[] {
  return [
    updateParamsRoute({
      typeUrl: "/cosmos.auth.v1beta1.MsgUpdateParams",
      codec: MsgUpdateParams,
      response: MsgUpdateParamsResponse,
      validate: validateAuthParams,
      set: (ctx, params) => keeper.setParams(ctx, params),
    }),
  ];
}
