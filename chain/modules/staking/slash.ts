// Slashing a validator's stake (x/staking keeper/slash.go semantics): the amount is a fraction of the
// stake its voting power stood for at the infraction, taken first from unbonding entries and
// redelegations that began at or after the infraction (their stake was at risk then), the rest from
// the validator's tokens, so the exchange rate of its shares drops. AIS does not burn: the tokens go
// to a module account (distribution), which shares them out.
import { BondStatus, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { isAtOrAfter, type Context } from "../../app/context.js";
import { ONE, type Dec } from "../../types/dec.js";
import { NOT_BONDED_POOL, poolOf, splitLengthPrefixed, type StakingKeeper } from "./keeper.js";
import { POWER_REDUCTION } from "./params.js";
import { unbondShares } from "./unbonding.js";

export interface SlashRequest {
  validator: Validator;
  /** Height of the first block whose stake was at risk (the SDK's distribution height). */
  infractionHeight: bigint;
  /** The validator's voting power at the infraction. */
  power: bigint;
  fraction: Dec;
  /** Module account that receives the slashed tokens. */
  recipient: string;
}

/** Returns the tokens taken (from the validator, its unbonding entries and redelegations). */
export function slash(ctx: Context, keeper: StakingKeeper, request: SlashRequest): bigint {
  const { validator, infractionHeight, power, fraction, recipient } = request;
  if (infractionHeight > BigInt(ctx.header.height)) throw new Error(`cannot slash for a future infraction at height ${infractionHeight}`);
  if (validator.status === BondStatus.BOND_STATUS_UNBONDED && BigInt(validator.tokens) > 0n) {
    // Unbonded stake was not at risk when its unbonding completed; the SDK refuses this too.
    throw new Error(`cannot slash unbonded validator ${validator.operatorAddress}`);
  }
  const target = (power * POWER_REDUCTION * fraction) / ONE;
  let remaining = target;
  let taken = 0n;
  if (infractionHeight < BigInt(ctx.header.height)) {
    // As the SDK: the validator's stake is spared each entry's NOMINAL part of the target, what the
    // entry should give, even when it holds less (an earlier slash took part of it, or its shares at
    // a slashed destination are worth less). What an entry cannot give is never made up by the
    // delegators who stayed bonded.
    for (const entries of [
      slashUnbondingDelegations(ctx, keeper, validator.operatorAddress, infractionHeight, fraction, recipient),
      slashRedelegations(ctx, keeper, validator.operatorAddress, infractionHeight, fraction, recipient),
    ]) {
      taken += entries.taken;
      remaining -= entries.nominal;
    }
  }
  const current = keeper.validator(ctx, validator.operatorAddress)!;
  const fromValidator = remaining <= 0n ? 0n : remaining < BigInt(current.tokens) ? remaining : BigInt(current.tokens);
  if (fromValidator > 0n) {
    keeper.setValidator(ctx, { ...current, tokens: (BigInt(current.tokens) - fromValidator).toString() });
    sendToRecipient(ctx, keeper, poolOf(current), recipient, fromValidator);
    taken += fromValidator;
    for (const hooks of keeper.registeredHooks) hooks.afterValidatorSlashed?.(ctx, current.operatorAddress, fromValidator);
  }
  ctx.events.emit("slash", {
    address: validator.operatorAddress,
    power: power.toString(),
    infraction_height: infractionHeight.toString(),
    amount: taken.toString(),
  });
  return taken;
}

/**
 * What slashing a kind of entry yields: `nominal`, the fraction of the entries' initial balances
 * that was at risk (the SDK's return value of SlashUnbondingDelegation / SlashRedelegation), and
 * `taken`, what they actually gave (less when they hold less).
 */
interface EntriesSlashed {
  nominal: bigint;
  taken: bigint;
}

/** Unbonding entries from this validator created at or after the infraction lose `fraction` of their initial balance. */
function slashUnbondingDelegations(ctx: Context, keeper: StakingKeeper, operator: string, infractionHeight: bigint, fraction: Dec, recipient: string): EntriesSlashed {
  const total: EntriesSlashed = { nominal: 0n, taken: 0n };
  for (const [key] of keeper.validatorUnbondingStore(ctx, operator).iterate()) {
    const [delegator] = splitLengthPrefixed(key);
    const slashed = slashDelegatorUnbonding(ctx, keeper, delegator!, operator, infractionHeight, (entry) => (fraction * BigInt(entry.initialBalance)) / ONE, recipient);
    total.nominal += slashed.nominal;
    total.taken += slashed.taken;
  }
  return total;
}

/**
 * Takes up to `amountOf(entry)` from each unbonding entry of (delegator, operator) created at or
 * after `sinceHeight` and not yet mature. Returns the sum of `amountOf` over those entries (what
 * they owed) and the total taken (no more than each entry's balance, nor than `limit` in all).
 */
export function slashDelegatorUnbonding(
  ctx: Context,
  keeper: StakingKeeper,
  delegator: Uint8Array,
  operator: string,
  sinceHeight: bigint,
  amountOf: (entry: { initialBalance: string; balance: string }) => bigint,
  recipient: string,
  /** Stops after taking this much in all. */
  limit?: bigint,
): EntriesSlashed {
  const ubd = keeper.unbondingDelegation(ctx, delegator, operator);
  if (ubd === undefined) return { nominal: 0n, taken: 0n };
  const now = ctx.header.time;
  let nominal = 0n;
  let total = 0n;
  const entries = ubd.entries.map((entry) => {
    if (entry.creationHeight < sinceHeight || isAtOrAfter(now, entry.completionTime)) return entry;
    const balance = BigInt(entry.balance);
    let take = amountOf(entry);
    nominal += take;
    if (take > balance) take = balance;
    if (limit !== undefined && take > limit - total) take = limit - total;
    if (take <= 0n) return entry;
    total += take;
    return { ...entry, balance: (balance - take).toString() };
  });
  if (total === 0n) return { nominal, taken: 0n };
  keeper.setUnbondingDelegation(ctx, delegator, { ...ubd, entries });
  sendToRecipient(ctx, keeper, NOT_BONDED_POOL, recipient, total);
  return { nominal, taken: total };
}

/**
 * Slashing reaches stake that left the validator by redelegation at or after the infraction: each
 * such entry owes `fraction` of its initial balance, given first by unbonding that part of its
 * shares at the destination (through the same unbond as an undelegation, which jails the
 * destination if its operator falls below its minimum self-delegation), then — when the delegator
 * already undelegated them there, the escape of GHSA-86h5-xcpx-cfqc — from its unbonding entries at
 * the destination begun since the redelegation.
 */
function slashRedelegations(ctx: Context, keeper: StakingKeeper, source: string, infractionHeight: bigint, fraction: Dec, recipient: string): EntriesSlashed {
  const now = ctx.header.time;
  const total: EntriesSlashed = { nominal: 0n, taken: 0n };
  for (const { delegator, red } of keeper.redelegationsFrom(ctx, source)) {
    for (const entry of red.entries) {
      if (entry.creationHeight < infractionHeight || isAtOrAfter(now, entry.completionTime)) continue;
      const due = (fraction * BigInt(entry.initialBalance)) / ONE;
      if (due === 0n) continue;
      total.nominal += due;
      let taken = 0n;
      // A destination deleted since (unbonded, no delegation left) holds none of the shares.
      const destination = keeper.validator(ctx, red.validatorDstAddress);
      const delegation = destination === undefined ? undefined : keeper.delegation(ctx, delegator, destination.operatorAddress);
      const wanted = (fraction * BigInt(entry.sharesDst)) / ONE;
      const shares = delegation === undefined || wanted < BigInt(delegation.shares) ? wanted : BigInt(delegation.shares);
      if (destination !== undefined && delegation !== undefined && shares > 0n) {
        taken = unbondShares(ctx, keeper, delegator, destination, shares);
        sendToRecipient(ctx, keeper, poolOf(destination), recipient, taken);
      }
      // Shares no longer delegated at the destination were undelegated there since: follow them.
      const missing = wanted - (delegation === undefined ? 0n : shares);
      if (missing > 0n && wanted > 0n) {
        const rest = (due * missing) / wanted;
        taken += slashDelegatorUnbonding(ctx, keeper, delegator, red.validatorDstAddress, entry.creationHeight, (e) => BigInt(e.balance), recipient, rest).taken;
      }
      total.taken += taken;
    }
  }
  return total;
}

export function sendToRecipient(ctx: Context, keeper: StakingKeeper, pool: string, recipient: string, amount: bigint): void {
  if (amount > 0n) keeper.bank.sendCoinsFromModuleToModule(ctx, pool, recipient, [{ denom: keeper.params(ctx).bondDenom, amount }]);
}
