// What slashing does to rewards. Withholding (downtime above the first threshold) sends the
// validator's current-epoch rewards to the others at the epoch's close. A slash forfeits every
// unpaid reward of the validator and its delegators — this epoch's accrual and its custody records
// — to the current epoch's redistribution pool, which the slashed stake joins too, less the
// whistleblower's reward.
import type { Context } from "../../app/context.js";
import { ONE, type Dec } from "../../types/dec.js";
import { custodyUnpaid, type DistributionKeeper } from "./keeper.js";

export function withholdRewards(ctx: Context, keeper: DistributionKeeper, operator: string): void {
  if (keeper.isExcluded(ctx, operator)) return;
  keeper.exclude(ctx, operator);
  ctx.events.emit("withhold_rewards", { validator: operator, epoch: keeper.currentEpoch(ctx).toString() });
}

/** A slash of `fraction`: the rewards are forfeited and the slash is recorded (ValidatorSlashes). */
export function forfeitRewards(ctx: Context, keeper: DistributionKeeper, operator: string, fraction: Dec): void {
  keeper.recordSlash(ctx, operator, fraction);
  keeper.exclude(ctx, operator);
  let forfeited = keeper.accrual(ctx, operator);
  keeper.setAccrual(ctx, operator, 0n);
  for (const record of keeper.validatorCustody(ctx, operator)) {
    if (record.forfeited) continue;
    forfeited += custodyUnpaid(record);
    keeper.setCustody(ctx, { ...record, forfeited: true });
  }
  keeper.setRedistribution(ctx, keeper.redistribution(ctx) + forfeited);
  ctx.events.emit("forfeit_rewards", { validator: operator, amount: forfeited.toString() });
}

/** Slashed tokens have arrived in the module account; returns the whistleblower's reward. */
export function receiveSlashed(ctx: Context, keeper: DistributionKeeper, amount: bigint, whistleblower?: { address: Uint8Array; fraction: Dec }): bigint {
  keeper.addTotals(ctx, { slashedIn: amount });
  const reward = whistleblower === undefined ? 0n : (amount * whistleblower.fraction) / ONE;
  if (reward > 0n) keeper.pay(ctx, whistleblower!.address, reward);
  keeper.setRedistribution(ctx, keeper.redistribution(ctx) + amount - reward);
  return reward;
}
