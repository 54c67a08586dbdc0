// MsgSend and MsgMultiSend, with the SDK's validation, errors and events; MsgUpdateParams and
// MsgSetSendEnabled for governance.
import {
  MsgMultiSend,
  MsgMultiSendResponse,
  MsgSend,
  MsgSendResponse,
  MsgSetSendEnabled,
  MsgSetSendEnabledResponse,
  MsgUpdateParams,
  MsgUpdateParamsResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { Context } from "../../app/context.js";
import { sdkErrors } from "../../app/errors.js";
import { msgRoute, type AnyMsgRoute } from "../../app/module.js";
import { accAddress, accString } from "../../types/address.js";
import { parseCoins, type CoinAmount } from "../../types/coins.js";
import { checkAuthority, checkParams, updateParamsRoute } from "../authority.js";
import { bankErrors } from "./errors.js";
import type { BankKeeper } from "./keeper.js";
import { validateBankParams, validateSendEnabledChange } from "./params.js";

function checkSendable(ctx: Context, keeper: BankKeeper, coins: readonly CoinAmount[]): void {
  for (const coin of coins) {
    if (!keeper.isSendEnabled(ctx, coin.denom)) throw bankErrors.sendDisabled.wrap(`${coin.denom} transfers are currently disabled`);
  }
}

function checkRecipient(keeper: BankKeeper, recipient: Uint8Array): void {
  if (keeper.isBlocked(recipient)) throw sdkErrors.unauthorized.wrap(`${accString(recipient)} is not allowed to receive funds`);
}

function emitMessage(ctx: Context, sender: string): void {
  ctx.events.emit("message", { sender, module: "bank" });
}

export function bankMsgs(keeper: BankKeeper): AnyMsgRoute[] {
  const send = msgRoute<MsgSend>({
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    codec: MsgSend,
    validate(msg) {
      accAddress(msg.fromAddress);
      accAddress(msg.toAddress);
      if (msg.amount.length === 0) throw sdkErrors.invalidCoins.wrap("amount must not be empty");
      parseCoins(msg.amount, "amount");
    },
    signers: (msg) => [msg.fromAddress],
    handle(ctx, msg) {
      const from = accAddress(msg.fromAddress);
      const to = accAddress(msg.toAddress);
      const coins = parseCoins(msg.amount, "amount");
      checkSendable(ctx, keeper, coins);
      checkRecipient(keeper, to);
      keeper.send(ctx, from, to, coins);
      emitMessage(ctx, msg.fromAddress);
      return { typeUrl: "/cosmos.bank.v1beta1.MsgSendResponse", value: MsgSendResponse.encode({}).finish() };
    },
  });

  const multiSend = msgRoute<MsgMultiSend>({
    typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
    codec: MsgMultiSend,
    validate(msg) {
      if (msg.inputs.length === 0) throw bankErrors.noInputs.error();
      if (msg.inputs.length > 1) throw bankErrors.multipleSenders.wrap("multiple senders not allowed");
      if (msg.outputs.length === 0) throw bankErrors.noOutputs.error();
      const input = msg.inputs[0]!;
      accAddress(input.address);
      const totalIn = sum(parseCoins(input.coins, "input coins"));
      const totalOut = new Map<string, bigint>();
      for (const output of msg.outputs) {
        accAddress(output.address);
        if (output.coins.length === 0) throw sdkErrors.invalidCoins.wrap("output coins must not be empty");
        for (const coin of parseCoins(output.coins, "output coins")) {
          totalOut.set(coin.denom, (totalOut.get(coin.denom) ?? 0n) + coin.amount);
        }
      }
      const same = totalIn.size === totalOut.size && [...totalIn].every(([denom, amount]) => totalOut.get(denom) === amount);
      if (!same) throw bankErrors.inputOutputMismatch.error();
    },
    signers: (msg) => msg.inputs.map((i) => i.address),
    handle(ctx, msg) {
      const input = msg.inputs[0]!;
      const from = accAddress(input.address);
      checkSendable(ctx, keeper, parseCoins(input.coins, "input coins"));
      for (const output of msg.outputs) checkRecipient(keeper, accAddress(output.address));
      for (const output of msg.outputs) keeper.send(ctx, from, accAddress(output.address), parseCoins(output.coins, "output coins"));
      emitMessage(ctx, input.address);
      return { typeUrl: "/cosmos.bank.v1beta1.MsgMultiSendResponse", value: MsgMultiSendResponse.encode({}).finish() };
    },
  });

  const updateParams = updateParamsRoute({
    typeUrl: "/cosmos.bank.v1beta1.MsgUpdateParams",
    codec: MsgUpdateParams,
    response: MsgUpdateParamsResponse,
    validate: validateBankParams,
    set: (ctx, params) => keeper.setParams(ctx, params),
  });

  const setSendEnabled = msgRoute<MsgSetSendEnabled>({
    typeUrl: "/cosmos.bank.v1beta1.MsgSetSendEnabled",
    codec: MsgSetSendEnabled,
    validate(msg) {
      accAddress(msg.authority);
      checkParams(() => validateSendEnabledChange(msg.sendEnabled, msg.useDefaultFor));
    },
    signers: (msg) => [msg.authority],
    governance: true,
    handle(ctx, msg) {
      checkAuthority(msg.authority);
      for (const { denom, enabled } of msg.sendEnabled) keeper.setSendEnabled(ctx, denom, enabled);
      for (const denom of msg.useDefaultFor) keeper.deleteSendEnabled(ctx, denom);
      return { typeUrl: "/cosmos.bank.v1beta1.MsgSetSendEnabledResponse", value: MsgSetSendEnabledResponse.encode({}).finish() };
    },
  });

  return [send, multiSend, updateParams, setSendEnabled];
}

function sum(coins: readonly CoinAmount[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const coin of coins) totals.set(coin.denom, (totals.get(coin.denom) ?? 0n) + coin.amount);
  return totals;
}
