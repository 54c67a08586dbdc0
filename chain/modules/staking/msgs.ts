// MsgCreateValidator, MsgEditValidator, MsgDelegate, MsgUndelegate, MsgCancelUnbondingDelegation and
// MsgBeginRedelegate with the SDK's rules and errors; MsgUpdateParams for governance.
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { BondStatus, type CommissionRates, type Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import {
  MsgBeginRedelegate,
  MsgBeginRedelegateResponse,
  MsgCancelUnbondingDelegation,
  MsgCancelUnbondingDelegationResponse,
  MsgCreateValidator,
  MsgCreateValidatorResponse,
  MsgDelegate,
  MsgDelegateResponse,
  MsgEditValidator,
  MsgEditValidatorResponse,
  MsgUndelegate,
  MsgUndelegateResponse,
  MsgUpdateParams,
  MsgUpdateParamsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Context } from "../../app/context.js";
import { sdkErrors } from "../../app/errors.js";
import { msgRoute, type AnyMsgRoute } from "../../app/module.js";
import { validatorAddress as consensusAddressOf } from "../../crypto/cometbft.js";
import { BECH32_PREFIX, accAddress, accString, canonicalOperator, fromBech32 } from "../../types/address.js";
import { parseAmount, parseCoin } from "../../types/coins.js";
import { ONE } from "../../types/dec.js";
import { updateParamsRoute } from "../authority.js";
import { checkEvidenceRetention } from "../evidence-age.js";
import { stakingErrors } from "./errors.js";
import type { StakingConsensus } from "./expected.js";
import type { StakingKeeper } from "./keeper.js";
import { MsgUpdateParams as AisMsgUpdateParams, MsgUpdateParamsResponse as AisMsgUpdateParamsResponse } from "../../../codegen/ais/staking/v1/tx.js";
import { validateAisStakingParams, validateStakingParams } from "./params.js";
import { beginRedelegation } from "./redelegation.js";
import { cancelUnbonding, undelegate } from "./unbonding.js";

const DESCRIPTION_LIMITS: Record<keyof Description, number> = { moniker: 70, identity: 3000, website: 140, securityContact: 140, details: 280 };
const DAY_SECONDS = 86_400n;

function validateDescription(description: Description): void {
  for (const [field, max] of Object.entries(DESCRIPTION_LIMITS) as [keyof Description, number][]) {
    if ([...(description[field] ?? "")].length > max) throw sdkErrors.invalidRequest.wrap(`invalid ${field} length; got: ${description[field].length}, max: ${max}`);
  }
}

function dec(text: string, what: string): bigint {
  if (!/^[0-9]{1,40}$/.test(text)) throw sdkErrors.invalidRequest.wrap(`${what} is not a decimal`);
  return BigInt(text);
}

function validateCommission(rates: CommissionRates): void {
  const rate = dec(rates.rate, "commission rate");
  const maxRate = dec(rates.maxRate, "max commission rate");
  const maxChange = dec(rates.maxChangeRate, "max commission change rate");
  if (maxRate > ONE) throw stakingErrors.commissionHuge.error();
  if (rate > maxRate) throw stakingErrors.commissionGTMaxRate.error();
  if (maxChange > maxRate) throw stakingErrors.commissionChangeRateGTMaxRate.error();
}

/** The operator's own account address: validators are operated by the account with the same bytes. */
function operatorAccount(operator: string): Uint8Array {
  return fromBech32(operator, BECH32_PREFIX.validatorOperator);
}

export function stakingMsgs(keeper: StakingKeeper, consensus: StakingConsensus): AnyMsgRoute[] {
  const bondDenomCheck = (ctx: Context, denom: string) => {
    const bondDenom = keeper.params(ctx).bondDenom;
    if (denom !== bondDenom) throw sdkErrors.invalidRequest.wrap(`invalid coin denomination: got ${denom}, expected ${bondDenom}`);
  };

  return [
    msgRoute<MsgCreateValidator>({
      typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
      codec: MsgCreateValidator,
      validate(msg) {
        if (msg.validatorAddress === "") throw stakingErrors.emptyValidatorAddr.error();
        operatorAccount(msg.validatorAddress);
        if (msg.delegatorAddress !== "" && accString(accAddress(msg.delegatorAddress)) !== accString(operatorAccount(msg.validatorAddress))) {
          throw sdkErrors.invalidAddress.wrap("delegator address must be the validator operator's account");
        }
        if (msg.pubkey?.typeUrl !== "/cosmos.crypto.ed25519.PubKey") throw stakingErrors.validatorPubKeyTypeNotSupported.wrap(`got ${msg.pubkey?.typeUrl ?? "none"}, expected /cosmos.crypto.ed25519.PubKey`);
        if (Ed25519PubKey.decode(msg.pubkey.value).key.length !== 32) throw sdkErrors.invalidPubKey.wrap("ed25519 keys have 32 bytes");
        const value = parseCoin(msg.value);
        if (value.amount === 0n) throw sdkErrors.invalidRequest.wrap("self delegation must be positive");
        validateDescription(msg.description);
        validateCommission(msg.commission);
        const minSelf = parseAmount(msg.minSelfDelegation || "0");
        if (minSelf === 0n) throw sdkErrors.invalidRequest.wrap("minimum self delegation must be a positive integer");
        if (value.amount < minSelf) throw stakingErrors.selfDelegationBelowMinimum.error();
      },
      signers: (msg) => [accString(operatorAccount(msg.validatorAddress))],
      handle(ctx, msg) {
        bondDenomCheck(ctx, msg.value.denom);
        // Stored, and written everywhere after, as lower-case bech32 whatever case the message used.
        const operator = canonicalOperator(msg.validatorAddress);
        if (keeper.validator(ctx, operator) !== undefined) throw stakingErrors.validatorOwnerExists.error();
        const consensusKey = Ed25519PubKey.decode(msg.pubkey!.value).key;
        if (keeper.validatorByConsensusAddress(ctx, consensusAddressOf(consensusKey)) !== undefined) throw stakingErrors.validatorPubKeyExists.error();
        if (BigInt(msg.commission.rate) < BigInt(keeper.params(ctx).minCommissionRate || "0")) throw stakingErrors.commissionLTMinRate.error();
        const { minSelfBond } = keeper.aisParams(ctx);
        if (parseCoin(msg.value).amount < BigInt(minSelfBond)) {
          throw stakingErrors.selfDelegationBelowMinimum.wrap(`a validator must bond at least min_self_bond ${minSelfBond}${msg.value.denom} to be created`);
        }
        const validator = {
          operatorAddress: operator,
          consensusPubkey: msg.pubkey,
          jailed: false,
          status: BondStatus.BOND_STATUS_UNBONDED,
          tokens: "0",
          delegatorShares: "0",
          description: msg.description,
          unbondingHeight: 0n,
          unbondingTime: { seconds: 0n, nanos: 0 },
          commission: { commissionRates: msg.commission, updateTime: ctx.header.time },
          minSelfDelegation: msg.minSelfDelegation,
          unbondingOnHoldRefCount: 0n,
          unbondingIds: [],
        };
        keeper.setValidator(ctx, validator);
        keeper.delegate(ctx, operatorAccount(operator), validator, parseCoin(msg.value).amount);
        ctx.events.emit("create_validator", { validator: operator, amount: `${msg.value.amount}${msg.value.denom}` });
        ctx.events.emit("message", { module: "staking", sender: accString(operatorAccount(operator)) });
        return { typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidatorResponse", value: MsgCreateValidatorResponse.encode({}).finish() };
      },
    }),

    msgRoute<MsgEditValidator>({
      typeUrl: "/cosmos.staking.v1beta1.MsgEditValidator",
      codec: MsgEditValidator,
      validate(msg) {
        operatorAccount(msg.validatorAddress);
        validateDescription(msg.description);
        if (msg.commissionRate !== "") dec(msg.commissionRate, "commission rate");
        if (msg.minSelfDelegation !== "") parseAmount(msg.minSelfDelegation);
      },
      signers: (msg) => [accString(operatorAccount(msg.validatorAddress))],
      handle(ctx, msg) {
        const validator = keeper.validator(ctx, msg.validatorAddress);
        if (validator === undefined) throw stakingErrors.noValidatorFound.error();
        const keep = "[do-not-modify]";
        const description = Object.fromEntries(
          (Object.keys(DESCRIPTION_LIMITS) as (keyof Description)[]).map((k) => [k, msg.description[k] === keep ? validator.description[k] : msg.description[k]]),
        ) as unknown as Description;
        let commission = validator.commission;
        if (msg.commissionRate !== "") {
          const rates = commission.commissionRates;
          const rate = BigInt(msg.commissionRate);
          const current = BigInt(rates.rate);
          if (ctx.header.time.seconds - commission.updateTime.seconds < DAY_SECONDS) throw stakingErrors.commissionUpdateTime.error();
          if (rate > BigInt(rates.maxRate)) throw stakingErrors.commissionGTMaxRate.error();
          if ((rate > current ? rate - current : current - rate) > BigInt(rates.maxChangeRate)) throw stakingErrors.commissionGTMaxChangeRate.error();
          if (rate < BigInt(keeper.params(ctx).minCommissionRate || "0")) throw stakingErrors.commissionLTMinRate.error();
          commission = { commissionRates: { ...rates, rate: rate.toString() }, updateTime: ctx.header.time };
        }
        let minSelfDelegation = validator.minSelfDelegation;
        if (msg.minSelfDelegation !== "") {
          if (BigInt(msg.minSelfDelegation) <= BigInt(validator.minSelfDelegation)) throw stakingErrors.minSelfDelegationDecreased.error();
          if (BigInt(msg.minSelfDelegation) > BigInt(validator.tokens)) throw stakingErrors.selfDelegationBelowMinimum.error();
          minSelfDelegation = msg.minSelfDelegation;
        }
        keeper.setValidator(ctx, { ...validator, description, commission, minSelfDelegation });
        ctx.events.emit("edit_validator", { commission_rate: commission.commissionRates.rate, min_self_delegation: minSelfDelegation });
        return { typeUrl: "/cosmos.staking.v1beta1.MsgEditValidatorResponse", value: MsgEditValidatorResponse.encode({}).finish() };
      },
    }),

    msgRoute<MsgDelegate>({
      typeUrl: "/cosmos.staking.v1beta1.MsgDelegate",
      codec: MsgDelegate,
      validate(msg) {
        accAddress(msg.delegatorAddress);
        operatorAccount(msg.validatorAddress);
        if (parseCoin(msg.amount).amount === 0n) throw sdkErrors.invalidRequest.wrap("invalid delegation amount");
      },
      signers: (msg) => [msg.delegatorAddress],
      handle(ctx, msg) {
        bondDenomCheck(ctx, msg.amount.denom);
        const validator = keeper.validator(ctx, msg.validatorAddress);
        if (validator === undefined) throw stakingErrors.noValidatorFound.error();
        const shares = keeper.delegate(ctx, accAddress(msg.delegatorAddress), validator, parseCoin(msg.amount).amount);
        ctx.events.emit("delegate", {
          validator: validator.operatorAddress,
          delegator: msg.delegatorAddress,
          amount: `${msg.amount.amount}${msg.amount.denom}`,
          new_shares: shares.toString(),
        });
        ctx.events.emit("message", { module: "staking", sender: msg.delegatorAddress });
        return { typeUrl: "/cosmos.staking.v1beta1.MsgDelegateResponse", value: MsgDelegateResponse.encode({}).finish() };
      },
    }),

    msgRoute<MsgUndelegate>({
      typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate",
      codec: MsgUndelegate,
      validate(msg) {
        accAddress(msg.delegatorAddress);
        operatorAccount(msg.validatorAddress);
        if (parseCoin(msg.amount).amount === 0n) throw sdkErrors.invalidRequest.wrap("invalid shares amount");
      },
      signers: (msg) => [msg.delegatorAddress],
      handle(ctx, msg) {
        bondDenomCheck(ctx, msg.amount.denom);
        const validator = keeper.validator(ctx, msg.validatorAddress);
        if (validator === undefined) throw stakingErrors.noValidatorFound.error();
        const { tokens, completionTime } = undelegate(ctx, keeper, accAddress(msg.delegatorAddress), validator, parseCoin(msg.amount).amount);
        const amount = { denom: msg.amount.denom, amount: tokens.toString() };
        ctx.events.emit("unbond", {
          validator: validator.operatorAddress,
          delegator: msg.delegatorAddress,
          amount: `${tokens}${msg.amount.denom}`,
          completion_time: completionTime.seconds.toString(),
        });
        ctx.events.emit("message", { module: "staking", sender: msg.delegatorAddress });
        return { typeUrl: "/cosmos.staking.v1beta1.MsgUndelegateResponse", value: MsgUndelegateResponse.encode({ completionTime, amount }).finish() };
      },
    }),

    msgRoute<MsgBeginRedelegate>({
      typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate",
      codec: MsgBeginRedelegate,
      validate(msg) {
        accAddress(msg.delegatorAddress);
        operatorAccount(msg.validatorSrcAddress);
        operatorAccount(msg.validatorDstAddress);
        if (parseCoin(msg.amount).amount === 0n) throw sdkErrors.invalidRequest.wrap("invalid shares amount");
      },
      signers: (msg) => [msg.delegatorAddress],
      handle(ctx, msg) {
        bondDenomCheck(ctx, msg.amount.denom);
        const source = keeper.validator(ctx, msg.validatorSrcAddress);
        if (source === undefined) throw stakingErrors.noValidatorFound.error();
        const destination = canonicalOperator(msg.validatorDstAddress);
        const { completionTime } = beginRedelegation(ctx, keeper, accAddress(msg.delegatorAddress), source, destination, parseCoin(msg.amount).amount);
        ctx.events.emit("redelegate", {
          source_validator: source.operatorAddress,
          destination_validator: destination,
          amount: `${msg.amount.amount}${msg.amount.denom}`,
          completion_time: completionTime.seconds.toString(),
        });
        ctx.events.emit("message", { module: "staking", sender: msg.delegatorAddress });
        return { typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegateResponse", value: MsgBeginRedelegateResponse.encode({ completionTime }).finish() };
      },
    }),

    msgRoute<MsgCancelUnbondingDelegation>({
      typeUrl: "/cosmos.staking.v1beta1.MsgCancelUnbondingDelegation",
      codec: MsgCancelUnbondingDelegation,
      validate(msg) {
        accAddress(msg.delegatorAddress);
        operatorAccount(msg.validatorAddress);
        if (parseCoin(msg.amount).amount === 0n) throw sdkErrors.invalidRequest.wrap("invalid amount");
        if (msg.creationHeight <= 0n) throw sdkErrors.invalidRequest.wrap("invalid height");
      },
      signers: (msg) => [msg.delegatorAddress],
      handle(ctx, msg) {
        bondDenomCheck(ctx, msg.amount.denom);
        const validator = keeper.validator(ctx, msg.validatorAddress);
        if (validator === undefined) throw stakingErrors.noValidatorFound.error();
        cancelUnbonding(ctx, keeper, accAddress(msg.delegatorAddress), validator, parseCoin(msg.amount).amount, msg.creationHeight);
        ctx.events.emit("cancel_unbonding_delegation", {
          validator: validator.operatorAddress,
          delegator: msg.delegatorAddress,
          amount: `${msg.amount.amount}${msg.amount.denom}`,
          creation_height: msg.creationHeight.toString(),
        });
        return {
          typeUrl: "/cosmos.staking.v1beta1.MsgCancelUnbondingDelegationResponse",
          value: MsgCancelUnbondingDelegationResponse.encode({}).finish(),
        };
      },
    }),

    // A lowered max_validators takes effect at the next election (election.ts), not at once.
    updateParamsRoute({
      typeUrl: "/cosmos.staking.v1beta1.MsgUpdateParams",
      codec: MsgUpdateParams,
      response: MsgUpdateParamsResponse,
      validate: validateStakingParams,
      validateAgainst(ctx, params) {
        // Every stake and bonded/not-bonded pool balance is in the bond denom: changing it would orphan them.
        const current = keeper.params(ctx).bondDenom;
        if (params.bondDenom !== current) throw new Error(`bond_denom cannot change once the chain runs: it is ${current}, got ${params.bondDenom}`);
        checkEvidenceRetention(params, consensus.evidenceParams(ctx));
      },
      set: (ctx, params) => keeper.setParams(ctx, params),
    }),
    updateParamsRoute({
      typeUrl: "/ais.staking.v1.MsgUpdateParams",
      codec: AisMsgUpdateParams,
      response: AisMsgUpdateParamsResponse,
      validate: validateAisStakingParams,
      set: (ctx, params) => keeper.setAisParams(ctx, params),
    }),
  ];
}

