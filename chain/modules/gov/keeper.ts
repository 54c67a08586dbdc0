// x/gov state, with the SDK v0.50 key prefixes: proposals by id, the inactive (deposit) and active
// (voting) queues ordered by end time, deposits and votes by (proposal, address), params. AIS adds
// the community-voting params and, for community proposals, what each voter held when voting.
import { Deposit, Params, Proposal, Vote } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { Params as CommunityParamsCodec } from "../../../codegen/ais/gov/v1/gov.js";
import type { Context } from "../../app/context.js";
import { Item } from "../../app/item.js";
import { be64, concat, readBe64 } from "../../store/encoding.js";
import { PrefixKVStore } from "../../store/prefixkv.js";
import { accAddress } from "../../types/address.js";
import { lengthPrefixed } from "../staking/keeper.js";
import { DEFAULT_COMMUNITY_PARAMS, DEFAULT_GOV_PARAMS, type CommunityParams, type GovParams } from "./params.js";

export const STORE_NAME = "gov";
export const GOV_MODULE = "gov";

const PROPOSALS_PREFIX = Uint8Array.of(0x00);
const ACTIVE_QUEUE_PREFIX = Uint8Array.of(0x01);
const INACTIVE_QUEUE_PREFIX = Uint8Array.of(0x02);
const PROPOSAL_ID_KEY = Uint8Array.of(0x03);
const DEPOSITS_PREFIX = Uint8Array.of(0x10);
const VOTES_PREFIX = Uint8Array.of(0x20);
/** AIS: 0x21 ‖ be64(id) ‖ len ‖ voter → uais the voter held when it (last) voted on a community proposal. */
const VOTE_HOLDINGS_PREFIX = Uint8Array.of(0x21);
const PARAMS_KEY = Uint8Array.of(0x30);
const CONSTITUTION_KEY = Uint8Array.of(0x40);
const COMMUNITY_PARAMS_KEY = Uint8Array.of(0x50);

/** Queue order: be64(seconds) ‖ be32(nanos) ‖ be64(id), so a walk from the start meets the earliest end first. */
function queueKey(time: Timestamp, id: bigint): Uint8Array {
  const nanos = new Uint8Array(4);
  new DataView(nanos.buffer).setUint32(0, time.nanos);
  return concat(be64(time.seconds), nanos, be64(id));
}

const text = new TextEncoder();
const untext = new TextDecoder();

export type ProposalQueue = "active" | "inactive";

export class GovKeeper {
  private readonly paramsItem = new Item(STORE_NAME, PARAMS_KEY, Params, DEFAULT_GOV_PARAMS);
  private readonly communityParamsItem = new Item(STORE_NAME, COMMUNITY_PARAMS_KEY, CommunityParamsCodec, DEFAULT_COMMUNITY_PARAMS);

  params(ctx: Context): GovParams {
    return this.paramsItem.get(ctx);
  }

  setParams(ctx: Context, params: GovParams): void {
    this.paramsItem.set(ctx, params);
  }

  communityParams(ctx: Context): CommunityParams {
    return this.communityParamsItem.get(ctx);
  }

  setCommunityParams(ctx: Context, params: CommunityParams): void {
    this.communityParamsItem.set(ctx, params);
  }

  constitution(ctx: Context): string {
    const bytes = ctx.kv(STORE_NAME).get(CONSTITUTION_KEY);
    return bytes === undefined ? "" : untext.decode(bytes);
  }

  setConstitution(ctx: Context, constitution: string): void {
    if (constitution === "") ctx.kv(STORE_NAME).delete(CONSTITUTION_KEY);
    else ctx.kv(STORE_NAME).set(CONSTITUTION_KEY, text.encode(constitution));
  }

  // --- proposals -----------------------------------------------------------------------------------

  /** The id the next proposal receives; ids start at 1 (genesis may say otherwise). */
  nextProposalId(ctx: Context): bigint {
    const bytes = ctx.kv(STORE_NAME).get(PROPOSAL_ID_KEY);
    return bytes === undefined ? 1n : readBe64(bytes);
  }

  setNextProposalId(ctx: Context, id: bigint): void {
    ctx.kv(STORE_NAME).set(PROPOSAL_ID_KEY, be64(id));
  }

  proposal(ctx: Context, id: bigint): Proposal | undefined {
    const bytes = ctx.kv(STORE_NAME).get(concat(PROPOSALS_PREFIX, be64(id)));
    return bytes === undefined ? undefined : Proposal.decode(bytes);
  }

  setProposal(ctx: Context, proposal: Proposal): void {
    ctx.kv(STORE_NAME).set(concat(PROPOSALS_PREFIX, be64(proposal.id)), Proposal.encode(proposal).finish());
  }

  deleteProposal(ctx: Context, id: bigint): void {
    ctx.kv(STORE_NAME).delete(concat(PROPOSALS_PREFIX, be64(id)));
  }

