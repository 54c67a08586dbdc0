// Running tallies: every vote's weight is taken when it is cast and adjusted when its voter's stake
// or balance changes, so that neither the block that ends a vote nor a TallyResult query walks the
// votes. What each kind keeps (keys in tally-store.ts):
//
// Validator-set proposals — per (proposal, validator) the shares its voting delegators hold in it
// (`deducted`) and Σ shares × option weight; per (proposal, voter, validator) the shares counted, so
// a staking hook adds (now − counted). At the end each bonded validator's tokens value them:
//   option o: ⌊tokens × Σ(shares × weight_o) / delegatorShares⌋            (one floor per validator and option)
//   voted:    ⌊deducted × tokens × 10^18 / delegatorShares⌋
//   the validator's own vote: ⌊(delegatorShares − deducted) × tokens × 10^18 / delegatorShares⌋,
//             split by its weights, each part rounded down (as before)
// in 18-decimal atomics of the bond denom. The SDK (and the tally this replaces) rounds each voter's
// delegation down before splitting it; one floor per validator instead counts each option at least
// as much and less than 2 × 10^-18 uais more per voting delegation, so the reported integer counts
// differ by at most 1 uais per option.
//
// Community proposals — per vote the uais counted, min(held at vote, held now), re-read whenever
// the voter's holdings change: bank balance writes, delegation and unbonding-entry writes (hooks);
// per proposal Σ counted × weight (exact, nothing rounded). A slash lowers every delegator's
// holdings without touching their records: the slashed validator is queued and its delegators are
// re-read REVALUE_BATCH per block. While a slash is still queued, the tally subtracts from every
// option and from the votes cast the most those holdings can have fallen (tokens slashed plus 1 uais
// of rounding per vote per queued slash), so that no option ever counts a token its voters no
// longer hold. Exchange rates rising (share rounding on delegations, never a slash) are picked up
// only when a voter is re-read: they can make a vote count less than its voter holds, never more.
import type { Proposal, WeightedVoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Context } from "../../app/context.js";
import { accAddress } from "../../types/address.js";
import { ONE } from "../../types/dec.js";
import { operatorBytes } from "../staking/keeper.js";
import type { GovDeps } from "./expected.js";
import type { GovKeeper } from "./keeper.js";
import { decParam } from "./params.js";
import { OPTIONS, StakeBook, addVote, emptyTally, type ProposalKind, type Tally } from "./tally.js";
import { TallyStore, zeroPerOption, type PerOption, type ShareAggregate, type TallyState } from "./tally-store.js";

/** Delegators of slashed validators re-read per block. */
export const REVALUE_BATCH = 500;
/**
 * Store operations per block spent deleting finished proposals' records: a vote costs 3 (its
 * record, and the read and rewrite of its voter's index), any other record 1. At 100,000 votes a
 * block of 500 takes ≈ 50 ms (bench/RESULTS.md); deleting them all takes about 2,000 blocks.
 */
export const PRUNE_BATCH = 500;
const VOTE_PRUNE_COST = 3;

interface TallyGov {
  keeper: GovKeeper;
  deps: GovDeps;
}

const store = new TallyStore();

/** A vote's weights by option (index VoteOption − 1), 18-decimal atomics. */
function weightsOf(options: readonly WeightedVoteOption[]): PerOption {
  const weights = zeroPerOption();
  for (const { option, weight } of options) weights[option - 1] = weights[option - 1]! + decParam(weight, "weight");
  return weights;
}

function addShares(aggregate: ShareAggregate, shares: bigint, weights: PerOption): void {
  aggregate.deducted += shares;
  for (let i = 0; i < 4; i++) aggregate.weighted[i] = aggregate.weighted[i]! + shares * weights[i]!;
}

function addWeight(state: TallyState, uais: bigint, weights: PerOption): void {
  for (let i = 0; i < 4; i++) state.results[i] = state.results[i]! + uais * weights[i]!;
  state.total += uais * ONE;
}

/** The voting period starts: an empty running tally. */
export function openTally(ctx: Context, id: bigint, kind: ProposalKind): void {
  store.setTallyState(ctx, id, { kind, votes: 0n, results: zeroPerOption(), total: 0n });
}

/** The voting period is over (tallied or cancelled): hooks stop here, the records go in batches. */
export function closeTally(ctx: Context, id: bigint): void {
  store.deleteTallyState(ctx, id);
  store.enqueuePrune(ctx, id);
}

/**
 * A vote (first or replacing one) enters the running tally, before the vote record is written:
 * the replaced vote's contribution leaves with its own weights. `held`: for community proposals,
 * what the voter holds now. Work: the voter's delegations.
 */
