// x/staking state: validators (by operator and by consensus address), delegations (by delegator
// and by validator), the powers last sent to CometBFT, params. Amounts are bigints; shares are
// 18-decimal fixed point (the SDK's LegacyDec atomics, as the protos carry them).
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { BondStatus, Delegation, Params, Redelegation, UnbondingDelegation, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Context } from "../../app/context.js";
import { Item } from "../../app/item.js";
import { sdkErrors } from "../../app/errors.js";
import { be64, bytesEqual, concat, readBe64, toHex } from "../../store/encoding.js";
import { PrefixKVStore } from "../../store/prefixkv.js";
import { BECH32_PREFIX, accString, fromBech32, toBech32 } from "../../types/address.js";
import { validatorAddress as consensusAddressOf } from "../../crypto/cometbft.js";
import { stakingErrors } from "./errors.js";
import type { StakingBank, StakingHooks } from "./expected.js";
import { Params as AisParams } from "../../../codegen/ais/staking/v1/staking.js";
import { DEFAULT_AIS_STAKING_PARAMS, DEFAULT_STAKING_PARAMS, POWER_REDUCTION, type AisStakingParams, type StakingParams } from "./params.js";
import { rateOf, sharesToIssue, tokensFromSharesTruncated } from "./shares.js";

export const STORE_NAME = "staking";
export const BONDED_POOL = "bonded_tokens_pool";
export const NOT_BONDED_POOL = "not_bonded_tokens_pool";

const LAST_POWER_PREFIX = Uint8Array.of(0x11);
const LAST_TOTAL_POWER_KEY = Uint8Array.of(0x12);
/** Power in CometBFT's set by consensus address and first height: 0x13 ‖ len ‖ address ‖ be64(height). */
const POWER_HISTORY_PREFIX = Uint8Array.of(0x13);
const VALIDATOR_PREFIX = Uint8Array.of(0x21);
const VALIDATOR_BY_CONS_PREFIX = Uint8Array.of(0x22);
/**
 * Candidates by power: 0x23 ‖ be64(consensus power) ‖ len ‖ ~operator → operator. Only validators
 * that can be elected (not jailed, power > 0) are in it, so an election reads max_validators keys
 * however many dormant validators exist; inverted operator bytes make a reverse walk list equal
 * powers by ascending operator (all operators are 20-byte account addresses).
 */
const POWER_INDEX_PREFIX = Uint8Array.of(0x23);
/** Unbonding validators by completion: 0x24 ‖ be64(unbonding_time seconds) ‖ len ‖ operator. */
const VALIDATOR_QUEUE_PREFIX = Uint8Array.of(0x24);
const DELEGATION_PREFIX = Uint8Array.of(0x31);
const DELEGATION_BY_VALIDATOR_PREFIX = Uint8Array.of(0x32);
/** Redelegations: 0x34 ‖ len ‖ delegator ‖ len ‖ source ‖ len ‖ destination → Redelegation. */
const REDELEGATION_PREFIX = Uint8Array.of(0x34);
/** Index by source: 0x35 ‖ len ‖ source ‖ len ‖ delegator ‖ len ‖ destination (slashing walks it). */
const REDELEGATION_BY_SOURCE_PREFIX = Uint8Array.of(0x35);
/** Index by destination: 0x36 ‖ len ‖ destination ‖ len ‖ delegator ‖ len ‖ source (the transitive check). */
const REDELEGATION_BY_DESTINATION_PREFIX = Uint8Array.of(0x36);
/** Completion queue: 0x37 ‖ be64(completion seconds) ‖ len ‖ delegator ‖ len ‖ source ‖ len ‖ destination. */
const REDELEGATION_QUEUE_PREFIX = Uint8Array.of(0x37);
const UNBONDING_DELEGATION_PREFIX = Uint8Array.of(0x41);
const UNBONDING_BY_VALIDATOR_PREFIX = Uint8Array.of(0x42);
/** Completion queue: 0x43 ‖ be64(completion seconds) ‖ len ‖ delegator ‖ len ‖ operator. */
const UNBONDING_QUEUE_PREFIX = Uint8Array.of(0x43);


/** len ‖ bytes, as the SDK prefixes variable-length addresses in keys. */
export function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  return concat(Uint8Array.of(bytes.length), bytes);
}

