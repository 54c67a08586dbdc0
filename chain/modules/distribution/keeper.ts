// Distribution state. Every undistributed token sits in the `distribution` module account and is
// accounted for in exactly one place: a validator's accrual of the current epoch, the current
// epoch's redistribution pool (withheld and forfeited rewards, slashed stake), a custody record of a
// closed epoch (less what it has paid), or the community pool.
import { CustodyRecord, Params, Totals } from "../../../codegen/ais/distribution/v1/distribution.js";
import { isAtOrAfter, type Context } from "../../app/context.js";
import { Item } from "../../app/item.js";
import { ValidatorSlashEvent } from "cosmjs-types/cosmos/distribution/v1beta1/distribution";
import { be64, concat, readBe64 } from "../../store/encoding.js";
import { PrefixKVStore } from "../../store/prefixkv.js";
import { moduleAddress } from "../../types/address.js";
import type { Dec } from "../../types/dec.js";
import { lengthPrefixed, operatorBytes, operatorString } from "../staking/keeper.js";
import type { DistributionBank, DistributionEpochs, DistributionStaking } from "./expected.js";
import { distributionErrors } from "./errors.js";
import { DEFAULT_DISTRIBUTION_PARAMS, validateDistributionParams, type DistributionParams } from "./params.js";

export const STORE_NAME = "distribution";
export const DISTRIBUTION_MODULE = "distribution";

const COMMUNITY_POOL_KEY = Uint8Array.of(0x02);
const REDISTRIBUTION_KEY = Uint8Array.of(0x03);
/** 0x10 ‖ len ‖ operator → fees accrued in the current epoch. */
const ACCRUAL_PREFIX = Uint8Array.of(0x10);
/** 0x11 ‖ len ‖ operator → present when the validator's current-epoch rewards go to the others. */
const EXCLUDED_PREFIX = Uint8Array.of(0x11);
/** 0x20 ‖ be64(epoch) ‖ len ‖ operator → CustodyRecord (payout order: oldest epoch first). */
const CUSTODY_PREFIX = Uint8Array.of(0x20);
/** 0x21 ‖ len ‖ operator ‖ be64(epoch) → index of the above by validator. */
const CUSTODY_BY_VALIDATOR_PREFIX = Uint8Array.of(0x21);
/** 0x22 ‖ be64(epoch) ‖ len ‖ operator → payout progress: phase byte ‖ len ‖ last delegator done. */
const PAYOUT_CURSOR_PREFIX = Uint8Array.of(0x22);
/** 0x30 ‖ len ‖ operator ‖ len ‖ delegator → be64(first epoch not yet paid or settled); goes with the delegation. */
const START_EPOCH_PREFIX = Uint8Array.of(0x30);
/** 0x40 ‖ be64(epoch) ‖ len ‖ operator ‖ len ‖ delegator → reward settled when the delegation changed, unpaid. */
const SETTLED_PREFIX = Uint8Array.of(0x40);
/** 0x41 ‖ len ‖ delegator ‖ len ‖ operator ‖ be64(epoch) → index of the above by delegator. */
const SETTLED_BY_DELEGATOR_PREFIX = Uint8Array.of(0x41);
/** 0x50 ‖ len ‖ delegator → withdraw address. */
const WITHDRAW_ADDRESS_PREFIX = Uint8Array.of(0x50);
/** 0x60 | len | operator | height (8 bytes BE) | index in the block (8 bytes BE) → ValidatorSlashEvent (the SDK's ValidatorSlashes). */
const SLASH_EVENT_PREFIX = Uint8Array.of(0x60);

const utf8 = new TextEncoder();
const decoder = new TextDecoder();
const readAmount = (bytes: Uint8Array | undefined) => (bytes === undefined ? 0n : BigInt(decoder.decode(bytes)));
const writeAmount = (amount: bigint) => utf8.encode(amount.toString());

export interface PayoutCursor {
  phase: "delegations" | "settled";
  /** The delegator of the last delegation paid. */
  after?: Uint8Array;
}

/** What a custody record still holds: unpaid commission and delegator rewards (nothing once forfeited). */
export function custodyUnpaid(record: CustodyRecord): bigint {
  if (record.forfeited) return 0n;
  return (record.commissionPaid ? 0n : BigInt(record.commission)) + BigInt(record.delegatorRewards) - BigInt(record.delegatorPaid);
}

/** A delegation's reward for one closed epoch: its shares' part of the delegators' rewards, rounded down. */
export function delegatorShareOf(record: CustodyRecord, shares: bigint): bigint {
  const total = BigInt(record.delegatorShares);
  if (record.forfeited || total === 0n) return 0n;
  return (shares * BigInt(record.delegatorRewards)) / total;
}