export function recordVote(ctx: Context, gov: TallyGov, proposal: Proposal, voter: Uint8Array, options: readonly WeightedVoteOption[], held: bigint | undefined): void {
  const id = proposal.id;
  const state = store.tallyState(ctx, id);
  if (state === undefined) throw new Error(`proposal ${id} is voting but has no running tally`);
  const previous = gov.keeper.vote(ctx, id, voter);
  const before = previous === undefined ? undefined : weightsOf(previous.options);
  const after = weightsOf(options);
  if (state.kind === "validator_set") {
    // Hooks keep the counted shares equal to the delegations, so these are every record the voter has.
    for (const { operator, shares } of gov.deps.staking.delegations(ctx, voter)) {
      const op = operatorBytes(operator);
      const aggregate = store.shareAggregate(ctx, id, op);
      if (before !== undefined) addShares(aggregate, -store.countedShares(ctx, id, voter, op), before);
      addShares(aggregate, shares, after);
      store.setShareAggregate(ctx, id, op, aggregate);
      store.setCountedShares(ctx, id, voter, op, shares);
    }
  } else {
    if (before !== undefined) addWeight(state, -store.countedWeight(ctx, id, voter), before);
    addWeight(state, held!, after);
    store.setCountedWeight(ctx, id, voter, held!);
  }
  if (previous === undefined) {
    state.votes += 1n;
    store.setVotedOn(ctx, voter, [...store.votedOn(ctx, voter), id]);
  }
  store.setTallyState(ctx, id, state);
}

/** A community vote counts min(held at vote, `holdings`) from now on. */
function reweigh(ctx: Context, gov: TallyGov, id: bigint, state: TallyState, voter: Uint8Array, holdings: bigint): void {
  const atVote = gov.keeper.voteHoldings(ctx, id, voter) ?? 0n;
  const next = atVote < holdings ? atVote : holdings;
  const counted = store.countedWeight(ctx, id, voter);
  if (next === counted) return;
  addWeight(state, next - counted, weightsOf(gov.keeper.vote(ctx, id, voter)!.options));
  store.setCountedWeight(ctx, id, voter, next);
  store.setTallyState(ctx, id, state);
}

/** Re-reads the address's holdings for each community proposal it voted on. One read for a non-voter. */
export function holdingsChanged(ctx: Context, gov: TallyGov, address: Uint8Array, ids = store.votedOn(ctx, address)): void {
  let holdings: bigint | undefined;
  for (const id of ids) {
    const state = store.tallyState(ctx, id);
    if (state?.kind !== "community") continue; // finished (records being pruned) or validator-set
    holdings ??= new StakeBook(ctx, gov.deps).holdings(address);
    reweigh(ctx, gov, id, state, address, holdings);
  }
}

/** Bank hook: only the bond denom is held for voting; the voter index is read first, so a non-voter costs one read. */
export function balanceChanged(ctx: Context, gov: TallyGov, address: Uint8Array, denom: string): void {
  const ids = store.votedOn(ctx, address);
  if (ids.length === 0 || denom !== gov.deps.staking.bondDenom(ctx)) return;
  holdingsChanged(ctx, gov, address, ids);
}

/** Staking hook: the delegation (delegator, operator) was written or removed. */
export function delegationChanged(ctx: Context, gov: TallyGov, delegator: Uint8Array, operator: string): void {
  const ids = store.votedOn(ctx, delegator);
  if (ids.length === 0) return;
  const op = operatorBytes(operator);
  let now: bigint | undefined;
  for (const id of ids) {
    const state = store.tallyState(ctx, id);
    if (state?.kind !== "validator_set") continue;
    now ??= gov.deps.staking.delegationShares(ctx, delegator, operator);
    const counted = store.countedShares(ctx, id, delegator, op);
    if (now === counted) continue;
    const aggregate = store.shareAggregate(ctx, id, op);
    addShares(aggregate, now - counted, weightsOf(gov.keeper.vote(ctx, id, delegator)!.options));
    store.setShareAggregate(ctx, id, op, aggregate);
    store.setCountedShares(ctx, id, delegator, op, now);
  }
  holdingsChanged(ctx, gov, delegator, ids);
}

/** Staking hook: the validator's shares lost value; its delegators are re-read in later blocks. */
export function validatorSlashed(ctx: Context, operator: string, tokens: bigint): void {
  for (const [, state] of store.tallyStates(ctx)) {
    if (state.kind === "community") return store.enqueueRevalue(ctx, operator, tokens);
  }
}

