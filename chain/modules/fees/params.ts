// The consensus fee floor: minimum gas prices every transaction in a block must meet. Amounts are
// 18-decimal fixed point; on the wire they are the SDK's LegacyDec atomics ("2500000000000000" =
// 0.0025), in genesis JSON the decimal form ("0.002500000000000000").
import type { Params } from "../../../codegen/ais/fees/v1/fees.js";
import { validateDenom } from "../../types/coins.js";
import { formatDec, parseDec, type DecCoin } from "../../types/dec.js";

export type FeesParams = Params;

export const DEFAULT_FEES_PARAMS: FeesParams = { minGasPrices: [{ denom: "uais", amount: (parseDec("0.0025")).toString() }] };

/** The floor as decimal coins; throws when a price is malformed, negative or denoms repeat. */
export function minGasPricesOf(params: FeesParams): DecCoin[] {
  const prices = params.minGasPrices.map((coin) => {
    validateDenom(coin.denom);
    if (!/^[0-9]{1,78}$/.test(coin.amount)) throw new Error(`min_gas_prices: invalid amount ${JSON.stringify(coin.amount)} for ${coin.denom}`);
    return { denom: coin.denom, amount: BigInt(coin.amount) };
  });
  for (let i = 1; i < prices.length; i++) {
    if (prices[i - 1]!.denom >= prices[i]!.denom) throw new Error("min_gas_prices: denoms must be sorted and unique");
  }
  return prices;
}

export function feesParamsToJson(params: FeesParams): { min_gas_prices: { denom: string; amount: string }[] } {
  return { min_gas_prices: params.minGasPrices.map((c) => ({ denom: c.denom, amount: formatDec(BigInt(c.amount)) })) };
}

export function feesParamsFromJson(json: unknown): FeesParams {
  if (typeof json !== "object" || json === null) throw new Error("params must be an object");
  const list = (json as { min_gas_prices?: unknown }).min_gas_prices ?? [];
  if (!Array.isArray(list)) throw new Error("min_gas_prices must be a list");
  const params: FeesParams = {
    minGasPrices: list.map((entry: { denom?: unknown; amount?: unknown }) => {
      if (typeof entry?.denom !== "string" || typeof entry.amount !== "string") throw new Error("min_gas_prices entries need a denom and an amount");
      return { denom: entry.denom, amount: parseDec(entry.amount).toString() };
    }),
  };
  minGasPricesOf(params);
  return params;
}
