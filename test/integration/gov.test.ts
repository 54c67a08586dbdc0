// Governance on real CometBFT with 4 validators and a 30-second voting period. Several proposals run
// side by side: a parameter change passed by the validators (epoch_duration and
// slash_fraction_downtime, in force from the block that ends the vote), one short of quorum (deposit
// returned), one vetoed (deposit burned), one where a delegator's own vote overrides its validator's
// (tally recomputed here from staking queries), one whose second message fails (nothing applied), and
// a community proposal decided by AIS held, with an exchange-listed holder left out and tokens moved
// between voters mid-vote. Everything is sent through cosmjs.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeliverTxResponse, SigningStargateClient } from "@cosmjs/stargate";
import { QueryBalanceRequest, QueryBalanceResponse, QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgCommunityPoolSpend } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { ProposalStatus, VoteOption, type Proposal } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryProposalRequest, QueryProposalResponse, QueryProposalsRequest, QueryProposalsResponse } from "cosmjs-types/cosmos/gov/v1/query";
import { MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { QueryDelegationRequest, QueryDelegationResponse, QueryValidatorRequest, QueryValidatorResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { QueryParamsRequest as DistributionParamsRequest, QueryParamsResponse as DistributionParamsResponse } from "../../codegen/ais/distribution/v1/query.js";
import { MsgUpdateParams as DistributionUpdateParams } from "../../codegen/ais/distribution/v1/tx.js";
import { QueryParamsRequest as EpochsParamsRequest, QueryParamsResponse as EpochsParamsResponse } from "../../codegen/ais/epochs/v1/query.js";
import { MsgUpdateParams as EpochsUpdateParams } from "../../codegen/ais/epochs/v1/tx.js";
import { QueryParamsRequest as SlashingParamsRequest, QueryParamsResponse as SlashingParamsResponse } from "../../codegen/ais/slashing/v1/query.js";
import { MsgUpdateParams as SlashingUpdateParams } from "../../codegen/ais/slashing/v1/tx.js";
import { GOV_AUTHORITY } from "../../chain/modules/authority.js";
import { operatorAddressOf } from "../../chain/node/gentx.js";
import { newMnemonic } from "../../chain/node/wallet.js";
import { Network } from "../helpers/network.js";
import { aisd, runAisd, tempDir, waitFor } from "../helpers/node.js";

const MIN_DEPOSIT = 10_000_000n;
const DELEGATED = 100_000n * 1_000_000n;
const TWO_PERCENT = (2n * 10n ** 18n) / 100n;
const GOV_ACCOUNT = GOV_AUTHORITY;
let restBase = "";

describe("governance on real CometBFT", () => {
  let net: Network;
  const clients = new Map<string, SigningStargateClient>();

  async function client(mnemonic: string): Promise<{ client: SigningStargateClient; address: string }> {
    const { client: c, address } = await net.signingClient(mnemonic);
    clients.set(address, c);
    return { client: c, address };
  }

  async function broadcast(signer: { client: SigningStargateClient; address: string }, messages: { typeUrl: string; value: unknown }[]): Promise<DeliverTxResponse> {
    return signer.client.signAndBroadcast(signer.address, messages, "auto");
  }

  /** With a fixed fee: "auto" would stop at the failed simulation, and these must reach a block. */
  async function broadcastFailing(signer: { client: SigningStargateClient; address: string }, messages: { typeUrl: string; value: unknown }[]): Promise<DeliverTxResponse> {
    return signer.client.signAndBroadcast(signer.address, messages, { amount: [{ denom: "uais", amount: "10000" }], gas: "400000" });
  }

  async function submit(signer: { client: SigningStargateClient; address: string }, messages: Any[], title: string): Promise<{ id: bigint; height: number }> {
    const result = await broadcast(signer, [
      {
        typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
        value: MsgSubmitProposal.fromPartial({ messages, initialDeposit: [{ denom: "uais", amount: MIN_DEPOSIT.toString() }], proposer: signer.address, title, summary: `${title}, for the test`, metadata: "ipfs://proposal" }),
      },
    ]);
    expect(result.code, result.rawLog).toBe(0);
    const id = result.events.find((e) => e.type === "submit_proposal")!.attributes.find((a) => a.key === "proposal_id")!.value;
    return { id: BigInt(id), height: result.height };
  }

  async function vote(signer: { client: SigningStargateClient; address: string }, id: bigint, option: VoteOption): Promise<DeliverTxResponse> {
    const result = await broadcast(signer, [{ typeUrl: "/cosmos.gov.v1.MsgVote", value: MsgVote.fromPartial({ proposalId: id, voter: signer.address, option }) }]);
    return result;
  }

  const proposalAt = async (id: bigint, height = 0): Promise<Proposal> =>
    (await net.query("/cosmos.gov.v1.Query/Proposal", QueryProposalRequest, { proposalId: id }, QueryProposalResponse, height)).proposal!;

  /** Waits for the vote to end; returns the proposal and the height of the block that ended it. */
  async function ended(id: bigint, since: number): Promise<{ proposal: Proposal; height: number }> {
    const proposal = await waitFor(`proposal ${id} to end`, async () => {
      const p = await proposalAt(id);
      return p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD ? undefined : p;
    }, 90_000);
    let [low, high] = [since, await net.nodes[0]!.height()];
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if ((await proposalAt(id, mid)).status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) low = mid + 1;
      else high = mid;
    }
    return { proposal, height: low };
  }

  const balance = async (address: string, height = 0) =>
    BigInt((await net.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, { address, denom: "uais" }, QueryBalanceResponse, height)).balance!.amount);
  const supply = async (height = 0) => BigInt((await net.query("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest, { denom: "uais" }, QuerySupplyOfResponse, height)).amount.amount);
  const staked = async (delegator: string, validator: string, height: number) => {
    try {
      return BigInt((await net.query("/cosmos.staking.v1beta1.Query/Delegation", QueryDelegationRequest, { delegatorAddr: delegator, validatorAddr: validator }, QueryDelegationResponse, height)).delegationResponse!.balance!.amount);
    } catch {
      return 0n;
    }
  };
  const validatorAt = async (operator: string, height: number) =>
    (await net.query("/cosmos.staking.v1beta1.Query/Validator", QueryValidatorRequest, { validatorAddr: operator }, QueryValidatorResponse, height)).validator!;

  beforeAll(async () => {
    net = await Network.start({
      validators: 4,
      epochSeconds: 20,
      params: {
        gov: {
          min_deposit: [{ denom: "uais", amount: MIN_DEPOSIT.toString() }],
          expedited_min_deposit: [{ denom: "uais", amount: (5n * MIN_DEPOSIT).toString() }],
          max_deposit_period: "8s",
          voting_period: "30s",
          expedited_voting_period: "6s",
        },
      },
      sections: (network) => ({ gov: { community_params: { exchange_addresses: [network.holder("technology").address] } } }),
    });
    restBase = net.rest[0]!;
  }, 180_000);

  afterAll(async () => {
    for (const c of clients.values()) c.disconnect();
    await net?.stop();
  });

  it("decides parameter proposals by the validator set and community proposals by AIS held", async () => {
    const operators = await Promise.all([0, 1, 2, 3].map((i) => client(net.operator(i).mnemonic)));
    const valoper = operators.map((o) => operatorAddressOf(o.address));
    const alice = await client(net.holder("private").mnemonic);
    const inst = await client(net.holder("institutions").mnemonic);
    const tech = await client(net.holder("technology").mnemonic);
    const friend = await client(newMnemonic());

    const epochsMsg = (seconds: bigint): Any => ({ typeUrl: "/ais.epochs.v1.MsgUpdateParams", value: EpochsUpdateParams.encode({ authority: GOV_AUTHORITY, params: { epochDuration: { seconds, nanos: 0 } } }).finish() });
    const slashing = (await net.query("/ais.slashing.v1.Query/Params", SlashingParamsRequest, {}, SlashingParamsResponse)).params;
    const slashingMsg = (fraction: bigint): Any => ({
      typeUrl: "/ais.slashing.v1.MsgUpdateParams",
      value: SlashingUpdateParams.encode({ authority: GOV_AUTHORITY, params: { ...slashing, slashFractionDowntime: fraction.toString() } }).finish(),
    });
    const distribution = (await net.query("/ais.distribution.v1.Query/Params", DistributionParamsRequest, {}, DistributionParamsResponse)).params;
    const distributionMsg: Any = {
      typeUrl: "/ais.distribution.v1.MsgUpdateParams",
      value: DistributionUpdateParams.encode({ authority: GOV_AUTHORITY, params: { ...distribution, payoutBatchSize: 200 } }).finish(),
    };

    // An invalid parameter set (a fraction above 1) is refused at submission: no proposal, no change.
    const invalid = await broadcastFailing(alice, [
      { typeUrl: "/cosmos.gov.v1.MsgSubmitProposal", value: MsgSubmitProposal.fromPartial({ messages: [slashingMsg(2n * 10n ** 18n)], initialDeposit: [{ denom: "uais", amount: MIN_DEPOSIT.toString() }], proposer: alice.address, title: "bad", summary: "bad" }) },
    ]);
    expect(invalid.code).toBe(12);
    expect(invalid.rawLog).toMatch(/invalid proposal message/);
    expect((await net.query("/cosmos.gov.v1.Query/Proposals", QueryProposalsRequest, { proposalStatus: 0, voter: "", depositor: "" }, QueryProposalsResponse)).proposals).toEqual([]);

    // The institutions holder delegates to validator 0 before anything is proposed.
    const delegation = await inst.client.delegateTokens(inst.address, valoper[0]!, { denom: "uais", amount: DELEGATED.toString() }, "auto");
    expect(delegation.code).toBe(0);

    const supplyBefore = await supply();
    const spend: Any = {
      typeUrl: "/cosmos.distribution.v1beta1.MsgCommunityPoolSpend",
      value: MsgCommunityPoolSpend.encode({ authority: GOV_AUTHORITY, recipient: alice.address, amount: [{ denom: "uais", amount: (10n ** 15n).toString() }] }).finish(),
    };
    // Different proposers, so the submissions go out side by side.
    // Alice, a community voter, proposes nothing: no refund may reach her while the votes are counted.
    const [params, quorum, vetoed, override, failing, community] = await Promise.all([
      submit(operators[0]!, [epochsMsg(40n), slashingMsg(TWO_PERCENT)], "epochs and downtime"),
      submit(operators[3]!, [epochsMsg(30n)], "short of quorum"),
      submit(tech, [epochsMsg(50n)], "vetoed"),
      submit(operators[2]!, [distributionMsg], "override"),
      submit(operators[1]!, [epochsMsg(60n), spend], "fails at execution"),
      submit(inst, [], "community signal"),
    ]);

    const yes = VoteOption.VOTE_OPTION_YES;
    const no = VoteOption.VOTE_OPTION_NO;
    const veto = VoteOption.VOTE_OPTION_NO_WITH_VETO;
    // Each operator casts all its votes in one transaction.
    await Promise.all(
      operators.map(async (op, i) => {
        const votes: [bigint, VoteOption][] = [
          [params.id, yes],
          [failing.id, yes],
          [vetoed.id, i < 2 ? veto : yes],
          [override.id, i === 0 || i === 3 ? yes : no],
          ...(i === 3 ? [[quorum.id, yes] as [bigint, VoteOption]] : []),
        ];
        const r = await broadcast(op, votes.map(([id, option]) => ({ typeUrl: "/cosmos.gov.v1.MsgVote", value: MsgVote.fromPartial({ proposalId: id, voter: op.address, option }) })));
        expect(r.code, r.rawLog).toBe(0);
      }),
    );
    // The delegator overrides validator 0 on the override proposal, for its own shares only.
    expect((await vote(inst, override.id, no)).code).toBe(0);

    // Community: alice yes, inst no; the exchange-listed holder cannot vote; alice hands half her
    // AIS to a friend, who votes yes with it.
    const techVote = await broadcastFailing(tech, [{ typeUrl: "/cosmos.gov.v1.MsgVote", value: MsgVote.fromPartial({ proposalId: community.id, voter: tech.address, option: yes }) }]);
    expect(techVote.code).toBe(100);
    expect(techVote.rawLog).toMatch(/exchange-listed address cannot vote/);
    const [aliceVote, instVote] = await Promise.all([vote(alice, community.id, yes), vote(inst, community.id, no)]);
    const aliceHeld = await balance(alice.address, aliceVote.height);
    const instHeld = (await balance(inst.address, instVote.height)) + (await staked(inst.address, valoper[0]!, instVote.height));
    const gift = await alice.client.sendTokens(alice.address, friend.address, [{ denom: "uais", amount: (aliceHeld / 2n).toString() }], "auto");
    expect(gift.code).toBe(0);
    const friendVote = await vote(friend, community.id, yes);
    expect(friendVote.code, friendVote.rawLog).toBe(0);
    const friendHeld = await balance(friend.address, friendVote.height);

    // --- outcomes ---
    const passed = await ended(params.id, params.height);
    expect(passed.proposal.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    const epochsAt = async (h: number) => (await net.query("/ais.epochs.v1.Query/Params", EpochsParamsRequest, {}, EpochsParamsResponse, h)).params.epochDuration.seconds;
    const downtimeAt = async (h: number) => BigInt((await net.query("/ais.slashing.v1.Query/Params", SlashingParamsRequest, {}, SlashingParamsResponse, h)).params.slashFractionDowntime);
    // In force from the block whose EndBlock ended the vote, not a block earlier.
    expect([await epochsAt(passed.height - 1), await epochsAt(passed.height)]).toEqual([20n, 40n]);
    expect([await downtimeAt(passed.height - 1), await downtimeAt(passed.height)]).toEqual([BigInt(slashing.slashFractionDowntime), TWO_PERCENT]);
    // The epoch under way keeps its boundary; the next one ends on a multiple of 40 s.
    const during = await net.epoch(passed.height);
    const next = await net.nextEpoch(during.number);
    expect(next.startTime.seconds).toBe(during.nextBoundary.seconds);
    expect(next.nextBoundary.seconds).toBe((next.startTime.seconds / 40n + 1n) * 40n);

    const short = await ended(quorum.id, quorum.height);
    expect(short.proposal.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    const vetoedEnd = await ended(vetoed.id, vetoed.height);
    expect(vetoedEnd.proposal.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(BigInt(vetoedEnd.proposal.finalTallyResult!.noWithVetoCount)).toBeGreaterThan(0n);

    // Override: v0's yes carries its own shares only; the delegator's are counted as its no.
    const overrideEnd = await ended(override.id, override.height);
    const h = overrideEnd.height - 1; // the state the tally read
    const tokens = await Promise.all(valoper.map(async (v) => BigInt((await validatorAt(v, h)).tokens)));
    const v0 = await validatorAt(valoper[0]!, h);
    const instShares = (await net.query("/cosmos.staking.v1beta1.Query/Delegation", QueryDelegationRequest, { delegatorAddr: inst.address, validatorAddr: valoper[0]! }, QueryDelegationResponse, h)).delegationResponse!.delegation!.shares;
    const ONE = 10n ** 18n;
    const instPower = (BigInt(instShares) * tokens[0]! * ONE) / BigInt(v0.delegatorShares);
    const v0Power = ((BigInt(v0.delegatorShares) - BigInt(instShares)) * tokens[0]! * ONE) / BigInt(v0.delegatorShares);
    const expectedYes = (v0Power + tokens[3]! * ONE) / ONE;
    const expectedNo = (instPower + (tokens[1]! + tokens[2]!) * ONE) / ONE;
    expect(overrideEnd.proposal.finalTallyResult).toEqual({ yesCount: expectedYes.toString(), abstainCount: "0", noCount: expectedNo.toString(), noWithVetoCount: "0" });
    // Without the override, v0's yes would have carried the delegation and passed the proposal.
    expect(expectedYes + DELEGATED).toBeGreaterThan(expectedNo - DELEGATED);
    expect(overrideEnd.proposal.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);

    const failed = await ended(failing.id, failing.height);
    expect(failed.proposal.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(failed.proposal.failedReason).toMatch(/MsgCommunityPoolSpend\): community pool holds \d+, cannot spend/);
    expect(await epochsAt(failed.height)).toBe(40n);

    const communityEnd = await ended(community.id, community.height);
    const end = communityEnd.height - 1;
    const aliceEnd = await balance(alice.address, end);
    const friendEnd = await balance(friend.address, end);
    const instEnd = (await balance(inst.address, end)) + (await staked(inst.address, valoper[0]!, end));
    const min = (a: bigint, b: bigint) => (a < b ? a : b);
    expect(communityEnd.proposal.finalTallyResult).toEqual({
      yesCount: (min(aliceHeld, aliceEnd) + min(friendHeld, friendEnd)).toString(),
      abstainCount: "0",
      noCount: min(instHeld, instEnd).toString(),
      noWithVetoCount: "0",
    });

    // Counting alice's half twice (once at her, once at her friend) would have carried the vote.
    expect(aliceHeld + friendHeld).toBeGreaterThan(min(instHeld, instEnd));
    expect(communityEnd.proposal.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);

    // Deposits: the vetoed one burned, every other one returned (the gov account holds nothing).
    expect(await supply()).toBe(supplyBefore - MIN_DEPOSIT);
    expect(await balance(GOV_ACCOUNT)).toBe(0n);
  });

  it("takes proposals, deposits and votes from the CLI and serves them over REST (v1 and v1beta1) and aisd query gov", async () => {
    const keys = tempDir("gov-keys");
    const env = { AIS_KEYRING_PASSWORD: "a very long password" };
    const node = ["--node", net.nodes[0]!.url, "--home", keys.path];
    try {
      for (const [name, mnemonic] of [["proposer", net.holder("private").mnemonic], ["voter", net.holder("institutions").mnemonic]] as const) {
        const added = runAisd(["keys", "add", name, "--recover", "--home", keys.path], env, `${mnemonic}\n`);
        expect((await added.exited).code, added.output()).toBe(0);
      }
      const voterAddress = net.holder("institutions").address;
      const file = join(keys.path, "proposal.json");
      writeFileSync(file, JSON.stringify({ messages: [], metadata: "ipfs://signal", deposit: `${MIN_DEPOSIT / 2n}uais`, title: "Do we want GPUs?", summary: "A signal", expedited: false }));
      const tx = async (args: string[]) => JSON.parse(await aisd(["tx", "gov", ...args, ...node], env)) as { code: number; raw_log: string };
      expect((await tx(["submit-proposal", "proposer", file])).code).toBe(0);
      const proposals = async () => (await get("/cosmos/gov/v1/proposals?proposal_status=PROPOSAL_STATUS_DEPOSIT_PERIOD")) as { proposals: { id: string; title: string }[] };
      const pending = await waitFor("the CLI's proposal", async () => (await proposals()).proposals.find((p) => p.title === "Do we want GPUs?"));
      const id = pending.id;
      expect((await tx(["deposit", "voter", id, `${MIN_DEPOSIT / 2n}uais`])).code).toBe(0);
      await waitFor("voting", async () => (((await get(`/cosmos/gov/v1/proposals/${id}`)) as { proposal: { status: string } }).proposal.status === "PROPOSAL_STATUS_VOTING_PERIOD" ? true : undefined));
      expect((await tx(["weighted-vote", "voter", id, "yes=0.6,no=0.4"])).code).toBe(0);
      await waitFor("the vote", async () => (((await get(`/cosmos/gov/v1/proposals/${id}/votes`)) as { votes: unknown[] }).votes.length === 1 ? true : undefined));

      // Malformed input is refused before anything is signed.
      const bad = runAisd(["tx", "gov", "weighted-vote", "voter", id, "yes=0.5,no=0.4", ...node], env);
      expect((await bad.exited).code).not.toBe(0);
      expect(bad.output()).toContain("total weight 0.900000000000000000 is not 1");
      writeFileSync(file, JSON.stringify({ messages: [{ "@type": "/ais.epochs.v1.MsgUpdateParams", authority: GOV_AUTHORITY, params: {} }], deposit: "1uais", title: "t", summary: "s" }));
      const partial = runAisd(["tx", "gov", "submit-proposal", "proposer", file, ...node], env);
      expect((await partial.exited).code).not.toBe(0);
      expect(partial.output()).toContain("replaces every parameter; missing: epoch_duration");

      const proposal = (await get(`/cosmos/gov/v1/proposals/${id}`)) as { proposal: Record<string, unknown> };
      expect(proposal.proposal).toMatchObject({ id, messages: [], status: "PROPOSAL_STATUS_VOTING_PERIOD", metadata: "ipfs://signal", title: "Do we want GPUs?", summary: "A signal", proposer: net.holder("private").address, expedited: false, failed_reason: "" });
      expect(proposal.proposal.total_deposit).toEqual([{ denom: "uais", amount: MIN_DEPOSIT.toString() }]);
      const legacy = (await get(`/cosmos/gov/v1beta1/proposals/${id}`)) as { proposal: Record<string, unknown> };
      expect(legacy.proposal.content).toEqual({ "@type": "/cosmos.gov.v1beta1.TextProposal", title: "Do we want GPUs?", description: "A signal" });
      expect((await get(`/cosmos/gov/v1/proposals/${id}/votes/${voterAddress}`)) as unknown).toEqual({
        vote: { proposal_id: id, voter: voterAddress, options: [{ option: "VOTE_OPTION_YES", weight: "0.600000000000000000" }, { option: "VOTE_OPTION_NO", weight: "0.400000000000000000" }], metadata: "" },
      });
      expect(((await get(`/cosmos/gov/v1beta1/proposals/${id}/votes/${voterAddress}`)) as { vote: { options: unknown[] } }).vote.options).toEqual([
        { option: "VOTE_OPTION_YES", weight: "0.600000000000000000" },
        { option: "VOTE_OPTION_NO", weight: "0.400000000000000000" },
      ]);
      expect(((await get(`/cosmos/gov/v1/proposals/${id}/deposits`)) as { deposits: unknown[] }).deposits).toHaveLength(2);
      const power = (await get(`/ais/gov/v1/proposals/${id}/voting_power/${voterAddress}`)) as { kind: string; power: string };
      expect(power.kind).toBe("community");
      // The tally the REST gateway shows is the voter's weight split 60/40 (one voter so far).
      const tally = ((await get(`/cosmos/gov/v1/proposals/${id}/tally`)) as { tally: { yes_count: string; no_count: string } }).tally;
      expect(BigInt(tally.yes_count) + BigInt(tally.no_count)).toBeLessThanOrEqual(BigInt(power.power));
      expect(BigInt(tally.yes_count)).toBeGreaterThan(BigInt(tally.no_count));
      expect(((await get("/cosmos/gov/v1/params/tallying")) as { tally_params: unknown }).tally_params).toEqual({ quorum: "0.334000000000000000", threshold: "0.500000000000000000", veto_threshold: "0.334000000000000000" });
      expect(((await get("/cosmos/gov/v1beta1/params/voting")) as { voting_params: unknown }).voting_params).toEqual({ voting_period: "30s" });
      expect((await get("/ais/gov/v1/params")) as unknown).toEqual({ params: { exchange_addresses: [net.holder("technology").address] } });
      const missing = await fetch(`${net.rest[0]}/cosmos/gov/v1/proposals/999`);
      expect(missing.status).toBe(404);
      expect((await fetch(`${net.rest[0]}/cosmos/gov/v1/params/everything`)).status).toBe(400);

      // aisd query gov prints what REST serves.
      const query = async (args: string[]) => JSON.parse(await aisd(["query", "gov", ...args, "--node", net.nodes[0]!.url])) as unknown;
      expect(await query(["proposal", id])).toEqual(await get(`/cosmos/gov/v1/proposals/${id}`));
      expect(await query(["vote", id, voterAddress])).toEqual(await get(`/cosmos/gov/v1/proposals/${id}/votes/${voterAddress}`));
      expect(await query(["deposits", id])).toEqual(await get(`/cosmos/gov/v1/proposals/${id}/deposits`));
      expect(await query(["params", "tallying"])).toEqual(await get("/cosmos/gov/v1/params/tallying"));
      expect(((await query(["params"])) as { params: { voting_period: string } }).params.voting_period).toBe("30s"); // the type is optional, as in the SDK's autocli
      expect(await query(["exchange-list"])).toEqual(await get("/ais/gov/v1/params"));
    } finally {
      keys.remove();
    }
  });
});

async function get(path: string): Promise<unknown> {
  const response = await fetch(`${restBase}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
