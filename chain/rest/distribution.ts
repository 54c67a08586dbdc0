// /cosmos/distribution/v1beta1/… (what wallets and explorers read: rewards payable now) and
// /ais/distribution/v1/… (the N+2 pipeline: custody, pending rewards, totals).
import type { FastifyPluginAsync } from "fastify";
import {
  QueryCommunityPoolRequest,
  QueryCommunityPoolResponse,
  QueryDelegationRewardsRequest,
  QueryDelegationRewardsResponse,
  QueryDelegationTotalRewardsRequest,
  QueryDelegationTotalRewardsResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryDelegatorWithdrawAddressRequest,
  QueryDelegatorWithdrawAddressResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryValidatorCommissionRequest,
  QueryValidatorCommissionResponse,
  QueryValidatorDistributionInfoRequest,
  QueryValidatorDistributionInfoResponse,
  QueryValidatorOutstandingRewardsRequest,
  QueryValidatorOutstandingRewardsResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/query";
import type { CustodyRecord } from "../../codegen/ais/distribution/v1/distribution.js";
import * as ais from "../../codegen/ais/distribution/v1/query.js";
import { distributionParamsToJson } from "../modules/distribution/params.js";
import { addressParams } from "./schemas.js";
import { queryAt, type GrpcQuery, type RestContext } from "./context.js";
import { decCoinsJson, decJson, timestampJson, type Json } from "./json.js";

const COSMOS = "/cosmos.distribution.v1beta1.Query";
const AIS = "/ais.distribution.v1.Query";

export function custodyRecordJson(r: CustodyRecord): Json {
  return {
    validator_address: r.validatorAddress,
    epoch: r.epoch.toString(),
    payout_epoch: r.payoutEpoch.toString(),
    commission: r.commission,
    commission_paid: r.commissionPaid,
    delegator_rewards: r.delegatorRewards,
    delegator_shares: decJson(r.delegatorShares),
    delegator_paid: r.delegatorPaid,
    forfeited: r.forfeited,
    payout_time: timestampJson(r.payoutTime),
  };
}

/** cosmos.distribution.v1beta1.Query and ais.distribution.v1.Query in the gateway's JSON (REST and `aisd query distribution`). */
export function distributionGateway(query: GrpcQuery) {
  return {
    async params(): Promise<Json> {
      const { params: p } = await query(`${COSMOS}/Params`, QueryParamsRequest, {}, QueryParamsResponse);
      return {
        params: {
          community_tax: decJson(p.communityTax),
          base_proposer_reward: decJson(p.baseProposerReward),
          bonus_proposer_reward: decJson(p.bonusProposerReward),
          withdraw_addr_enabled: p.withdrawAddrEnabled,
        },
      };
    },
    async validatorOutstandingRewards(validatorAddress: string): Promise<Json> {
      const r = await query(`${COSMOS}/ValidatorOutstandingRewards`, QueryValidatorOutstandingRewardsRequest, { validatorAddress }, QueryValidatorOutstandingRewardsResponse);
      return { rewards: { rewards: decCoinsJson(r.rewards?.rewards ?? []) } };
    },
    async validatorCommission(validatorAddress: string): Promise<Json> {
      const r = await query(`${COSMOS}/ValidatorCommission`, QueryValidatorCommissionRequest, { validatorAddress }, QueryValidatorCommissionResponse);
      return { commission: { commission: decCoinsJson(r.commission?.commission ?? []) } };
    },
    async validatorDistributionInfo(validatorAddress: string): Promise<Json> {
      const r = await query(`${COSMOS}/ValidatorDistributionInfo`, QueryValidatorDistributionInfoRequest, { validatorAddress }, QueryValidatorDistributionInfoResponse);
      return { operator_address: r.operatorAddress, self_bond_rewards: decCoinsJson(r.selfBondRewards), commission: decCoinsJson(r.commission) };
    },
    async delegationRewards(delegatorAddress: string, validatorAddress: string): Promise<Json> {
      const r = await query(`${COSMOS}/DelegationRewards`, QueryDelegationRewardsRequest, { delegatorAddress, validatorAddress }, QueryDelegationRewardsResponse);
      return { rewards: decCoinsJson(r.rewards) };
    },
    async delegationTotalRewards(delegatorAddress: string): Promise<Json> {
      const r = await query(`${COSMOS}/DelegationTotalRewards`, QueryDelegationTotalRewardsRequest, { delegatorAddress }, QueryDelegationTotalRewardsResponse);
      return {
        rewards: r.rewards.map((reward) => ({ validator_address: reward.validatorAddress, reward: decCoinsJson(reward.reward) })),
        total: decCoinsJson(r.total),
      };
    },
    async delegatorValidators(delegatorAddress: string): Promise<Json> {
      const r = await query(`${COSMOS}/DelegatorValidators`, QueryDelegatorValidatorsRequest, { delegatorAddress }, QueryDelegatorValidatorsResponse);
      return { validators: r.validators };
    },
    async withdrawAddress(delegatorAddress: string): Promise<Json> {
      const r = await query(`${COSMOS}/DelegatorWithdrawAddress`, QueryDelegatorWithdrawAddressRequest, { delegatorAddress }, QueryDelegatorWithdrawAddressResponse);
      return { withdraw_address: r.withdrawAddress };
    },
    async communityPool(): Promise<Json> {
      const r = await query(`${COSMOS}/CommunityPool`, QueryCommunityPoolRequest, {}, QueryCommunityPoolResponse);
      return { pool: decCoinsJson(r.pool) };
    },

    async aisParams(): Promise<Json> {
      const r = await query(`${AIS}/Params`, ais.QueryParamsRequest, {}, ais.QueryParamsResponse);
      return { params: distributionParamsToJson(r.params) };
    },
    async custody(validatorAddress: string): Promise<Json> {
      const r = await query(`${AIS}/Custody`, ais.QueryCustodyRequest, { validatorAddress }, ais.QueryCustodyResponse);
      return { current_epoch: r.currentEpoch.toString(), accrued: r.accrued, excluded: r.excluded, records: r.records.map(custodyRecordJson) };
    },
    async pending(delegatorAddress: string): Promise<Json> {
      const r = await query(`${AIS}/PendingRewards`, ais.QueryPendingRewardsRequest, { delegatorAddress }, ais.QueryPendingRewardsResponse);
      return {
        current_epoch: r.currentEpoch.toString(),
        rewards: r.rewards.map((p) => ({
          validator_address: p.validatorAddress,
          epoch: p.epoch.toString(),
          payout_epoch: p.payoutEpoch.toString(),
          amount: p.amount,
          payout_time: timestampJson(p.payoutTime),
        })),
      };
    },
    async totals(): Promise<Json> {
      const r = await query(`${AIS}/Totals`, ais.QueryTotalsRequest, {}, ais.QueryTotalsResponse);
      const t = r.totals;
      return { totals: { fees_collected: t.feesCollected, slashed_in: t.slashedIn, paid_out: t.paidOut, community_funded: t.communityFunded || "0" }, community_pool: r.communityPool };
    },
  };
}


type ValidatorParam = { validator_address: string };
type DelegatorParam = { delegator_address: string };

export const distributionRoutes: FastifyPluginAsync<{ ctx: RestContext }> = async (app, { ctx }) => {
  const gateway = (headers: Record<string, unknown>) => distributionGateway(queryAt(ctx, headers));
  const base = "/cosmos/distribution/v1beta1";

  app.get(`${base}/params`, async (request) => gateway(request.headers).params());
  app.get(`${base}/community_pool`, async (request) => gateway(request.headers).communityPool());
  app.get<{ Params: ValidatorParam }>(`${base}/validators/:validator_address`, { schema: { params: addressParams("validator_address") } }, async (request) =>
    gateway(request.headers).validatorDistributionInfo(request.params.validator_address),
  );
  app.get<{ Params: ValidatorParam }>(`${base}/validators/:validator_address/outstanding_rewards`, { schema: { params: addressParams("validator_address") } }, async (request) =>
    gateway(request.headers).validatorOutstandingRewards(request.params.validator_address),
  );
  app.get<{ Params: ValidatorParam }>(`${base}/validators/:validator_address/commission`, { schema: { params: addressParams("validator_address") } }, async (request) =>
    gateway(request.headers).validatorCommission(request.params.validator_address),
  );
  app.get<{ Params: DelegatorParam }>(`${base}/delegators/:delegator_address/rewards`, { schema: { params: addressParams("delegator_address") } }, async (request) =>
    gateway(request.headers).delegationTotalRewards(request.params.delegator_address),
  );
  app.get<{ Params: DelegatorParam & ValidatorParam }>(
    `${base}/delegators/:delegator_address/rewards/:validator_address`,
    { schema: { params: addressParams("delegator_address", "validator_address") } },
    async (request) => gateway(request.headers).delegationRewards(request.params.delegator_address, request.params.validator_address),
  );
  app.get<{ Params: DelegatorParam }>(`${base}/delegators/:delegator_address/validators`, { schema: { params: addressParams("delegator_address") } }, async (request) =>
    gateway(request.headers).delegatorValidators(request.params.delegator_address),
  );
  app.get<{ Params: DelegatorParam }>(`${base}/delegators/:delegator_address/withdraw_address`, { schema: { params: addressParams("delegator_address") } }, async (request) =>
    gateway(request.headers).withdrawAddress(request.params.delegator_address),
  );

  app.get("/ais/distribution/v1/params", async (request) => gateway(request.headers).aisParams());
  app.get<{ Params: ValidatorParam }>("/ais/distribution/v1/validators/:validator_address/custody", { schema: { params: addressParams("validator_address") } }, async (request) =>
    gateway(request.headers).custody(request.params.validator_address),
  );
  app.get<{ Params: DelegatorParam }>("/ais/distribution/v1/delegators/:delegator_address/pending", { schema: { params: addressParams("delegator_address") } }, async (request) =>
    gateway(request.headers).pending(request.params.delegator_address),
  );
  app.get("/ais/distribution/v1/totals", async (request) => gateway(request.headers).totals());
};
