// The running tallies' state in the gov store (AIS; the SDK tallies at the end instead). Amounts are
// bigints stored as decimal text, lists comma-separated, so that a record reads back exactly.
//
//   0x60 ‖ be64(id)                    → TallyState: exists exactly while the proposal is voting
//   0x61 ‖ be64(id) ‖ len ‖ operator   → ShareAggregate of the voters delegating to that validator
//   0x62 ‖ be64(id) ‖ len ‖ voter ‖ len ‖ operator → delegator shares that vote counts there
//   0x63 ‖ be64(id) ‖ len ‖ voter      → uais a community vote counts now
//   0x64 ‖ len ‖ voter                 → be64 ids of the voting proposals the address voted on
//   0x65 ‖ be64(seq)                   → a slashed validator whose delegators are being re-weighed
//   0x66                               → the next seq of 0x65
//   0x67 ‖ be64(id)                    → a finished proposal whose vote records are being deleted
import type { Context } from "../../app/context.js";
import { be64, concat, fromHex, readBe64, toHex, utf8 } from "../../store/encoding.js";
import { PrefixKVStore } from "../../store/prefixkv.js";
import { lengthPrefixed } from "../staking/keeper.js";
import { STORE_NAME } from "./keeper.js";
import type { ProposalKind } from "./tally.js";

const TALLY_PREFIX = Uint8Array.of(0x60);
const SHARE_AGGREGATE_PREFIX = Uint8Array.of(0x61);
const COUNTED_SHARES_PREFIX = Uint8Array.of(0x62);
const COUNTED_WEIGHT_PREFIX = Uint8Array.of(0x63);
const VOTER_INDEX_PREFIX = Uint8Array.of(0x64);
const REVALUE_PREFIX = Uint8Array.of(0x65);
const REVALUE_SEQ_KEY = Uint8Array.of(0x66);
const PRUNE_PREFIX = Uint8Array.of(0x67);

/** Per option, in VoteOption order less one: yes, abstain, no, no-with-veto. */
export type PerOption = [bigint, bigint, bigint, bigint];

export const zeroPerOption = (): PerOption => [0n, 0n, 0n, 0n];

/** A voting proposal's running count. */
export interface TallyState {
  kind: ProposalKind;
  /** Votes cast (each voter once, however often it changed its vote). */
  votes: bigint;
  /** Community proposals: Σ counted uais × weight (18-decimal atomics), exact. Zero for validator-set ones. */
  results: PerOption;
  /** Community proposals: Σ counted uais × 10^18. */
  total: bigint;
}

/** What the voters delegating to one validator hold in it (validator-set proposals). */
export interface ShareAggregate {
  /** Σ the voters' shares (18-decimal atomics): what the validator's own vote no longer carries. */
  deducted: bigint;
  /** Σ shares × option weight (10^36 scale), exact: valued at the end, rounded once. */
  weighted: PerOption;
}

/** A slashed validator whose delegators' community weights are re-read, a batch per block. */
export interface RevalueItem {
  seq: bigint;
  operator: string;
  /** The last delegator visited (its address bytes); undefined: none yet. */
  cursor: Uint8Array | undefined;
  /** uais slashed from the validator's tokens: with rounding, the most its delegators' holdings fell. */
  taken: bigint;
}

const encodeInts = (values: readonly bigint[]): Uint8Array => utf8.encode(values.join(","));
const decodeInts = (bytes: Uint8Array): bigint[] => utf8.decode(bytes).split(",").map((v) => BigInt(v));

function perOption(values: readonly bigint[], at: number): PerOption {
  return [values[at]!, values[at + 1]!, values[at + 2]!, values[at + 3]!];
}

function decodeTallyState(bytes: Uint8Array): TallyState {
  const v = decodeInts(bytes);
  return { kind: v[0] === 1n ? "community" : "validator_set", votes: v[1]!, results: perOption(v, 2), total: v[6]! };
}

const idKey = (prefix: Uint8Array, id: bigint) => concat(prefix, be64(id));

export class TallyStore {
  // --- running tallies -------------------------------------------------------------------------

  tallyState(ctx: Context, id: bigint): TallyState | undefined {
    const bytes = ctx.kv(STORE_NAME).get(idKey(TALLY_PREFIX, id));
    return bytes === undefined ? undefined : decodeTallyState(bytes);
  }

  setTallyState(ctx: Context, id: bigint, state: TallyState): void {
    const values = [state.kind === "community" ? 1n : 0n, state.votes, ...state.results, state.total];
    ctx.kv(STORE_NAME).set(idKey(TALLY_PREFIX, id), encodeInts(values));
  }

  deleteTallyState(ctx: Context, id: bigint): void {
    ctx.kv(STORE_NAME).delete(idKey(TALLY_PREFIX, id));
  }

  /** The voting proposals' running tallies, in id order (as many as proposals are voting). */
  *tallyStates(ctx: Context): Generator<[bigint, TallyState]> {
    for (const [key, value] of new PrefixKVStore(ctx.kv(STORE_NAME), TALLY_PREFIX).iterate()) yield [readBe64(key), decodeTallyState(value)];
  }

  shareAggregate(ctx: Context, id: bigint, operator: Uint8Array): ShareAggregate {
    const bytes = ctx.kv(STORE_NAME).get(concat(SHARE_AGGREGATE_PREFIX, be64(id), lengthPrefixed(operator)));
    if (bytes === undefined) return { deducted: 0n, weighted: zeroPerOption() };
    const v = decodeInts(bytes);
    return { deducted: v[0]!, weighted: perOption(v, 1) };
  }

