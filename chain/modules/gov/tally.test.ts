// Running tallies (tally-index.ts) against the tally they replace (test/helpers/gov-reference.ts),
// and the work of the block that ends a vote and of the TallyResult query.
import { afterEach, describe, expect, it } from "vitest";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { ProposalStatus, VoteOption, type Proposal } from "cosmjs-types/cosmos/gov/v1/gov";
import * as v1q from "cosmjs-types/cosmos/gov/v1/query";
import * as v1 from "cosmjs-types/cosmos/gov/v1/tx";
import { MisbehaviorType, type Misbehavior } from "cosmjs-types/tendermint/abci/types";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { MsgUpdateParams as EpochsUpdateParams } from "../../../codegen/ais/epochs/v1/tx.js";
import { aisModules } from "../../app/ais.js";
import type { Context } from "../../app/context.js";
import type { SigningKey as AccountKey } from "../../client/tx.js";
import { operatorAddressOf } from "../../node/gentx.js";
import { setEpochSeconds } from "../../node/genesis.js";
import { keyFromMnemonic } from "../../node/wallet.js";
import { sha256 } from "../../store/hash.js";
import { accAddress, accString } from "../../types/address.js";
import { ONE } from "../../types/dec.js";
import { GOV_AUTHORITY } from "../authority.js";
import { slash } from "../staking/slash.js";
import { TestChain, consensusHex, testGenesis, testKeys, testValidator } from "../../../test/helpers/chain.js";
import { StateBranch, referenceTally } from "../../../test/helpers/gov-reference.js";
import { Random } from "../../../test/helpers/random.js";
import { delegateMsg, redelegateMsg, send, undelegateMsg } from "../../../test/helpers/staking.js";
import { StakeBook, tallyResultOf, type Tally } from "./tally.js";
import { PRUNE_BATCH, REVALUE_BATCH, liveTally } from "./tally-index.js";
import { TallyStore } from "./tally-store.js";
import { MsgBeginRedelegate as MsgBeginRedelegateCodec } from "cosmjs-types/cosmos/staking/v1beta1/tx";

const MIN_DEPOSIT = 10_000_000n;
const { private: alice, technology: tech, institutions: inst } = testKeys;

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

async function start(options: { validators?: number; votingSeconds?: number; exchanges?: string[] } = {}) {
  const specs = Array.from({ length: options.validators ?? 3 }, (_, i) => testValidator(`v${i}`));
  const genesis = testGenesis(specs);
  setEpochSeconds(genesis, 1_000);
  const state = genesis.app_state as Record<string, { params: object; community_params?: object }>;
  Object.assign(state.gov!.params, {
    min_deposit: [{ denom: "uais", amount: MIN_DEPOSIT.toString() }],
    max_deposit_period: "10s",
    voting_period: `${options.votingSeconds ?? 300}s`,
    expedited_voting_period: "10s",
  });
  state.gov!.community_params = { exchange_addresses: options.exchanges ?? [] };
  // A slash that leaves odd exchange rates, and unbondings that complete during a vote.
  Object.assign(state.slashing!.params, { slash_fraction_double_sign: "0.073100000000000000" });
  Object.assign(state.staking!.params, { unbonding_time: "12s" });
  chain = await TestChain.start({ genesis });
  return { c: chain, validators: specs.map((v) => ({ spec: v, key: v.operator, operator: operatorAddressOf(v.operator.address) })) };
}

const any = <T>(typeUrl: string, codec: { encode(m: T): { finish(): Uint8Array } }, value: T): Any => ({ typeUrl, value: codec.encode(value).finish() });
const uais = (amount: bigint) => [{ denom: "uais", amount: amount.toString() }];
const epochsMsg = any("/ais.epochs.v1.MsgUpdateParams", EpochsUpdateParams, { authority: GOV_AUTHORITY, params: { epochDuration: { seconds: 300n, nanos: 0 } } });
const sendMsg = (from: string, to: string, amount: bigint) => any("/cosmos.bank.v1beta1.MsgSend", MsgSend, { fromAddress: from, toAddress: to, amount: uais(amount) });
const voteMsg = (id: bigint, voter: string, option: VoteOption) => any("/cosmos.gov.v1.MsgVote", v1.MsgVote, { proposalId: id, voter, option, metadata: "" });
const weightedMsg = (id: bigint, voter: string, options: [VoteOption, string][]) =>
  any("/cosmos.gov.v1.MsgVoteWeighted", v1.MsgVoteWeighted, { proposalId: id, voter, options: options.map(([option, weight]) => ({ option, weight })), metadata: "" });

