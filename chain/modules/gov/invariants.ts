// The gov module account holds exactly the deposits of the proposals still in deposit or voting.
import type { Context } from "../../app/context.js";
import { moduleAddress } from "../../types/address.js";
import { parseCoins } from "../../types/coins.js";
import type { GovBank } from "./expected.js";
import { GOV_MODULE, type GovKeeper } from "./keeper.js";

export function govDepositsInvariant(ctx: Context, keeper: GovKeeper, bank: GovBank, denom: string): string | undefined {
  let deposits = 0n;
  for (const deposit of keeper.allDeposits(ctx)) deposits += parseCoins(deposit.amount).find((c) => c.denom === denom)?.amount ?? 0n;
  const balance = bank.balance(ctx, moduleAddress(GOV_MODULE), denom);
  return balance === deposits ? undefined : `gov: module account holds ${balance}${denom}, but the deposits of live proposals sum to ${deposits}${denom}`;
}