  setShareAggregate(ctx: Context, id: bigint, operator: Uint8Array, aggregate: ShareAggregate): void {
    const key = concat(SHARE_AGGREGATE_PREFIX, be64(id), lengthPrefixed(operator));
    if (aggregate.deducted === 0n && aggregate.weighted.every((w) => w === 0n)) ctx.kv(STORE_NAME).delete(key);
    else ctx.kv(STORE_NAME).set(key, encodeInts([aggregate.deducted, ...aggregate.weighted]));
  }

  countedShares(ctx: Context, id: bigint, voter: Uint8Array, operator: Uint8Array): bigint {
    const bytes = ctx.kv(STORE_NAME).get(concat(COUNTED_SHARES_PREFIX, be64(id), lengthPrefixed(voter), lengthPrefixed(operator)));
    return bytes === undefined ? 0n : decodeInts(bytes)[0]!;
  }

  setCountedShares(ctx: Context, id: bigint, voter: Uint8Array, operator: Uint8Array, shares: bigint): void {
    const key = concat(COUNTED_SHARES_PREFIX, be64(id), lengthPrefixed(voter), lengthPrefixed(operator));
    if (shares === 0n) ctx.kv(STORE_NAME).delete(key);
    else ctx.kv(STORE_NAME).set(key, encodeInts([shares]));
  }

  countedWeight(ctx: Context, id: bigint, voter: Uint8Array): bigint {
    const bytes = ctx.kv(STORE_NAME).get(concat(COUNTED_WEIGHT_PREFIX, be64(id), lengthPrefixed(voter)));
    return bytes === undefined ? 0n : decodeInts(bytes)[0]!;
  }

  setCountedWeight(ctx: Context, id: bigint, voter: Uint8Array, weight: bigint): void {
    ctx.kv(STORE_NAME).set(concat(COUNTED_WEIGHT_PREFIX, be64(id), lengthPrefixed(voter)), encodeInts([weight]));
  }

  // --- which voting proposals an address voted on (one read per balance or stake change) ---------

  votedOn(ctx: Context, voter: Uint8Array): bigint[] {
    const bytes = ctx.kv(STORE_NAME).get(concat(VOTER_INDEX_PREFIX, lengthPrefixed(voter)));
    const ids: bigint[] = [];
    if (bytes !== undefined) for (let at = 0; at < bytes.length; at += 8) ids.push(readBe64(bytes.subarray(at, at + 8)));
    return ids;
  }

  setVotedOn(ctx: Context, voter: Uint8Array, ids: readonly bigint[]): void {
    const key = concat(VOTER_INDEX_PREFIX, lengthPrefixed(voter));
    if (ids.length === 0) ctx.kv(STORE_NAME).delete(key);
    else ctx.kv(STORE_NAME).set(key, concat(...ids.map(be64)));
  }

  // --- slashed validators to re-weigh ------------------------------------------------------------

  enqueueRevalue(ctx: Context, operator: string, taken: bigint): void {
    const store = ctx.kv(STORE_NAME);
    const seqBytes = store.get(REVALUE_SEQ_KEY);
    const seq = seqBytes === undefined ? 0n : readBe64(seqBytes);
    store.set(REVALUE_SEQ_KEY, be64(seq + 1n));
    this.setRevalue(ctx, { seq, operator, cursor: undefined, taken });
  }

  setRevalue(ctx: Context, item: RevalueItem): void {
    const value = `${item.operator},${item.cursor === undefined ? "" : toHex(item.cursor)},${item.taken}`;
    ctx.kv(STORE_NAME).set(idKey(REVALUE_PREFIX, item.seq), utf8.encode(value));
  }

  deleteRevalue(ctx: Context, seq: bigint): void {
    ctx.kv(STORE_NAME).delete(idKey(REVALUE_PREFIX, seq));
  }

  /** Pending re-weighings, oldest first (one per slash still being worked through). */
  *revalues(ctx: Context): Generator<RevalueItem> {
    for (const [key, value] of new PrefixKVStore(ctx.kv(STORE_NAME), REVALUE_PREFIX).iterate()) {
      const [operator, cursor, taken] = utf8.decode(value).split(",");
      yield { seq: readBe64(key), operator: operator!, cursor: cursor === "" ? undefined : fromHex(cursor!), taken: BigInt(taken!) };
    }
  }

  // --- finished proposals whose records are deleted a batch per block ----------------------------

  enqueuePrune(ctx: Context, id: bigint): void {
    ctx.kv(STORE_NAME).set(idKey(PRUNE_PREFIX, id), Uint8Array.of(1));
  }

  dequeuePrune(ctx: Context, id: bigint): void {
    ctx.kv(STORE_NAME).delete(idKey(PRUNE_PREFIX, id));
  }

  /** The first proposal waiting to have its records deleted. */
  nextPrune(ctx: Context): bigint | undefined {
    for (const [key] of new PrefixKVStore(ctx.kv(STORE_NAME), PRUNE_PREFIX).iterate()) return readBe64(key);
    return undefined;
  }

  /** The per-proposal record collections pruning empties, besides the votes themselves. */
  prunedStores(ctx: Context, id: bigint): PrefixKVStore[] {
    return [COUNTED_SHARES_PREFIX, COUNTED_WEIGHT_PREFIX, SHARE_AGGREGATE_PREFIX].map((prefix) => new PrefixKVStore(ctx.kv(STORE_NAME), idKey(prefix, id)));
  }
}
