// A delegation's rewards. The delegation keeps the first epoch it has not been paid or settled for;
// until its shares change, its reward for a closed epoch is its shares' part of that epoch's custody
// record. Before the shares change (delegate, undelegate, redelegate) or on a claim, the closed
// epochs are settled at the old shares: payable ones (keeper.isPayable) are paid at once, the others
// are kept as settled entries that the payout of their epoch pays. So whoever held the shares at
// the end of epoch N is paid for N, whatever happens in N+1.
import type { CustodyRecord } from "../../../codegen/ais/distribution/v1/distribution.js";
import type { Context } from "../../app/context.js";
import { readBe64 } from "../../store/encoding.js";
import { operatorString } from "../staking/keeper.js";
import { PAYOUT_DELAY } from "./epoch-close.js";
import { delegatorShareOf, type DistributionKeeper } from "./keeper.js";

export interface EarnedReward {
  operator: string;
  epoch: bigint;
  amount: bigint;
}

/** A reward owed from a custody record that is not forfeited (what queries show). */
export interface OwedReward extends EarnedReward {
  record: CustodyRecord;
}

/** Settles the delegation's closed epochs; returns what was paid now. */
export function settleDelegation(ctx: Context, keeper: DistributionKeeper, delegator: Uint8Array, operator: string): bigint {
  const current = keeper.currentEpoch(ctx);
  const start = keeper.startEpoch(ctx, delegator, operator);
  keeper.setStartEpoch(ctx, delegator, operator, current);
  if (start === undefined || start >= current) return 0n;
  const shares = BigInt(keeper.staking.delegation(ctx, delegator, operator)?.shares ?? "0");
  if (shares === 0n) return 0n;
  let paid = 0n;
  for (const record of keeper.validatorCustody(ctx, operator, start, current)) {
    const amount = delegatorShareOf(record, shares);
    if (amount === 0n) continue;
    if (keeper.isPayable(ctx, record)) {
      keeper.setCustody(ctx, { ...record, delegatorPaid: (BigInt(record.delegatorPaid) + amount).toString() });
      paid += amount;
    } else {
      keeper.setSettled(ctx, record.epoch, operator, delegator, keeper.settled(ctx, record.epoch, operator, delegator) + amount);
    }
  }
  keeper.pay(ctx, delegator, paid);
  return paid;
}

/** Pays the delegator's settled entries with this validator that are payable now; returns the total. */
export function paySettled(ctx: Context, keeper: DistributionKeeper, delegator: Uint8Array, operator: string): bigint {
  let paid = 0n;
  for (const reward of settledRewards(ctx, keeper, delegator)) {
    if (reward.operator !== operator) continue;
    const record = keeper.custody(ctx, reward.epoch, operator);
    if (record !== undefined && !keeper.isPayable(ctx, record)) continue;
    keeper.setSettled(ctx, reward.epoch, operator, delegator, 0n);
    if (record === undefined || record.forfeited) continue;
    keeper.setCustody(ctx, { ...record, delegatorPaid: (BigInt(record.delegatorPaid) + reward.amount).toString() });
    paid += reward.amount;
  }
  keeper.pay(ctx, delegator, paid);
  return paid;
}

/** MsgWithdrawDelegatorReward: everything payable, now (a removed delegation has only settled entries left). */
export function withdrawDelegatorRewards(ctx: Context, keeper: DistributionKeeper, delegator: Uint8Array, operator: string): bigint {
  const settled = keeper.staking.delegation(ctx, delegator, operator) === undefined ? 0n : settleDelegation(ctx, keeper, delegator, operator);
  return settled + paySettled(ctx, keeper, delegator, operator);
}

/** MsgWithdrawValidatorCommission: the payable commission not yet paid. */
export function withdrawCommission(ctx: Context, keeper: DistributionKeeper, operator: string, account: Uint8Array): bigint {
  const current = keeper.currentEpoch(ctx);
  if (current < PAYOUT_DELAY) return 0n;
  let paid = 0n;
  for (const record of keeper.validatorCustody(ctx, operator, 0n, current - PAYOUT_DELAY + 1n)) {
    if (record.forfeited || record.commissionPaid || !keeper.isPayable(ctx, record)) continue;
    keeper.setCustody(ctx, { ...record, commissionPaid: true });
    paid += BigInt(record.commission);
  }
  keeper.pay(ctx, account, paid);
  return paid;
}

/** The delegator's settled, unpaid entries (all validators), in validator then epoch order. */
export function settledRewards(ctx: Context, keeper: DistributionKeeper, delegator: Uint8Array): EarnedReward[] {
  const rewards: EarnedReward[] = [];
  for (const [key] of keeper.delegatorSettledStore(ctx, delegator).iterate()) {
    const operatorBytes = key.subarray(1, 1 + key[0]!);
    const epoch = readBe64(key.subarray(1 + key[0]!));
    const operator = operatorString(operatorBytes);
    rewards.push({ operator, epoch, amount: keeper.settled(ctx, epoch, operator, delegator) });
  }
  return rewards;
}

/** Everything the delegation has earned in closed epochs and not received (for queries). */
export function earnedRewards(ctx: Context, keeper: DistributionKeeper, delegator: Uint8Array, operator: string): OwedReward[] {
  const current = keeper.currentEpoch(ctx);
  const rewards: OwedReward[] = [];
  for (const reward of settledRewards(ctx, keeper, delegator)) {
    if (reward.operator !== operator) continue;
    const record = keeper.custody(ctx, reward.epoch, reward.operator);
    if (record !== undefined && !record.forfeited) rewards.push({ ...reward, record });
  }
  const start = keeper.startEpoch(ctx, delegator, operator);
  const shares = BigInt(keeper.staking.delegation(ctx, delegator, operator)?.shares ?? "0");
  if (start !== undefined && shares > 0n) {
    for (const record of keeper.validatorCustody(ctx, operator, start, current)) {
      const amount = delegatorShareOf(record, shares);
      if (amount > 0n) rewards.push({ operator, epoch: record.epoch, amount, record });
    }
  }
  return rewards.sort((a, b) => (a.epoch < b.epoch ? -1 : a.epoch > b.epoch ? 1 : 0));
}