  /** Proposals in id order (key: be64 id). */
  proposalStore(ctx: Context): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), PROPOSALS_PREFIX);
  }

  enqueue(ctx: Context, queue: ProposalQueue, end: Timestamp, id: bigint): void {
    ctx.kv(STORE_NAME).set(concat(queuePrefix(queue), queueKey(end, id)), Uint8Array.of(1));
  }

  dequeue(ctx: Context, queue: ProposalQueue, end: Timestamp, id: bigint): void {
    ctx.kv(STORE_NAME).delete(concat(queuePrefix(queue), queueKey(end, id)));
  }

  /** Ids in the queue whose end time is at or before `now`, earliest first (the keys stay). */
  due(ctx: Context, queue: ProposalQueue, now: Timestamp): bigint[] {
    const store = new PrefixKVStore(ctx.kv(STORE_NAME), queuePrefix(queue));
    const ids: bigint[] = [];
    // Every key of a time ≤ now sorts before the key of (now, nanos + 1, id 0).
    const end = queueKey({ seconds: now.seconds, nanos: now.nanos + 1 }, 0n);
    for (const [key] of store.iterate(undefined, end)) ids.push(readBe64(key.subarray(12)));
    return ids;
  }

  // --- deposits ------------------------------------------------------------------------------------

  deposit(ctx: Context, id: bigint, depositor: Uint8Array): Deposit | undefined {
    const bytes = ctx.kv(STORE_NAME).get(depositKey(id, depositor));
    return bytes === undefined ? undefined : Deposit.decode(bytes);
  }

  setDeposit(ctx: Context, deposit: Deposit): void {
    ctx.kv(STORE_NAME).set(depositKey(deposit.proposalId, accAddress(deposit.depositor)), Deposit.encode(deposit).finish());
  }

  /** A proposal's deposits in depositor order. */
  depositStore(ctx: Context, id: bigint): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(DEPOSITS_PREFIX, be64(id)));
  }

  deposits(ctx: Context, id: bigint): Deposit[] {
    return [...this.depositStore(ctx, id).iterate()].map(([, value]) => Deposit.decode(value));
  }

  /** Every deposit held (deposits exist only for proposals in their deposit or voting period). */
  allDeposits(ctx: Context): Deposit[] {
    return [...new PrefixKVStore(ctx.kv(STORE_NAME), DEPOSITS_PREFIX).iterate()].map(([, value]) => Deposit.decode(value));
  }

  deleteDeposits(ctx: Context, id: bigint): void {
    for (const deposit of this.deposits(ctx, id)) ctx.kv(STORE_NAME).delete(depositKey(id, accAddress(deposit.depositor)));
  }

  // --- votes ---------------------------------------------------------------------------------------

  vote(ctx: Context, id: bigint, voter: Uint8Array): Vote | undefined {
    const bytes = ctx.kv(STORE_NAME).get(voteKey(VOTES_PREFIX, id, voter));
    return bytes === undefined ? undefined : Vote.decode(bytes);
  }

  /** Stores a vote; `holdings` is set for community proposals (what the voter held when voting). */
  setVote(ctx: Context, vote: Vote, holdings?: bigint): void {
    const voter = accAddress(vote.voter);
    ctx.kv(STORE_NAME).set(voteKey(VOTES_PREFIX, vote.proposalId, voter), Vote.encode(vote).finish());
    if (holdings !== undefined) ctx.kv(STORE_NAME).set(voteKey(VOTE_HOLDINGS_PREFIX, vote.proposalId, voter), text.encode(holdings.toString()));
  }

  voteHoldings(ctx: Context, id: bigint, voter: Uint8Array): bigint | undefined {
    const bytes = ctx.kv(STORE_NAME).get(voteKey(VOTE_HOLDINGS_PREFIX, id, voter));
    return bytes === undefined ? undefined : BigInt(untext.decode(bytes));
  }

  /** A proposal's votes in voter order. */
  voteStore(ctx: Context, id: bigint): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(VOTES_PREFIX, be64(id)));
  }

  /**
   * A proposal's votes in voter order, with the voter's address bytes (read from the key, not the
   * bech32). Reads every vote: tests and reference tallies only, never a block's work.
   */
  votes(ctx: Context, id: bigint): { voter: Uint8Array; vote: Vote }[] {
    return [...this.voteStore(ctx, id).iterate()].map(([key, value]) => ({ voter: key.slice(1, 1 + key[0]!), vote: Vote.decode(value) }));
  }

  /** What the voters of a community proposal held when they voted (key: length-prefixed voter). */
  voteHoldingsStore(ctx: Context, id: bigint): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(VOTE_HOLDINGS_PREFIX, be64(id)));
  }
}

function queuePrefix(queue: ProposalQueue): Uint8Array {
  return queue === "active" ? ACTIVE_QUEUE_PREFIX : INACTIVE_QUEUE_PREFIX;
}

function depositKey(id: bigint, depositor: Uint8Array): Uint8Array {
  return concat(DEPOSITS_PREFIX, be64(id), lengthPrefixed(depositor));
}

function voteKey(prefix: Uint8Array, id: bigint, voter: Uint8Array): Uint8Array {
  return concat(prefix, be64(id), lengthPrefixed(voter));
}

