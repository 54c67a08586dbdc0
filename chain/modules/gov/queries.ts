// cosmos.gov.v1.Query, cosmos.gov.v1beta1.Query (cosmjs's gov extension reads these) and
// ais.gov.v1.Query (the exchange list, a voter's power on a proposal).
import * as v1 from "cosmjs-types/cosmos/gov/v1/query";
import * as v1beta1 from "cosmjs-types/cosmos/gov/v1beta1/query";
import { Deposit, Proposal, ProposalStatus, Vote, type TallyResult } from "cosmjs-types/cosmos/gov/v1/gov";
import * as legacy from "cosmjs-types/cosmos/gov/v1beta1/gov";
import type { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import * as ais from "../../../codegen/ais/gov/v1/query.js";
import type { Context } from "../../app/context.js";
import { grpcError } from "../../app/errors.js";
import { queryRoute, type AnyQueryRoute } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import { queryAddress } from "../../types/address.js";
import { ONE } from "../../types/dec.js";
import type { GovKeeper } from "./keeper.js";
import { decParam, type GovParams } from "./params.js";
import { isExchange, type Gov } from "./proposals.js";
import { EMPTY_TALLY_RESULT, StakeBook, proposalKind, tallyResultOf } from "./tally.js";
import { liveTally } from "./tally-index.js";

/** 0001-01-01T00:00:00Z: the SDK's zero time, which v1beta1 writes for times not reached yet. */
const ZERO_TIME: Timestamp = { seconds: -62_135_596_800n, nanos: 0 };

function found(keeper: GovKeeper, ctx: Context, id: bigint): Proposal {
  if (id === 0n) throw grpcError("InvalidArgument", "proposal id can not be 0");
  const proposal = keeper.proposal(ctx, id);
  if (proposal === undefined) throw grpcError("NotFound", `proposal ${id} doesn't exist`);
  return proposal;
}

/** The current count while voting, the final one after, zeros before. */
function currentTally(gov: Gov, ctx: Context, proposal: Proposal): TallyResult {
  switch (proposal.status) {
    case ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD:
      return EMPTY_TALLY_RESULT;
    case ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD:
      // The running count: the bonded validators' records, or the community totals (never the votes).
      return tallyResultOf(liveTally(ctx, gov, proposal));
    default:
      return proposal.finalTallyResult ?? EMPTY_TALLY_RESULT;
  }
}

function legacyTally(result: TallyResult): legacy.TallyResult {
  return { yes: result.yesCount, abstain: result.abstainCount, no: result.noCount, noWithVeto: result.noWithVetoCount };
}

/** v1beta1's content: a text proposal for one without messages, else its first message (as the SDK does). */
function legacyContent(proposal: Proposal): Any {
  if (proposal.messages.length > 0) return proposal.messages[0]!;
  return { typeUrl: "/cosmos.gov.v1beta1.TextProposal", value: legacy.TextProposal.encode({ title: proposal.title, description: proposal.summary }).finish() };
}

function legacyProposal(proposal: Proposal): legacy.Proposal {
  return {
    proposalId: proposal.id,
    content: legacyContent(proposal),
    status: proposal.status as number as legacy.ProposalStatus,
    finalTallyResult: legacyTally(proposal.finalTallyResult ?? EMPTY_TALLY_RESULT),
    submitTime: proposal.submitTime ?? ZERO_TIME,
    depositEndTime: proposal.depositEndTime ?? ZERO_TIME,
    totalDeposit: proposal.totalDeposit,
    votingStartTime: proposal.votingStartTime ?? ZERO_TIME,
    votingEndTime: proposal.votingEndTime ?? ZERO_TIME,
  };
}

/** v1beta1 weights are LegacyDec atomics. */
function legacyVote(vote: Vote): legacy.Vote {
  return {
    proposalId: vote.proposalId,
    voter: vote.voter,
    option: 0,
    options: vote.options.map((o) => ({ option: o.option as number as legacy.VoteOption, weight: decParam(o.weight, "weight").toString() })),
  };
}

const atomicsBytes = (value: string, name: string) => new TextEncoder().encode(decParam(value, name).toString());

function legacyParams(params: GovParams, type: string): v1beta1.QueryParamsResponse {
  const response = v1beta1.QueryParamsResponse.fromPartial({});
  if (type === "voting") response.votingParams = { votingPeriod: params.votingPeriod! };
  else if (type === "deposit") response.depositParams = { minDeposit: params.minDeposit, maxDepositPeriod: params.maxDepositPeriod! };
  else if (type === "tallying") {
    response.tallyParams = {
      quorum: atomicsBytes(params.quorum, "quorum"),
      threshold: atomicsBytes(params.threshold, "threshold"),
      vetoThreshold: atomicsBytes(params.vetoThreshold, "veto_threshold"),
    };
  } else throw grpcError("InvalidArgument", `${type} is not a valid parameter type`);
  return response;
}

function v1Params(params: GovParams, type: string): v1.QueryParamsResponse {
  const response: v1.QueryParamsResponse = { params };
  if (type === "voting") response.votingParams = { votingPeriod: params.votingPeriod };
  else if (type === "deposit") response.depositParams = { minDeposit: params.minDeposit, maxDepositPeriod: params.maxDepositPeriod };
  else if (type === "tallying") response.tallyParams = { quorum: params.quorum, threshold: params.threshold, vetoThreshold: params.vetoThreshold };
  else if (type !== "") throw grpcError("InvalidArgument", `unknown params type: ${type}`);
  return response;
}

function proposalPage(gov: Gov, ctx: Context, req: v1.QueryProposalsRequest) {
  const voter = req.voter === "" ? undefined : queryAddress(req.voter);
  const depositor = req.depositor === "" ? undefined : queryAddress(req.depositor);
  return paginate(
    gov.keeper.proposalStore(ctx),
    req.pagination,
    (_key, value) => Proposal.decode(value),
    (p) =>
      (req.proposalStatus === 0 || (p.status as number) === (req.proposalStatus as number)) &&
      (voter === undefined || liveVote(gov, ctx, p, voter) !== undefined) &&
      (depositor === undefined || gov.keeper.deposit(ctx, p.id, depositor) !== undefined),
  );
}

/**
 * Votes exist for the SDK only while a proposal is voting (it deletes them when tallying); here a
 * finished proposal's records are deleted over the following blocks, and are not shown meanwhile.
 */
function liveVote(gov: Gov, ctx: Context, proposal: Proposal, voter: Uint8Array): Vote | undefined {
  return proposal.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD ? gov.keeper.vote(ctx, proposal.id, voter) : undefined;
}

function votePage(gov: Gov, ctx: Context, req: { proposalId: bigint; pagination?: PageRequest }) {
  const proposal = found(gov.keeper, ctx, req.proposalId);
  if (proposal.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) return { items: [] as Vote[], pagination: { nextKey: new Uint8Array(0), total: 0n } };
  return paginate(gov.keeper.voteStore(ctx, req.proposalId), req.pagination, (_key, value) => Vote.decode(value));
}

function depositPage(gov: Gov, ctx: Context, req: { proposalId: bigint; pagination?: PageRequest }) {
  found(gov.keeper, ctx, req.proposalId);
  return paginate(gov.keeper.depositStore(ctx, req.proposalId), req.pagination, (_key, value) => Deposit.decode(value));
}

function foundVote(gov: Gov, ctx: Context, id: bigint, voter: string): Vote {
  const vote = liveVote(gov, ctx, found(gov.keeper, ctx, id), queryAddress(voter));
  if (vote === undefined) throw grpcError("InvalidArgument", `voter: ${voter} not found for proposal: ${id}`);
  return vote;
}

function foundDeposit(gov: Gov, ctx: Context, id: bigint, depositor: string): Deposit {
  found(gov.keeper, ctx, id);
  const deposit = gov.keeper.deposit(ctx, id, queryAddress(depositor));
  if (deposit === undefined) throw grpcError("InvalidArgument", `depositer: ${depositor} not found for proposal: ${id}`);
  return deposit;
}

/** What the voter's own vote counts now (a validator's vote also carries the delegators that do not vote). */
function votingPower(gov: Gov, ctx: Context, proposal: Proposal, voter: Uint8Array): ais.QueryVotingPowerResponse {
  const kind = proposalKind(proposal);
  const book = new StakeBook(ctx, gov.deps);
  if (kind === "community") {
    const excluded = isExchange(gov, ctx, voter);
    const now = book.holdings(voter);
    const atVote = gov.keeper.voteHoldings(ctx, proposal.id, voter);
    const power = excluded ? 0n : atVote !== undefined && atVote < now ? atVote : now;
    return { kind, power: power.toString(), excluded };
  }
  return { kind, power: (book.bondedPower(voter) / ONE).toString(), excluded: false };
}

export function govQueries(gov: Gov): AnyQueryRoute[] {
  const { keeper } = gov;
  return [
    // --- v1 ---
    queryRoute({
      path: "/cosmos.gov.v1.Query/Params",
      request: v1.QueryParamsRequest,
      response: v1.QueryParamsResponse,
      handle: (ctx, req) => v1Params(keeper.params(ctx), req.paramsType),
    }),
    queryRoute({
      path: "/cosmos.gov.v1.Query/Constitution",
      request: v1.QueryConstitutionRequest,
      response: v1.QueryConstitutionResponse,
      handle: (ctx) => ({ constitution: keeper.constitution(ctx) }),
    }),
    queryRoute({
      path: "/cosmos.gov.v1.Query/Proposal",
      request: v1.QueryProposalRequest,
      response: v1.QueryProposalResponse,
      handle: (ctx, req) => ({ proposal: found(keeper, ctx, req.proposalId) }),
    }),
    queryRoute({
      path: "/cosmos.gov.v1.Query/Proposals",
      request: v1.QueryProposalsRequest,
      response: v1.QueryProposalsResponse,
      handle(ctx, req) {
        const page = proposalPage(gov, ctx, req);
        return { proposals: page.items, pagination: page.pagination };
      },
    }),
    queryRoute({
      path: "/cosmos.gov.v1.Query/Vote",
      request: v1.QueryVoteRequest,
      response: v1.QueryVoteResponse,
      handle: (ctx, req) => ({ vote: foundVote(gov, ctx, req.proposalId, req.voter) }),
    }),
    queryRoute({
      path: "/cosmos.gov.v1.Query/Votes",
      request: v1.QueryVotesRequest,
      response: v1.QueryVotesResponse,
      handle(ctx, req) {
        const page = votePage(gov, ctx, req);
        return { votes: page.items, pagination: page.pagination };
      },
    }),
    queryRoute({
      path: "/cosmos.gov.v1.Query/Deposit",
      request: v1.QueryDepositRequest,
      response: v1.QueryDepositResponse,
      handle: (ctx, req) => ({ deposit: foundDeposit(gov, ctx, req.proposalId, req.depositor) }),
    }),
    queryRoute({
      path: "/cosmos.gov.v1.Query/Deposits",
      request: v1.QueryDepositsRequest,
      response: v1.QueryDepositsResponse,
      handle(ctx, req) {
        const page = depositPage(gov, ctx, req);
        return { deposits: page.items, pagination: page.pagination };
      },
    }),
    queryRoute({
      path: "/cosmos.gov.v1.Query/TallyResult",
      request: v1.QueryTallyResultRequest,
      response: v1.QueryTallyResultResponse,
      handle: (ctx, req) => ({ tally: currentTally(gov, ctx, found(keeper, ctx, req.proposalId)) }),
    }),

    // --- v1beta1 ---
    queryRoute({
      path: "/cosmos.gov.v1beta1.Query/Params",
      request: v1beta1.QueryParamsRequest,
      response: v1beta1.QueryParamsResponse,
      handle: (ctx, req) => legacyParams(keeper.params(ctx), req.paramsType),
    }),
    queryRoute({
      path: "/cosmos.gov.v1beta1.Query/Proposal",
      request: v1beta1.QueryProposalRequest,
      response: v1beta1.QueryProposalResponse,
      handle: (ctx, req) => ({ proposal: legacyProposal(found(keeper, ctx, req.proposalId)) }),
    }),
    queryRoute({
      path: "/cosmos.gov.v1beta1.Query/Proposals",
      request: v1beta1.QueryProposalsRequest,
      response: v1beta1.QueryProposalsResponse,
      handle(ctx, req) {
        const page = proposalPage(gov, ctx, { ...req, proposalStatus: req.proposalStatus as number as ProposalStatus });
        return { proposals: page.items.map(legacyProposal), pagination: page.pagination };
      },
    }),
    queryRoute({
      path: "/cosmos.gov.v1beta1.Query/Vote",
      request: v1beta1.QueryVoteRequest,
      response: v1beta1.QueryVoteResponse,
      handle: (ctx, req) => ({ vote: legacyVote(foundVote(gov, ctx, req.proposalId, req.voter)) }),
    }),
    queryRoute({
      path: "/cosmos.gov.v1beta1.Query/Votes",
      request: v1beta1.QueryVotesRequest,
      response: v1beta1.QueryVotesResponse,
      handle(ctx, req) {
        const page = votePage(gov, ctx, req);
        return { votes: page.items.map(legacyVote), pagination: page.pagination };
      },
    }),
    queryRoute({
      path: "/cosmos.gov.v1beta1.Query/Deposit",
      request: v1beta1.QueryDepositRequest,
      response: v1beta1.QueryDepositResponse,
      handle: (ctx, req) => ({ deposit: foundDeposit(gov, ctx, req.proposalId, req.depositor) }),
    }),
    queryRoute({
      path: "/cosmos.gov.v1beta1.Query/Deposits",
      request: v1beta1.QueryDepositsRequest,
      response: v1beta1.QueryDepositsResponse,
      handle(ctx, req) {
        const page = depositPage(gov, ctx, req);
        return { deposits: page.items, pagination: page.pagination };
      },
    }),
    queryRoute({
      path: "/cosmos.gov.v1beta1.Query/TallyResult",
      request: v1beta1.QueryTallyResultRequest,
      response: v1beta1.QueryTallyResultResponse,
      handle: (ctx, req) => ({ tally: legacyTally(currentTally(gov, ctx, found(keeper, ctx, req.proposalId))) }),
    }),

    // --- ais ---
    queryRoute({
      path: "/ais.gov.v1.Query/Params",
      request: ais.QueryParamsRequest,
      response: ais.QueryParamsResponse,
      handle: (ctx) => ({ params: keeper.communityParams(ctx) }),
    }),
    queryRoute({
      path: "/ais.gov.v1.Query/VotingPower",
      request: ais.QueryVotingPowerRequest,
      response: ais.QueryVotingPowerResponse,
      handle: (ctx, req) => votingPower(gov, ctx, found(keeper, ctx, req.proposalId), queryAddress(req.voter)),
    }),
  ];
}
