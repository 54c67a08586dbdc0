// The supply invariant: for every denom, the recorded supply equals the sum of all balances.
import type { Context } from "../../app/context.js";
import { utf8 } from "../../store/encoding.js";
import { parseAmount } from "../../types/coins.js";
import type { BankKeeper } from "./keeper.js";

/** Undefined when it holds; otherwise a description of every mismatch. */
export function totalSupplyInvariant(ctx: Context, keeper: BankKeeper): string | undefined {
  const sums = new Map<string, bigint>();
  for (const { denom, amount } of keeper.iterateBalances(ctx)) sums.set(denom, (sums.get(denom) ?? 0n) + amount);
  const problems: string[] = [];
  const supply = new Map(
    [...keeper.supplyStore(ctx).iterate()].map(([d, a]) => [utf8.decode(d), parseAmount(utf8.decode(a))] as const),
  );
  for (const denom of new Set([...sums.keys(), ...supply.keys()])) {
    const balances = sums.get(denom) ?? 0n;
    const recorded = supply.get(denom) ?? 0n;
    if (balances !== recorded) problems.push(`${denom}: supply ${recorded} but balances sum to ${balances}`);
  }
  return problems.length === 0 ? undefined : problems.join("; ");
}
