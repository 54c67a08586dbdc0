// The distribution module account holds exactly what is accounted for (accruals, redistribution
// pool, custody records less what they paid, community pool), and the running totals balance:
// fees collected + slashed stake received + community-pool funding = paid out + held.
import type { Context } from "../../app/context.js";
import { custodyUnpaid, type DistributionKeeper } from "./keeper.js";
import { CustodyRecord } from "../../../codegen/ais/distribution/v1/distribution.js";

export function distributionInvariant(ctx: Context, keeper: DistributionKeeper): string | undefined {
  let accounted = keeper.redistribution(ctx) + keeper.communityPool(ctx);
  for (const { amount } of keeper.accruals(ctx)) accounted += amount;
  for (const [, value] of keeper.custodyStore(ctx).iterate()) {
    const record = CustodyRecord.decode(value);
    accounted += custodyUnpaid(record);
    if (!record.forfeited && BigInt(record.delegatorPaid) > BigInt(record.delegatorRewards)) {
      return `custody of ${record.validatorAddress} for epoch ${record.epoch} paid ${record.delegatorPaid} of ${record.delegatorRewards}`;
    }
  }
  const held = keeper.moduleBalance(ctx);
  if (held !== accounted) return `distribution holds ${held}, accounts for ${accounted}`;
  const totals = keeper.totals(ctx);
  const funded = BigInt(totals.communityFunded || "0");
  const inflow = BigInt(totals.feesCollected) + BigInt(totals.slashedIn) + funded;
  if (inflow !== BigInt(totals.paidOut) + held) {
    return `fees ${totals.feesCollected} + slashed ${totals.slashedIn} + funded ${funded} ≠ paid ${totals.paidOut} + held ${held}`;
  }
  return undefined;
}
