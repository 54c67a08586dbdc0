// Undelegation: shares leave the validator at once, their tokens wait in the not-bonded pool for
// unbonding_time (still slashable for earlier faults), then return to the delegator. An entry may be
// cancelled back into a delegation before it completes.
import type { UnbondingDelegation, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { isAtOrAfter, type Context } from "../../app/context.js";
import { sdkErrors } from "../../app/errors.js";
import { bytesEqual } from "../../store/encoding.js";
import { accString } from "../../types/address.js";
import { stakingErrors } from "./errors.js";
import { BONDED_POOL, NOT_BONDED_POOL, operatorBytes, poolOf, type StakingKeeper } from "./keeper.js";
import { rateOf, sharesFromTokensTruncated } from "./shares.js";

/**
 * The delegator's shares of `validator` that `amount` tokens are worth, for undelegating or
 * redelegating them (the SDK's ValidateUnbondAmount).
 */
export function sharesToUnbond(ctx: Context, keeper: StakingKeeper, delegator: Uint8Array, validator: Validator, amount: bigint): bigint {
  const delegation = keeper.delegation(ctx, delegator, validator.operatorAddress);
  if (delegation === undefined) throw stakingErrors.noDelegation.error();
  const rate = rateOf(validator);
  if (rate.tokens === 0n) throw stakingErrors.insufficientShares.wrap("the validator has no tokens");
  const held = BigInt(delegation.shares);
  const shares = sharesFromTokensTruncated(rate, amount);
  if (shares > held) throw stakingErrors.notEnoughDelegationShares.wrap(`${amount} tokens are worth more than the delegation`);
  // Taking (nearly) everything takes every share, leaving no dust behind.
  return keeper.tokensOf(validator, held - shares) === 0n ? held : shares;
}

/** Starts unbonding `amount` tokens worth of the delegator's shares; returns the tokens and completion time. */
export function undelegate(
  ctx: Context,
  keeper: StakingKeeper,
  delegator: Uint8Array,
  validator: Validator,
  amount: bigint,
): { tokens: bigint; completionTime: Timestamp } {
  const shares = sharesToUnbond(ctx, keeper, delegator, validator, amount);
  const params = keeper.params(ctx);
  const existing = keeper.unbondingDelegation(ctx, delegator, validator.operatorAddress);
  if ((existing?.entries.length ?? 0) >= params.maxEntries) throw stakingErrors.maxUnbondingEntries.error();

  const tokens = unbondShares(ctx, keeper, delegator, validator, shares);
  if (tokens === 0n) throw sdkErrors.invalidRequest.wrap("too few tokens to undelegate (truncates to zero)");
  if (poolOf(validator) === BONDED_POOL) {
    keeper.bank.sendCoinsFromModuleToModule(ctx, BONDED_POOL, NOT_BONDED_POOL, [{ denom: params.bondDenom, amount: tokens }]);
  }

  const time = ctx.header.time;
  const completionTime = { seconds: time.seconds + params.unbondingTime!.seconds, nanos: time.nanos };
  const ubd: UnbondingDelegation = existing ?? { delegatorAddress: accString(delegator), validatorAddress: validator.operatorAddress, entries: [] };
  ubd.entries.push({
    creationHeight: BigInt(ctx.header.height),
    completionTime,
    initialBalance: tokens.toString(),
    balance: tokens.toString(),
    unbondingId: 0n,
    unbondingOnHoldRefCount: 0n,
  });
  keeper.setUnbondingDelegation(ctx, delegator, ubd);
  return { tokens, completionTime };
}

/** Returns `amount` of an unbonding entry to a delegation with the same validator. */
export function cancelUnbonding(ctx: Context, keeper: StakingKeeper, delegator: Uint8Array, validator: Validator, amount: bigint, creationHeight: bigint): void {
  if (validator.jailed) throw stakingErrors.validatorJailed.wrap("cannot cancel unbonding to a jailed validator");
  const ubd = keeper.unbondingDelegation(ctx, delegator, validator.operatorAddress);
  if (ubd === undefined) throw stakingErrors.noUnbondingDelegation.error();
  const index = ubd.entries.findIndex((e) => e.creationHeight === creationHeight);
  if (index < 0) throw sdkErrors.notFound.wrap(`unbonding delegation entry is not found at block height ${creationHeight}`);
  const entry = ubd.entries[index]!;
  const balance = BigInt(entry.balance);
  if (amount > balance) throw sdkErrors.invalidRequest.wrap("amount is greater than the unbonding delegation entry balance");
  keeper.delegate(ctx, delegator, validator, amount, { module: NOT_BONDED_POOL });
  if (amount === balance) ubd.entries.splice(index, 1);
  else ubd.entries[index] = { ...entry, balance: (balance - amount).toString(), initialBalance: (BigInt(entry.initialBalance) - amount).toString() };
  keeper.setUnbondingDelegation(ctx, delegator, ubd);
}

/** EndBlock: pays out every unbonding entry whose completion time has come. */
export function completeUnbondings(ctx: Context, keeper: StakingKeeper): void {
  const now = ctx.header.time;
  const denom = keeper.params(ctx).bondDenom;
  for (const { delegator, operator } of keeper.dequeueMatureUnbondings(ctx, now.seconds)) {
    const ubd = keeper.unbondingDelegation(ctx, delegator, operator);
    if (ubd === undefined) continue;
    let paid = 0n;
    for (const entry of ubd.entries.filter((e) => isAtOrAfter(now, e.completionTime))) paid += BigInt(entry.balance);
    if (paid > 0n) keeper.bank.sendCoinsFromModuleToAccount(ctx, NOT_BONDED_POOL, delegator, [{ denom, amount: paid }]);
    keeper.setUnbondingDelegation(ctx, delegator, { ...ubd, entries: ubd.entries.filter((e) => !isAtOrAfter(now, e.completionTime)) });
    if (paid > 0n) ctx.events.emit("complete_unbonding", { amount: `${paid}${denom}`, validator: operator, delegator: accString(delegator) });
  }
}

/**
 * Removes `shares` from the delegation (keeper.unbond: the validator's tokens they are worth stay in
 * its pool for the caller to move) with the rule of the SDK's Unbond: an operator whose own
 * delegation falls below its validator's min_self_delegation gets the validator jailed. Every unbond
 * of delegated shares comes here — undelegating, redelegating, and slashing a redelegation at its
 * destination — so none can skip the rule.
 */
export function unbondShares(ctx: Context, keeper: StakingKeeper, delegator: Uint8Array, validator: Validator, shares: bigint): bigint {
  const tokens = keeper.unbond(ctx, delegator, validator, shares);
  jailIfBelowMinSelfDelegation(ctx, keeper, delegator, validator.operatorAddress);
  return tokens;
}

/** The operator's own delegation fell below its minimum: the validator is jailed (SDK rule, on every unbond). */
function jailIfBelowMinSelfDelegation(ctx: Context, keeper: StakingKeeper, delegator: Uint8Array, operator: string): void {
  if (!bytesEqual(delegator, operatorBytes(operator))) return;
  const validator = keeper.validator(ctx, operator);
  if (validator === undefined) return; // deleted: unbonded with no delegation left
  const own = keeper.delegation(ctx, delegator, operator);
  const ownTokens = own === undefined ? 0n : keeper.tokensOf(validator, BigInt(own.shares));
  if (ownTokens < BigInt(validator.minSelfDelegation)) {
    keeper.jail(ctx, operator, "self_delegation_below_minimum");
  }
}
