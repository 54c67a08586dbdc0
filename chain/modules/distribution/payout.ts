// EndBlock: automatic payout of payable custody records, oldest epoch first, at most
// `payout_batch_size` credits per block. For each record: the commission to the operator, then each
// delegation that has not been paid or settled for the epoch (its shares are those of the epoch's
// end), then the entries settled when delegations changed. What rounding leaves goes to the
// community pool when the record is done; a forfeited record only drops its settled entries.
import type { CustodyRecord } from "../../../codegen/ais/distribution/v1/distribution.js";
import type { Context } from "../../app/context.js";
import { readBe64 } from "../../store/encoding.js";
import { operatorBytes, operatorString } from "../staking/keeper.js";
import { delegatorShareOf, type DistributionKeeper } from "./keeper.js";

/** Runs up to one block's payout budget; returns the credits used. */
export function payoutBatch(ctx: Context, keeper: DistributionKeeper): number {
  const budget = keeper.params(ctx).payoutBatchSize;
  let used = 0;
  while (used < budget) {
    const record = firstPayable(ctx, keeper);
    if (record === undefined) break;
    used += payRecord(ctx, keeper, record, budget - used);
  }
  return used;
}

/** The oldest record, if it is payable: later ones wait for it (an epoch's records share one payout time). */
function firstPayable(ctx: Context, keeper: DistributionKeeper): CustodyRecord | undefined {
  for (const [key] of keeper.custodyStore(ctx).iterate()) {
    const record = keeper.custody(ctx, readBe64(key.subarray(0, 8)), operatorString(key.subarray(9)))!;
    return keeper.isPayable(ctx, record) ? record : undefined;
  }
  return undefined;
}

/** Works on one record until it is done or the budget is spent; returns the credits used. */
function payRecord(ctx: Context, keeper: DistributionKeeper, record: CustodyRecord, budget: number): number {
  let used = 0;
  let current = record;
  if (!current.forfeited && !current.commissionPaid) {
    keeper.pay(ctx, operatorBytes(current.validatorAddress), BigInt(current.commission));
    current = { ...current, commissionPaid: true };
    keeper.setCustody(ctx, current);
    used++;
  }
  const cursor = keeper.payoutCursor(ctx, current);
  if (cursor.phase === "delegations" && !current.forfeited) {
    // Every delegation looked at costs a credit of the budget, paid or not.
    const page = keeper.staking.delegatorsOf(ctx, current.validatorAddress, { after: cursor.after, limit: budget - used });
    const credits: { account: Uint8Array; amount: bigint }[] = [];
    let paid = 0n;
    let last = cursor.after;
    const finished = !page.more;
    for (const { delegator, shares } of page.delegations) {
      used++;
      last = delegator;
      const start = keeper.startEpoch(ctx, delegator, current.validatorAddress);
      if (start === undefined || start > current.epoch) continue;
      const amount = delegatorShareOf(current, shares);
      keeper.setStartEpoch(ctx, delegator, current.validatorAddress, current.epoch + 1n);
      credits.push({ account: delegator, amount });
      paid += amount;
    }
    keeper.payMany(ctx, credits);
    current = { ...current, delegatorPaid: (BigInt(current.delegatorPaid) + paid).toString() };
    keeper.setCustody(ctx, current);
    keeper.setPayoutCursor(ctx, current, finished ? { phase: "settled" } : { phase: "delegations", after: last });
    if (!finished) return used;
  }
  const settled = keeper.settledStore(ctx, current.epoch, current.validatorAddress);
  const credits: { account: Uint8Array; amount: bigint }[] = [];
  let paid = 0n;
  let finished = true;
  for (const [key] of settled.iterate()) {
    if (used >= budget) {
      finished = false;
      break;
    }
    used++;
    const delegator = key.slice(1, 1 + key[0]!);
    const amount = keeper.settled(ctx, current.epoch, current.validatorAddress, delegator);
    keeper.setSettled(ctx, current.epoch, current.validatorAddress, delegator, 0n);
    if (current.forfeited) continue;
    credits.push({ account: delegator, amount });
    paid += amount;
  }
  keeper.payMany(ctx, credits);
  current = { ...current, delegatorPaid: (BigInt(current.delegatorPaid) + paid).toString() };
  if (!finished) {
    keeper.setCustody(ctx, current);
    keeper.setPayoutCursor(ctx, current, { phase: "settled" });
    return used;
  }
  finish(ctx, keeper, current);
  return Math.max(used, 1);
}

function finish(ctx: Context, keeper: DistributionKeeper, record: CustodyRecord): void {
  const remainder = record.forfeited ? 0n : BigInt(record.delegatorRewards) - BigInt(record.delegatorPaid);
  keeper.addCommunityPool(ctx, remainder);
  keeper.deleteCustody(ctx, record);
  ctx.events.emit("rewards_paid", {
    validator: record.validatorAddress,
    epoch: record.epoch.toString(),
    commission: record.forfeited ? "0" : record.commission,
    delegators: record.delegatorPaid,
    remainder: remainder.toString(),
    forfeited: String(record.forfeited),
  });
}
