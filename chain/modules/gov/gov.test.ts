import { afterEach, describe, expect, it } from "vitest";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { ProposalStatus, VoteOption, type Proposal, type TallyResult } from "cosmjs-types/cosmos/gov/v1/gov";
import * as v1q from "cosmjs-types/cosmos/gov/v1/query";
import * as v1 from "cosmjs-types/cosmos/gov/v1/tx";
import * as v1beta1 from "cosmjs-types/cosmos/gov/v1beta1/tx";
import * as v1beta1q from "cosmjs-types/cosmos/gov/v1beta1/query";
import { TextProposal } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import { MsgCommunityPoolSpend } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { QueryCurrentEpochRequest, QueryCurrentEpochResponse } from "../../../codegen/ais/epochs/v1/query.js";
import { MsgUpdateParams as EpochsUpdateParams } from "../../../codegen/ais/epochs/v1/tx.js";
import { MsgUpdateParams as FeesUpdateParams } from "../../../codegen/ais/fees/v1/tx.js";
import { MsgUpdateParams as DistributionUpdateParams } from "../../../codegen/ais/distribution/v1/tx.js";
import { MsgUpdateParams as AuthUpdateParams } from "cosmjs-types/cosmos/auth/v1beta1/tx";
import { MsgUpdateParams as BankUpdateParams } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgUpdateParams as StakingUpdateParams } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgUpdateParams as ConsensusUpdateParams } from "cosmjs-types/cosmos/consensus/v1/tx";
import { MsgUpdateParams as SlashingUpdateParams } from "../../../codegen/ais/slashing/v1/tx.js";
import { MsgUpdateParams as CommunityUpdateParams } from "../../../codegen/ais/gov/v1/tx.js";
import { QueryVotingPowerRequest, QueryVotingPowerResponse } from "../../../codegen/ais/gov/v1/query.js";
import { GENESIS_SELF_BOND, operatorAddressOf } from "../../node/gentx.js";
import { setEpochSeconds } from "../../node/genesis.js";
import { accString, moduleAddress } from "../../types/address.js";
import { TestChain, testGenesis, testKeys, testValidator } from "../../../test/helpers/chain.js";
import type { SigningKey as AccountKey } from "../../client/tx.js";
import { TEST_FEE, delegateMsg, send, sendInBlock } from "../../../test/helpers/staking.js";
import { keyFromMnemonic, newMnemonic } from "../../node/wallet.js";
import { GOV_AUTHORITY } from "../authority.js";
import { DEFAULT_SLASHING_PARAMS } from "../slashing/params.js";
import { DEFAULT_GOV_PARAMS, communityParamsFromJson } from "./params.js";
import { aisModules } from "../../app/ais.js";
import { EngineFault, sdkErrors } from "../../app/errors.js";
import { GovKeeper } from "./keeper.js";
import { execute, type Gov } from "./proposals.js";

// Short periods: 10 s to fund a proposal, 20 s to vote; 10 AIS to start voting, 1 AIS up front.
const GOV_PARAMS = {
  min_deposit: [{ denom: "uais", amount: "10000000" }],
  expedited_min_deposit: [{ denom: "uais", amount: "50000000" }],
  max_deposit_period: "10s",
  voting_period: "20s",
  expedited_voting_period: "10s",
};
const MIN_DEPOSIT = 10_000_000n;
const { private: alice, technology: tech, institutions: inst } = testKeys;
const DISTRIBUTION = accString(moduleAddress("distribution"));

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

async function start(options: { gov?: Record<string, unknown>; exchanges?: string[]; validators?: number } = {}) {
  const validators = Array.from({ length: options.validators ?? 3 }, (_, i) => testValidator(`v${i}`));
  const genesis = testGenesis(validators);
  setEpochSeconds(genesis, 100);
  const gov = genesis.app_state.gov as { params: object; community_params: object };
  Object.assign(gov.params, GOV_PARAMS, options.gov ?? {});
  gov.community_params = { exchange_addresses: options.exchanges ?? [] };
  chain = await TestChain.start({ genesis });
  return { c: chain, validators: validators.map((v) => ({ key: v.operator, operator: operatorAddressOf(v.operator.address) })) };
}

const any = <T>(typeUrl: string, codec: { encode(m: T): { finish(): Uint8Array } }, value: T): Any => ({ typeUrl, value: codec.encode(value).finish() });
const uais = (amount: bigint) => [{ denom: "uais", amount: amount.toString() }];

function submitMsg(proposer: string, messages: Any[], deposit = MIN_DEPOSIT, extra: Partial<v1.MsgSubmitProposal> = {}): Any {
  return any("/cosmos.gov.v1.MsgSubmitProposal", v1.MsgSubmitProposal, {
    messages,
    initialDeposit: deposit === 0n ? [] : uais(deposit),
    proposer,
    metadata: "ipfs://proposal",
    title: "A proposal",
    summary: "What it changes and why",
    expedited: false,
    ...extra,
  });
}

const voteMsg = (id: bigint, voter: string, option: VoteOption) => any("/cosmos.gov.v1.MsgVote", v1.MsgVote, { proposalId: id, voter, option, metadata: "" });
const weightedMsg = (id: bigint, voter: string, options: [VoteOption, string][]) =>
  any("/cosmos.gov.v1.MsgVoteWeighted", v1.MsgVoteWeighted, { proposalId: id, voter, options: options.map(([option, weight]) => ({ option, weight })), metadata: "" });