/** The addresses of a key made of length-prefixed parts (the inverse of concatenated `lengthPrefixed`). */
export function splitLengthPrefixed(key: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < key.length; at += 1 + key[at]!) parts.push(key.slice(at + 1, at + 1 + key[at]!));
  return parts;
}

/** Where the tokens of a new delegation come from: the delegator's account, or a staking pool already holding them. */
export type DelegationSource = "account" | { module: string };

/** A redelegation record with the delegator's raw address (what slashing needs to unbond at the destination). */
export interface DelegatorRedelegation {
  delegator: Uint8Array;
  red: Redelegation;
}

export function operatorBytes(operator: string): Uint8Array {
  return fromBech32(operator, BECH32_PREFIX.validatorOperator);
}

export function consensusKeyOf(validator: Validator): Uint8Array {
  const any = validator.consensusPubkey;
  if (any?.typeUrl !== "/cosmos.crypto.ed25519.PubKey") throw new Error(`validator ${validator.operatorAddress} has no ed25519 consensus key`);
  return Ed25519PubKey.decode(any.value).key;
}

/** Where a validator's tokens are held: the bonded pool while it is bonded. */
export function poolOf(validator: Validator): string {
  return validator.status === BondStatus.BOND_STATUS_BONDED ? BONDED_POOL : NOT_BONDED_POOL;
}

export function consensusPower(tokens: bigint): bigint {
  return tokens / POWER_REDUCTION;
}

export class StakingKeeper {
  private readonly paramsItem = new Item(STORE_NAME, Uint8Array.of(0x51), Params, DEFAULT_STAKING_PARAMS);
  private readonly aisParamsItem = new Item(STORE_NAME, Uint8Array.of(0x52), AisParams, DEFAULT_AIS_STAKING_PARAMS);
  private readonly hooks: StakingHooks[] = [];

  constructor(readonly bank: StakingBank) {}

  addHooks(hooks: StakingHooks): void {
    this.hooks.push(hooks);
  }

  /** Hooks other modules registered, in registration order. */
  get registeredHooks(): readonly StakingHooks[] {
    return this.hooks;
  }

  // --- params ----------------------------------------------------------------------------------------

  params(ctx: Context): StakingParams {
    return this.paramsItem.get(ctx);
  }

  setParams(ctx: Context, params: StakingParams): void {
    this.paramsItem.set(ctx, params);
  }

  aisParams(ctx: Context): AisStakingParams {
    return this.aisParamsItem.get(ctx);
  }

  setAisParams(ctx: Context, params: AisStakingParams): void {
    this.aisParamsItem.set(ctx, params);
  }

  // --- validators ------------------------------------------------------------------------------------

  validator(ctx: Context, operator: string): Validator | undefined {
    const bytes = ctx.kv(STORE_NAME).get(concat(VALIDATOR_PREFIX, lengthPrefixed(operatorBytes(operator))));
    return bytes === undefined ? undefined : Validator.decode(bytes);
  }

  /** Stores the validator and keeps its power index and unbonding queue keys in step with it. */
  setValidator(ctx: Context, validator: Validator): void {
    const store = ctx.kv(STORE_NAME);
    const operator = operatorBytes(validator.operatorAddress);
    const key = concat(VALIDATOR_PREFIX, lengthPrefixed(operator));
    const previous = store.get(key);
    const before = previous === undefined ? [] : indexKeys(Validator.decode(previous), operator);
    const after = indexKeys(validator, operator);
    for (const old of before) if (!after.some((k) => bytesEqual(k, old))) store.delete(old);
    for (const next of after) if (!before.some((k) => bytesEqual(k, next))) store.set(next, operator);
    store.set(key, Validator.encode(validator).finish());
    store.set(concat(VALIDATOR_BY_CONS_PREFIX, lengthPrefixed(consensusAddressOf(consensusKeyOf(validator)))), operator);
  }