export class DistributionKeeper {
  private readonly paramsItem = new Item(STORE_NAME, Uint8Array.of(0x00), Params, DEFAULT_DISTRIBUTION_PARAMS);
  private readonly totalsItem = new Item(STORE_NAME, Uint8Array.of(0x01), Totals, { feesCollected: "0", slashedIn: "0", paidOut: "0", communityFunded: "0" });

  constructor(
    readonly bank: DistributionBank,
    readonly staking: DistributionStaking,
    readonly epochs: DistributionEpochs,
  ) {}

  params(ctx: Context): DistributionParams {
    return this.paramsItem.get(ctx);
  }

  setParams(ctx: Context, params: DistributionParams): void {
    validateDistributionParams(params);
    this.paramsItem.set(ctx, params);
  }

  currentEpoch(ctx: Context): bigint {
    return this.epochs.currentEpoch(ctx).number;
  }

  /** A closed epoch's record is paid from the start of its payout epoch, once its payout time has come. */
  isPayable(ctx: Context, record: CustodyRecord): boolean {
    return record.payoutEpoch <= this.currentEpoch(ctx) && isAtOrAfter(ctx.header.time, record.payoutTime);
  }

  // --- slash events ---------------------------------------------------------------------------------

  /** Records a slash of `fraction` at this block, as the SDK's distribution does (its period: the epoch). */
  recordSlash(ctx: Context, operator: string, fraction: Dec): void {
    const events = this.slashEventStore(ctx, operator);
    const height = be64(BigInt(ctx.header.height));
    let index = 0;
    while (events.has(concat(height, be64(BigInt(index))))) index++; // a validator is slashed at most twice in a block (downtime, double sign)
    events.set(concat(height, be64(BigInt(index))), ValidatorSlashEvent.encode({ validatorPeriod: this.currentEpoch(ctx), fraction: fraction.toString() }).finish());
  }

