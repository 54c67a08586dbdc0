// /cosmos/gov/v1/… and /cosmos/gov/v1beta1/… (what wallets and explorers read) and /ais/gov/v1/…
// (the exchange list, a voter's power on a proposal), in the SDK gateway's JSON.
import type { FastifyPluginAsync } from "fastify";
import type { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { ProposalStatus, VoteOption, type Deposit, type Params, type Proposal, type TallyResult, type Vote } from "cosmjs-types/cosmos/gov/v1/gov";
import * as legacy from "cosmjs-types/cosmos/gov/v1beta1/gov";
import * as v1 from "cosmjs-types/cosmos/gov/v1/query";
import * as v1beta1 from "cosmjs-types/cosmos/gov/v1beta1/query";
import { Any } from "cosmjs-types/google/protobuf/any";
import * as ais from "../../codegen/ais/gov/v1/query.js";
import { badRequest } from "./errors.js";
import { queryAt, type GrpcQuery, type RestContext } from "./context.js";
import { decBytesJson, decJson, durationJson, pageJson, timestampJson, type Json } from "./json.js";
import { pageRequest, type PaginationQuery } from "./pagination.js";
import type { ProtoJson } from "./protojson.js";
import { addressParams, paginatedQuery } from "./schemas.js";

const V1 = "/cosmos.gov.v1.Query";
const V1BETA1 = "/cosmos.gov.v1beta1.Query";

const coinsJson = (coins: readonly { denom: string; amount: string }[]) => coins.map((c) => ({ denom: c.denom, amount: c.amount }));

function tallyJson(t: TallyResult | undefined): Json | null {
  if (t === undefined) return null;
  return { yes_count: t.yesCount, abstain_count: t.abstainCount, no_count: t.noCount, no_with_veto_count: t.noWithVetoCount };
}

function voteJson(v: Vote): Json {
  return { proposal_id: v.proposalId.toString(), voter: v.voter, options: v.options.map((o) => ({ option: VoteOption[o.option], weight: o.weight })), metadata: v.metadata };
}

function depositJson(d: Deposit): Json {
  return { proposal_id: d.proposalId.toString(), depositor: d.depositor, amount: coinsJson(d.amount) };
}

function paramsJson(p: Params): Json {
  return {
    min_deposit: coinsJson(p.minDeposit),
    max_deposit_period: durationJson(p.maxDepositPeriod),
    voting_period: durationJson(p.votingPeriod),
    quorum: p.quorum,
    threshold: p.threshold,
    veto_threshold: p.vetoThreshold,
    min_initial_deposit_ratio: p.minInitialDepositRatio,
    proposal_cancel_ratio: p.proposalCancelRatio,
    proposal_cancel_dest: p.proposalCancelDest,
    expedited_voting_period: durationJson(p.expeditedVotingPeriod),
    expedited_threshold: p.expeditedThreshold,
    expedited_min_deposit: coinsJson(p.expeditedMinDeposit),
    burn_vote_quorum: p.burnVoteQuorum,
    burn_proposal_deposit_prevote: p.burnProposalDepositPrevote,
    burn_vote_veto: p.burnVoteVeto,
    min_deposit_ratio: p.minDepositRatio,
  };
}

/** The params_type path segment, as both versions' gateways take it. */
export function paramsType(text: string): string {
  if (!["deposit", "voting", "tallying"].includes(text)) throw badRequest(`${text} is not a valid parameter type: deposit, voting or tallying`);
  return text;
}

/** proposal_status as a name (PROPOSAL_STATUS_PASSED) or its number; absent: every status. */
export function proposalStatus(text: string | undefined): ProposalStatus {
  if (text === undefined || text === "") return ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED;
  const value = /^[0-9]+$/.test(text) ? Number(text) : (ProposalStatus as unknown as Record<string, number>)[text];
  if (value === undefined || ProposalStatus[value] === undefined || value < 0) throw badRequest(`unknown proposal_status ${JSON.stringify(text)}`);
  return value as ProposalStatus;
}

export interface ProposalFilter {
  status: ProposalStatus;
  voter: string;
  depositor: string;
}

/** cosmos.gov v1 and v1beta1 and ais.gov.v1 queries in the gateway's JSON (REST and `aisd query gov`). */
export function govGateway(query: GrpcQuery, json: ProtoJson) {
  const anyJson = (any: Any) => json.message(Any, any);
  const proposalJson = (p: Proposal): Json => ({
    id: p.id.toString(),
    messages: p.messages.map(anyJson),
    status: ProposalStatus[p.status],
    final_tally_result: tallyJson(p.finalTallyResult),
    submit_time: timestampJson(p.submitTime),
    deposit_end_time: timestampJson(p.depositEndTime),
    total_deposit: coinsJson(p.totalDeposit),
    voting_start_time: timestampJson(p.votingStartTime),
    voting_end_time: timestampJson(p.votingEndTime),
    metadata: p.metadata,
    title: p.title,
    summary: p.summary,
    proposer: p.proposer,
    expedited: p.expedited,
    failed_reason: p.failedReason,
  });
  const legacyProposalJson = (p: legacy.Proposal): Json => ({
    proposal_id: p.proposalId.toString(),
    content: p.content === undefined ? null : anyJson(p.content),
    status: legacy.ProposalStatus[p.status],
    final_tally_result: { yes: p.finalTallyResult.yes, abstain: p.finalTallyResult.abstain, no: p.finalTallyResult.no, no_with_veto: p.finalTallyResult.noWithVeto },
    submit_time: timestampJson(p.submitTime),
    deposit_end_time: timestampJson(p.depositEndTime),
    total_deposit: coinsJson(p.totalDeposit),
    voting_start_time: timestampJson(p.votingStartTime),
    voting_end_time: timestampJson(p.votingEndTime),
  });
  const legacyVoteJson = (v: legacy.Vote): Json => ({
    proposal_id: v.proposalId.toString(),
    voter: v.voter,
    option: legacy.VoteOption[v.option],
    options: v.options.map((o) => ({ option: legacy.VoteOption[o.option], weight: decJson(o.weight) })),
  });

  return {
    async params(type: string): Promise<Json> {
      const r = await query(`${V1}/Params`, v1.QueryParamsRequest, { paramsType: type }, v1.QueryParamsResponse);
      return {
        voting_params: r.votingParams === undefined ? null : { voting_period: durationJson(r.votingParams.votingPeriod) },
        deposit_params: r.depositParams === undefined ? null : { min_deposit: coinsJson(r.depositParams.minDeposit), max_deposit_period: durationJson(r.depositParams.maxDepositPeriod) },
        tally_params: r.tallyParams === undefined ? null : { quorum: r.tallyParams.quorum, threshold: r.tallyParams.threshold, veto_threshold: r.tallyParams.vetoThreshold },
        params: r.params === undefined ? null : paramsJson(r.params),
      };
    },
    async constitution(): Promise<Json> {
      return { constitution: (await query(`${V1}/Constitution`, v1.QueryConstitutionRequest, {}, v1.QueryConstitutionResponse)).constitution };
    },
    async proposal(proposalId: bigint): Promise<Json> {
      const r = await query(`${V1}/Proposal`, v1.QueryProposalRequest, { proposalId }, v1.QueryProposalResponse);
      return { proposal: proposalJson(r.proposal!) };
    },
    async proposals(filter: ProposalFilter, pagination: PageRequest): Promise<Json> {
      const r = await query(`${V1}/Proposals`, v1.QueryProposalsRequest, { proposalStatus: filter.status, voter: filter.voter, depositor: filter.depositor, pagination }, v1.QueryProposalsResponse);
      return { proposals: r.proposals.map(proposalJson), pagination: pageJson(r.pagination) };
    },
    async vote(proposalId: bigint, voter: string): Promise<Json> {
      return { vote: voteJson((await query(`${V1}/Vote`, v1.QueryVoteRequest, { proposalId, voter }, v1.QueryVoteResponse)).vote!) };
    },
    async votes(proposalId: bigint, pagination: PageRequest): Promise<Json> {
      const r = await query(`${V1}/Votes`, v1.QueryVotesRequest, { proposalId, pagination }, v1.QueryVotesResponse);
      return { votes: r.votes.map(voteJson), pagination: pageJson(r.pagination) };
    },
    async deposit(proposalId: bigint, depositor: string): Promise<Json> {
      return { deposit: depositJson((await query(`${V1}/Deposit`, v1.QueryDepositRequest, { proposalId, depositor }, v1.QueryDepositResponse)).deposit!) };
    },
    async deposits(proposalId: bigint, pagination: PageRequest): Promise<Json> {
      const r = await query(`${V1}/Deposits`, v1.QueryDepositsRequest, { proposalId, pagination }, v1.QueryDepositsResponse);
      return { deposits: r.deposits.map(depositJson), pagination: pageJson(r.pagination) };
    },
    async tally(proposalId: bigint): Promise<Json> {
      return { tally: tallyJson((await query(`${V1}/TallyResult`, v1.QueryTallyResultRequest, { proposalId }, v1.QueryTallyResultResponse)).tally) };
    },

    legacy: {
      async params(type: string): Promise<Json> {
        const r = await query(`${V1BETA1}/Params`, v1beta1.QueryParamsRequest, { paramsType: type }, v1beta1.QueryParamsResponse);
        return {
          voting_params: { voting_period: durationJson(r.votingParams.votingPeriod) ?? "0s" },
          deposit_params: { min_deposit: coinsJson(r.depositParams.minDeposit), max_deposit_period: durationJson(r.depositParams.maxDepositPeriod) ?? "0s" },
          tally_params: { quorum: decBytesJson(r.tallyParams.quorum), threshold: decBytesJson(r.tallyParams.threshold), veto_threshold: decBytesJson(r.tallyParams.vetoThreshold) },
        };
      },
      async proposal(proposalId: bigint): Promise<Json> {
        return { proposal: legacyProposalJson((await query(`${V1BETA1}/Proposal`, v1beta1.QueryProposalRequest, { proposalId }, v1beta1.QueryProposalResponse)).proposal) };
      },
      async proposals(filter: ProposalFilter, pagination: PageRequest): Promise<Json> {
        const r = await query(
          `${V1BETA1}/Proposals`,
          v1beta1.QueryProposalsRequest,
          { proposalStatus: filter.status as number as legacy.ProposalStatus, voter: filter.voter, depositor: filter.depositor, pagination },
          v1beta1.QueryProposalsResponse,
        );
        return { proposals: r.proposals.map(legacyProposalJson), pagination: pageJson(r.pagination) };
      },
      async vote(proposalId: bigint, voter: string): Promise<Json> {
        return { vote: legacyVoteJson((await query(`${V1BETA1}/Vote`, v1beta1.QueryVoteRequest, { proposalId, voter }, v1beta1.QueryVoteResponse)).vote) };
      },
      async votes(proposalId: bigint, pagination: PageRequest): Promise<Json> {
        const r = await query(`${V1BETA1}/Votes`, v1beta1.QueryVotesRequest, { proposalId, pagination }, v1beta1.QueryVotesResponse);
        return { votes: r.votes.map(legacyVoteJson), pagination: pageJson(r.pagination) };
      },
      async deposit(proposalId: bigint, depositor: string): Promise<Json> {
        return { deposit: depositJson((await query(`${V1BETA1}/Deposit`, v1beta1.QueryDepositRequest, { proposalId, depositor }, v1beta1.QueryDepositResponse)).deposit) };
      },
      async deposits(proposalId: bigint, pagination: PageRequest): Promise<Json> {
        const r = await query(`${V1BETA1}/Deposits`, v1beta1.QueryDepositsRequest, { proposalId, pagination }, v1beta1.QueryDepositsResponse);
        return { deposits: r.deposits.map(depositJson), pagination: pageJson(r.pagination) };
      },
      async tally(proposalId: bigint): Promise<Json> {
        const t = (await query(`${V1BETA1}/TallyResult`, v1beta1.QueryTallyResultRequest, { proposalId }, v1beta1.QueryTallyResultResponse)).tally;
        return { tally: { yes: t.yes, abstain: t.abstain, no: t.no, no_with_veto: t.noWithVeto } };
      },
    },

    async exchangeList(): Promise<Json> {
      const { params } = await query("/ais.gov.v1.Query/Params", ais.QueryParamsRequest, {}, ais.QueryParamsResponse);
      return { params: { exchange_addresses: params.exchangeAddresses } };
    },
    async votingPower(proposalId: bigint, voter: string): Promise<Json> {
      const r = await query("/ais.gov.v1.Query/VotingPower", ais.QueryVotingPowerRequest, { proposalId, voter }, ais.QueryVotingPowerResponse);
      return { kind: r.kind, power: r.power, excluded: r.excluded };
    },
  };
}

type Gateway = ReturnType<typeof govGateway>;
type IdParam = { proposal_id: string };
type ProposalsQuery = PaginationQuery & { proposal_status?: string; voter?: string; depositor?: string };

const proposalId = { type: "string", pattern: "^[0-9]{1,19}$" } as const;
const idParams = { type: "object", required: ["proposal_id"], properties: { proposal_id: proposalId } } as const;
const idAndAddress = (name: string) => ({ type: "object", required: ["proposal_id", name], properties: { proposal_id: proposalId, ...addressParams(name).properties } }) as const;

export const govRoutes: FastifyPluginAsync<{ ctx: RestContext }> = async (app, { ctx }) => {
  const gateway = (headers: Record<string, unknown>) => govGateway(queryAt(ctx, headers), ctx.json);
  const filter = (q: ProposalsQuery): ProposalFilter => ({ status: proposalStatus(q.proposal_status), voter: q.voter ?? "", depositor: q.depositor ?? "" });
  const proposalsQuery = paginatedQuery({ proposal_status: { type: "string" }, voter: { type: "string" }, depositor: { type: "string" } });

  // Both versions serve the same paths; `of` picks the version's half of the gateway.
  for (const [version, of] of [
    ["v1", (g: Gateway) => g],
    ["v1beta1", (g: Gateway) => g.legacy],
  ] as const) {
    const base = `/cosmos/gov/${version}`;
    app.get<{ Params: { params_type: string } }>(`${base}/params/:params_type`, async (request) =>
      of(gateway(request.headers)).params(paramsType(request.params.params_type)),
    );
    app.get<{ Querystring: ProposalsQuery }>(`${base}/proposals`, { schema: { querystring: proposalsQuery } }, async (request) =>
      of(gateway(request.headers)).proposals(filter(request.query), pageRequest(request.query)),
    );
    app.get<{ Params: IdParam }>(`${base}/proposals/:proposal_id`, { schema: { params: idParams } }, async (request) =>
      of(gateway(request.headers)).proposal(BigInt(request.params.proposal_id)),
    );
    app.get<{ Params: IdParam; Querystring: PaginationQuery }>(`${base}/proposals/:proposal_id/votes`, { schema: { params: idParams, querystring: paginatedQuery() } }, async (request) =>
      of(gateway(request.headers)).votes(BigInt(request.params.proposal_id), pageRequest(request.query)),
    );
    app.get<{ Params: IdParam & { voter: string } }>(`${base}/proposals/:proposal_id/votes/:voter`, { schema: { params: idAndAddress("voter") } }, async (request) =>
      of(gateway(request.headers)).vote(BigInt(request.params.proposal_id), request.params.voter),
    );
    app.get<{ Params: IdParam; Querystring: PaginationQuery }>(`${base}/proposals/:proposal_id/deposits`, { schema: { params: idParams, querystring: paginatedQuery() } }, async (request) =>
      of(gateway(request.headers)).deposits(BigInt(request.params.proposal_id), pageRequest(request.query)),
    );
    app.get<{ Params: IdParam & { depositor: string } }>(`${base}/proposals/:proposal_id/deposits/:depositor`, { schema: { params: idAndAddress("depositor") } }, async (request) =>
      of(gateway(request.headers)).deposit(BigInt(request.params.proposal_id), request.params.depositor),
    );
    app.get<{ Params: IdParam }>(`${base}/proposals/:proposal_id/tally`, { schema: { params: idParams } }, async (request) =>
      of(gateway(request.headers)).tally(BigInt(request.params.proposal_id)),
    );
  }
  app.get("/cosmos/gov/v1/constitution", async (request) => gateway(request.headers).constitution());

  app.get("/ais/gov/v1/params", async (request) => gateway(request.headers).exchangeList());
  app.get<{ Params: IdParam & { voter: string } }>("/ais/gov/v1/proposals/:proposal_id/voting_power/:voter", { schema: { params: idAndAddress("voter") } }, async (request) =>
    gateway(request.headers).votingPower(BigInt(request.params.proposal_id), request.params.voter),
  );
};