const depositMsg = (id: bigint, depositor: string, amount: { denom: string; amount: string }[]) => any("/cosmos.gov.v1.MsgDeposit", v1.MsgDeposit, { proposalId: id, depositor, amount });
const epochsMsg = (seconds: bigint) => any("/ais.epochs.v1.MsgUpdateParams", EpochsUpdateParams, { authority: GOV_AUTHORITY, params: { epochDuration: { seconds, nanos: 0 } } });
const slashingMsg = (changes: Partial<typeof DEFAULT_SLASHING_PARAMS>, authority = GOV_AUTHORITY) =>
  any("/ais.slashing.v1.MsgUpdateParams", SlashingUpdateParams, { authority, params: { ...DEFAULT_SLASHING_PARAMS, ...changes } });
const sendMsg = (from: string, to: string, amount: bigint) => any("/cosmos.bank.v1beta1.MsgSend", MsgSend, { fromAddress: from, toAddress: to, amount: uais(amount) });

async function submit(c: TestChain, signer: AccountKey, messages: Any[], deposit = MIN_DEPOSIT, extra: Partial<v1.MsgSubmitProposal> = {}): Promise<bigint> {
  const result = await send(c, signer, submitMsg(signer.address, messages, deposit, extra));
  expect(result.log).toBe("");
  return v1.MsgSubmitProposalResponse.decode(TxMsgData.decode(result.data).msgResponses[0]!.value).proposalId;
}

async function ok(c: TestChain, signer: AccountKey, message: Any) {
  const result = await send(c, signer, message);
  expect(result.log).toBe("");
  expect(result.code).toBe(0);
}

function query<Req, Res>(c: TestChain, path: string, req: { encode(m: Req): { finish(): Uint8Array } }, value: Req, res: { decode(b: Uint8Array): Res }): Res {
  const r = c.app.query({ path, data: req.encode(value).finish(), height: 0n, prove: false });
  if (r.code !== 0) throw new Error(r.log);
  return res.decode(r.value);
}

const proposal = (c: TestChain, id: bigint): Proposal =>
  query(c, "/cosmos.gov.v1.Query/Proposal", v1q.QueryProposalRequest, { proposalId: id }, v1q.QueryProposalResponse).proposal!;
const tallyNow = (c: TestChain, id: bigint): TallyResult =>
  query(c, "/cosmos.gov.v1.Query/TallyResult", v1q.QueryTallyResultRequest, { proposalId: id }, v1q.QueryTallyResultResponse).tally!;

/** Blocks until the voting period of `id` has ended (one block past its end time). */
async function endVoting(c: TestChain, id: bigint) {
  const end = proposal(c, id).votingEndTime!.seconds;
  return c.block([], end - c.time);
}

const tallyOf = (yes: bigint, abstain: bigint, no: bigint, veto: bigint): TallyResult => ({
  yesCount: yes.toString(),
  abstainCount: abstain.toString(),
  noCount: no.toString(),
  noWithVetoCount: veto.toString(),
});