/** EndBlock: re-reads up to REVALUE_BATCH delegators of slashed validators, oldest slash first. */
export function revalueBatch(ctx: Context, gov: TallyGov): void {
  let budget = REVALUE_BATCH;
  while (budget > 0) {
    const item = store.revalues(ctx).next();
    if (item.done === true) return;
    const { delegations, more } = gov.deps.staking.delegatorsOf(ctx, item.value.operator, { after: item.value.cursor, limit: budget });
    for (const { delegator } of delegations) holdingsChanged(ctx, gov, delegator);
    if (!more) store.deleteRevalue(ctx, item.value.seq);
    else store.setRevalue(ctx, { ...item.value, cursor: delegations[delegations.length - 1]!.delegator });
    budget -= delegations.length;
    if (delegations.length === 0) budget -= 1; // an emptied item still costs its read
  }
}

/** EndBlock: spends up to PRUNE_BATCH store operations deleting finished proposals' records (votes first, then the tally records). */
export function pruneBatch(ctx: Context, gov: TallyGov): void {
  let budget = PRUNE_BATCH;
  for (let id = store.nextPrune(ctx); id !== undefined && budget > 0; id = store.nextPrune(ctx)) {
    const votes = gov.keeper.voteStore(ctx, id);
    for (const [key] of take(votes.iterate(), Math.ceil(budget / VOTE_PRUNE_COST))) {
      const voter = key.slice(1, 1 + key[0]!);
      store.setVotedOn(ctx, voter, store.votedOn(ctx, voter).filter((other) => other !== id));
      votes.delete(key);
      budget = Math.max(0, budget - VOTE_PRUNE_COST);
    }
    for (const records of [gov.keeper.voteHoldingsStore(ctx, id), ...store.prunedStores(ctx, id)]) {
      if (budget === 0) return;
      for (const [key] of take(records.iterate(), budget)) {
        records.delete(key);
        budget -= 1;
      }
    }
    if (budget === 0) return; // the last batch may have emptied it: the next block finds out
    store.dequeuePrune(ctx, id);
  }
}

/** Up to `limit` items, read before any is deleted. */
function take<T>(items: Iterator<T>, limit: number): T[] {
  const out: T[] = [];
  while (out.length < limit) {
    const next = items.next();
    if (next.done === true) break;
    out.push(next.value);
  }
  return out;
}

/** The running tally of a voting proposal, with its quorum base. Work: the bonded validators, or the exchange list and queued slashes. */
export function liveTally(ctx: Context, gov: TallyGov, proposal: Proposal): Tally & { base: bigint } {
  const state = store.tallyState(ctx, proposal.id);
  if (state === undefined) throw new Error(`proposal ${proposal.id} has no running tally`);
  return state.kind === "validator_set" ? validatorSetTally(ctx, gov, proposal.id) : communityTally(ctx, gov, proposal.id, state);
}

function validatorSetTally(ctx: Context, gov: TallyGov, id: bigint): Tally & { base: bigint } {
  const tally = emptyTally();
  let bonded = 0n;
  for (const validator of gov.deps.staking.bondedValidators(ctx)) {
    const { tokens, delegatorShares } = validator;
    bonded += tokens;
    if (delegatorShares === 0n) continue;
    const op = operatorBytes(validator.operator);
    const aggregate = store.shareAggregate(ctx, id, op);
    OPTIONS.forEach((option, i) => tally.results.set(option, tally.results.get(option)! + (tokens * aggregate.weighted[i]!) / delegatorShares));
    tally.total += (aggregate.deducted * tokens * ONE) / delegatorShares;
    const own = gov.keeper.vote(ctx, id, op);
    if (own !== undefined) addVote(tally, own.options, ((delegatorShares - aggregate.deducted) * tokens * ONE) / delegatorShares);
  }
  return { ...tally, base: bonded };
}

function communityTally(ctx: Context, gov: TallyGov, id: bigint, state: TallyState): Tally & { base: bigint } {
  const { keeper, deps } = gov;
  const results = [...state.results];
  let total = state.total;
  const book = new StakeBook(ctx, deps);
  let base = deps.holderSupply(ctx);
  for (const address of keeper.communityParams(ctx).exchangeAddresses.map((a) => accAddress(a))) {
    base -= book.holdings(address);
    const vote = keeper.vote(ctx, id, address);
    if (vote === undefined) continue; // listed after it voted: its vote no longer counts
    const counted = store.countedWeight(ctx, id, address);
    const weights = weightsOf(vote.options);
    for (let i = 0; i < 4; i++) results[i] = results[i]! - counted * weights[i]!;
    total -= counted * ONE;
  }
  // Slashes whose delegators are not all re-read yet: at most this much is counted that is no longer held.
  let unread = 0n;
  for (const item of store.revalues(ctx)) unread += item.taken + state.votes;
  const less = (value: bigint) => (value > unread * ONE ? value - unread * ONE : 0n);
  const tally = emptyTally();
  OPTIONS.forEach((option, i) => tally.results.set(option, less(results[i]!)));
  tally.total = less(total);
  return { ...tally, base: base > 0n ? base : 0n };
}