async function submit(c: TestChain, messages: Any[]): Promise<bigint> {
  const msg = any("/cosmos.gov.v1.MsgSubmitProposal", v1.MsgSubmitProposal, {
    messages,
    initialDeposit: uais(MIN_DEPOSIT),
    proposer: alice.address,
    metadata: "ipfs://proposal",
    title: "A proposal",
    summary: "A proposal",
    expedited: false,
  });
  const result = await send(c, alice, msg);
  expect(result.log).toBe("");
  return v1.MsgSubmitProposalResponse.decode(TxMsgData.decode(result.data).msgResponses[0]!.value).proposalId;
}

async function ok(c: TestChain, signer: AccountKey, message: Any) {
  const result = await send(c, signer, message);
  expect(result.log).toBe("");
}

function proposalOf(c: TestChain, id: bigint): Proposal {
  const r = c.app.query({ path: "/cosmos.gov.v1.Query/Proposal", data: v1q.QueryProposalRequest.encode({ proposalId: id }).finish(), height: 0n, prove: false });
  return v1q.QueryProposalResponse.decode(r.value).proposal!;
}

const OPTIONS = [VoteOption.VOTE_OPTION_YES, VoteOption.VOTE_OPTION_ABSTAIN, VoteOption.VOTE_OPTION_NO, VoteOption.VOTE_OPTION_NO_WITH_VETO];
const perOption = (t: Tally) => OPTIONS.map((o) => t.results.get(o)!);

/** The running tally and the reference (every vote re-read) on the same state. */
function both(ctx: Context, proposal: Proposal) {
  const { keeper, deps } = aisModules().gov;
  return { live: liveTally(ctx, { keeper, deps }, proposal), reference: referenceTally(ctx, keeper, deps, proposal) };
}

/** Voting delegations to bonded validators: each may round differently in a validator-set tally. */
function votingDelegations(ctx: Context, id: bigint): bigint {
  const { keeper, deps } = aisModules().gov;
  const bonded = new Set(deps.staking.bondedValidators(ctx).map((v) => v.operator));
  let n = 0n;
  for (const { voter } of keeper.votes(ctx, id)) n += BigInt(deps.staking.delegations(ctx, voter).filter((d) => bonded.has(d.operator)).length);
  return n;
}