  /**
   * Deletes an unbonded validator no one delegates to any more (the SDK's RemoveValidator), so that
   * abandoned validators do not stay in state. Its power history stays: evidence is judged by it.
   */
  removeValidator(ctx: Context, validator: Validator): void {
    if (validator.status !== BondStatus.BOND_STATUS_UNBONDED || BigInt(validator.delegatorShares) !== 0n || BigInt(validator.tokens) !== 0n) {
      throw new Error(`validator ${validator.operatorAddress} is not unbonded and empty`);
    }
    const store = ctx.kv(STORE_NAME);
    const operator = operatorBytes(validator.operatorAddress);
    for (const key of indexKeys(validator, operator)) store.delete(key);
    store.delete(concat(VALIDATOR_PREFIX, lengthPrefixed(operator)));
    store.delete(concat(VALIDATOR_BY_CONS_PREFIX, lengthPrefixed(consensusAddressOf(consensusKeyOf(validator)))));
    ctx.events.emit("remove_validator", { validator: validator.operatorAddress });
  }

  /** The `limit` electable validators of highest power (ties: ascending operator). Reads `limit` index keys. */
  validatorsByPower(ctx: Context, limit: number): Validator[] {
    const ranked: Validator[] = [];
    for (const [, operator] of new PrefixKVStore(ctx.kv(STORE_NAME), POWER_INDEX_PREFIX).iterate(undefined, undefined, true)) {
      if (ranked.length >= limit) break;
      ranked.push(this.validator(ctx, operatorString(operator))!);
    }
    return ranked;
  }

  /** Unbonding validators whose unbonding time is at or before `seconds`, in queue order (keys stay until their status changes). */
  unbondingValidatorsDue(ctx: Context, seconds: bigint): Validator[] {
    const due: Validator[] = [];
    for (const [, operator] of new PrefixKVStore(ctx.kv(STORE_NAME), VALIDATOR_QUEUE_PREFIX).iterate(undefined, be64(seconds + 1n))) {
      due.push(this.validator(ctx, operatorString(operator))!);
    }
    return due;
  }

  validatorByConsensusAddress(ctx: Context, consensusAddress: Uint8Array): Validator | undefined {
    const operator = ctx.kv(STORE_NAME).get(concat(VALIDATOR_BY_CONS_PREFIX, lengthPrefixed(consensusAddress)));
    return operator === undefined ? undefined : this.validator(ctx, operatorString(operator));
  }

