// The close of epoch N (first block of N+1): each validator's accrual, less the community tax, plus
// its share of the redistribution pool (withheld and forfeited rewards, slashed stake), goes into a
// custody record payable from the start of N+2, and no sooner than min_payout_delay after this
// block — commission for the operator, the rest for the delegators as they stand now, at the end
// of N. Withheld validators get nothing.
import type { EpochInfo } from "../../../codegen/ais/epochs/v1/epochs.js";
import { addDuration, type Context } from "../../app/context.js";
import { ONE } from "../../types/dec.js";
import type { DistributionKeeper } from "./keeper.js";

/** From an epoch to the one whose start may pay it: N is paid from N+2 (and min_payout_delay after its close). */
export const PAYOUT_DELAY = 2n;

export function closeEpoch(ctx: Context, keeper: DistributionKeeper, ended: EpochInfo): void {
  const params = keeper.params(ctx);
  const tax = BigInt(params.communityTax);
  let pool = keeper.redistribution(ctx);
  let community = 0n;
  const earners: { operator: string; amount: bigint }[] = [];
  for (const { operator, amount: accrued } of keeper.accruals(ctx)) {
    keeper.setAccrual(ctx, operator, 0n);
    if (keeper.isExcluded(ctx, operator)) {
      pool += accrued;
      ctx.events.emit("rewards_withheld", { validator: operator, epoch: ended.number.toString(), amount: accrued.toString() });
      continue;
    }
    const taxed = (accrued * tax) / ONE;
    community += taxed;
    earners.push({ operator, amount: accrued - taxed });
  }

  // The pool is shared by what each validator earned; in an epoch without fees, by voting power.
  let weights = earners.map((e) => ({ operator: e.operator, weight: e.amount }));
  if (weights.every((w) => w.weight === 0n)) {
    weights = keeper.staking
      .activeValidators(ctx)
      .filter((v) => !keeper.isExcluded(ctx, v.operator))
      .map((v) => ({ operator: v.operator, weight: v.power }));
  }
  const totalWeight = weights.reduce((sum, w) => sum + w.weight, 0n);
  const amounts = new Map(earners.map((e) => [e.operator, e.amount]));
  let shared = 0n;
  if (totalWeight > 0n) {
    for (const { operator, weight } of weights) {
      const share = (pool * weight) / totalWeight;
      amounts.set(operator, (amounts.get(operator) ?? 0n) + share);
      shared += share;
    }
  }
  community += pool - shared;
  keeper.setRedistribution(ctx, 0n);
  keeper.clearExcluded(ctx);

  const payoutEpoch = ended.number + PAYOUT_DELAY;
  const payoutTime = addDuration(ctx.header.time, params.minPayoutDelay);
  for (const operator of [...amounts.keys()].sort()) {
    const total = amounts.get(operator)!;
    const validator = keeper.staking.validator(ctx, operator);
    if (total === 0n || validator === undefined) {
      community += total;
      continue;
    }
    const commission = (total * BigInt(validator.commission.commissionRates.rate)) / ONE;
    let delegatorRewards = total - commission;
    const shares = BigInt(validator.delegatorShares);
    if (shares === 0n) {
      // Nobody to pay: the delegators' part goes to the community pool.
      community += delegatorRewards;
      delegatorRewards = 0n;
    }
    keeper.setCustody(ctx, {
      validatorAddress: operator,
      epoch: ended.number,
      payoutEpoch,
      commission: commission.toString(),
      commissionPaid: false,
      delegatorRewards: delegatorRewards.toString(),
      delegatorShares: shares.toString(),
      delegatorPaid: "0",
      forfeited: false,
      payoutTime,
    });
    ctx.events.emit("rewards_custody", {
      validator: operator,
      epoch: ended.number.toString(),
      payout_epoch: payoutEpoch.toString(),
      payout_time: payoutTime.seconds.toString(),
      commission: commission.toString(),
      delegator_rewards: delegatorRewards.toString(),
    });
  }
  keeper.addCommunityPool(ctx, community);
}
