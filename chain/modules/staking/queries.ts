// cosmos.staking.v1beta1.Query: what cosmjs's staking extension and explorers call. Redelegations
// and historical info arrive with redelegation and IBC.
import {
  QueryDelegationRequest,
  QueryDelegationResponse,
  QueryDelegatorDelegationsRequest,
  QueryDelegatorDelegationsResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryPoolRequest,
  QueryPoolResponse,
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
import { Delegation, UnbondingDelegation, bondStatusFromJSON, type DelegationResponse, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Context } from "../../app/context.js";
import { grpcError } from "../../app/errors.js";
import { queryRoute, type AnyQueryRoute } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import { moduleAddress, queryAddress } from "../../types/address.js";
import { Validator as ValidatorCodec } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { BONDED_POOL, NOT_BONDED_POOL, operatorBytes, type StakingKeeper } from "./keeper.js";

const SERVICE = "/cosmos.staking.v1beta1.Query";

export function stakingQueries(keeper: StakingKeeper): AnyQueryRoute[] {
  const validatorOf = (ctx: Context, operator: string): Validator => {
    if (operator === "") throw grpcError("InvalidArgument", "validator address cannot be empty");
    try {
      operatorBytes(operator);
    } catch (err) {
      throw grpcError("InvalidArgument", (err as Error).message);
    }
    const validator = keeper.validator(ctx, operator);
    if (validator === undefined) throw grpcError("NotFound", `validator ${operator} not found`);
    return validator;
  };
  const response = (ctx: Context, delegation: Delegation): DelegationResponse => {
    const validator = keeper.validator(ctx, delegation.validatorAddress)!;
    const shares = BigInt(validator.delegatorShares);
    const tokens = shares === 0n ? 0n : (BigInt(delegation.shares) * BigInt(validator.tokens)) / shares;
    return { delegation, balance: { denom: keeper.params(ctx).bondDenom, amount: tokens.toString() } };
  };

  return [
    queryRoute({
      path: `${SERVICE}/Validators`,
      request: QueryValidatorsRequest,
      response: QueryValidatorsResponse,
      handle: (ctx, req) => {
        const status = req.status === "" ? undefined : bondStatusFromJSON(req.status);
        if (status !== undefined && status < 1) throw grpcError("InvalidArgument", `invalid validator status ${req.status}`);
        const page = paginate(keeper.validatorStore(ctx), req.pagination, (_k, v) => ValidatorCodec.decode(v), (v) => status === undefined || v.status === status);
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
      path: `${SERVICE}/Delegation`,
      request: QueryDelegationRequest,
      response: QueryDelegationResponse,
      handle: (ctx, req) => {
        validatorOf(ctx, req.validatorAddr);
        const delegation = keeper.delegation(ctx, queryAddress(req.delegatorAddr), req.validatorAddr);
        if (delegation === undefined) throw grpcError("NotFound", `delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}: key not found`);
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
  ];
}