  /** One validator's slash events by height (key: height ‖ index). */
  slashEventStore(ctx: Context, operator: string): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(SLASH_EVENT_PREFIX, lengthPrefixed(operatorBytes(operator))));
  }

  // --- totals and pools --------------------------------------------------------------------------------

  totals(ctx: Context): Totals {
    return this.totalsItem.get(ctx);
  }

  addTotals(ctx: Context, change: { feesCollected?: bigint; slashedIn?: bigint; paidOut?: bigint; communityFunded?: bigint }): void {
    const t = this.totals(ctx);
    const plus = (total: string, amount = 0n) => (BigInt(total || "0") + amount).toString();
    this.totalsItem.set(ctx, {
      feesCollected: plus(t.feesCollected, change.feesCollected),
      slashedIn: plus(t.slashedIn, change.slashedIn),
      paidOut: plus(t.paidOut, change.paidOut),
      communityFunded: plus(t.communityFunded, change.communityFunded),
    });
  }

  communityPool(ctx: Context): bigint {
    return readAmount(ctx.kv(STORE_NAME).get(COMMUNITY_POOL_KEY));
  }

  addCommunityPool(ctx: Context, amount: bigint): void {
    if (amount !== 0n) ctx.kv(STORE_NAME).set(COMMUNITY_POOL_KEY, writeAmount(this.communityPool(ctx) + amount));
  }

  /** Another module account's tokens join the community pool (governance's cancellation charges). */
  fundCommunityPoolFromModule(ctx: Context, module: string, amount: bigint): void {
    this.bank.sendCoinsFromModuleToModule(ctx, module, DISTRIBUTION_MODULE, [{ denom: this.staking.bondDenom(ctx), amount }]);
    this.addCommunityPool(ctx, amount);
    this.addTotals(ctx, { communityFunded: amount });
  }

  /** Pays out of the community pool (a passed MsgCommunityPoolSpend). */
  spendCommunityPool(ctx: Context, recipient: Uint8Array, amount: bigint): void {
    const pool = this.communityPool(ctx);
    if (amount > pool) throw distributionErrors.badDistribution.wrap(`community pool holds ${pool}, cannot spend ${amount}`);
    this.bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, recipient, [{ denom: this.staking.bondDenom(ctx), amount }]);
    this.addCommunityPool(ctx, -amount);
    this.addTotals(ctx, { paidOut: amount });
  }

  redistribution(ctx: Context): bigint {
    return readAmount(ctx.kv(STORE_NAME).get(REDISTRIBUTION_KEY));
  }

  setRedistribution(ctx: Context, amount: bigint): void {
    if (amount === 0n) ctx.kv(STORE_NAME).delete(REDISTRIBUTION_KEY);
    else ctx.kv(STORE_NAME).set(REDISTRIBUTION_KEY, writeAmount(amount));
  }

  // --- current epoch -----------------------------------------------------------------------------------

  accrual(ctx: Context, operator: string): bigint {
    return readAmount(ctx.kv(STORE_NAME).get(concat(ACCRUAL_PREFIX, lengthPrefixed(operatorBytes(operator)))));
  }

  setAccrual(ctx: Context, operator: string, amount: bigint): void {
    const key = concat(ACCRUAL_PREFIX, lengthPrefixed(operatorBytes(operator)));
    if (amount === 0n) ctx.kv(STORE_NAME).delete(key);
    else ctx.kv(STORE_NAME).set(key, writeAmount(amount));
  }

  /** Accruals of the current epoch, in operator-byte order. */
  accruals(ctx: Context): { operator: string; amount: bigint }[] {
    return [...new PrefixKVStore(ctx.kv(STORE_NAME), ACCRUAL_PREFIX).iterate()].map(([key, value]) => ({
      operator: operatorString(key.subarray(1)),
      amount: readAmount(value),
    }));
  }

  isExcluded(ctx: Context, operator: string): boolean {
    return ctx.kv(STORE_NAME).has(concat(EXCLUDED_PREFIX, lengthPrefixed(operatorBytes(operator))));
  }

  exclude(ctx: Context, operator: string): void {
    ctx.kv(STORE_NAME).set(concat(EXCLUDED_PREFIX, lengthPrefixed(operatorBytes(operator))), Uint8Array.of(1));
  }

  clearExcluded(ctx: Context): void {
    const store = new PrefixKVStore(ctx.kv(STORE_NAME), EXCLUDED_PREFIX);
    for (const [key] of store.iterate()) store.delete(key);
  }

  // --- custody -----------------------------------------------------------------------------------------

  custody(ctx: Context, epoch: bigint, operator: string): CustodyRecord | undefined {
    const bytes = ctx.kv(STORE_NAME).get(custodyKey(epoch, operator));
    return bytes === undefined ? undefined : CustodyRecord.decode(bytes);
  }

  setCustody(ctx: Context, record: CustodyRecord): void {
    const operator = lengthPrefixed(operatorBytes(record.validatorAddress));
    ctx.kv(STORE_NAME).set(custodyKey(record.epoch, record.validatorAddress), CustodyRecord.encode(record).finish());
    ctx.kv(STORE_NAME).set(concat(CUSTODY_BY_VALIDATOR_PREFIX, operator, be64(record.epoch)), Uint8Array.of(1));
  }

  deleteCustody(ctx: Context, record: CustodyRecord): void {
    const operator = lengthPrefixed(operatorBytes(record.validatorAddress));
    ctx.kv(STORE_NAME).delete(custodyKey(record.epoch, record.validatorAddress));
    ctx.kv(STORE_NAME).delete(concat(CUSTODY_BY_VALIDATOR_PREFIX, operator, be64(record.epoch)));
    ctx.kv(STORE_NAME).delete(concat(PAYOUT_CURSOR_PREFIX, be64(record.epoch), operator));
  }

  /** The validator's custody records of epochs in [from, to), oldest first. */
  validatorCustody(ctx: Context, operator: string, from = 0n, to?: bigint): CustodyRecord[] {
    const index = new PrefixKVStore(ctx.kv(STORE_NAME), concat(CUSTODY_BY_VALIDATOR_PREFIX, lengthPrefixed(operatorBytes(operator))));
    const records: CustodyRecord[] = [];
    for (const [key] of index.iterate(be64(from), to === undefined ? undefined : be64(to))) {
      records.push(this.custody(ctx, readBe64(key), operator)!);
    }
    return records;
  }

  /** Every custody record, oldest epoch first, then by operator. */
  custodyStore(ctx: Context): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), CUSTODY_PREFIX);
  }

  payoutCursor(ctx: Context, record: CustodyRecord): PayoutCursor {
    const bytes = ctx.kv(STORE_NAME).get(concat(PAYOUT_CURSOR_PREFIX, be64(record.epoch), lengthPrefixed(operatorBytes(record.validatorAddress))));
    if (bytes === undefined) return { phase: "delegations" };
    return { phase: bytes[0] === 1 ? "settled" : "delegations", after: bytes.length > 1 ? bytes.slice(2, 2 + bytes[1]!) : undefined };
  }

  setPayoutCursor(ctx: Context, record: CustodyRecord, cursor: PayoutCursor): void {
    const value = concat(Uint8Array.of(cursor.phase === "settled" ? 1 : 0), cursor.after === undefined ? new Uint8Array(0) : lengthPrefixed(cursor.after));
    ctx.kv(STORE_NAME).set(concat(PAYOUT_CURSOR_PREFIX, be64(record.epoch), lengthPrefixed(operatorBytes(record.validatorAddress))), value);
  }

  // --- delegations -------------------------------------------------------------------------------------

  /** The first epoch whose reward the delegation has neither received nor settled (undefined: none recorded). */
  startEpoch(ctx: Context, delegator: Uint8Array, operator: string): bigint | undefined {
    const bytes = ctx.kv(STORE_NAME).get(startKey(delegator, operator));
    return bytes === undefined ? undefined : readBe64(bytes);
  }

  setStartEpoch(ctx: Context, delegator: Uint8Array, operator: string, epoch: bigint): void {
    ctx.kv(STORE_NAME).set(startKey(delegator, operator), be64(epoch));
  }

  deleteStartEpoch(ctx: Context, delegator: Uint8Array, operator: string): void {
    ctx.kv(STORE_NAME).delete(startKey(delegator, operator));
  }

  settled(ctx: Context, epoch: bigint, operator: string, delegator: Uint8Array): bigint {
    return readAmount(ctx.kv(STORE_NAME).get(settledKey(epoch, operator, delegator)));
  }

  setSettled(ctx: Context, epoch: bigint, operator: string, delegator: Uint8Array, amount: bigint): void {
    const indexKey = concat(SETTLED_BY_DELEGATOR_PREFIX, lengthPrefixed(delegator), lengthPrefixed(operatorBytes(operator)), be64(epoch));
    if (amount === 0n) {
      ctx.kv(STORE_NAME).delete(settledKey(epoch, operator, delegator));
      ctx.kv(STORE_NAME).delete(indexKey);
      return;
    }
    ctx.kv(STORE_NAME).set(settledKey(epoch, operator, delegator), writeAmount(amount));
    ctx.kv(STORE_NAME).set(indexKey, Uint8Array.of(1));
  }

  /** Settled rewards of one validator's epoch (key: length-prefixed delegator). */
  settledStore(ctx: Context, epoch: bigint, operator: string): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(SETTLED_PREFIX, be64(epoch), lengthPrefixed(operatorBytes(operator))));
  }

  /** A delegator's settled rewards (key: len ‖ operator ‖ be64(epoch)). */
  delegatorSettledStore(ctx: Context, delegator: Uint8Array): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(SETTLED_BY_DELEGATOR_PREFIX, lengthPrefixed(delegator)));
  }

  withdrawAddress(ctx: Context, delegator: Uint8Array): Uint8Array {
    return ctx.kv(STORE_NAME).get(concat(WITHDRAW_ADDRESS_PREFIX, lengthPrefixed(delegator))) ?? delegator;
  }

  setWithdrawAddress(ctx: Context, delegator: Uint8Array, address: Uint8Array): void {
    ctx.kv(STORE_NAME).set(concat(WITHDRAW_ADDRESS_PREFIX, lengthPrefixed(delegator)), address);
  }

  // --- payments ----------------------------------------------------------------------------------------

  /** Pays `amount` from the module account to the account's withdraw address. */
  pay(ctx: Context, account: Uint8Array, amount: bigint): void {
    if (amount === 0n) return;
    const recipient = this.withdrawAddress(ctx, account);
    this.bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, recipient, [{ denom: this.staking.bondDenom(ctx), amount }]);
    this.addTotals(ctx, { paidOut: amount });
  }

  /** Pays many accounts (at their withdraw addresses) in one bank operation. */
  payMany(ctx: Context, credits: readonly { account: Uint8Array; amount: bigint }[]): void {
    const total = credits.reduce((sum, c) => sum + c.amount, 0n);
    if (total === 0n) return;
    const recipients = credits.map((c) => ({ address: this.withdrawAddress(ctx, c.account), amount: c.amount }));
    this.bank.sendCoinsFromModuleToAccounts(ctx, DISTRIBUTION_MODULE, this.staking.bondDenom(ctx), recipients);
    this.addTotals(ctx, { paidOut: total });
  }

  moduleBalance(ctx: Context): bigint {
    return this.bank.balance(ctx, moduleAddress(DISTRIBUTION_MODULE), this.staking.bondDenom(ctx));
  }
}

function custodyKey(epoch: bigint, operator: string): Uint8Array {
  return concat(CUSTODY_PREFIX, be64(epoch), lengthPrefixed(operatorBytes(operator)));
}

function startKey(delegator: Uint8Array, operator: string): Uint8Array {
  return concat(START_EPOCH_PREFIX, lengthPrefixed(operatorBytes(operator)), lengthPrefixed(delegator));
}

function settledKey(epoch: bigint, operator: string, delegator: Uint8Array): Uint8Array {
  return concat(SETTLED_PREFIX, be64(epoch), lengthPrefixed(operatorBytes(operator)), lengthPrefixed(delegator));
}