describe("gov running tallies: equal to the tally from every vote", () => {
  it("through random votes, vote changes, delegations, undelegations, redelegations, sends, unbondings completing and slashes", async () => {
    for (const seed of [1, 2]) {
      const { c, validators } = await start({ validators: 4 });
      const rng = new Random(seed);
      const fresh = Array.from({ length: 4 }, (_, i) => keyFromMnemonic("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong", `m/44'/118'/7'/0/${i}`));
      for (const key of fresh) await ok(c, tech, sendMsg(tech.address, key.address, 5_000n * 1_000_000n + BigInt(rng.int(1_000_000))));
      const voters: AccountKey[] = [...fresh, alice, inst, ...validators.slice(0, 3).map((v) => v.key)];
      const community = await submit(c, []);
      const params = await submit(c, [epochsMsg]);
      const ids = [community, params];
      const slashed = new Set<number>();
      let opsSinceSlash = 0;
      const randomAmount = () => BigInt(1 + rng.int(900)) * 1_000_000n + BigInt(rng.int(1_000_000));

      const check = () => {
        const ctx = c.readContext();
        for (const id of ids) {
          const proposal = proposalOf(c, id);
          const { live, reference } = both(ctx, proposal);
          expect(live.base).toBe(reference.base);
          if (slashed.size === 0) {
            // Exchange rates are still exactly 1: the one floor per validator loses nothing either.
            expect(perOption(live), `seed ${seed}, proposal ${id}`).toEqual(perOption(reference));
            expect(live.total).toBe(reference.total);
          } else if (id === community) {
            // Never more than the voters hold (no token twice); less only by share rounding since the slash.
            const slack = BigInt(opsSinceSlash * voters.length) * ONE;
            perOption(live).forEach((value, i) => {
              expect(value).toBeLessThanOrEqual(perOption(reference)[i]!);
              expect(perOption(reference)[i]! - value).toBeLessThanOrEqual(slack);
            });
            expect(live.total).toBeLessThanOrEqual(reference.total);
          } else {
            // One floor per (validator, option): at least the per-delegation floors, under 2 atomics more each.
            const n = votingDelegations(ctx, id);
            perOption(live).forEach((value, i) => {
              const diff = value - perOption(reference)[i]!;
              expect(diff).toBeGreaterThanOrEqual(0n);
              expect(diff).toBeLessThan(2n * n + 1n);
            });
            expect(live.total - reference.total).toBeGreaterThanOrEqual(0n);
            expect(live.total - reference.total).toBeLessThan(n + 1n);
          }
        }
      };

      for (let step = 0; step < 70; step++) {
        const roll = rng.next();
        const who = rng.pick(voters);
        const validator = rng.pick(validators);
        opsSinceSlash++;
        if (roll < 0.35) {
          const id = rng.pick(ids);
          if (rng.next() < 0.5) await send(c, who, voteMsg(id, who.address, rng.pick(OPTIONS)));
          else await send(c, who, weightedMsg(id, who.address, [[VoteOption.VOTE_OPTION_YES, "0.123456789012345678"], [rng.pick(OPTIONS.slice(1)), "0.876543210987654322"]]));
        } else if (roll < 0.5) {
          await send(c, who, delegateMsg(who.address, validator.operator, randomAmount()));
        } else if (roll < 0.6) {
          const delegations = aisModules().gov.deps.staking.delegations(c.readContext(), accAddress(who.address));
          if (delegations.length === 0) continue;
          const d = rng.pick(delegations);
          const held = new StakeBook(c.readContext(), aisModules().gov.deps).validator(d.operator)!;
          const tokens = (d.shares * held.tokens) / held.delegatorShares;
          await send(c, who, undelegateMsg(who.address, d.operator, rng.next() < 0.3 ? tokens : tokens / BigInt(2 + rng.int(5))));
        } else if (roll < 0.68) {
          const delegations = aisModules().gov.deps.staking.delegations(c.readContext(), accAddress(who.address));
          if (delegations.length === 0) continue;
          const d = rng.pick(delegations);
          await send(c, who, redelegateMsg(who.address, d.operator, validator.operator, d.shares / ONE / BigInt(2 + rng.int(3))));
        } else if (roll < 0.9) {
          const to = rng.next() < 0.8 ? rng.pick(voters) : keyFromMnemonic("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong", `m/44'/118'/8'/0/${rng.int(3)}`);
          await send(c, who, sendMsg(who.address, to.address, randomAmount()));
        } else if (roll < 0.95 && slashed.size < 2) {
          const index = rng.int(validators.length);
          if (slashed.has(index)) continue;
          slashed.add(index);
          opsSinceSlash = 0;
          await c.block([], 1n, { misbehavior: [duplicateVote(c, validators[index]!.spec.consensusPubKey)] });
        } else {
          await c.block([], 6n); // unbonding entries complete (12 s)
        }
        if (step % 7 === 6) check();
      }
      check();
      await c.close();
      chain = undefined;
    }
  }, 120_000);
});

/** Evidence that the validator signed twice in the last block. */
function duplicateVote(c: TestChain, consensusPubKey: string): Misbehavior {
  const hex = consensusHex(consensusPubKey);
  const set = c.validatorSet(c.height);
  return {
    type: MisbehaviorType.DUPLICATE_VOTE,
    validator: { address: Uint8Array.from(Buffer.from(hex, "hex")), power: set.get(hex)! },
    height: BigInt(c.height),
    time: { seconds: c.time, nanos: 0 },
    totalVotingPower: [...set.values()].reduce((a, b) => a + b, 0n),
  };
}

