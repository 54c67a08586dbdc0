// cosmos.gov.v1 messages (what current wallets and the CLI send), the v1beta1 ones cosmjs's gov
// helpers and Keplr still send (text proposals only: anything that changes the chain goes in v1
// messages), and both parameter updates: cosmos.gov.v1 and ais.gov.v1 (the exchange list).
import * as v1 from "cosmjs-types/cosmos/gov/v1/tx";
import * as v1beta1 from "cosmjs-types/cosmos/gov/v1beta1/tx";
import { TextProposal } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import type { WeightedVoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { MsgUpdateParams as AisMsgUpdateParams, MsgUpdateParamsResponse as AisMsgUpdateParamsResponse } from "../../../codegen/ais/gov/v1/tx.js";
import type { Context } from "../../app/context.js";
import { sdkErrors } from "../../app/errors.js";
import { msgRoute, type AnyMsgRoute } from "../../app/module.js";
import { accAddress } from "../../types/address.js";
import { parseCoins } from "../../types/coins.js";
import { formatDec } from "../../types/dec.js";
import { updateParamsRoute } from "../authority.js";
import { govErrors } from "./errors.js";
import { validateCommunityParams, validateGovParams } from "./params.js";
import { cancelProposal, castVote, deposit, singleOption, submitProposal, validateText, validateWeightedOptions, type Gov, type Submission } from "./proposals.js";

const TEXT_PROPOSAL = "/cosmos.gov.v1beta1.TextProposal";

function governanceMessage(ctx: Context, sender: string): void {
  ctx.events.emit("message", { module: "governance", sender });
}

function depositCoins(amount: readonly Coin[]) {
  const coins = parseCoins(amount, "deposit");
  if (coins.length === 0) throw sdkErrors.invalidCoins.wrap("deposit is empty");
  return coins;
}

/** v1beta1 weights are LegacyDec atomics ("500000000000000000"); v1's are decimal text. */
function fromLegacyWeights(options: readonly v1beta1.MsgVoteWeighted["options"][number][]): WeightedVoteOption[] {
  return options.map(({ option, weight }) => {
    if (!/^[0-9]{1,19}$/.test(weight)) throw govErrors.invalidVote.wrap(`invalid weight ${JSON.stringify(weight)}`);
    return { option, weight: formatDec(BigInt(weight)) };
  });
}

/** A v1beta1 submission as the v1 one it stands for: a TextProposal becomes a proposal without messages. */
function legacySubmission(msg: v1beta1.MsgSubmitProposal): Submission {
  if (msg.content?.typeUrl !== TEXT_PROPOSAL) {
    throw govErrors.invalidProposalType.wrap(
      `${msg.content?.typeUrl ?? "no content"}: v1beta1 proposals may only be ${TEXT_PROPOSAL}; submit changes as messages of cosmos.gov.v1.MsgSubmitProposal`,
    );
  }
  const text = TextProposal.decode(msg.content.value);
  return { messages: [], initialDeposit: msg.initialDeposit, proposer: msg.proposer, metadata: "", title: text.title, summary: text.description, expedited: false };
}

function validateSubmission(submission: Submission): void {
  accAddress(submission.proposer);
  validateText(submission.title, submission.summary, submission.metadata);
  if (submission.initialDeposit.length > 0) parseCoins(submission.initialDeposit, "initial deposit");
}

export function govMsgs(gov: Gov): AnyMsgRoute[] {
  const submitted = (ctx: Context, submission: Submission, typeUrl: string) => {
    const proposalId = submitProposal(gov, ctx, submission);
    governanceMessage(ctx, submission.proposer);
    return { typeUrl, value: v1.MsgSubmitProposalResponse.encode({ proposalId }).finish() };
  };
  const voted = (ctx: Context, id: bigint, voter: string, options: WeightedVoteOption[], metadata: string) => {
    castVote(gov, ctx, id, voter, options, metadata);
    governanceMessage(ctx, voter);
  };
  const deposited = (ctx: Context, id: bigint, depositor: string, amount: readonly Coin[]) => {
    if (deposit(gov, ctx, id, accAddress(depositor), depositCoins(amount))) ctx.events.emit("proposal_deposit", { voting_period_start: id.toString() });
    governanceMessage(ctx, depositor);
  };

  return [
    msgRoute<v1.MsgSubmitProposal>({
      typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
      codec: v1.MsgSubmitProposal,
      validate: (msg) => validateSubmission(msg),
      signers: (msg) => [msg.proposer],
      handle: (ctx, msg) => submitted(ctx, msg, "/cosmos.gov.v1.MsgSubmitProposalResponse"),
    }),
    msgRoute<v1.MsgDeposit>({
      typeUrl: "/cosmos.gov.v1.MsgDeposit",
      codec: v1.MsgDeposit,
      validate(msg) {
        accAddress(msg.depositor);
        depositCoins(msg.amount);
      },
      signers: (msg) => [msg.depositor],
      handle(ctx, msg) {
        deposited(ctx, msg.proposalId, msg.depositor, msg.amount);
        return { typeUrl: "/cosmos.gov.v1.MsgDepositResponse", value: v1.MsgDepositResponse.encode({}).finish() };
      },
    }),
    msgRoute<v1.MsgVote>({
      typeUrl: "/cosmos.gov.v1.MsgVote",
      codec: v1.MsgVote,
      validate(msg) {
        accAddress(msg.voter);
        validateWeightedOptions(singleOption(msg.option));
      },
      signers: (msg) => [msg.voter],
      handle(ctx, msg) {
        voted(ctx, msg.proposalId, msg.voter, singleOption(msg.option), msg.metadata);
        return { typeUrl: "/cosmos.gov.v1.MsgVoteResponse", value: v1.MsgVoteResponse.encode({}).finish() };
      },
    }),
    msgRoute<v1.MsgVoteWeighted>({
      typeUrl: "/cosmos.gov.v1.MsgVoteWeighted",
      codec: v1.MsgVoteWeighted,
      validate(msg) {
        accAddress(msg.voter);
        validateWeightedOptions(msg.options);
      },
      signers: (msg) => [msg.voter],
      handle(ctx, msg) {
        voted(ctx, msg.proposalId, msg.voter, msg.options, msg.metadata);
        return { typeUrl: "/cosmos.gov.v1.MsgVoteWeightedResponse", value: v1.MsgVoteWeightedResponse.encode({}).finish() };
      },
    }),
    msgRoute<v1.MsgCancelProposal>({
      typeUrl: "/cosmos.gov.v1.MsgCancelProposal",
      codec: v1.MsgCancelProposal,
      validate: (msg) => void accAddress(msg.proposer),
      signers: (msg) => [msg.proposer],
      handle(ctx, msg) {
        cancelProposal(gov, ctx, msg.proposalId, msg.proposer);
        governanceMessage(ctx, msg.proposer);
        const response = { proposalId: msg.proposalId, canceledTime: ctx.header.time, canceledHeight: BigInt(ctx.header.height) };
        return { typeUrl: "/cosmos.gov.v1.MsgCancelProposalResponse", value: v1.MsgCancelProposalResponse.encode(response).finish() };
      },
    }),
    updateParamsRoute({
      typeUrl: "/cosmos.gov.v1.MsgUpdateParams",
      codec: v1.MsgUpdateParams,
      response: v1.MsgUpdateParamsResponse,
      validate: validateGovParams,
      set: (ctx, params) => gov.keeper.setParams(ctx, params),
    }),
    updateParamsRoute({
      typeUrl: "/ais.gov.v1.MsgUpdateParams",
      codec: AisMsgUpdateParams,
      response: AisMsgUpdateParamsResponse,
      validate: validateCommunityParams,
      set: (ctx, params) => gov.keeper.setCommunityParams(ctx, params),
    }),

    // --- v1beta1 ---
    msgRoute<v1beta1.MsgSubmitProposal>({
      typeUrl: "/cosmos.gov.v1beta1.MsgSubmitProposal",
      codec: v1beta1.MsgSubmitProposal,
      validate: (msg) => validateSubmission(legacySubmission(msg)),
      signers: (msg) => [msg.proposer],
      handle: (ctx, msg) => submitted(ctx, legacySubmission(msg), "/cosmos.gov.v1beta1.MsgSubmitProposalResponse"),
    }),
    msgRoute<v1beta1.MsgDeposit>({
      typeUrl: "/cosmos.gov.v1beta1.MsgDeposit",
      codec: v1beta1.MsgDeposit,
      validate(msg) {
        accAddress(msg.depositor);
        depositCoins(msg.amount);
      },
      signers: (msg) => [msg.depositor],
      handle(ctx, msg) {
        deposited(ctx, msg.proposalId, msg.depositor, msg.amount);
        return { typeUrl: "/cosmos.gov.v1beta1.MsgDepositResponse", value: v1beta1.MsgDepositResponse.encode({}).finish() };
      },
    }),
    msgRoute<v1beta1.MsgVote>({
      typeUrl: "/cosmos.gov.v1beta1.MsgVote",
      codec: v1beta1.MsgVote,
      validate(msg) {
        accAddress(msg.voter);
        validateWeightedOptions(singleOption(msg.option));
      },
      signers: (msg) => [msg.voter],
      handle(ctx, msg) {
        voted(ctx, msg.proposalId, msg.voter, singleOption(msg.option), "");
        return { typeUrl: "/cosmos.gov.v1beta1.MsgVoteResponse", value: v1beta1.MsgVoteResponse.encode({}).finish() };
      },
    }),
    msgRoute<v1beta1.MsgVoteWeighted>({
      typeUrl: "/cosmos.gov.v1beta1.MsgVoteWeighted",
      codec: v1beta1.MsgVoteWeighted,
      validate(msg) {
        accAddress(msg.voter);
        validateWeightedOptions(fromLegacyWeights(msg.options));
      },
      signers: (msg) => [msg.voter],
      handle(ctx, msg) {
        voted(ctx, msg.proposalId, msg.voter, fromLegacyWeights(msg.options), "");
        return { typeUrl: "/cosmos.gov.v1beta1.MsgVoteWeightedResponse", value: v1beta1.MsgVoteWeightedResponse.encode({}).finish() };
      },
    }),
  ];
}