  /** Validators in operator-address order (key: length-prefixed operator bytes). */
  validatorStore(ctx: Context): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), VALIDATOR_PREFIX);
  }

  allValidators(ctx: Context): Validator[] {
    return [...this.validatorStore(ctx).iterate()].map(([, v]) => Validator.decode(v));
  }

  // --- delegations -----------------------------------------------------------------------------------

  delegation(ctx: Context, delegator: Uint8Array, operator: string): Delegation | undefined {
    const bytes = ctx.kv(STORE_NAME).get(delegationKey(delegator, operatorBytes(operator)));
    return bytes === undefined ? undefined : Delegation.decode(bytes);
  }

  setDelegation(ctx: Context, delegator: Uint8Array, delegation: Delegation): void {
    const operator = operatorBytes(delegation.validatorAddress);
    const store = ctx.kv(STORE_NAME);
    store.set(delegationKey(delegator, operator), Delegation.encode(delegation).finish());
    store.set(concat(DELEGATION_BY_VALIDATOR_PREFIX, lengthPrefixed(operator), lengthPrefixed(delegator)), Uint8Array.of(1));
  }

  /** A delegator's delegations in validator order (key: length-prefixed operator bytes). */
  delegatorDelegationStore(ctx: Context, delegator: Uint8Array): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(DELEGATION_PREFIX, lengthPrefixed(delegator)));
  }

  /** A validator's delegators (key: length-prefixed delegator bytes; value unused). */
  validatorDelegatorStore(ctx: Context, operator: string): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(DELEGATION_BY_VALIDATOR_PREFIX, lengthPrefixed(operatorBytes(operator))));
  }

  /**
   * Bonds `amount` of the delegator's tokens to the validator: new shares at the validator's
   * exchange rate (all of them for the first delegation), tokens into the pool of its status.
   */
  delegate(ctx: Context, delegator: Uint8Array, validator: Validator, amount: bigint, from: DelegationSource = "account"): bigint {
    if (amount <= 0n) throw sdkErrors.invalidRequest.wrap("delegation amount must be positive");
    const tokens = BigInt(validator.tokens);
    const shares = BigInt(validator.delegatorShares);
    if (tokens === 0n && shares > 0n) throw sdkErrors.invalidRequest.wrap("validator has no tokens left for its shares (fully slashed)");
    const issued = sharesToIssue({ tokens, delegatorShares: shares }, amount);
    if (issued === 0n) throw sdkErrors.invalidRequest.wrap("delegation too small to receive shares");
    for (const hooks of this.hooks) hooks.beforeDelegation?.(ctx, validator.operatorAddress);
    for (const hooks of this.hooks) hooks.beforeDelegationSharesModified?.(ctx, delegator, validator.operatorAddress);
    const pool = poolOf(validator);
    const coins = [{ denom: this.params(ctx).bondDenom, amount }];
    // Tokens come from the delegator's account, or from a pool (an unbonding entry's, a redelegation's
    // source): they move only when that pool is not the one of this validator's status.
    if (from === "account") this.bank.sendCoinsFromAccountToModule(ctx, delegator, pool, coins);
    else if (from.module !== pool) this.bank.sendCoinsFromModuleToModule(ctx, from.module, pool, coins);
    this.setValidator(ctx, { ...validator, tokens: (tokens + amount).toString(), delegatorShares: (shares + issued).toString() });
    const existing = this.delegation(ctx, delegator, validator.operatorAddress);
    const total = BigInt(existing?.shares ?? "0") + issued;
    this.setDelegation(ctx, delegator, { delegatorAddress: accString(delegator), validatorAddress: validator.operatorAddress, shares: total.toString() });
    for (const hooks of this.hooks) hooks.afterDelegationModified?.(ctx, delegator, validator.operatorAddress);
    return issued;
  }

  /** Tokens a number of shares of this validator are worth now (rounded down). */
  tokensOf(validator: Validator, shares: bigint): bigint {
    return tokensFromSharesTruncated(rateOf(validator), shares);
  }

  /**
   * Removes `shares` from a delegation and the validator's tokens they are worth; returns those
   * tokens, which stay in the pool of the validator's status for the caller to move.
   */
  unbond(ctx: Context, delegator: Uint8Array, validator: Validator, shares: bigint): bigint {
    const delegation = this.delegation(ctx, delegator, validator.operatorAddress);
    if (delegation === undefined) throw stakingErrors.noDelegation.error();
    const held = BigInt(delegation.shares);
    if (shares <= 0n || shares > held) throw stakingErrors.notEnoughDelegationShares.wrap(`requested ${shares}, delegated ${held}`);
    for (const hooks of this.hooks) hooks.beforeDelegationSharesModified?.(ctx, delegator, validator.operatorAddress);
    const tokens = this.tokensOf(validator, shares);
    const remaining = held - shares;
    const key = delegationKey(delegator, operatorBytes(validator.operatorAddress));
    if (remaining === 0n) {
      ctx.kv(STORE_NAME).delete(key);
      ctx.kv(STORE_NAME).delete(concat(DELEGATION_BY_VALIDATOR_PREFIX, lengthPrefixed(operatorBytes(validator.operatorAddress)), lengthPrefixed(delegator)));
      for (const hooks of this.hooks) hooks.afterDelegationRemoved?.(ctx, delegator, validator.operatorAddress);
    } else {
      this.setDelegation(ctx, delegator, { ...delegation, shares: remaining.toString() });
    }
    const updated = {
      ...validator,
      tokens: (BigInt(validator.tokens) - tokens).toString(),
      delegatorShares: (BigInt(validator.delegatorShares) - shares).toString(),
    };
    this.setValidator(ctx, updated);
    if (remaining > 0n) for (const hooks of this.hooks) hooks.afterDelegationModified?.(ctx, delegator, validator.operatorAddress);
    if (updated.status === BondStatus.BOND_STATUS_UNBONDED && updated.delegatorShares === "0") this.removeValidator(ctx, updated);
    return tokens;
  }

  // --- unbonding delegations -------------------------------------------------------------------------

  unbondingDelegation(ctx: Context, delegator: Uint8Array, operator: string): UnbondingDelegation | undefined {
    const bytes = ctx.kv(STORE_NAME).get(concat(UNBONDING_DELEGATION_PREFIX, lengthPrefixed(delegator), lengthPrefixed(operatorBytes(operator))));
    return bytes === undefined ? undefined : UnbondingDelegation.decode(bytes);
  }

  /** Stores the record (deleting it when no entry is left) and its queue and index keys. */
  setUnbondingDelegation(ctx: Context, delegator: Uint8Array, ubd: UnbondingDelegation): void {
    const operator = operatorBytes(ubd.validatorAddress);
    const store = ctx.kv(STORE_NAME);
    const key = concat(UNBONDING_DELEGATION_PREFIX, lengthPrefixed(delegator), lengthPrefixed(operator));
    const indexKey = concat(UNBONDING_BY_VALIDATOR_PREFIX, lengthPrefixed(operator), lengthPrefixed(delegator));
    if (ubd.entries.length === 0) {
      store.delete(key);
      store.delete(indexKey);
      for (const hooks of this.hooks) hooks.afterUnbondingDelegationModified?.(ctx, delegator, ubd.validatorAddress);
      return;
    }
    store.set(key, UnbondingDelegation.encode(ubd).finish());
    store.set(indexKey, Uint8Array.of(1));
    for (const entry of ubd.entries) {
      store.set(concat(UNBONDING_QUEUE_PREFIX, be64(entry.completionTime.seconds), lengthPrefixed(delegator), lengthPrefixed(operator)), Uint8Array.of(1));
    }
    for (const hooks of this.hooks) hooks.afterUnbondingDelegationModified?.(ctx, delegator, ubd.validatorAddress);
  }

  /** A delegator's unbonding delegations (key: length-prefixed operator). */
  delegatorUnbondingStore(ctx: Context, delegator: Uint8Array): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(UNBONDING_DELEGATION_PREFIX, lengthPrefixed(delegator)));
  }

  /** A validator's unbonding delegators (key: length-prefixed delegator; value unused). */
  validatorUnbondingStore(ctx: Context, operator: string): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(UNBONDING_BY_VALIDATOR_PREFIX, lengthPrefixed(operatorBytes(operator))));
  }

  allUnbondingDelegations(ctx: Context): UnbondingDelegation[] {
    return [...new PrefixKVStore(ctx.kv(STORE_NAME), UNBONDING_DELEGATION_PREFIX).iterate()].map(([, v]) => UnbondingDelegation.decode(v));
  }

  /** (delegator, operator) pairs with an entry completing at or before `seconds`, in queue order; the keys are removed. */
  dequeueMatureUnbondings(ctx: Context, seconds: bigint): { delegator: Uint8Array; operator: string }[] {
    return dequeue(ctx, UNBONDING_QUEUE_PREFIX, seconds).map(([delegator, operator]) => ({ delegator: delegator!, operator: operatorString(operator!) }));
  }

  // --- redelegations ---------------------------------------------------------------------------------

  redelegation(ctx: Context, delegator: Uint8Array, source: string, destination: string): Redelegation | undefined {
    const bytes = ctx.kv(STORE_NAME).get(redelegationKey(delegator, operatorBytes(source), operatorBytes(destination)));
    return bytes === undefined ? undefined : Redelegation.decode(bytes);
  }

  /**
   * Stores the record (deleting it and its index keys when no entry is left) and its queue keys.
   * Queue keys of removed entries may stay behind: completion skips what it no longer finds.
   */
  setRedelegation(ctx: Context, delegator: Uint8Array, red: Redelegation): void {
    const source = operatorBytes(red.validatorSrcAddress);
    const destination = operatorBytes(red.validatorDstAddress);
    const store = ctx.kv(STORE_NAME);
    const key = redelegationKey(delegator, source, destination);
    const bySource = concat(REDELEGATION_BY_SOURCE_PREFIX, lengthPrefixed(source), lengthPrefixed(delegator), lengthPrefixed(destination));
    const byDestination = concat(REDELEGATION_BY_DESTINATION_PREFIX, lengthPrefixed(destination), lengthPrefixed(delegator), lengthPrefixed(source));
    if (red.entries.length === 0) {
      for (const k of [key, bySource, byDestination]) store.delete(k);
      return;
    }
    store.set(key, Redelegation.encode(red).finish());
    store.set(bySource, Uint8Array.of(1));
    store.set(byDestination, Uint8Array.of(1));
    for (const entry of red.entries) {
      store.set(concat(REDELEGATION_QUEUE_PREFIX, be64(entry.completionTime.seconds), lengthPrefixed(delegator), lengthPrefixed(source), lengthPrefixed(destination)), Uint8Array.of(1));
    }
  }

  /** A delegator's redelegations (key: length-prefixed source ‖ length-prefixed destination; value: Redelegation). */
  delegatorRedelegationStore(ctx: Context, delegator: Uint8Array): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(REDELEGATION_PREFIX, lengthPrefixed(delegator)));
  }

  /** Redelegations out of a validator (key: length-prefixed delegator ‖ length-prefixed destination; value unused). */
  sourceRedelegationStore(ctx: Context, source: string): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(REDELEGATION_BY_SOURCE_PREFIX, lengthPrefixed(operatorBytes(source))));
  }

  /** Redelegations into a validator (key: length-prefixed delegator ‖ length-prefixed source; value unused). */
  destinationRedelegationStore(ctx: Context, destination: string): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(REDELEGATION_BY_DESTINATION_PREFIX, lengthPrefixed(operatorBytes(destination))));
  }

  /** Every redelegation out of `source`, in key order (delegator, then destination): what slashing revisits. */
  redelegationsFrom(ctx: Context, source: string): DelegatorRedelegation[] {
    return [...this.sourceRedelegationStore(ctx, source).iterate()].map(([key]) => {
      const [delegator, destination] = splitLengthPrefixed(key);
      return { delegator: delegator!, red: this.redelegation(ctx, delegator!, source, operatorString(destination!))! };
    });
  }

  /** Whether the delegator has a redelegation into `destination` still in progress (records exist only while they do). */
  hasReceivingRedelegation(ctx: Context, delegator: Uint8Array, destination: string): boolean {
    const into = new PrefixKVStore(this.destinationRedelegationStore(ctx, destination), lengthPrefixed(delegator));
    return !into.iterate().next().done;
  }

  /** (delegator, source, destination) triples with an entry completing at or before `seconds`, in queue order; the keys are removed. */
  dequeueMatureRedelegations(ctx: Context, seconds: bigint): { delegator: Uint8Array; source: string; destination: string }[] {
    return dequeue(ctx, REDELEGATION_QUEUE_PREFIX, seconds).map(([delegator, source, destination]) => ({
      delegator: delegator!,
      source: operatorString(source!),
      destination: operatorString(destination!),
    }));
  }

  // --- views other modules use (slashing, distribution) --------------------------------------------------

  bondDenom(ctx: Context): string {
    return this.params(ctx).bondDenom;
  }

  /** Tokens of the operator's own delegation to its validator (undefined: none). */
  selfDelegationTokens(ctx: Context, operator: string): bigint | undefined {
    const validator = this.validator(ctx, operator);
    const own = this.delegation(ctx, operatorBytes(operator), operator);
    return validator === undefined || own === undefined ? undefined : this.tokensOf(validator, BigInt(own.shares));
  }

  /** Operators the delegator has delegations with, in operator-byte order. */
  delegatorValidators(ctx: Context, delegator: Uint8Array): string[] {
    return [...this.delegatorDelegationStore(ctx, delegator).iterate()].map(([key]) => operatorString(key.subarray(1)));
  }

  /** Operators in CometBFT's set now, with their power, in operator-byte order. */
  activeValidators(ctx: Context): { operator: string; power: bigint }[] {
    return [...this.lastValidatorPowers(ctx)].map(([hex, power]) => ({ operator: operatorString(Uint8Array.from(Buffer.from(hex, "hex"))), power }));
  }

  /** Jails the validator: it leaves CometBFT's set in this block's EndBlock. */
  jail(ctx: Context, operator: string, reason: string): void {
    const validator = this.validator(ctx, operator);
    if (validator === undefined || validator.jailed) return;
    this.setValidator(ctx, { ...validator, jailed: true });
    ctx.events.emit("jail", { validator: operator, reason });
  }

  unjail(ctx: Context, operator: string): void {
    const validator = this.validator(ctx, operator);
    if (validator === undefined || !validator.jailed) return;
    this.setValidator(ctx, { ...validator, jailed: false });
    ctx.events.emit("unjail", { validator: operator });
  }

  // --- the set last sent to CometBFT ------------------------------------------------------------------

  /** Operator (hex of its bytes) → power, for the validators CometBFT has now. */
  lastValidatorPowers(ctx: Context): Map<string, bigint> {
    const powers = new Map<string, bigint>();
    for (const [key, value] of new PrefixKVStore(ctx.kv(STORE_NAME), LAST_POWER_PREFIX).iterate()) {
      powers.set(toHex(key.subarray(1)), readBe64(value));
    }
    return powers;
  }

  setLastValidatorPower(ctx: Context, operator: Uint8Array, power: bigint): void {
    ctx.kv(STORE_NAME).set(concat(LAST_POWER_PREFIX, lengthPrefixed(operator)), be64(power));
  }

  deleteLastValidatorPower(ctx: Context, operator: Uint8Array): void {
    ctx.kv(STORE_NAME).delete(concat(LAST_POWER_PREFIX, lengthPrefixed(operator)));
  }

  /** Records that from `height` on the validator signs with `power` in CometBFT's set (0: not in it). */
  recordPower(ctx: Context, consensusAddress: Uint8Array, height: bigint, power: bigint): void {
    ctx.kv(STORE_NAME).set(concat(POWER_HISTORY_PREFIX, lengthPrefixed(consensusAddress), be64(height)), be64(power));
  }

  /** The validator's voting power in CometBFT's set at `height` (0 when it was not in the set). */
  powerAt(ctx: Context, consensusAddress: Uint8Array, height: bigint): bigint {
    const history = new PrefixKVStore(ctx.kv(STORE_NAME), concat(POWER_HISTORY_PREFIX, lengthPrefixed(consensusAddress)));
    for (const [, power] of history.iterate(undefined, be64(height + 1n), true)) return readBe64(power);
    return 0n;
  }

  lastTotalPower(ctx: Context): bigint {
    const bytes = ctx.kv(STORE_NAME).get(LAST_TOTAL_POWER_KEY);
    return bytes === undefined ? 0n : readBe64(bytes);
  }

  setLastTotalPower(ctx: Context, power: bigint): void {
    ctx.kv(STORE_NAME).set(LAST_TOTAL_POWER_KEY, be64(power));
  }
}