describe("gov running tallies: community votes count no token twice", () => {
  it("as tokens pass between voters, are staked, unbonded and paid out, each vote counts min(held at vote, held now), and the end agrees", async () => {
    const { c, validators } = await start({ votingSeconds: 60 });
    const [a, b, d] = [0, 1, 2].map((i) => keyFromMnemonic("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong", `m/44'/118'/9'/0/${i}`)) as unknown as [AccountKey, AccountKey, AccountKey];
    for (const [key, amount] of [[a, 9_000n], [b, 7_000n], [d, 3_000n]] as const) await ok(c, tech, sendMsg(tech.address, key.address, amount * 1_000_000n));
    const id = await submit(c, []);
    const store = new TallyStore();
    const voters = [a, b, d];
    const check = (label: string) => {
      const ctx = c.readContext();
      const { keeper, deps } = aisModules().gov;
      const book = new StakeBook(ctx, deps);
      let counted = 0n;
      let held = 0n;
      for (const voter of voters) {
        const address = accAddress(voter.address);
        const weight = store.countedWeight(ctx, id, address);
        const holdings = book.holdings(address);
        expect(weight, label).toBe([keeper.voteHoldings(ctx, id, address)!, holdings].reduce((x, y) => (x < y ? x : y)));
        counted += weight;
        held += holdings;
      }
      expect(counted, label).toBeLessThanOrEqual(held);
      const { live, reference } = both(ctx, proposalOf(c, id));
      expect(perOption(live), label).toEqual(perOption(reference));
      expect(live.total, label).toBe(reference.total);
      expect(live.total, label).toBe(counted * ONE);
      return live;
    };
    await ok(c, a, voteMsg(id, a.address, VoteOption.VOTE_OPTION_YES));
    await ok(c, b, voteMsg(id, b.address, VoteOption.VOTE_OPTION_NO));
    await ok(c, d, weightedMsg(id, d.address, [[VoteOption.VOTE_OPTION_YES, "0.25"], [VoteOption.VOTE_OPTION_ABSTAIN, "0.75"]]));
    check("voted");
    await ok(c, a, sendMsg(a.address, b.address, 4_000n * 1_000_000n));
    // b holds more than when it voted: the received tokens add nothing; a counts only what it kept.
    const moved = check("a → b");
    expect(moved.results.get(VoteOption.VOTE_OPTION_NO)).toBe(store.countedWeight(c.readContext(), id, accAddress(b.address)) * ONE);
    // d's holdings stay at what it held when voting: a dip below would show in its count.
    await ok(c, d, delegateMsg(d.address, validators[0]!.operator, 2_500n * 1_000_000n));
    check("d delegates");
    await ok(c, d, undelegateMsg(d.address, validators[0]!.operator, 2_000n * 1_000_000n));
    check("d undelegates: the unbonding entry still counts");
    await ok(c, d, any("/cosmos.staking.v1beta1.MsgBeginRedelegate", MsgBeginRedelegateCodec, { delegatorAddress: d.address, validatorSrcAddress: validators[0]!.operator, validatorDstAddress: validators[1]!.operator, amount: { denom: "uais", amount: "300000000" } }));
    check("d redelegates");
    await ok(c, b, sendMsg(b.address, d.address, 5_000n * 1_000_000n));
    check("b → d");
    await c.block([], 13n);
    check("the unbonding completed");
    await ok(c, d, sendMsg(d.address, a.address, 1_000n * 1_000_000n));
    const last = check("d → a");
    const end = proposalOf(c, id).votingEndTime!.seconds;
    await c.block([], end - c.time);
    const ended = proposalOf(c, id);
    expect(ended.status).not.toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    expect(ended.finalTallyResult).toEqual(tallyResultOf(last));
  });
});

/** `n` holders on a writable branch of the chain's state, each given AIS, delegating and voting on `ids` (no through transactions: fast). */
function seedVoters(c: TestChain, n: number, ids: readonly bigint[], operators: readonly string[]) {
  const branch = new StateBranch(c);
  const ctx = branch.context();
  const m = aisModules();
  const vote = m.gov.msgs!.find((r) => r.typeUrl === "/cosmos.gov.v1.MsgVote")!;
  const holder = accAddress(inst.address);
  for (let i = 0; i < n; i++) {
    const address = sha256(new TextEncoder().encode(`voter ${i}`)).slice(0, 20);
    m.bank.keeper.send(ctx, holder, address, [{ denom: "uais", amount: 3_000_000n }]);
    m.staking.keeper.delegate(ctx, address, m.staking.keeper.validator(ctx, operators[i % operators.length]!)!, 1_000_000n + BigInt(i));
    for (const proposalId of ids) vote.handle(ctx, v1.MsgVote.fromPartial({ proposalId, voter: accString(address), option: i % 3 === 0 ? VoteOption.VOTE_OPTION_NO : VoteOption.VOTE_OPTION_YES }));
  }
  return { branch, m };
}

