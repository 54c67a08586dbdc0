// cosmos.distribution.v1beta1 claims (what wallets' "claim" buttons send), the community-pool spend
// governance may pass, and ais MsgUpdateParams.
import {
  MsgCommunityPoolSpend,
  MsgCommunityPoolSpendResponse,
  MsgSetWithdrawAddress,
  MsgSetWithdrawAddressResponse,
  MsgWithdrawDelegatorReward,
  MsgWithdrawDelegatorRewardResponse,
  MsgWithdrawValidatorCommission,
  MsgWithdrawValidatorCommissionResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MsgUpdateParams, MsgUpdateParamsResponse } from "../../../codegen/ais/distribution/v1/tx.js";
import { sdkErrors } from "../../app/errors.js";
import { msgRoute, type AnyMsgRoute } from "../../app/module.js";
import { BECH32_PREFIX, accAddress, accString, canonicalOperator, fromBech32 } from "../../types/address.js";
import { checkAuthority, updateParamsRoute } from "../authority.js";
import { parseCoins } from "../../types/coins.js";
import { distributionErrors } from "./errors.js";
import type { DistributionKeeper } from "./keeper.js";
import { validateDistributionParams } from "./params.js";
import { settledRewards, withdrawCommission, withdrawDelegatorRewards } from "./rewards.js";

const operatorAccount = (operator: string) => fromBech32(operator, BECH32_PREFIX.validatorOperator);

export function distributionMsgs(keeper: DistributionKeeper): AnyMsgRoute[] {
  const coins = (ctx: Parameters<DistributionKeeper["params"]>[0], amount: bigint) =>
    amount === 0n ? [] : [{ denom: keeper.staking.bondDenom(ctx), amount: amount.toString() }];
  return [
    msgRoute<MsgWithdrawDelegatorReward>({
      typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward",
      codec: MsgWithdrawDelegatorReward,
      validate(msg) {
        accAddress(msg.delegatorAddress);
        operatorAccount(msg.validatorAddress);
      },
      signers: (msg) => [msg.delegatorAddress],
      handle(ctx, msg) {
        // Canonical: settled entries name their validator as stored.
        const operator = canonicalOperator(msg.validatorAddress);
        if (keeper.staking.validator(ctx, operator) === undefined) throw distributionErrors.noValidatorExists.error();
        const delegator = accAddress(msg.delegatorAddress);
        const hasDelegation = keeper.staking.delegation(ctx, delegator, operator) !== undefined;
        const hasSettled = settledRewards(ctx, keeper, delegator).some((r) => r.operator === operator);
        if (!hasDelegation && !hasSettled) throw distributionErrors.emptyDelegationDistInfo.error();
        const amount = withdrawDelegatorRewards(ctx, keeper, delegator, operator);
        ctx.events.emit("withdraw_rewards", {
          amount: amount === 0n ? "" : `${amount}${keeper.staking.bondDenom(ctx)}`,
          validator: operator,
          delegator: msg.delegatorAddress,
        });
        ctx.events.emit("message", { module: "distribution", sender: msg.delegatorAddress });
        return {
          typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorRewardResponse",
          value: MsgWithdrawDelegatorRewardResponse.encode({ amount: coins(ctx, amount) }).finish(),
        };
      },
    }),

    msgRoute<MsgWithdrawValidatorCommission>({
      typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission",
      codec: MsgWithdrawValidatorCommission,
      validate: (msg) => void operatorAccount(msg.validatorAddress),
      signers: (msg) => [accString(operatorAccount(msg.validatorAddress))],
      handle(ctx, msg) {
        const operator = canonicalOperator(msg.validatorAddress);
        if (keeper.staking.validator(ctx, operator) === undefined) throw distributionErrors.noValidatorExists.error();
        const amount = withdrawCommission(ctx, keeper, operator, operatorAccount(operator));
        if (amount === 0n) throw distributionErrors.noValidatorCommission.error();
        ctx.events.emit("withdraw_commission", { amount: `${amount}${keeper.staking.bondDenom(ctx)}` });
        ctx.events.emit("message", { module: "distribution", sender: accString(operatorAccount(msg.validatorAddress)) });
        return {
          typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommissionResponse",
          value: MsgWithdrawValidatorCommissionResponse.encode({ amount: coins(ctx, amount) }).finish(),
        };
      },
    }),

    msgRoute<MsgSetWithdrawAddress>({
      typeUrl: "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress",
      codec: MsgSetWithdrawAddress,
      validate(msg) {
        accAddress(msg.delegatorAddress);
        accAddress(msg.withdrawAddress);
      },
      signers: (msg) => [msg.delegatorAddress],
      handle(ctx, msg) {
        const withdraw = accAddress(msg.withdrawAddress);
        if (keeper.bank.isBlocked(withdraw)) throw sdkErrors.unauthorized.wrap(`${msg.withdrawAddress} is not allowed to receive external funds`);
        keeper.setWithdrawAddress(ctx, accAddress(msg.delegatorAddress), withdraw);
        ctx.events.emit("set_withdraw_address", { withdraw_address: msg.withdrawAddress });
        return { typeUrl: "/cosmos.distribution.v1beta1.MsgSetWithdrawAddressResponse", value: MsgSetWithdrawAddressResponse.encode({}).finish() };
      },
    }),

    msgRoute<MsgCommunityPoolSpend>({
      typeUrl: "/cosmos.distribution.v1beta1.MsgCommunityPoolSpend",
      codec: MsgCommunityPoolSpend,
      validate(msg) {
        accAddress(msg.authority);
        accAddress(msg.recipient);
        if (parseCoins(msg.amount, "amount").length === 0) throw sdkErrors.invalidCoins.wrap("amount is empty");
      },
      signers: (msg) => [msg.authority],
      governance: true,
      handle(ctx, msg) {
        checkAuthority(msg.authority);
        const recipient = accAddress(msg.recipient);
        if (keeper.bank.isBlocked(recipient)) throw sdkErrors.unauthorized.wrap(`${msg.recipient} is not allowed to receive external funds`);
        const bondDenom = keeper.staking.bondDenom(ctx);
        // The pool is kept in the bond denom only; it never holds anything else.
        for (const coin of parseCoins(msg.amount, "amount")) {
          if (coin.denom !== bondDenom) throw distributionErrors.badDistribution.wrap(`the community pool holds only ${bondDenom}, not ${coin.denom}`);
          keeper.spendCommunityPool(ctx, recipient, coin.amount);
        }
        ctx.events.emit("community_pool_spend", { recipient: msg.recipient, amount: msg.amount.map((c) => `${c.amount}${c.denom}`).join(",") });
        return { typeUrl: "/cosmos.distribution.v1beta1.MsgCommunityPoolSpendResponse", value: MsgCommunityPoolSpendResponse.encode({}).finish() };
      },
    }),

    updateParamsRoute({
      typeUrl: "/ais.distribution.v1.MsgUpdateParams",
      codec: MsgUpdateParams,
      response: MsgUpdateParamsResponse,
      validate: validateDistributionParams,
      set: (ctx, params) => keeper.setParams(ctx, params),
    }),
  ];
}
