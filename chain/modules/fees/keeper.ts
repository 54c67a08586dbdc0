// State of the fees module: its params.
import { Params } from "../../../codegen/ais/fees/v1/fees.js";
import type { Context } from "../../app/context.js";
import type { DecCoin } from "../../types/dec.js";
import { DEFAULT_FEES_PARAMS, minGasPricesOf, type FeesParams } from "./params.js";

export const STORE_NAME = "fees";
const PARAMS_KEY = Uint8Array.of(0x00);

export class FeesKeeper {
  params(ctx: Context): FeesParams {
    const bytes = ctx.kv(STORE_NAME).get(PARAMS_KEY);
    return bytes === undefined ? DEFAULT_FEES_PARAMS : Params.decode(bytes);
  }

  setParams(ctx: Context, params: FeesParams): void {
    minGasPricesOf(params);
    ctx.kv(STORE_NAME).set(PARAMS_KEY, Params.encode(params).finish());
  }

  /** The consensus minimum gas prices (an empty list: no floor). */
  minGasPrices(ctx: Context): DecCoin[] {
    return minGasPricesOf(this.params(ctx));
  }
}
