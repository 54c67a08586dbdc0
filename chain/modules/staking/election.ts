// The active set: the top `max_validators` non-jailed validators by consensus power
// (tokens / 10^6), ties broken by ascending operator address. Only the differences from the powers
// last sent to CometBFT become validator updates: never a duplicate, never the removal of a key
// CometBFT does not have, never an empty set.
import { BondStatus, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import { isAtOrAfter, type Context } from "../../app/context.js";
import { validatorAddress as consensusAddressOf } from "../../crypto/cometbft.js";
import { toHex } from "../../store/encoding.js";
import { BONDED_POOL, NOT_BONDED_POOL, consensusKeyOf, consensusPower, operatorBytes, operatorString, type StakingKeeper } from "./keeper.js";

export function electValidators(ctx: Context, keeper: StakingKeeper): ValidatorUpdate[] {
  const { maxValidators, bondDenom } = keeper.params(ctx);
  // The power index holds exactly the electable validators (not jailed, power > 0), highest first.
  const elected = keeper
    .validatorsByPower(ctx, maxValidators)
    .map((v) => ({ validator: v, power: consensusPower(BigInt(v.tokens)), operator: operatorBytes(v.operatorAddress) }));
  const last = keeper.lastValidatorPowers(ctx);
  if (elected.length === 0) {
    if (last.size > 0) ctx.logger.error("no validator is eligible; keeping the current set");
    return [];
  }

  const updates: ValidatorUpdate[] = [];
  let total = 0n;
  for (const { validator, power, operator } of elected) {
    if (validator.status !== BondStatus.BOND_STATUS_BONDED) bond(ctx, keeper, validator, bondDenom);
    const id = toHex(operator);
    if (last.get(id) !== power) {
      updates.push({ pubKey: { ed25519: consensusKeyOf(validator) }, power });
      recordPower(ctx, keeper, validator, power);
    }
    keeper.setLastValidatorPower(ctx, operator, power);
    last.delete(id);
    total += power;
  }
  // Whatever remains of the last set left it (hex order is operator byte order).
  for (const id of [...last.keys()].sort()) updates.push(leaveSet(ctx, keeper, id));
  keeper.setLastTotalPower(ctx, total);
  return updates;
}

/**
 * Between elections the set only shrinks. Every unit of CometBFT voting power must stay slashable:
 * a validator whose stake fell (undelegations, redelegations, slashes) is sent its lower power in
 * this block's updates, and a jailed one power 0 — CometBFT applies them two blocks on, the window
 * that slashing covers by taking unbonding and redelegation entries begun since the infraction's
 * distribution height. Rising stake and new candidates wait for the election. Work: the validators
 * in the set (at most max_validators). Never empties the set (CometBFT would halt): when every
 * active validator would leave, the set is kept until the next election.
 */
export function applyPowerDecreases(ctx: Context, keeper: StakingKeeper): ValidatorUpdate[] {
  const last = keeper.lastValidatorPowers(ctx);
  const falls: { id: string; validator: Validator; backed: bigint }[] = [];
  for (const [id, power] of last) {
    const validator = keeper.validator(ctx, operatorString(Uint8Array.from(Buffer.from(id, "hex"))))!;
    const backed = validator.jailed ? 0n : consensusPower(BigInt(validator.tokens));
    if (backed < power) falls.push({ id, validator, backed });
  }
  if (falls.length === 0) return [];
  if (falls.filter((f) => f.backed === 0n).length === last.size) {
    ctx.logger.error("every active validator is jailed or unbacked; keeping the set until the next election");
    return [];
  }
  // Map order is the store's: operator byte order.
  const updates = falls.map(({ id, validator, backed }): ValidatorUpdate => {
    if (backed === 0n) return leaveSet(ctx, keeper, id);
    keeper.setLastValidatorPower(ctx, operatorBytes(validator.operatorAddress), backed);
    recordPower(ctx, keeper, validator, backed);
    return { pubKey: { ed25519: consensusKeyOf(validator) }, power: backed };
  });
  keeper.setLastTotalPower(ctx, [...keeper.lastValidatorPowers(ctx).values()].reduce((sum, power) => sum + power, 0n));
  return updates;
}

/** A validator leaves CometBFT's set: unbonding starts, its tokens move to the not-bonded pool. */
function leaveSet(ctx: Context, keeper: StakingKeeper, operatorHex: string): ValidatorUpdate {
  const { unbondingTime, bondDenom } = keeper.params(ctx);
  const operator = Uint8Array.from(Buffer.from(operatorHex, "hex"));
  const validator = keeper.validator(ctx, operatorString(operator))!;
  keeper.setValidator(ctx, {
    ...validator,
    status: BondStatus.BOND_STATUS_UNBONDING,
    unbondingHeight: BigInt(ctx.header.height),
    unbondingTime: { seconds: ctx.header.time.seconds + unbondingTime!.seconds, nanos: ctx.header.time.nanos },
  });
  movePool(ctx, keeper, BigInt(validator.tokens), BONDED_POOL, NOT_BONDED_POOL, bondDenom);
  keeper.deleteLastValidatorPower(ctx, operator);
  recordPower(ctx, keeper, validator, 0n);
  return { pubKey: { ed25519: consensusKeyOf(validator) }, power: 0n };
}

/**
 * Updates returned at height H take effect at H + 2 (CometBFT's ValidatorUpdateDelay); the genesis
 * set is in force from the initial height. Evidence is judged against this history.
 */
function recordPower(ctx: Context, keeper: StakingKeeper, validator: Validator, power: bigint): void {
  const height = BigInt(ctx.header.height) + (ctx.mode === "genesis" ? 0n : 2n);
  keeper.recordPower(ctx, consensusAddressOf(consensusKeyOf(validator)), height, power);
}

/**
 * Unbonding validators whose unbonding time has passed become Unbonded (tokens stay in the
 * not-bonded pool); one no one delegates to any more is deleted. Work: the validators due (queue).
 */
export function completeUnbondingValidators(ctx: Context, keeper: StakingKeeper): void {
  for (const validator of keeper.unbondingValidatorsDue(ctx, ctx.header.time.seconds)) {
    if (!isAtOrAfter(ctx.header.time, validator.unbondingTime)) continue; // later in the same second
    const unbonded = { ...validator, status: BondStatus.BOND_STATUS_UNBONDED };
    keeper.setValidator(ctx, unbonded);
    if (unbonded.delegatorShares === "0") keeper.removeValidator(ctx, unbonded);
  }
}

function bond(ctx: Context, keeper: StakingKeeper, validator: Validator, bondDenom: string): void {
  movePool(ctx, keeper, BigInt(validator.tokens), NOT_BONDED_POOL, BONDED_POOL, bondDenom);
  keeper.setValidator(ctx, {
    ...validator,
    status: BondStatus.BOND_STATUS_BONDED,
    unbondingHeight: 0n,
    unbondingTime: { seconds: 0n, nanos: 0 },
  });
  const consensusAddress = consensusAddressOf(consensusKeyOf(validator));
  for (const hooks of keeper.registeredHooks) hooks.afterValidatorBonded?.(ctx, consensusAddress);
}

function movePool(ctx: Context, keeper: StakingKeeper, amount: bigint, from: string, to: string, denom: string): void {
  if (amount > 0n) keeper.bank.sendCoinsFromModuleToModule(ctx, from, to, [{ denom, amount }]);
}
