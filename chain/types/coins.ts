// Coins as the Cosmos SDK defines them: a denom matching the SDK's regex and a non-negative integer
// amount of at most 256 bits, in sorted, duplicate-free sets. Amounts are bigints throughout.
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { sdkErrors } from "../app/errors.js";

const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const MAX_AMOUNT = (1n << 256n) - 1n;
const DECIMAL = /^[0-9]+$/;

export interface CoinAmount {
  denom: string;
  amount: bigint;
}

export function validateDenom(denom: string): void {
  if (!DENOM.test(denom)) throw sdkErrors.invalidCoins.wrap(`invalid denom: ${JSON.stringify(denom)}`);
}

/** Parses the decimal amount of a protobuf Coin; rejects signs, decimals and values over 2^256-1. */
export function parseAmount(amount: string): bigint {
  if (!DECIMAL.test(amount) || amount.length > 78) throw sdkErrors.invalidCoins.wrap(`invalid amount ${JSON.stringify(amount)}`);
  const value = BigInt(amount);
  if (value > MAX_AMOUNT) throw sdkErrors.invalidCoins.wrap(`amount ${amount} exceeds 256 bits`);
  return value;
}

export function parseCoin(coin: Coin): CoinAmount {
  validateDenom(coin.denom);
  return { denom: coin.denom, amount: parseAmount(coin.amount) };
}

/**
 * Parses a coin set as the SDK's Coins.Validate wants it: sorted by denom, no duplicates, every
 * amount positive (`allowEmpty` permits the empty set, e.g. a zero fee).
 */
export function parseCoins(coins: readonly Coin[], what = "coins"): CoinAmount[] {
  const parsed = coins.map(parseCoin);
  for (let i = 0; i < parsed.length; i++) {
    if (parsed[i]!.amount === 0n) throw sdkErrors.invalidCoins.wrap(`${what}: coin ${parsed[i]!.denom} amount is not positive`);
    if (i > 0 && parsed[i - 1]!.denom >= parsed[i]!.denom) {
      throw sdkErrors.invalidCoins.wrap(`${what}: denominations must be sorted and unique`);
    }
  }
  return parsed;
}

export function toCoin(coin: CoinAmount): Coin {
  return { denom: coin.denom, amount: coin.amount.toString() };
}

export function formatCoins(coins: readonly CoinAmount[]): string {
  return coins.map((c) => `${c.amount}${c.denom}`).join(",");
}
