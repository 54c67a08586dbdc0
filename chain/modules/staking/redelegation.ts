// Redelegation: shares leave the source validator and their tokens are delegated to the destination
// at once. While the source could still be slashed for faults committed before (its unbonding
// period), an entry remembers what moved so that slashing can reach the destination delegation; the
// entry holds no tokens. A delegator cannot redelegate out of a validator it is still redelegating
// into (no transitive hops that would outrun the source's slashing window).
import { BondStatus, type Redelegation, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { isAtOrAfter, type Context } from "../../app/context.js";
import { sdkErrors } from "../../app/errors.js";
import { bytesEqual } from "../../store/encoding.js";
import { accString } from "../../types/address.js";
import { stakingErrors } from "./errors.js";
import { operatorBytes, poolOf, type StakingKeeper } from "./keeper.js";
import { sharesToUnbond, unbondShares } from "./unbonding.js";

export interface RedelegationResult {
  /** Tokens unbonded from the source and delegated to the destination. */
  tokens: bigint;
  /** Shares received at the destination. */
  sharesDst: bigint;
  /** When the entry matures (the block time when it completed at once). */
  completionTime: Timestamp;
}

/** Height an entry is slashable from and time it matures. */
interface BeginInfo {
  completionTime: Timestamp;
  creationHeight: bigint;
}

/**
 * Moves `amount` tokens worth of the delegator's shares from `source` to the validator `destination`
 * (the SDK's ValidateUnbondAmount + BeginRedelegation, checks in the SDK's order).
 */
export function beginRedelegation(
  ctx: Context,
  keeper: StakingKeeper,
  delegator: Uint8Array,
  source: Validator,
  destination: string,
  amount: bigint,
): RedelegationResult {
  const shares = sharesToUnbond(ctx, keeper, delegator, source, amount);
  if (bytesEqual(operatorBytes(source.operatorAddress), operatorBytes(destination))) throw stakingErrors.selfRedelegation.error();
  const dst = keeper.validator(ctx, destination);
  if (dst === undefined) throw stakingErrors.badRedelegationDst.error();
  if (keeper.hasReceivingRedelegation(ctx, delegator, source.operatorAddress)) throw stakingErrors.transitiveRedelegation.error();
  const existing = keeper.redelegation(ctx, delegator, source.operatorAddress, dst.operatorAddress);
  if ((existing?.entries.length ?? 0) >= keeper.params(ctx).maxEntries) throw stakingErrors.maxRedelegationEntries.error();

  // Status and pool are the source's before unbonding (unbonding never changes the status).
  const begin = beginInfo(ctx, keeper, source);
  const tokens = unbondShares(ctx, keeper, delegator, source, shares);
  if (tokens === 0n) throw stakingErrors.tinyRedelegationAmount.error();
  const sharesDst = keeper.delegate(ctx, delegator, dst, tokens, { module: poolOf(source) });

  if (begin === undefined) return { tokens, sharesDst, completionTime: ctx.header.time };
  const red: Redelegation = existing ?? { delegatorAddress: accString(delegator), validatorSrcAddress: source.operatorAddress, validatorDstAddress: dst.operatorAddress, entries: [] };
  red.entries.push({
    creationHeight: begin.creationHeight,
    completionTime: begin.completionTime,
    initialBalance: tokens.toString(),
    sharesDst: sharesDst.toString(),
    unbondingId: 0n,
    unbondingOnHoldRefCount: 0n,
  });
  keeper.setRedelegation(ctx, delegator, red);
  return { tokens, sharesDst, completionTime: begin.completionTime };
}

/**
 * The SDK's getBeginInfo: out of a bonded source the entry lasts a full unbonding time; out of an
 * unbonding one it ends with the source's unbonding (and carries its unbonding height, as the SDK
 * does); an unbonded source can no longer be slashed, so nothing needs remembering (undefined).
 */
function beginInfo(ctx: Context, keeper: StakingKeeper, source: Validator): BeginInfo | undefined {
  switch (source.status) {
    case BondStatus.BOND_STATUS_BONDED: {
      const now = ctx.header.time;
      return { completionTime: { seconds: now.seconds + keeper.params(ctx).unbondingTime!.seconds, nanos: now.nanos }, creationHeight: BigInt(ctx.header.height) };
    }
    case BondStatus.BOND_STATUS_UNBONDING:
      return { completionTime: source.unbondingTime, creationHeight: source.unbondingHeight };
    case BondStatus.BOND_STATUS_UNBONDED:
      return undefined;
    default:
      throw sdkErrors.internal.wrap(`validator ${source.operatorAddress} has unknown status ${source.status}`);
  }
}

/** EndBlock: drops every redelegation entry whose completion time has come (its tokens are already at the destination). */
export function completeRedelegations(ctx: Context, keeper: StakingKeeper): void {
  const now = ctx.header.time;
  const denom = keeper.params(ctx).bondDenom;
  for (const { delegator, source, destination } of keeper.dequeueMatureRedelegations(ctx, now.seconds)) {
    const red = keeper.redelegation(ctx, delegator, source, destination);
    if (red === undefined) continue; // its entries were removed before they matured
    const mature = red.entries.filter((e) => isAtOrAfter(now, e.completionTime));
    // Rewriting also re-queues the entries due later within this second, whose keys were just dequeued.
    keeper.setRedelegation(ctx, delegator, { ...red, entries: red.entries.filter((e) => !isAtOrAfter(now, e.completionTime)) });
    if (mature.length === 0) continue;
    const amount = mature.reduce((sum, e) => sum + BigInt(e.initialBalance), 0n);
    ctx.events.emit("complete_redelegation", {
      amount: `${amount}${denom}`,
      delegator: accString(delegator),
      source_validator: source,
      destination_validator: destination,
    });
  }
}

