// Governance test tools: the tally as it was computed before tallies ran incrementally — every vote
// read when voting ends, each voter's stake valued then — kept here as the reference the running
// tallies (chain/modules/gov/tally-index.ts) are checked against; a store that counts its reads;
// and a writable branch of a test chain's committed state, for seeding many votes through keepers.
import type { WeightedVoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Proposal } from "cosmjs-types/cosmos/gov/v1/gov";
import { Context } from "../../chain/app/context.js";
import { InfiniteGasMeter } from "../../chain/app/gas.js";
import { BranchStoreSet, MapStoreSet, ReadonlyStore, type StoreSet } from "../../chain/app/state.js";
import { silentLogger } from "../../chain/logger.js";
import type { GovDeps, StakeValidator } from "../../chain/modules/gov/expected.js";
import type { GovKeeper } from "../../chain/modules/gov/keeper.js";
import { StakeBook, addVote, emptyTally, proposalKind, type Tally } from "../../chain/modules/gov/tally.js";
import { toHex } from "../../chain/store/encoding.js";
import type { KVStore } from "../../chain/store/kv.js";
import { BECH32_PREFIX, accAddress, fromBech32 } from "../../chain/types/address.js";
import { ONE } from "../../chain/types/dec.js";
import { TEST_CHAIN_ID, type TestChain } from "./chain.js";

/** The SDK's tally over the bonded set, from every vote: each voter's delegation rounded down on its own. */
export function referenceValidatorSetTally(ctx: Context, keeper: GovKeeper, deps: GovDeps, proposalId: bigint): Tally & { base: bigint } {
  const validators = new Map<string, StakeValidator & { deducted: bigint; options?: readonly WeightedVoteOption[] }>();
  for (const v of deps.staking.bondedValidators(ctx)) validators.set(v.operator, { ...v, deducted: 0n });
  const operatorOf = new Map([...validators.keys()].map((operator) => [toHex(fromBech32(operator, BECH32_PREFIX.validatorOperator)), operator]));
  const tally = emptyTally();
  for (const { voter, vote } of keeper.votes(ctx, proposalId)) {
    const own = operatorOf.get(toHex(voter));
    if (own !== undefined) validators.get(own)!.options = vote.options;
    for (const delegation of deps.staking.delegations(ctx, voter)) {
      const validator = validators.get(delegation.operator);
      if (validator === undefined || validator.delegatorShares === 0n) continue;
      validator.deducted += delegation.shares;
      addVote(tally, vote.options, (delegation.shares * validator.tokens * ONE) / validator.delegatorShares);
    }
  }
  let bonded = 0n;
  for (const validator of validators.values()) {
    bonded += validator.tokens;
    if (validator.options === undefined || validator.delegatorShares === 0n) continue;
    addVote(tally, validator.options, ((validator.delegatorShares - validator.deducted) * validator.tokens * ONE) / validator.delegatorShares);
  }
  return { ...tally, base: bonded };
}

/** One AIS one vote, from every vote: min(held at vote, held now) per voter. */
export function referenceCommunityTally(ctx: Context, keeper: GovKeeper, deps: GovDeps, proposalId: bigint): Tally & { base: bigint } {
  const book = new StakeBook(ctx, deps);
  const excluded = keeper.communityParams(ctx).exchangeAddresses.map((a) => accAddress(a));
  const listed = new Set(excluded.map(toHex));
  const tally = emptyTally();
  for (const { voter, vote } of keeper.votes(ctx, proposalId)) {
    if (listed.has(toHex(voter))) continue;
    const atVote = keeper.voteHoldings(ctx, proposalId, voter) ?? 0n;
    const now = book.holdings(voter);
    addVote(tally, vote.options, (atVote < now ? atVote : now) * ONE);
  }
  let base = deps.holderSupply(ctx);
  for (const address of excluded) base -= book.holdings(address);
  return { ...tally, base: base > 0n ? base : 0n };
}

export function referenceTally(ctx: Context, keeper: GovKeeper, deps: GovDeps, proposal: Proposal): Tally & { base: bigint } {
  return proposalKind(proposal) === "community" ? referenceCommunityTally(ctx, keeper, deps, proposal.id) : referenceValidatorSetTally(ctx, keeper, deps, proposal.id);
}

/** Counts what is read through it: each get or has, and each entry an iteration yields. */
export class CountingKVStore implements KVStore {
  reads = 0;

  constructor(private readonly inner: KVStore) {}

  get(key: Uint8Array): Uint8Array | undefined {
    this.reads++;
    return this.inner.get(key);
  }

  has(key: Uint8Array): boolean {
    this.reads++;
    return this.inner.has(key);
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.inner.set(key, value);
  }

  delete(key: Uint8Array): void {
    this.inner.delete(key);
  }

  *iterate(start?: Uint8Array, end?: Uint8Array, reverse?: boolean): IterableIterator<[Uint8Array, Uint8Array]> {
    this.reads++; // the seek
    for (const entry of this.inner.iterate(start, end, reverse)) {
      this.reads++;
      yield entry;
    }
  }
}

/** Contexts over one writable branch of a test chain's committed state (never committed). */
export class StateBranch {
  private readonly stores: BranchStoreSet;

  constructor(private readonly chain: TestChain) {
    const committed = new Map(chain.store.storeNames.map((n) => [n, new ReadonlyStore(chain.store.treeAt(n, chain.store.latestVersion))] as const));
    this.stores = new BranchStoreSet(new MapStoreSet(committed));
  }

  private header(seconds: bigint) {
    return { chainId: TEST_CHAIN_ID, height: this.chain.height + 1, time: { seconds, nanos: 0 }, proposerAddress: new Uint8Array(0) };
  }

  context(seconds = this.chain.time): Context {
    return new Context(this.header(seconds), "finalize", new InfiniteGasMeter(), this.stores, silentLogger);
  }

  /** A context whose reads are counted, store by store; `reads()` sums them. */
  countingContext(seconds = this.chain.time): { ctx: Context; reads(): number } {
    const counters = new Map<string, CountingKVStore>();
    const stores: StoreSet = {
      store: (name) => {
        let counter = counters.get(name);
        if (counter === undefined) counters.set(name, (counter = new CountingKVStore(this.stores.store(name))));
        return counter;
      },
    };
    return { ctx: new Context(this.header(seconds), "finalize", new InfiniteGasMeter(), stores, silentLogger), reads: () => [...counters.values()].reduce((sum, c) => sum + c.reads, 0) };
  }
}