describe("gov: parameter proposals (validator set)", () => {
  it("passes with the validators' votes, changes epoch_duration and slash_fraction_downtime at the end of voting, and refunds the deposit", async () => {
    const { c, validators } = await start();
    const before = c.balance(alice.address);
    const id = await submit(c, alice, [epochsMsg(300n), slashingMsg({ slashFractionDowntime: "20000000000000000" })]);
    expect(proposal(c, id).status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    expect(c.balance(alice.address)).toBe(before - MIN_DEPOSIT - TEST_FEE);
    for (const v of validators) await ok(c, v.key, voteMsg(id, v.key.address, VoteOption.VOTE_OPTION_YES));
    // Nothing changes while voting.
    const params = () => aisModules();
    expect(params().epochs.keeper.params(c.readContext()).epochDuration.seconds).toBe(100n);
    const epochBefore = query(c, "/ais.epochs.v1.Query/CurrentEpoch", QueryCurrentEpochRequest, {}, QueryCurrentEpochResponse).epoch;

    const { events } = await endVoting(c, id);
    const ended = proposal(c, id);
    expect(ended.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(ended.finalTallyResult).toEqual(tallyOf(3n * GENESIS_SELF_BOND, 0n, 0n, 0n));
    expect(events.find((e) => e.type === "active_proposal")?.attributes.find((a) => a.key === "proposal_result")?.value).toBe("proposal_passed");
    const ctx = c.readContext();
    expect(params().epochs.keeper.params(ctx).epochDuration.seconds).toBe(300n);
    expect(params().slashing.keeper.params(ctx).slashFractionDowntime).toBe("20000000000000000");
    expect(c.balance(alice.address)).toBe(before - TEST_FEE);
    // The epoch under way keeps its boundary; the new length applies from it on (epochs params doc).
    const during = query(c, "/ais.epochs.v1.Query/CurrentEpoch", QueryCurrentEpochRequest, {}, QueryCurrentEpochResponse).epoch;
    expect(during.nextBoundary).toEqual(epochBefore.nextBoundary);
    await c.block([], during.nextBoundary.seconds - c.time);
    const next = query(c, "/ais.epochs.v1.Query/CurrentEpoch", QueryCurrentEpochRequest, {}, QueryCurrentEpochResponse).epoch;
    expect(next.number).toBe(during.number + 1n);
    // Boundaries fall on multiples of the length: the first one after the start that is one.
    expect(next.nextBoundary.seconds).toBe((next.startTime.seconds / 300n + 1n) * 300n);
  });

  it("changes every module's parameters through one proposal, all at the block that ends the vote", async () => {
    const { c, validators } = await start();
    const m = aisModules();
    const ctx = c.readContext();
    const update = <T>(typeUrl: string, codec: { encode(m: T): { finish(): Uint8Array } }, value: T) => any(typeUrl, codec, value);
    const messages = [
      update("/cosmos.auth.v1beta1.MsgUpdateParams", AuthUpdateParams, { authority: GOV_AUTHORITY, params: { ...m.auth.keeper.params(ctx), maxMemoCharacters: 512n } }),
      update("/cosmos.bank.v1beta1.MsgUpdateParams", BankUpdateParams, { authority: GOV_AUTHORITY, params: { sendEnabled: [], defaultSendEnabled: false } }),
      update("/cosmos.staking.v1beta1.MsgUpdateParams", StakingUpdateParams, { authority: GOV_AUTHORITY, params: { ...m.staking.keeper.params(ctx), maxValidators: 50 } }),
      update("/cosmos.consensus.v1.MsgUpdateParams", ConsensusUpdateParams, {
        authority: GOV_AUTHORITY,
        block: { maxBytes: 22_020_096n, maxGas: 200_000_000n },
        evidence: { maxAgeNumBlocks: 10_000n, maxAgeDuration: { seconds: 172_800n, nanos: 0 }, maxBytes: 1_048_576n },
        validator: { pubKeyTypes: ["ed25519"] },
        abci: undefined,
      }),
      update("/ais.fees.v1.MsgUpdateParams", FeesUpdateParams, { authority: GOV_AUTHORITY, params: { minGasPrices: [] } }),
      epochsMsg(300n),
      slashingMsg({ signedBlocksWindow: 200n }),
      update("/ais.distribution.v1.MsgUpdateParams", DistributionUpdateParams, { authority: GOV_AUTHORITY, params: { ...m.distribution.keeper.params(ctx), payoutBatchSize: 50 } }),
      update("/cosmos.gov.v1.MsgUpdateParams", v1.MsgUpdateParams, { authority: GOV_AUTHORITY, params: { ...m.gov.keeper.params(ctx), votingPeriod: { seconds: 30n, nanos: 0 } } }),
      update("/ais.gov.v1.MsgUpdateParams", CommunityUpdateParams, { authority: GOV_AUTHORITY, params: { exchangeAddresses: [inst.address] } }),
    ];
    const id = await submit(c, alice, messages);
    for (const v of validators) await ok(c, v.key, voteMsg(id, v.key.address, VoteOption.VOTE_OPTION_YES));
    await endVoting(c, id);
    expect(proposal(c, id).status, proposal(c, id).failedReason).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    const after = c.readContext();
    expect(m.auth.keeper.params(after).maxMemoCharacters).toBe(512n);
    expect(m.bank.keeper.params(after).defaultSendEnabled).toBe(false);
    expect(m.staking.keeper.params(after).maxValidators).toBe(50);
    expect(m.consensus.keeper.maxBlockGas(after)).toBe(200_000_000);
    expect(m.fees.keeper.params(after).minGasPrices).toEqual([]);
    expect(m.epochs.keeper.params(after).epochDuration.seconds).toBe(300n);
    expect(m.slashing.keeper.params(after).signedBlocksWindow).toBe(200n);
    expect(m.distribution.keeper.params(after).payoutBatchSize).toBe(50);
    expect(m.gov.keeper.params(after).votingPeriod).toEqual({ seconds: 30n, nanos: 0 });
    expect(m.gov.keeper.communityParams(after).exchangeAddresses).toEqual([inst.address]);
  });

  it("counts a delegator's own vote instead of its validator's, for exactly its shares (hand-computed tally)", async () => {
    const { c, validators } = await start();
    const [v0, v1v, v2] = validators as [(typeof validators)[0], (typeof validators)[0], (typeof validators)[0]];
    const delegated = 500_000n * 1_000_000n;
    await ok(c, inst, delegateMsg(inst.address, v0.operator, delegated));
    const id = await submit(c, alice, [epochsMsg(300n)]);
    await ok(c, v0.key, voteMsg(id, v0.key.address, VoteOption.VOTE_OPTION_YES));
    // Before the delegator votes, v0's vote carries the delegation too.
    expect(tallyNow(c, id)).toEqual(tallyOf(GENESIS_SELF_BOND + delegated, 0n, 0n, 0n));
    await ok(c, v1v.key, voteMsg(id, v1v.key.address, VoteOption.VOTE_OPTION_NO));
    await ok(c, inst, voteMsg(id, inst.address, VoteOption.VOTE_OPTION_NO));
    await ok(c, v2.key, weightedMsg(id, v2.key.address, [[VoteOption.VOTE_OPTION_YES, "0.5"], [VoteOption.VOTE_OPTION_NO, "0.5"]]));
    // v0: its 1M self-bond yes; the delegator's 0.5M no; v1 1M no; v2 0.5M yes and 0.5M no.
    const self = GENESIS_SELF_BOND;
    const expected = tallyOf(self + self / 2n, 0n, delegated + self + self / 2n, 0n);
    expect(tallyNow(c, id)).toEqual(expected);
    const power = query(c, "/ais.gov.v1.Query/VotingPower", QueryVotingPowerRequest, { proposalId: id, voter: inst.address }, QueryVotingPowerResponse);
    expect(power).toEqual({ kind: "validator_set", power: delegated.toString(), excluded: false });
    await endVoting(c, id);
    const ended = proposal(c, id);
    // yes 1.5M against no 2M: rejected. Had v0's vote carried the delegation, yes 2M against 1.5M would have passed.
    expect(ended.finalTallyResult).toEqual(expected);
    expect(ended.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(aisModules().epochs.keeper.params(c.readContext()).epochDuration.seconds).toBe(100n);
  });

  it("rejects a proposal short of quorum and returns the deposit; burns it when burn_vote_quorum is set", async () => {
    for (const burn of [false, true]) {
      const { c, validators } = await start({ gov: { burn_vote_quorum: burn } });
      const supply = aisModules().bank.keeper.supplyOf(c.readContext(), "uais");
      const before = c.balance(alice.address);
      const id = await submit(c, alice, [epochsMsg(300n)]);
      await ok(c, validators[0]!.key, voteMsg(id, validators[0]!.key.address, VoteOption.VOTE_OPTION_YES)); // 1/3 of the power < 0.334
      await endVoting(c, id);
      expect(proposal(c, id).status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
      expect(aisModules().epochs.keeper.params(c.readContext()).epochDuration.seconds).toBe(100n);
      expect(c.balance(alice.address)).toBe(before - TEST_FEE - (burn ? MIN_DEPOSIT : 0n));
      expect(aisModules().bank.keeper.supplyOf(c.readContext(), "uais")).toBe(supply - (burn ? MIN_DEPOSIT : 0n));
      await c.close();
      chain = undefined;
    }
  });

  it("burns the deposit of a vetoed proposal (more than a third of the votes NoWithVeto)", async () => {
    const { c, validators } = await start();
    const supply = aisModules().bank.keeper.supplyOf(c.readContext(), "uais");
    const depositor = tech;
    const id = await submit(c, alice, [epochsMsg(300n)], MIN_DEPOSIT / 2n);
    await ok(c, depositor, depositMsg(id, depositor.address, uais(MIN_DEPOSIT / 2n)));
    expect(proposal(c, id).status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    await ok(c, validators[0]!.key, voteMsg(id, validators[0]!.key.address, VoteOption.VOTE_OPTION_YES));
    await ok(c, validators[1]!.key, voteMsg(id, validators[1]!.key.address, VoteOption.VOTE_OPTION_YES));
    await ok(c, validators[2]!.key, voteMsg(id, validators[2]!.key.address, VoteOption.VOTE_OPTION_NO_WITH_VETO)); // 1/3 > 0.334? no: 0.3333…
    // A third exactly is not more than 0.334: it passes unless someone else vetoes too.
    expect(tallyNow(c, id).noWithVetoCount).toBe(GENESIS_SELF_BOND.toString());
    await ok(c, validators[1]!.key, weightedMsg(id, validators[1]!.key.address, [[VoteOption.VOTE_OPTION_YES, "0.9"], [VoteOption.VOTE_OPTION_NO_WITH_VETO, "0.1"]]));
    const { events } = await endVoting(c, id);
    expect(proposal(c, id).status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(events.some((e) => e.type === "burn")).toBe(true);
    expect(aisModules().bank.keeper.supplyOf(c.readContext(), "uais")).toBe(supply - MIN_DEPOSIT);
    expect(aisModules().epochs.keeper.params(c.readContext()).epochDuration.seconds).toBe(100n);
  });

  it("fails a passed proposal cleanly when a message fails at execution: none of its messages take effect", async () => {
    const { c, validators } = await start();
    const spend = any("/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", MsgCommunityPoolSpend, { authority: GOV_AUTHORITY, recipient: alice.address, amount: uais(10n ** 15n) });
    const id = await submit(c, alice, [epochsMsg(300n), spend]);
    for (const v of validators) await ok(c, v.key, voteMsg(id, v.key.address, VoteOption.VOTE_OPTION_YES));
    const { events } = await endVoting(c, id);
    const ended = proposal(c, id);
    expect(ended.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(ended.failedReason).toMatch(/message 1 \(\/cosmos.distribution.v1beta1.MsgCommunityPoolSpend\): community pool holds \d+, cannot spend/);
    expect(events.find((e) => e.type === "active_proposal")?.attributes.find((a) => a.key === "proposal_result")?.value).toBe("proposal_failed");
    expect(aisModules().epochs.keeper.params(c.readContext()).epochDuration.seconds).toBe(100n);
  });

  it("refuses an invalid parameter set at submission (a fraction above 1), taking no deposit and changing no params", async () => {
    const { c } = await start();
    const before = c.balance(alice.address);
    const result = await send(c, alice, submitMsg(alice.address, [slashingMsg({ slashFractionDowntime: "2000000000000000000" })]));
    expect(result.codespace).toBe("gov");
    expect(result.code).toBe(12);
    expect(result.log).toContain("slashFractionDowntime must be a fraction between 0 and 1");
    expect(c.balance(alice.address)).toBe(before - TEST_FEE);
    expect(aisModules().gov.keeper.nextProposalId(c.readContext())).toBe(1n);
    expect(aisModules().slashing.keeper.params(c.readContext())).toEqual(DEFAULT_SLASHING_PARAMS);
  });

  it("spends the community pool, funded by a cancelled proposal's charge sent to it (proposal_cancel_dest)", async () => {
    const { c, validators } = await start({ gov: { proposal_cancel_dest: DISTRIBUTION } });
    const cancelled = await submit(c, tech, [epochsMsg(300n)]);
    const poolBefore = aisModules().distribution.keeper.communityPool(c.readContext());
    const techBefore = c.balance(tech.address);
    await ok(c, tech, any("/cosmos.gov.v1.MsgCancelProposal", v1.MsgCancelProposal, { proposalId: cancelled, proposer: tech.address }));
    expect(c.balance(tech.address)).toBe(techBefore - TEST_FEE + MIN_DEPOSIT / 2n);
    const pool = aisModules().distribution.keeper.communityPool(c.readContext());
    expect(pool - poolBefore).toBeGreaterThanOrEqual(MIN_DEPOSIT / 2n); // plus this block's community tax
    expect(() => proposal(c, cancelled)).toThrow(/doesn't exist/);

    const recipient = keyFromMnemonic(newMnemonic()).address;
    const spend = any("/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", MsgCommunityPoolSpend, { authority: GOV_AUTHORITY, recipient, amount: uais(MIN_DEPOSIT / 2n) });
    const id = await submit(c, alice, [spend]);
    for (const v of validators) await ok(c, v.key, voteMsg(id, v.key.address, VoteOption.VOTE_OPTION_YES));
    await endVoting(c, id);
    expect(proposal(c, id).status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(c.balance(recipient)).toBe(MIN_DEPOSIT / 2n);
  });
});

describe("gov: community proposals (one AIS, one vote)", () => {
  it("is decided by AIS held, leaves exchange-listed addresses out, and counts no token twice when tokens move mid-vote", async () => {
    const { c } = await start({ exchanges: [tech.address] });
    const id = await submit(c, alice, []);
    const refused = await send(c, tech, voteMsg(id, tech.address, VoteOption.VOTE_OPTION_YES));
    expect([refused.codespace, refused.code]).toEqual(["gov", 100]);
    // The same address spelled in upper case (valid bech32) is the same listed account.
    const shouting = await send(c, tech, voteMsg(id, tech.address.toUpperCase(), VoteOption.VOTE_OPTION_YES));
    expect([shouting.codespace, shouting.code], shouting.log).toEqual(["gov", 100]);

    await ok(c, alice, voteMsg(id, alice.address, VoteOption.VOTE_OPTION_YES));
    await ok(c, inst, voteMsg(id, inst.address, VoteOption.VOTE_OPTION_NO));
    const aliceAtVote = c.balance(alice.address);
    const instAtVote = c.balance(inst.address);
    // Alice hands half her AIS to a new address, which votes yes with it, and some to inst, who voted no.
    const friend = keyFromMnemonic(newMnemonic());
    await ok(c, alice, sendMsg(alice.address, friend.address, aliceAtVote / 2n));
    await ok(c, alice, sendMsg(alice.address, inst.address, 1_000_000n));
    await ok(c, friend, voteMsg(id, friend.address, VoteOption.VOTE_OPTION_YES));
    const friendAtVote = c.balance(friend.address);
    const aliceNow = c.balance(alice.address);
    // Each vote counts min(held at vote, held now): alice only what she kept, inst no more than when voting.
    const expected = tallyOf(aliceNow + friendAtVote, 0n, instAtVote, 0n);
    expect(tallyNow(c, id)).toEqual(expected);
    const power = query(c, "/ais.gov.v1.Query/VotingPower", QueryVotingPowerRequest, { proposalId: id, voter: tech.address }, QueryVotingPowerResponse);
    expect(power).toEqual({ kind: "community", power: "0", excluded: true });

    await endVoting(c, id);
    const ended = proposal(c, id);
    expect(ended.finalTallyResult).toEqual(expected);
    // Counting alice's half twice would have given yes ≈ 15e15 > inst's ≈ 14.99e15; counted once, no wins.
    expect(aliceAtVote + friendAtVote).toBeGreaterThan(instAtVote);
    expect(ended.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
  });

  it("counts staked AIS at its owner and an exchange list changed by governance", async () => {
    const { c, validators } = await start();
    const staked = 2_000_000n * 1_000_000n;
    await ok(c, tech, delegateMsg(tech.address, validators[0]!.operator, staked));
    const list = any("/ais.gov.v1.MsgUpdateParams", CommunityUpdateParams, { authority: GOV_AUTHORITY, params: { exchangeAddresses: [inst.address] } });
    const listing = await submit(c, alice, [list]);
    for (const v of validators) await ok(c, v.key, voteMsg(listing, v.key.address, VoteOption.VOTE_OPTION_YES));
    const id = await submit(c, alice, []);
    await ok(c, tech, voteMsg(id, tech.address, VoteOption.VOTE_OPTION_YES));
    expect(tallyNow(c, id).yesCount).toBe((c.balance(tech.address) + staked).toString());
    await ok(c, inst, voteMsg(id, inst.address, VoteOption.VOTE_OPTION_NO));
    expect(BigInt(tallyNow(c, id).noCount)).toBe(c.balance(inst.address));

    await endVoting(c, listing);
    expect(proposal(c, listing).status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(proposal(c, id).status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    // Listed now: its new vote is refused, and the one it cast before no longer counts.
    const refused = await send(c, inst, voteMsg(id, inst.address, VoteOption.VOTE_OPTION_NO));
    expect(refused.code).toBe(100);
    expect(tallyNow(c, id).noCount).toBe("0");
  });
});

describe("gov: the exchange list's addresses", () => {
  it("are kept in canonical lower case from genesis and governance; mixed case is refused, and one address in two cases is listed twice", async () => {
    const upper = (address: string) => address.toUpperCase();
    expect(communityParamsFromJson({ exchange_addresses: [upper(inst.address)] })).toEqual({ exchangeAddresses: [inst.address] });
    expect(() => communityParamsFromJson({ exchange_addresses: [inst.address, upper(inst.address)] })).toThrow(`exchange_addresses lists ${inst.address} twice`);
    expect(() => communityParamsFromJson({ exchange_addresses: [`AIS${inst.address.slice(3)}`] })).toThrow(/is not an account address/);

    const { c, validators } = await start({ exchanges: [upper(inst.address)] });
    expect(aisModules().gov.keeper.communityParams(c.readContext()).exchangeAddresses).toEqual([inst.address]);
    const list = (addresses: string[]) => any("/ais.gov.v1.MsgUpdateParams", CommunityUpdateParams, { authority: GOV_AUTHORITY, params: { exchangeAddresses: addresses } });
    const twice = await send(c, alice, submitMsg(alice.address, [list([tech.address, upper(tech.address)])]));
    expect([twice.codespace, twice.code, twice.log]).toEqual(["gov", 12, expect.stringContaining(`exchange_addresses lists ${tech.address} twice`)]);
    const id = await submit(c, alice, [list([upper(tech.address), inst.address])]);
    for (const v of validators) await ok(c, v.key, voteMsg(id, v.key.address, VoteOption.VOTE_OPTION_YES));
    await endVoting(c, id);
    expect(proposal(c, id).status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(aisModules().gov.keeper.communityParams(c.readContext()).exchangeAddresses).toEqual([tech.address, inst.address]);
  });
});

describe("gov: lifecycle and v1beta1", () => {
  it("turns an expedited proposal short of expedited_threshold into a regular one, keeping its votes", async () => {
    const { c, validators } = await start();
    const id = await submit(c, alice, [epochsMsg(300n)], 5n * MIN_DEPOSIT, { expedited: true });
    const started = proposal(c, id);
    expect(started.votingEndTime!.seconds - started.votingStartTime!.seconds).toBe(10n);
    // Two thirds yes: more than the threshold (0.5), not more than expedited_threshold (0.667).
    for (const v of validators.slice(0, 2)) await ok(c, v.key, voteMsg(id, v.key.address, VoteOption.VOTE_OPTION_YES));
    await ok(c, validators[2]!.key, voteMsg(id, validators[2]!.key.address, VoteOption.VOTE_OPTION_NO));
    const { events } = await endVoting(c, id);
    expect(events.find((e) => e.type === "active_proposal")?.attributes.find((a) => a.key === "proposal_result")?.value).toBe("expedited_proposal_rejected");
    const regular = proposal(c, id);
    expect([regular.status, regular.expedited]).toEqual([ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, false]);
    expect(regular.votingEndTime!.seconds - regular.votingStartTime!.seconds).toBe(20n);
    await endVoting(c, id);
    expect(proposal(c, id).status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(aisModules().epochs.keeper.params(c.readContext()).epochDuration.seconds).toBe(300n);
  });

  it("drops a proposal that misses min_deposit by the end of the deposit period, burning its deposit when burn_proposal_deposit_prevote is set", async () => {
    const { c } = await start({ gov: { burn_proposal_deposit_prevote: true } });
    const supply = aisModules().bank.keeper.supplyOf(c.readContext(), "uais");
    await submit(c, alice, [], MIN_DEPOSIT / 10n);
    await c.block([], 10n);
    expect(aisModules().bank.keeper.supplyOf(c.readContext(), "uais")).toBe(supply - MIN_DEPOSIT / 10n);
  });

  it("drops a proposal that misses min_deposit by the end of the deposit period and refunds its deposits", async () => {
    const { c } = await start();
    const before = c.balance(alice.address);
    const id = await submit(c, alice, [], MIN_DEPOSIT / 10n);
    expect(proposal(c, id).status).toBe(ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD);
    const early = await send(c, inst, voteMsg(id, inst.address, VoteOption.VOTE_OPTION_YES));
    expect([early.codespace, early.code]).toEqual(["gov", 3]);
    const { events } = await c.block([], 10n);
    expect(events.some((e) => e.type === "inactive_proposal")).toBe(true);
    expect(() => proposal(c, id)).toThrow(/doesn't exist/);
    expect(c.balance(alice.address)).toBe(before - TEST_FEE);
    const late = await send(c, inst, depositMsg(id, inst.address, uais(MIN_DEPOSIT)));
    expect([late.codespace, late.code]).toEqual(["gov", 2]);
  });

  it("serves v1beta1: a TextProposal becomes a community proposal; weights and params in the legacy encodings", async () => {
    const { c } = await start();
    const content = { typeUrl: "/cosmos.gov.v1beta1.TextProposal", value: TextProposal.encode({ title: "Signal", description: "Do we want GPUs?" }).finish() };
    await ok(c, alice, any("/cosmos.gov.v1beta1.MsgSubmitProposal", v1beta1.MsgSubmitProposal, { content, initialDeposit: uais(MIN_DEPOSIT), proposer: alice.address }));
    await ok(c, inst, any("/cosmos.gov.v1beta1.MsgVoteWeighted", v1beta1.MsgVoteWeighted, { proposalId: 1n, voter: inst.address, options: [{ option: 1, weight: "600000000000000000" }, { option: 3, weight: "400000000000000000" }] }));
    const legacy = query(c, "/cosmos.gov.v1beta1.Query/Proposal", v1beta1q.QueryProposalRequest, { proposalId: 1n }, v1beta1q.QueryProposalResponse).proposal;
    expect(legacy.content?.typeUrl).toBe("/cosmos.gov.v1beta1.TextProposal");
    expect(TextProposal.decode(legacy.content!.value)).toEqual({ title: "Signal", description: "Do we want GPUs?" });
    expect(proposal(c, 1n).messages).toEqual([]);
    const vote = query(c, "/cosmos.gov.v1beta1.Query/Vote", v1beta1q.QueryVoteRequest, { proposalId: 1n, voter: inst.address }, v1beta1q.QueryVoteResponse).vote;
    expect(vote.options.map((o) => o.weight)).toEqual(["600000000000000000", "400000000000000000"]);
    const v1vote = query(c, "/cosmos.gov.v1.Query/Vote", v1q.QueryVoteRequest, { proposalId: 1n, voter: inst.address }, v1q.QueryVoteResponse).vote!;
    expect(v1vote.options.map((o) => o.weight)).toEqual(["0.600000000000000000", "0.400000000000000000"]);
    const tallying = query(c, "/cosmos.gov.v1beta1.Query/Params", v1beta1q.QueryParamsRequest, { paramsType: "tallying" }, v1beta1q.QueryParamsResponse);
    expect(new TextDecoder().decode(tallying.tallyParams.quorum)).toBe("334000000000000000");
    const bad = c.app.query({ path: "/cosmos.gov.v1beta1.Query/Params", data: v1beta1q.QueryParamsRequest.encode({ paramsType: "everything" }).finish(), height: 0n, prove: false });
    expect(bad.code).not.toBe(0);
    const other = { typeUrl: "/cosmos.distribution.v1beta1.CommunityPoolSpendProposal", value: new Uint8Array(0) };
    const refused = await send(c, alice, any("/cosmos.gov.v1beta1.MsgSubmitProposal", v1beta1.MsgSubmitProposal, { content: other, initialDeposit: uais(MIN_DEPOSIT), proposer: alice.address }));
    expect([refused.codespace, refused.code]).toEqual(["gov", 6]);
  });

  it("lets only the proposer cancel, burning proposal_cancel_ratio of every deposit and refunding the rest", async () => {
    const { c } = await start();
    const supply = aisModules().bank.keeper.supplyOf(c.readContext(), "uais");
    const id = await submit(c, alice, [], MIN_DEPOSIT / 2n);
    await ok(c, inst, depositMsg(id, inst.address, uais(MIN_DEPOSIT / 2n)));
    const stranger = await send(c, inst, any("/cosmos.gov.v1.MsgCancelProposal", v1.MsgCancelProposal, { proposalId: id, proposer: inst.address }));
    expect([stranger.codespace, stranger.code]).toEqual(["gov", 18]);
    const aliceBefore = c.balance(alice.address);
    const instBefore = c.balance(inst.address);
    const { results } = await sendInBlock(c, alice, any("/cosmos.gov.v1.MsgCancelProposal", v1.MsgCancelProposal, { proposalId: id, proposer: alice.address }));
    expect(results[0]!.events.find((e) => e.type === "cancel_proposal")?.attributes.map((a) => [a.key, a.value])).toEqual([["sender", alice.address], ["proposal_id", id.toString()]]);
    expect(c.balance(alice.address)).toBe(aliceBefore - TEST_FEE + MIN_DEPOSIT / 4n);
    expect(c.balance(inst.address)).toBe(instBefore + MIN_DEPOSIT / 4n);
    expect(aisModules().bank.keeper.supplyOf(c.readContext(), "uais")).toBe(supply - MIN_DEPOSIT / 2n);
  });
});

describe("gov: bad input", () => {
  it("rejects each with its code and changes nothing", async () => {
    // Each rejected transaction takes a block (1 s): a vote long enough for all of them.
    const { c, validators } = await start({ gov: { voting_period: "120s" } });
    const id = await submit(c, alice, [epochsMsg(300n)]);
    const expectFailure = async (signer: AccountKey, message: Any, codespace: string, code: number, log?: RegExp) => {
      const digestBefore = govState(c);
      const result = await send(c, signer, message);
      expect([result.codespace, result.code], result.log).toEqual([codespace, code]);
      if (log !== undefined) expect(result.log).toMatch(log);
      expect(govState(c)).toEqual(digestBefore);
    };
    const otherDenom = [{ denom: "ufoo", amount: "10000000" }];
    await expectFailure(inst, depositMsg(id, inst.address, otherDenom), "gov", 23, /gov accepts only the following denom\(s\): uais/);
    await expectFailure(inst, depositMsg(99n, inst.address, uais(MIN_DEPOSIT)), "gov", 2);
    await expectFailure(inst, depositMsg(id, inst.address, uais(1n)), "gov", 16, /need \(100000uais\)/);
    await expectFailure(inst, voteMsg(99n, inst.address, VoteOption.VOTE_OPTION_YES), "gov", 2);
    await expectFailure(inst, voteMsg(id, inst.address, VoteOption.VOTE_OPTION_UNSPECIFIED), "gov", 7);
    await expectFailure(inst, weightedMsg(id, inst.address, [[VoteOption.VOTE_OPTION_YES, "0.5"], [VoteOption.VOTE_OPTION_NO, "0.4"]]), "gov", 7, /total weight 0.900000000000000000 is not 1/);
    await expectFailure(inst, weightedMsg(id, inst.address, [[VoteOption.VOTE_OPTION_YES, "0.5"], [VoteOption.VOTE_OPTION_YES, "0.5"]]), "gov", 7, /duplicated vote option/);
    await expectFailure(inst, weightedMsg(id, inst.address, [[VoteOption.VOTE_OPTION_YES, "1.5"], [VoteOption.VOTE_OPTION_NO, "-0.5"]]), "gov", 7);
    await expectFailure(alice, submitMsg(alice.address, [slashingMsg({}, alice.address)]), "gov", 13, /not the gov account/);
    await expectFailure(alice, submitMsg(alice.address, [{ typeUrl: "/cosmos.distribution.v1beta1.MsgDepositValidatorRewardsPool", value: new Uint8Array(0) }]), "gov", 10);
    await expectFailure(alice, submitMsg(alice.address, [{ typeUrl: "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", value: new Uint8Array(0) }]), "sdk", 2, /unable to resolve type URL/);
    // Signed by the gov account, but not a governance message: it would move the escrowed deposits.
    await expectFailure(alice, submitMsg(alice.address, [sendMsg(GOV_AUTHORITY, alice.address, MIN_DEPOSIT)]), "gov", 12, /MsgSend is not a governance message/);
    await expectFailure(alice, submitMsg(alice.address, [voteMsg(id, GOV_AUTHORITY, VoteOption.VOTE_OPTION_YES)]), "gov", 12, /not a governance message/);
    await expectFailure(alice, submitMsg(alice.address, [], MIN_DEPOSIT, { title: "t".repeat(256) }), "gov", 24);
    await expectFailure(alice, submitMsg(alice.address, [], MIN_DEPOSIT, { title: "é".repeat(128) }), "gov", 24, /length 256/); // bytes, as the SDK counts
    await expectFailure(alice, submitMsg(alice.address, [], MIN_DEPOSIT, { summary: "s".repeat(10_201) }), "gov", 22);
    await expectFailure(alice, submitMsg(alice.address, [], MIN_DEPOSIT, { metadata: "m".repeat(256) }), "gov", 15);
    await expectFailure(alice, submitMsg(alice.address, [], MIN_DEPOSIT, { title: "" }), "gov", 5);
    await expectFailure(alice, submitMsg(alice.address, [], MIN_DEPOSIT / 20n), "gov", 16, /initial deposit was/);
    // As the SDK's msg server: something to act on, and recommended-format metadata agreeing with the text.
    await expectFailure(alice, submitMsg(alice.address, [], MIN_DEPOSIT, { metadata: "" }), "gov", 11, /either metadata or Msgs length must be non-nil/);
    const json = (fields: object) => JSON.stringify(fields);
    await expectFailure(alice, submitMsg(alice.address, [], MIN_DEPOSIT, { metadata: json({ title: "Another", summary: "What it changes and why" }) }), "gov", 5, /metadata title 'Another' must equal proposal title 'A proposal'/);
    await expectFailure(alice, submitMsg(alice.address, [], MIN_DEPOSIT, { metadata: json({ Title: "A proposal", SUMMARY: "other" }) }), "gov", 5, /metadata summary 'other'/); // keys matched as Go matches them
    await expectFailure(alice, submitMsg(alice.address, [], MIN_DEPOSIT, { metadata: "null" }), "gov", 5, /metadata title '' must equal/);
    // Agreeing metadata passes, and so does metadata Go could not read into ProposalMetadata (a field of another type).
    await ok(c, alice, submitMsg(alice.address, [], MIN_DEPOSIT, { metadata: json({ title: "A proposal", summary: "What it changes and why", authors: ["alice"] }) }));
    await ok(c, alice, submitMsg(alice.address, [], MIN_DEPOSIT, { metadata: json({ title: 5 }) }));
    await expectFailure(alice, any("/cosmos.gov.v1.MsgUpdateParams", v1.MsgUpdateParams, { authority: GOV_AUTHORITY, params: { ...DEFAULT_GOV_PARAMS, quorum: "1.5" } }), "sdk", 18, /quorum must be between 0 and 1/);
    await expectFailure(alice, any("/cosmos.gov.v1.MsgUpdateParams", v1.MsgUpdateParams, { authority: alice.address, params: DEFAULT_GOV_PARAMS }), "sdk", 4, /invalid authority/);
    // Voting closed: votes and deposits on a finished proposal are refused.
    const closed = await submit(c, alice, [epochsMsg(300n)]);
    for (const v of validators) await ok(c, v.key, voteMsg(closed, v.key.address, VoteOption.VOTE_OPTION_YES));
    await endVoting(c, closed);
    await c.block([]); // the next block deletes the finished proposals' vote records (a batch per block)
    await expectFailure(inst, voteMsg(closed, inst.address, VoteOption.VOTE_OPTION_YES), "gov", 3);
    await expectFailure(inst, depositMsg(closed, inst.address, uais(MIN_DEPOSIT)), "gov", 3);
  });
});

/** The gov store and the gov module account's balance. */
function govState(c: TestChain): string[] {
  const entries = [...c.readContext().kv("gov").iterate()].map(([k, v]) => `${Buffer.from(k).toString("hex")}=${Buffer.from(v).toString("hex")}`);
  return [...entries, `escrow=${c.balance(accString(moduleAddress("gov")))}`];
}

describe("gov: what a failed proposal records", () => {
  const proposalOf = (typeUrl: string): Proposal => ({ ...v1.MsgSubmitProposal.fromPartial({}), id: 7n, messages: [{ typeUrl, value: new Uint8Array(0) }] }) as unknown as Proposal;
  const failing = (error: () => never): Gov => ({
    keeper: new GovKeeper(),
    deps: {
      route: () => ({ typeUrl: "/ais.test.v1.MsgExplode", codec: v1.MsgCancelProposal, signers: () => [GOV_AUTHORITY], governance: true, handle: error }),
    } as unknown as Gov["deps"],
  });

  it("keeps registered texts only: an exception of ours is 'internal', an engine error halts the block", async () => {
    const c = await TestChain.start();
    try {
      const ctx = c.readContext();
      const ours = execute(failing(() => { throw new Error("V8-independent text of ours"); }), ctx, proposalOf("/ais.test.v1.MsgExplode"));
      expect(ours).toBe("message 0 (/ais.test.v1.MsgExplode): internal");
      const registered = execute(failing(() => { throw sdkErrors.insufficientFunds.wrap("0uais < 1uais"); }), ctx, proposalOf("/ais.test.v1.MsgExplode"));
      expect(registered).toBe("message 0 (/ais.test.v1.MsgExplode): 0uais < 1uais: insufficient funds");
      const engine = failing(() => { throw new RangeError("Maximum call stack size exceeded"); });
      expect(() => execute(engine, ctx, proposalOf("/ais.test.v1.MsgExplode"))).toThrow(EngineFault);
    } finally {
      await c.close();
    }
  });
});