describe("gov running tallies: bounded work", () => {
  it("the block that ends a vote and the TallyResult query read the same keys for 20 votes as for 400 (the bonded validators, not the votes)", async () => {
    const { c, validators } = await start({ votingSeconds: 20 });
    const community = await submit(c, []);
    const params = await submit(c, [epochsMsg]);
    for (const v of validators) await ok(c, v.key, voteMsg(params, v.key.address, VoteOption.VOTE_OPTION_YES));
    const end = proposalOf(c, params).votingEndTime!.seconds;
    const measure = (n: number) => {
      const { branch, m } = seedVoters(c, n, [community, params], validators.map((v) => v.operator));
      const query = m.gov.queries!.find((q) => q.path === "/cosmos.gov.v1.Query/TallyResult")!;
      const reads: number[] = [];
      const tallies = [community, params].map((proposalId) => {
        const counted = branch.countingContext();
        const { tally } = query.handle(counted.ctx, { proposalId });
        reads.push(counted.reads());
        return tally;
      });
      const ending = branch.countingContext(end + 1n);
      m.gov.endBlock!(ending.ctx);
      reads.push(ending.reads());
      const statuses = [community, params].map((id) => m.gov.keeper.proposal(branch.context(), id)!.status);
      return { reads, tallies, statuses, validators: m.staking.keeper.activeValidators(branch.context()).length };
    };
    const few = measure(20);
    const many = measure(400);
    expect(many.tallies).not.toEqual(few.tallies); // the votes are there
    expect(many.statuses).toEqual([ProposalStatus.PROPOSAL_STATUS_REJECTED, ProposalStatus.PROPOSAL_STATUS_PASSED]);
    expect(many.reads).toEqual(few.reads);
    // Per bonded validator: its power entry, record, share aggregate and own vote; the rest is constant.
    for (const reads of many.reads) expect(reads).toBeLessThan(60 + 10 * many.validators);
  });

  it("deletes a finished proposal's vote records a bounded batch per block, and shows none meanwhile", async () => {
    const { c, validators } = await start({ votingSeconds: 20 });
    const community = await submit(c, []);
    const params = await submit(c, [epochsMsg]);
    const n = 400;
    const { branch, m } = seedVoters(c, n, [community, params], validators.map((v) => v.operator));
    const end = proposalOf(c, params).votingEndTime!.seconds;
    m.gov.endBlock!(branch.context(end + 1n));
    const queries = (path: string) => m.gov.queries!.find((q) => q.path === path)!;
    const votes = (proposalId: bigint) => queries("/cosmos.gov.v1.Query/Votes").handle(branch.context(), { proposalId }).votes;
    const voter = accString(sha256(new TextEncoder().encode("voter 7")).slice(0, 20));
    expect(m.gov.keeper.votes(branch.context(), community)).toHaveLength(n); // still stored
    expect(votes(community)).toEqual([]); // not shown: the proposal is no longer voting
    expect(() => queries("/cosmos.gov.v1.Query/Vote").handle(branch.context(), { proposalId: community, voter })).toThrow(/not found/);
    const store = new TallyStore();
    let blocks = 0;
    const allRecords = () => [...branch.context().kv("gov").iterate()].filter(([key]) => [0x20, 0x21, 0x61, 0x62, 0x63, 0x64].includes(key[0]!)).length;
    expect(allRecords()).toBeGreaterThan(4 * n);
    while (allRecords() > 0) {
      const counted = branch.countingContext(end + 2n + BigInt(blocks));
      m.gov.endBlock!(counted.ctx);
      blocks++;
      expect(counted.reads()).toBeLessThan(4 * PRUNE_BATCH);
      expect(blocks).toBeLessThan(20);
    }
    expect(blocks).toBeGreaterThan(1); // more than one batch's worth
    expect(store.votedOn(branch.context(), accAddress(voter))).toEqual([]);
    expect(store.nextPrune(branch.context())).toBeUndefined();
  });
});

describe("gov running tallies: a slash during a community vote", () => {
  it("re-weighs the slashed validator's delegators in batches; meanwhile no option counts more than its voters hold", async () => {
    const { c, validators } = await start({ votingSeconds: 60 });
    const community = await submit(c, []);
    const n = REVALUE_BATCH + 150; // two batches
    const { branch, m } = seedVoters(c, n, [community], [validators[0]!.operator]);
    const ctx = branch.context();
    const proposal = m.gov.keeper.proposal(ctx, community)!;
    const before = both(ctx, proposal);
    expect(perOption(before.live)).toEqual(perOption(before.reference));
    const validator = m.staking.keeper.validator(ctx, validators[0]!.operator)!;
    const taken = slash(ctx, m.staking.keeper, { validator, infractionHeight: BigInt(c.height), power: BigInt(validator.tokens) / 1_000_000n, fraction: ONE / 10n, recipient: "distribution" });
    expect(taken).toBeGreaterThan(0n);
    const bound = (taken + BigInt(n)) * ONE;
    for (let block = 0; block < 2; block++) {
      const { live, reference } = both(branch.context(), proposal);
      perOption(live).forEach((value, i) => {
        expect(value).toBeLessThanOrEqual(perOption(reference)[i]!);
        expect(perOption(reference)[i]! - value).toBeLessThanOrEqual(bound);
      });
      expect(live.total).toBeLessThan(reference.total); // the correction is in force
      m.gov.endBlock!(branch.context(c.time + 1n + BigInt(block)));
    }
    // Every delegator re-read (two batches): exact again.
    const after = both(branch.context(), proposal);
    expect(perOption(after.live)).toEqual(perOption(after.reference));
    expect(after.live.total).toBe(after.reference.total);
    expect(after.live.total).toBeLessThan(before.live.total);
  }, 90_000);
});
