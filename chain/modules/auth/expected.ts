// What x/auth needs from other modules (the SDK's expected keepers).
import type { Context } from "../../app/context.js";
import type { CoinAmount } from "../../types/coins.js";
import type { DecCoin } from "../../types/dec.js";

export interface FeeBank {
  balance(ctx: Context, address: Uint8Array, denom: string): bigint;
  /** Moves coins from an account to a module account; throws insufficient funds. */
  sendCoinsFromAccountToModule(ctx: Context, sender: Uint8Array, module: string, coins: readonly CoinAmount[]): void;
}

export interface FeeFloor {
  /** The consensus minimum gas prices every transaction must meet in any block. */
  minGasPrices(ctx: Context): readonly DecCoin[];
}
