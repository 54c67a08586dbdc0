// /cosmos/staking/v1beta1/…: validators, delegations, unbondings, redelegations, the pool and params.
import type { FastifyPluginAsync } from "fastify";
import type { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import {
  QueryDelegationRequest,
  QueryDelegationResponse,
  QueryDelegatorDelegationsRequest,
  QueryDelegatorDelegationsResponse,
  QueryDelegatorUnbondingDelegationsRequest,
  QueryDelegatorUnbondingDelegationsResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryHistoricalInfoRequest,
  QueryHistoricalInfoResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryPoolRequest,
  QueryPoolResponse,
  QueryRedelegationsRequest,
  QueryRedelegationsResponse,
  QueryUnbondingDelegationRequest,
  QueryUnbondingDelegationResponse,
  QueryValidatorDelegationsRequest,
  QueryValidatorDelegationsResponse,
  QueryValidatorRequest,
  QueryValidatorResponse,
  QueryValidatorUnbondingDelegationsRequest,
  QueryValidatorUnbondingDelegationsResponse,
  QueryValidatorsRequest,
  QueryValidatorsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import {
  bondStatusToJSON,
  type DelegationResponse,
  type RedelegationResponse,
  type UnbondingDelegation,
  type Validator,
} from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { stakingParamsToJson } from "../modules/staking/params.js";
import { addressParams, paginatedQuery } from "./schemas.js";
import { queryAt, type GrpcQuery, type RestContext } from "./context.js";
import { decJson, pageJson, pubKeyJson, timestampJson, type Json } from "./json.js";
import { pageRequest, type PaginationQuery } from "./pagination.js";

const SERVICE = "/cosmos.staking.v1beta1.Query";

export function validatorJson(v: Validator): Json {
  const rates = v.commission?.commissionRates;
  return {
    operator_address: v.operatorAddress,
    consensus_pubkey: pubKeyJson(v.consensusPubkey),
    jailed: v.jailed,
    status: bondStatusToJSON(v.status),
    tokens: v.tokens,
    delegator_shares: decJson(v.delegatorShares),
    description: {
      moniker: v.description?.moniker ?? "",
      identity: v.description?.identity ?? "",
      website: v.description?.website ?? "",
      security_contact: v.description?.securityContact ?? "",
      details: v.description?.details ?? "",
    },
    unbonding_height: v.unbondingHeight.toString(),
    unbonding_time: timestampJson(v.unbondingTime),
    commission: {
      commission_rates: { rate: decJson(rates?.rate ?? ""), max_rate: decJson(rates?.maxRate ?? ""), max_change_rate: decJson(rates?.maxChangeRate ?? "") },
      update_time: timestampJson(v.commission?.updateTime),
    },
    min_self_delegation: v.minSelfDelegation,
    unbonding_on_hold_ref_count: v.unbondingOnHoldRefCount.toString(),
    unbonding_ids: v.unbondingIds.map(String),
  };
}

export function delegationResponseJson(r: DelegationResponse): Json {
  return {
    delegation: { delegator_address: r.delegation.delegatorAddress, validator_address: r.delegation.validatorAddress, shares: decJson(r.delegation.shares) },
    balance: { denom: r.balance.denom, amount: r.balance.amount },
  };
}

export function unbondingDelegationJson(u: UnbondingDelegation): Json {
  return {
    delegator_address: u.delegatorAddress,
    validator_address: u.validatorAddress,
    entries: u.entries.map((e) => ({
      creation_height: e.creationHeight.toString(),
      completion_time: timestampJson(e.completionTime),
      initial_balance: e.initialBalance,
      balance: e.balance,
      unbonding_id: e.unbondingId.toString(),
      unbonding_on_hold_ref_count: e.unbondingOnHoldRefCount.toString(),
    })),
  };
}

export function redelegationResponseJson(r: RedelegationResponse): Json {
  const entry = (e: RedelegationResponse["redelegation"]["entries"][number]) => ({
    creation_height: e.creationHeight.toString(),
    completion_time: timestampJson(e.completionTime),
    initial_balance: e.initialBalance,
    shares_dst: decJson(e.sharesDst),
    unbonding_id: e.unbondingId.toString(),
    unbonding_on_hold_ref_count: e.unbondingOnHoldRefCount.toString(),
  });
  return {
    redelegation: {
      delegator_address: r.redelegation.delegatorAddress,
      validator_src_address: r.redelegation.validatorSrcAddress,
      validator_dst_address: r.redelegation.validatorDstAddress,
      entries: r.redelegation.entries.map(entry),
    },
    entries: r.entries.map((e) => ({ redelegation_entry: entry(e.redelegationEntry), balance: e.balance })),
  };
}

/** cosmos.staking.v1beta1.Query in the gateway's JSON, for the REST routes and `aisd query staking`. */
export function stakingGateway(query: GrpcQuery) {
  return {
    async validators(status: string, pagination: PageRequest): Promise<Json> {
      const r = await query(`${SERVICE}/Validators`, QueryValidatorsRequest, { status, pagination }, QueryValidatorsResponse);
      return { validators: r.validators.map(validatorJson), pagination: pageJson(r.pagination) };
    },
    async validator(validatorAddr: string): Promise<Json> {
      const r = await query(`${SERVICE}/Validator`, QueryValidatorRequest, { validatorAddr }, QueryValidatorResponse);
      return { validator: validatorJson(r.validator) };
    },
    async validatorDelegations(validatorAddr: string, pagination: PageRequest): Promise<Json> {
      const r = await query(`${SERVICE}/ValidatorDelegations`, QueryValidatorDelegationsRequest, { validatorAddr, pagination }, QueryValidatorDelegationsResponse);
      return { delegation_responses: r.delegationResponses.map(delegationResponseJson), pagination: pageJson(r.pagination) };
    },
    async delegation(delegatorAddr: string, validatorAddr: string): Promise<Json> {
      const r = await query(`${SERVICE}/Delegation`, QueryDelegationRequest, { delegatorAddr, validatorAddr }, QueryDelegationResponse);
      return { delegation_response: r.delegationResponse === undefined ? null : delegationResponseJson(r.delegationResponse) };
    },
    async validatorUnbondingDelegations(validatorAddr: string, pagination: PageRequest): Promise<Json> {
      const r = await query(
        `${SERVICE}/ValidatorUnbondingDelegations`,
        QueryValidatorUnbondingDelegationsRequest,
        { validatorAddr, pagination },
        QueryValidatorUnbondingDelegationsResponse,
      );
      return { unbonding_responses: r.unbondingResponses.map(unbondingDelegationJson), pagination: pageJson(r.pagination) };
    },
    async unbondingDelegation(delegatorAddr: string, validatorAddr: string): Promise<Json> {
      const r = await query(`${SERVICE}/UnbondingDelegation`, QueryUnbondingDelegationRequest, { delegatorAddr, validatorAddr }, QueryUnbondingDelegationResponse);
      return { unbond: unbondingDelegationJson(r.unbond) };
    },
    async delegatorDelegations(delegatorAddr: string, pagination: PageRequest): Promise<Json> {
      const r = await query(`${SERVICE}/DelegatorDelegations`, QueryDelegatorDelegationsRequest, { delegatorAddr, pagination }, QueryDelegatorDelegationsResponse);
      return { delegation_responses: r.delegationResponses.map(delegationResponseJson), pagination: pageJson(r.pagination) };
    },
    async delegatorUnbondingDelegations(delegatorAddr: string, pagination: PageRequest): Promise<Json> {
      const r = await query(
        `${SERVICE}/DelegatorUnbondingDelegations`,
        QueryDelegatorUnbondingDelegationsRequest,
        { delegatorAddr, pagination },
        QueryDelegatorUnbondingDelegationsResponse,
      );
      return { unbonding_responses: r.unbondingResponses.map(unbondingDelegationJson), pagination: pageJson(r.pagination) };
    },
    async redelegations(delegatorAddr: string, srcValidatorAddr: string, dstValidatorAddr: string, pagination: PageRequest): Promise<Json> {
      const r = await query(`${SERVICE}/Redelegations`, QueryRedelegationsRequest, { delegatorAddr, srcValidatorAddr, dstValidatorAddr, pagination }, QueryRedelegationsResponse);
      return { redelegation_responses: r.redelegationResponses.map(redelegationResponseJson), pagination: pageJson(r.pagination) };
    },
    async delegatorValidators(delegatorAddr: string, pagination: PageRequest): Promise<Json> {
      const r = await query(`${SERVICE}/DelegatorValidators`, QueryDelegatorValidatorsRequest, { delegatorAddr, pagination }, QueryDelegatorValidatorsResponse);
      return { validators: r.validators.map(validatorJson), pagination: pageJson(r.pagination) };
    },
    async historicalInfo(height: bigint): Promise<Json> {
      const { hist } = await query(`${SERVICE}/HistoricalInfo`, QueryHistoricalInfoRequest, { height }, QueryHistoricalInfoResponse);
      const h = hist!.header;
      const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
      return {
        hist: {
          header: {
            version: { block: h.version.block.toString(), app: h.version.app.toString() },
            chain_id: h.chainId,
            height: h.height.toString(),
            time: timestampJson(h.time),
            last_block_id: { hash: b64(h.lastBlockId.hash), part_set_header: { total: h.lastBlockId.partSetHeader.total, hash: b64(h.lastBlockId.partSetHeader.hash) } },
            last_commit_hash: b64(h.lastCommitHash),
            data_hash: b64(h.dataHash),
            validators_hash: b64(h.validatorsHash),
            next_validators_hash: b64(h.nextValidatorsHash),
            consensus_hash: b64(h.consensusHash),
            app_hash: b64(h.appHash),
            last_results_hash: b64(h.lastResultsHash),
            evidence_hash: b64(h.evidenceHash),
            proposer_address: b64(h.proposerAddress),
          },
          valset: hist!.valset.map(validatorJson),
        },
      };
    },
    async pool(): Promise<Json> {
      const r = await query(`${SERVICE}/Pool`, QueryPoolRequest, {}, QueryPoolResponse);
      return { pool: { not_bonded_tokens: r.pool.notBondedTokens, bonded_tokens: r.pool.bondedTokens } };
    },
    async params(): Promise<Json> {
      const r = await query(`${SERVICE}/Params`, QueryParamsRequest, {}, QueryParamsResponse);
      return { params: stakingParamsToJson(r.params) };
    },
  };
}


type ValidatorParam = { validator_addr: string };
type DelegatorParam = { delegator_addr: string };

export const stakingRoutes: FastifyPluginAsync<{ ctx: RestContext }> = async (app, { ctx }) => {
  const gateway = (headers: Record<string, unknown>) => stakingGateway(queryAt(ctx, headers));
  const base = "/cosmos/staking/v1beta1";

  app.get<{ Querystring: PaginationQuery & { status?: string } }>(
    `${base}/validators`,
    { schema: { querystring: paginatedQuery({ status: { type: "string", maxLength: 64 } }) } },
    async (request) => gateway(request.headers).validators(request.query.status ?? "", pageRequest(request.query)),
  );
  app.get<{ Params: ValidatorParam }>(`${base}/validators/:validator_addr`, { schema: { params: addressParams("validator_addr") } }, async (request) =>
    gateway(request.headers).validator(request.params.validator_addr),
  );
  app.get<{ Params: ValidatorParam; Querystring: PaginationQuery }>(
    `${base}/validators/:validator_addr/delegations`,
    { schema: { params: addressParams("validator_addr"), querystring: paginatedQuery() } },
    async (request) => gateway(request.headers).validatorDelegations(request.params.validator_addr, pageRequest(request.query)),
  );
  app.get<{ Params: ValidatorParam & DelegatorParam }>(
    `${base}/validators/:validator_addr/delegations/:delegator_addr`,
    { schema: { params: addressParams("validator_addr", "delegator_addr") } },
    async (request) => gateway(request.headers).delegation(request.params.delegator_addr, request.params.validator_addr),
  );
  app.get<{ Params: ValidatorParam; Querystring: PaginationQuery }>(
    `${base}/validators/:validator_addr/unbonding_delegations`,
    { schema: { params: addressParams("validator_addr"), querystring: paginatedQuery() } },
    async (request) => gateway(request.headers).validatorUnbondingDelegations(request.params.validator_addr, pageRequest(request.query)),
  );
  app.get<{ Params: ValidatorParam & DelegatorParam }>(
    `${base}/validators/:validator_addr/delegations/:delegator_addr/unbonding_delegation`,
    { schema: { params: addressParams("validator_addr", "delegator_addr") } },
    async (request) => gateway(request.headers).unbondingDelegation(request.params.delegator_addr, request.params.validator_addr),
  );
  app.get<{ Params: DelegatorParam; Querystring: PaginationQuery }>(
    `${base}/delegations/:delegator_addr`,
    { schema: { params: addressParams("delegator_addr"), querystring: paginatedQuery() } },
    async (request) => gateway(request.headers).delegatorDelegations(request.params.delegator_addr, pageRequest(request.query)),
  );
  app.get<{ Params: DelegatorParam; Querystring: PaginationQuery }>(
    `${base}/delegators/:delegator_addr/unbonding_delegations`,
    { schema: { params: addressParams("delegator_addr"), querystring: paginatedQuery() } },
    async (request) => gateway(request.headers).delegatorUnbondingDelegations(request.params.delegator_addr, pageRequest(request.query)),
  );
  app.get<{ Params: DelegatorParam; Querystring: PaginationQuery & { src_validator_addr?: string; dst_validator_addr?: string } }>(
    `${base}/delegators/:delegator_addr/redelegations`,
    { schema: { params: addressParams("delegator_addr"), querystring: paginatedQuery({ src_validator_addr: { type: "string", maxLength: 128 }, dst_validator_addr: { type: "string", maxLength: 128 } }) } },
    async (request) =>
      gateway(request.headers).redelegations(
        request.params.delegator_addr,
        request.query.src_validator_addr ?? "",
        request.query.dst_validator_addr ?? "",
        pageRequest(request.query),
      ),
  );
  app.get<{ Params: DelegatorParam; Querystring: PaginationQuery }>(
    `${base}/delegators/:delegator_addr/validators`,
    { schema: { params: addressParams("delegator_addr"), querystring: paginatedQuery() } },
    async (request) => gateway(request.headers).delegatorValidators(request.params.delegator_addr, pageRequest(request.query)),
  );
  app.get<{ Params: { height: string } }>(
    `${base}/historical_info/:height`,
    { schema: { params: { type: "object", properties: { height: { type: "string", pattern: "^[0-9]{1,18}$" } }, required: ["height"] } } },
    async (request) => gateway(request.headers).historicalInfo(BigInt(request.params.height)),
  );
  app.get(`${base}/pool`, async (request) => gateway(request.headers).pool());
  app.get(`${base}/params`, async (request) => gateway(request.headers).params());
};
