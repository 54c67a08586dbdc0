// cosmos.staking.v1beta1.Query: what cosmjs's staking extension and explorers call. Historical
// info arrives with IBC.
import {
  QueryDelegationRequest,
  QueryDelegationResponse,
  QueryDelegatorDelegationsRequest,
  QueryDelegatorDelegationsResponse,
  QueryDelegatorValidatorRequest,
  QueryDelegatorValidatorResponse,
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
  QueryValidatorDelegationsRequest,
  QueryValidatorDelegationsResponse,
  QueryValidatorRequest,
  QueryValidatorResponse,
  QueryValidatorsRequest,
  QueryValidatorsResponse,
  QueryUnbondingDelegationRequest,
  QueryUnbondingDelegationResponse,
  QueryDelegatorUnbondingDelegationsRequest,
  QueryDelegatorUnbondingDelegationsResponse,
  QueryValidatorUnbondingDelegationsRequest,
  QueryValidatorUnbondingDelegationsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import { QueryParamsRequest as AisQueryParamsRequest, QueryParamsResponse as AisQueryParamsResponse } from "../../../codegen/ais/staking/v1/query.js";
import {
  Delegation,
  Redelegation,
  UnbondingDelegation,
  bondStatusFromJSON,
  type DelegationResponse,
  type RedelegationResponse,
  type Validator,
} from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import type { Context } from "../../app/context.js";
import { historicalInfo } from "./historical.js";
import { grpcError } from "../../app/errors.js";
import { queryRoute, type AnyQueryRoute } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import { moduleAddress, queryAddress, queryOperatorAddress } from "../../types/address.js";
import { Validator as ValidatorCodec } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { BONDED_POOL, NOT_BONDED_POOL, operatorString, splitLengthPrefixed, type StakingKeeper } from "./keeper.js";

const SERVICE = "/cosmos.staking.v1beta1.Query";

export function stakingQueries(keeper: StakingKeeper): AnyQueryRoute[] {
  const validatorOf = (ctx: Context, operator: string): Validator => {
    queryOperatorAddress(operator);
    const validator = keeper.validator(ctx, operator);
    if (validator === undefined) throw grpcError("NotFound", `validator ${operator} not found`);
    return validator;
  };
  const response = (ctx: Context, delegation: Delegation): DelegationResponse => {
    const validator = keeper.validator(ctx, delegation.validatorAddress)!;
    const tokens = keeper.tokensOf(validator, BigInt(delegation.shares));
    return { delegation, balance: { denom: keeper.params(ctx).bondDenom, amount: tokens.toString() } };
  };

  /** A filter's operator address as stored (canonical bech32); undefined when the filter is unset. */
  const operatorFilter = (operator: string): string | undefined => {
    return operator === "" ? undefined : queryOperatorAddress(operator);
  };
  // As the SDK: each entry's balance is what its destination shares are worth now; the record itself
  // is returned without entries (they are in `entries`).
  const redelegationResponse = (ctx: Context, red: Redelegation): RedelegationResponse => {
    const dst = keeper.validator(ctx, red.validatorDstAddress);
    if (dst === undefined) throw grpcError("NotFound", `validator ${red.validatorDstAddress} not found`);
    return {
      redelegation: { ...red, entries: [] },
      entries: red.entries.map((entry) => ({ redelegationEntry: entry, balance: keeper.tokensOf(dst, BigInt(entry.sharesDst)).toString() })),
    };
  };
  /**
   * Redelegations matching the request's filters: one record when all three are set; otherwise a page
   * of the delegator's, else of the source's, else of the destination's (the SDK requires a delegator
   * or a source; a destination alone walks the destination index).
   */
  const redelegations = (ctx: Context, req: QueryRedelegationsRequest): { reds: Redelegation[]; pagination?: PageResponse } => {
    const src = operatorFilter(req.srcValidatorAddr);
    const dst = operatorFilter(req.dstValidatorAddr);
    const matches = (red: Redelegation) => (src === undefined || red.validatorSrcAddress === src) && (dst === undefined || red.validatorDstAddress === dst);
    if (req.delegatorAddr !== "") {
      const delegator = queryAddress(req.delegatorAddr);
      if (src !== undefined && dst !== undefined) {
        const red = keeper.redelegation(ctx, delegator, src, dst);
        if (red === undefined) throw grpcError("NotFound", `redelegation not found for delegator address ${req.delegatorAddr} from validator address ${req.srcValidatorAddr}`);
        return { reds: [red] };
      }
      const page = paginate(keeper.delegatorRedelegationStore(ctx, delegator), req.pagination, (_k, v) => Redelegation.decode(v), src === undefined && dst === undefined ? undefined : matches);
      return { reds: page.items, pagination: page.pagination };
    }
    if (src !== undefined) {
      const page = paginate(
        keeper.sourceRedelegationStore(ctx, src),
        req.pagination,
        (key) => {
          const [delegator, destination] = splitLengthPrefixed(key);
          return keeper.redelegation(ctx, delegator!, src, operatorString(destination!))!;
        },
        matches,
      );
      return { reds: page.items, pagination: page.pagination };
    }
    if (dst !== undefined) {
      const page = paginate(keeper.destinationRedelegationStore(ctx, dst), req.pagination, (key) => {
        const [delegator, source] = splitLengthPrefixed(key);
        return keeper.redelegation(ctx, delegator!, operatorString(source!), dst)!;
      });
      return { reds: page.items, pagination: page.pagination };
    }
    throw grpcError("InvalidArgument", "a delegator, source validator or destination validator address is required");
  };

  return [
    queryRoute({
      path: `${SERVICE}/Validators`,
      request: QueryValidatorsRequest,
      response: QueryValidatorsResponse,
      handle: (ctx, req) => {
        const status = req.status === "" ? undefined : bondStatusFromJSON(req.status);
        if (status !== undefined && status < 1) throw grpcError("InvalidArgument", `invalid validator status ${req.status}`);
        const page = paginate(keeper.validatorStore(ctx), req.pagination, (_k, v) => ValidatorCodec.decode(v), status === undefined ? undefined : (v) => v.status === status);
        return { validators: page.items, pagination: page.pagination };
      },
    }),
    queryRoute({
      path: `${SERVICE}/Validator`,
      request: QueryValidatorRequest,
      response: QueryValidatorResponse,
      handle: (ctx, req) => ({ validator: validatorOf(ctx, req.validatorAddr) }),
    }),
    queryRoute({
      path: `${SERVICE}/HistoricalInfo`,
      request: QueryHistoricalInfoRequest,
      response: QueryHistoricalInfoResponse,
      handle(ctx, req) {
        if (req.height < 0n) throw grpcError("InvalidArgument", "height cannot be negative");
        const hist = historicalInfo(ctx, req.height);
        if (hist === undefined) throw grpcError("NotFound", `historical info for height ${req.height} not found`);
        return { hist };
      },
    }),
    queryRoute({
      path: `${SERVICE}/Delegation`,
      request: QueryDelegationRequest,
      response: QueryDelegationResponse,
      handle: (ctx, req) => {
        validatorOf(ctx, req.validatorAddr);
        const delegation = keeper.delegation(ctx, queryAddress(req.delegatorAddr), req.validatorAddr);
        if (delegation === undefined) throw grpcError("NotFound", `delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}`);
        return { delegationResponse: response(ctx, delegation) };
      },
    }),
    queryRoute({
      path: `${SERVICE}/DelegatorDelegations`,
      request: QueryDelegatorDelegationsRequest,
      response: QueryDelegatorDelegationsResponse,
      handle: (ctx, req) => {
        const page = paginate(keeper.delegatorDelegationStore(ctx, queryAddress(req.delegatorAddr)), req.pagination, (_k, v) => Delegation.decode(v));
        return { delegationResponses: page.items.map((d) => response(ctx, d)), pagination: page.pagination };
      },
    }),
    queryRoute({
      path: `${SERVICE}/DelegatorValidator`,
      request: QueryDelegatorValidatorRequest,
      response: QueryDelegatorValidatorResponse,
      handle: (ctx, req) => {
        const validator = validatorOf(ctx, req.validatorAddr);
        if (keeper.delegation(ctx, queryAddress(req.delegatorAddr), validator.operatorAddress) === undefined) {
          throw grpcError("NotFound", "no delegation for (address, validator) tuple");
        }
        return { validator };
      },
    }),
    queryRoute({
      path: `${SERVICE}/DelegatorValidators`,
      request: QueryDelegatorValidatorsRequest,
      response: QueryDelegatorValidatorsResponse,
      handle: (ctx, req) => {
        const page = paginate(keeper.delegatorDelegationStore(ctx, queryAddress(req.delegatorAddr)), req.pagination, (_k, v) => Delegation.decode(v));
        return { validators: page.items.map((d) => keeper.validator(ctx, d.validatorAddress)!), pagination: page.pagination };
      },
    }),
    queryRoute({
      path: `${SERVICE}/ValidatorDelegations`,
      request: QueryValidatorDelegationsRequest,
      response: QueryValidatorDelegationsResponse,
      handle: (ctx, req) => {
        validatorOf(ctx, req.validatorAddr);
        const page = paginate(keeper.validatorDelegatorStore(ctx, req.validatorAddr), req.pagination, (key) => key.subarray(1));
        const delegations = page.items.map((delegator) => keeper.delegation(ctx, delegator, req.validatorAddr)!);
        return { delegationResponses: delegations.map((d) => response(ctx, d)), pagination: page.pagination };
      },
    }),
    queryRoute({
      path: `${SERVICE}/UnbondingDelegation`,
      request: QueryUnbondingDelegationRequest,
      response: QueryUnbondingDelegationResponse,
      handle: (ctx, req) => {
        validatorOf(ctx, req.validatorAddr);
        const unbond = keeper.unbondingDelegation(ctx, queryAddress(req.delegatorAddr), req.validatorAddr);
        if (unbond === undefined) throw grpcError("NotFound", `unbonding delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}`);
        return { unbond };
      },
    }),
    queryRoute({
      path: `${SERVICE}/DelegatorUnbondingDelegations`,
      request: QueryDelegatorUnbondingDelegationsRequest,
      response: QueryDelegatorUnbondingDelegationsResponse,
      handle: (ctx, req) => {
        const page = paginate(keeper.delegatorUnbondingStore(ctx, queryAddress(req.delegatorAddr)), req.pagination, (_k, v) => UnbondingDelegation.decode(v));
        return { unbondingResponses: page.items, pagination: page.pagination };
      },
    }),
    queryRoute({
      path: `${SERVICE}/ValidatorUnbondingDelegations`,
      request: QueryValidatorUnbondingDelegationsRequest,
      response: QueryValidatorUnbondingDelegationsResponse,
      handle: (ctx, req) => {
        validatorOf(ctx, req.validatorAddr);
        const page = paginate(keeper.validatorUnbondingStore(ctx, req.validatorAddr), req.pagination, (key) => key.subarray(1));
        return { unbondingResponses: page.items.map((delegator) => keeper.unbondingDelegation(ctx, delegator, req.validatorAddr)!), pagination: page.pagination };
      },
    }),
    queryRoute({
      path: `${SERVICE}/Redelegations`,
      request: QueryRedelegationsRequest,
      response: QueryRedelegationsResponse,
      handle: (ctx, req) => {
        const { reds, pagination } = redelegations(ctx, req);
        return { redelegationResponses: reds.map((red) => redelegationResponse(ctx, red)), pagination };
      },
    }),
    queryRoute({
      path: `${SERVICE}/Pool`,
      request: QueryPoolRequest,
      response: QueryPoolResponse,
      handle: (ctx) => {
        const denom = keeper.params(ctx).bondDenom;
        return {
          pool: {
            notBondedTokens: keeper.bank.balance(ctx, moduleAddress(NOT_BONDED_POOL), denom).toString(),
            bondedTokens: keeper.bank.balance(ctx, moduleAddress(BONDED_POOL), denom).toString(),
          },
        };
      },
    }),
    queryRoute({
      path: `${SERVICE}/Params`,
      request: QueryParamsRequest,
      response: QueryParamsResponse,
      handle: (ctx) => ({ params: keeper.params(ctx) }),
    }),
    queryRoute({
      path: "/ais.staking.v1.Query/Params",
      request: AisQueryParamsRequest,
      response: AisQueryParamsResponse,
      handle: (ctx) => ({ params: keeper.aisParams(ctx) }),
    }),
  ];
}

