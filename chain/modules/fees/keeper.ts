// State of the fees module: its params.
import { Params } from "../../../codegen/ais/fees/v1/fees.js";
import type { Context } from "../../app/context.js";
import { Item } from "../../app/item.js";
import type { DecCoin } from "../../types/dec.js";
import { DEFAULT_FEES_PARAMS, minGasPricesOf, type FeesParams } from "./params.js";

export const STORE_NAME = "fees";

export class FeesKeeper {
  private readonly paramsItem = new Item(STORE_NAME, Uint8Array.of(0x00), Params, DEFAULT_FEES_PARAMS);

  params(ctx: Context): FeesParams {
    return this.paramsItem.get(ctx);
  }

  setParams(ctx: Context, params: FeesParams): void {
    minGasPricesOf(params);
    this.paramsItem.set(ctx, params);
  }

  /** The consensus minimum gas prices (an empty list: no floor). */
  minGasPrices(ctx: Context): DecCoin[] {
    return minGasPricesOf(this.params(ctx));
  }
}
