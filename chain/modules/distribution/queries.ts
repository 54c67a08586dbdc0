// cosmos.distribution.v1beta1.Query for wallets and explorers — "rewards" there are what a claim
// would pay now (matured epochs) — and ais.distribution.v1.Query for the whole N+2 pipeline.
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
  QueryValidatorSlashesRequest,
  QueryValidatorSlashesResponse,
  QueryValidatorOutstandingRewardsResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/query";
import type { DecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import {
  QueryCustodyRequest,
  QueryCustodyResponse,
  QueryParamsRequest as AisQueryParamsRequest,
  QueryParamsResponse as AisQueryParamsResponse,
  QueryPendingRewardsRequest,
  QueryPendingRewardsResponse,
  QueryTotalsRequest,
  QueryTotalsResponse,
} from "../../../codegen/ais/distribution/v1/query.js";
import { ValidatorSlashEvent } from "cosmjs-types/cosmos/distribution/v1beta1/distribution";
import type { Context } from "../../app/context.js";
import { paginate } from "../../app/pagination.js";
import { readBe64 } from "../../store/encoding.js";
import { grpcError } from "../../app/errors.js";
import { queryRoute, type AnyQueryRoute } from "../../app/module.js";
import { accString, BECH32_PREFIX, fromBech32, queryAddress, queryOperatorAddress } from "../../types/address.js";
import { ONE } from "../../types/dec.js";
import { distributionErrors } from "./errors.js";
import { custodyUnpaid, type DistributionKeeper } from "./keeper.js";
import { earnedRewards, settledRewards } from "./rewards.js";

export function distributionQueries(keeper: DistributionKeeper): AnyQueryRoute[] {
  const decCoins = (ctx: Context, amount: bigint): DecCoin[] => (amount === 0n ? [] : [{ denom: keeper.staking.bondDenom(ctx), amount: (amount * ONE).toString() }]);
  const matured = (ctx: Context, delegator: Uint8Array, operator: string) =>
    earnedRewards(ctx, keeper, delegator, operator)
      .filter((r) => keeper.isPayable(ctx, r.record))
      .reduce((sum, r) => sum + r.amount, 0n);
  const rewardValidators = (ctx: Context, delegator: Uint8Array) =>
    [...new Set([...keeper.staking.delegatorValidators(ctx, delegator), ...settledRewards(ctx, keeper, delegator).map((r) => r.operator)])].sort();
  /** Commission of custody records that a claim would pay now. */
  const payableCommission = (ctx: Context, operator: string): bigint =>
    keeper
      .validatorCustody(ctx, operator)
      .filter((r) => !r.forfeited && !r.commissionPaid && keeper.isPayable(ctx, r))
      .reduce((sum, r) => sum + BigInt(r.commission), 0n);
  /** The validator's address as stored (settled entries and records compare it as a string). */
  const requireValidator = (ctx: Context, address: string): string => {
    const operator = queryOperatorAddress(address);
    if (keeper.staking.validator(ctx, operator) === undefined) throw grpcError("NotFound", `validator ${address} does not exist`);
    return operator;
  };

  return [
    queryRoute({
      path: "/cosmos.distribution.v1beta1.Query/Params",
      request: QueryParamsRequest,
      response: QueryParamsResponse,
      handle: (ctx) => ({
        params: { communityTax: keeper.params(ctx).communityTax, baseProposerReward: "0", bonusProposerReward: "0", withdrawAddrEnabled: true },
      }),
    }),
    queryRoute({
      path: "/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards",
      request: QueryValidatorOutstandingRewardsRequest,
      response: QueryValidatorOutstandingRewardsResponse,
      handle(ctx, req) {
        const operator = requireValidator(ctx, req.validatorAddress);
        // A withheld or forfeited accrual is no longer the validator's: it goes to the others at the close.
        const accrued = keeper.isExcluded(ctx, operator) ? 0n : keeper.accrual(ctx, operator);
        const held = keeper.validatorCustody(ctx, operator).reduce((sum, r) => sum + custodyUnpaid(r), accrued);
        return { rewards: { rewards: decCoins(ctx, held) } };
      },
    }),
    queryRoute({
      // Filtered by the height of the slash (the SDK compares its starting and ending heights with
      // each event's period, a known quirk; here the period is the epoch of the slash).
      path: "/cosmos.distribution.v1beta1.Query/ValidatorSlashes",
      request: QueryValidatorSlashesRequest,
      response: QueryValidatorSlashesResponse,
      handle(ctx, req) {
        if (req.endingHeight < req.startingHeight) {
          throw grpcError("InvalidArgument", `starting height greater than ending height (${req.startingHeight} > ${req.endingHeight})`);
        }
        const operator = queryOperatorAddress(req.validatorAddress);
        const inRange = (e: { height: bigint }) => e.height >= req.startingHeight && e.height <= req.endingHeight;
        const page = paginate(keeper.slashEventStore(ctx, operator), req.pagination, (key, value) => ({ height: readBe64(key.subarray(0, 8)), event: ValidatorSlashEvent.decode(value) }), inRange);
        return { slashes: page.items.map((e) => e.event), pagination: page.pagination };
      },
    }),
    queryRoute({
      path: "/cosmos.distribution.v1beta1.Query/ValidatorCommission",
      request: QueryValidatorCommissionRequest,
      response: QueryValidatorCommissionResponse,
      handle: (ctx, req) => ({ commission: { commission: decCoins(ctx, payableCommission(ctx, requireValidator(ctx, req.validatorAddress))) } }),
    }),
    queryRoute({
      // What Ping.pub's validator page shows: the operator's own matured rewards and commission.
      path: "/cosmos.distribution.v1beta1.Query/ValidatorDistributionInfo",
      request: QueryValidatorDistributionInfoRequest,
      response: QueryValidatorDistributionInfoResponse,
      handle(ctx, req) {
        const operator = requireValidator(ctx, req.validatorAddress);
        const self = fromBech32(operator, BECH32_PREFIX.validatorOperator);
        if (keeper.staking.delegation(ctx, self, operator) === undefined) throw distributionErrors.noDelegationExists.error();
        return { operatorAddress: accString(self), selfBondRewards: decCoins(ctx, matured(ctx, self, operator)), commission: decCoins(ctx, payableCommission(ctx, operator)) };
      },
    }),
    queryRoute({
      path: "/cosmos.distribution.v1beta1.Query/DelegationRewards",
      request: QueryDelegationRewardsRequest,
      response: QueryDelegationRewardsResponse,
      handle(ctx, req) {
        const delegator = queryAddress(req.delegatorAddress);
        return { rewards: decCoins(ctx, matured(ctx, delegator, requireValidator(ctx, req.validatorAddress))) };
      },
    }),
    queryRoute({
      path: "/cosmos.distribution.v1beta1.Query/DelegationTotalRewards",
      request: QueryDelegationTotalRewardsRequest,
      response: QueryDelegationTotalRewardsResponse,
      handle(ctx, req) {
        const delegator = queryAddress(req.delegatorAddress);
        let total = 0n;
        const rewards = rewardValidators(ctx, delegator).map((operator) => {
          const amount = matured(ctx, delegator, operator);
          total += amount;
          return { validatorAddress: operator, reward: decCoins(ctx, amount) };
        });
        return { rewards, total: decCoins(ctx, total) };
      },
    }),
    queryRoute({
      path: "/cosmos.distribution.v1beta1.Query/DelegatorValidators",
      request: QueryDelegatorValidatorsRequest,
      response: QueryDelegatorValidatorsResponse,
      handle: (ctx, req) => ({ validators: keeper.staking.delegatorValidators(ctx, queryAddress(req.delegatorAddress)) }),
    }),
    queryRoute({
      path: "/cosmos.distribution.v1beta1.Query/DelegatorWithdrawAddress",
      request: QueryDelegatorWithdrawAddressRequest,
      response: QueryDelegatorWithdrawAddressResponse,
      handle: (ctx, req) => ({ withdrawAddress: accString(keeper.withdrawAddress(ctx, queryAddress(req.delegatorAddress))) }),
    }),
    queryRoute({
      path: "/cosmos.distribution.v1beta1.Query/CommunityPool",
      request: QueryCommunityPoolRequest,
      response: QueryCommunityPoolResponse,
      handle: (ctx) => ({ pool: decCoins(ctx, keeper.communityPool(ctx)) }),
    }),

    queryRoute({
      path: "/ais.distribution.v1.Query/Params",
      request: AisQueryParamsRequest,
      response: AisQueryParamsResponse,
      handle: (ctx) => ({ params: keeper.params(ctx) }),
    }),
    queryRoute({
      path: "/ais.distribution.v1.Query/Custody",
      request: QueryCustodyRequest,
      response: QueryCustodyResponse,
      handle(ctx, req) {
        const operator = requireValidator(ctx, req.validatorAddress);
        return {
          currentEpoch: keeper.currentEpoch(ctx),
          accrued: keeper.accrual(ctx, operator).toString(),
          excluded: keeper.isExcluded(ctx, operator),
          records: keeper.validatorCustody(ctx, operator),
        };
      },
    }),
    queryRoute({
      path: "/ais.distribution.v1.Query/PendingRewards",
      request: QueryPendingRewardsRequest,
      response: QueryPendingRewardsResponse,
      handle(ctx, req) {
        const delegator = queryAddress(req.delegatorAddress);
        const rewards = rewardValidators(ctx, delegator).flatMap((operator) =>
          earnedRewards(ctx, keeper, delegator, operator).map((r) => ({
            validatorAddress: operator,
            epoch: r.epoch,
            payoutEpoch: r.record.payoutEpoch,
            amount: r.amount.toString(),
            payoutTime: r.record.payoutTime,
          })),
        );
        return { currentEpoch: keeper.currentEpoch(ctx), rewards };
      },
    }),
    queryRoute({
      path: "/ais.distribution.v1.Query/Totals",
      request: QueryTotalsRequest,
      response: QueryTotalsResponse,
      handle: (ctx) => ({ totals: keeper.totals(ctx), communityPool: keeper.communityPool(ctx).toString() }),
    }),
  ];
}