/** The index keys a validator record implies: its power-index key while electable, its queue key while unbonding. */
function indexKeys(validator: Validator, operator: Uint8Array): Uint8Array[] {
  const keys: Uint8Array[] = [];
  const power = consensusPower(BigInt(validator.tokens));
  if (!validator.jailed && power > 0n) keys.push(concat(POWER_INDEX_PREFIX, be64(power), lengthPrefixed(operator.map((b) => 255 - b))));
  if (validator.status === BondStatus.BOND_STATUS_UNBONDING) {
    keys.push(concat(VALIDATOR_QUEUE_PREFIX, be64(validator.unbondingTime!.seconds), lengthPrefixed(operator)));
  }
  return keys;
}

export function operatorString(bytes: Uint8Array): string {
  return toBech32(BECH32_PREFIX.validatorOperator, bytes);
}

function delegationKey(delegator: Uint8Array, operator: Uint8Array): Uint8Array {
  return concat(DELEGATION_PREFIX, lengthPrefixed(delegator), lengthPrefixed(operator));
}

function redelegationKey(delegator: Uint8Array, source: Uint8Array, destination: Uint8Array): Uint8Array {
  return concat(REDELEGATION_PREFIX, lengthPrefixed(delegator), lengthPrefixed(source), lengthPrefixed(destination));
}

/**
 * Removes the queue keys (prefix ‖ be64(seconds) ‖ length-prefixed addresses) due at or before
 * `seconds` and returns their address tuples once each, in queue order.
 */
function dequeue(ctx: Context, prefix: Uint8Array, seconds: bigint): Uint8Array[][] {
  const queue = new PrefixKVStore(ctx.kv(STORE_NAME), prefix);
  const due: Uint8Array[][] = [];
  const seen = new Set<string>();
  for (const [key] of queue.iterate(undefined, be64(seconds + 1n))) {
    queue.delete(key);
    const id = toHex(key.subarray(8));
    if (seen.has(id)) continue;
    seen.add(id);
    due.push(splitLengthPrefixed(key.subarray(8)));
  }
  return due;
}
