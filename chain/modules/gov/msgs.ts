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
import { msgRoute, type AnyMsgRoute, type MessageCodec } from "../../app/module.js";
import { accAddress } from "../../types/address.js";
import { parseCoins } from "../../types/coins.js";
import { formatDec } from "../../types/dec.js";
import { updateParamsRoute } from "../authority.js";
import { govErrors } from "./errors.js";
import { canonicalCommunityParams, validateGovParams } from "./params.js";
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

/**
 * What the SDK's msg server asks of a v1 submission (a v1beta1 text proposal has neither messages
 * nor metadata): something to act on, and metadata in the recommended JSON format agreeing with the
 * title and summary.
 */
function checkV1Submission(msg: v1.MsgSubmitProposal): void {
  if (msg.messages.length === 0 && msg.metadata === "") throw govErrors.noProposalMsgs.wrap("either metadata or Msgs length must be non-nil");
  if (msg.metadata === "") return;
  const text = metadataText(msg.metadata);
  if (text === undefined) return; // not the recommended format: nothing to compare, as in the SDK
  if (text.title !== msg.title) throw govErrors.invalidProposalContent.wrap(`metadata title '${text.title}' must equal proposal title '${msg.title}'`);
  if (text.summary !== msg.summary) throw govErrors.invalidProposalContent.wrap(`metadata summary '${text.summary}' must equal proposal summary '${msg.summary}'`);
}

const METADATA_FIELDS = ["title", "authors", "summary", "details", "proposal_forum_url", "vote_option_context"] as const;

/**
 * The title and summary of metadata in the SDK's ProposalMetadata JSON, read as Go's json.Unmarshal
 * reads it into that struct: keys matched without regard to case (ASCII), null leaves a field empty,
 * unknown keys ignored; undefined where Go's decoding fails (not JSON, not an object, a field of the
 * wrong type). The metadata is at most max_metadata_len bytes, so the parse is bounded.
 */
function metadataText(metadata: string): { title: string; summary: string } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(metadata);
  } catch {
    return undefined;
  }
  const text = { title: "", summary: "" };
  if (value === null) return text;
  if (typeof value !== "object" || Array.isArray(value)) return undefined;
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const name = METADATA_FIELDS.find((f) => f === key.toLowerCase());
    if (name === undefined || field === null) continue;
    if (name === "authors") {
      if (!Array.isArray(field) || field.some((a) => a !== null && typeof a !== "string")) return undefined;
      continue;
    }
    if (typeof field !== "string") return undefined;
    if (name === "title" || name === "summary") text[name] = field;
  }
  return text;
}

function validateSubmission(submission: Submission): void {
  accAddress(submission.proposer);
  validateText(submission.title, submission.summary, submission.metadata);
  if (submission.initialDeposit.length > 0) parseCoins(submission.initialDeposit, "initial deposit");
}

/** MsgVote and MsgVoteWeighted of either version: they differ only in how they carry the options. */
function voteRoute<M extends { proposalId: bigint; voter: string }>(
  gov: Gov,
  typeUrl: string,
  codec: MessageCodec<M>,
  response: MessageCodec<object>,
  read: (msg: M) => { options: WeightedVoteOption[]; metadata: string },
): AnyMsgRoute {
  return msgRoute<M>({
    typeUrl,
    codec,
    validate(msg) {
      accAddress(msg.voter);
      validateWeightedOptions(read(msg).options);
    },
    signers: (msg) => [msg.voter],
    handle(ctx, msg) {
      const { options, metadata } = read(msg);
      castVote(gov, ctx, msg.proposalId, msg.voter, options, metadata);
      governanceMessage(ctx, msg.voter);
      return { typeUrl: `${typeUrl}Response`, value: response.encode({}).finish() };
    },
  });
}

function depositRoute<M extends { proposalId: bigint; depositor: string; amount: Coin[] }>(
  gov: Gov,
  typeUrl: string,
  codec: MessageCodec<M>,
  response: MessageCodec<object>,
): AnyMsgRoute {
  return msgRoute<M>({
    typeUrl,
    codec,
    validate(msg) {
      accAddress(msg.depositor);
      depositCoins(msg.amount);
    },
    signers: (msg) => [msg.depositor],
    handle(ctx, msg) {
      if (deposit(gov, ctx, msg.proposalId, accAddress(msg.depositor), depositCoins(msg.amount))) {
        ctx.events.emit("proposal_deposit", { voting_period_start: msg.proposalId.toString() });
      }
      governanceMessage(ctx, msg.depositor);
      return { typeUrl: `${typeUrl}Response`, value: response.encode({}).finish() };
    },
  });
}

function submitRoute<M extends { proposer: string }>(gov: Gov, typeUrl: string, codec: MessageCodec<M>, read: (msg: M) => Submission): AnyMsgRoute {
  return msgRoute<M>({
    typeUrl,
    codec,
    validate: (msg) => validateSubmission(read(msg)),
    signers: (msg) => [msg.proposer],
    handle(ctx, msg) {
      const submission = read(msg);
      const proposalId = submitProposal(gov, ctx, submission);
      governanceMessage(ctx, submission.proposer);
      return { typeUrl: `${typeUrl}Response`, value: v1.MsgSubmitProposalResponse.encode({ proposalId }).finish() };
    },
  });
}

export function govMsgs(gov: Gov): AnyMsgRoute[] {
  return [
    submitRoute<v1.MsgSubmitProposal>(gov, "/cosmos.gov.v1.MsgSubmitProposal", v1.MsgSubmitProposal, (msg) => {
      checkV1Submission(msg);
      return msg;
    }),
    depositRoute<v1.MsgDeposit>(gov, "/cosmos.gov.v1.MsgDeposit", v1.MsgDeposit, v1.MsgDepositResponse),
    voteRoute<v1.MsgVote>(gov, "/cosmos.gov.v1.MsgVote", v1.MsgVote, v1.MsgVoteResponse, (msg) => ({ options: singleOption(msg.option), metadata: msg.metadata })),
    voteRoute<v1.MsgVoteWeighted>(gov, "/cosmos.gov.v1.MsgVoteWeighted", v1.MsgVoteWeighted, v1.MsgVoteWeightedResponse, (msg) => ({ options: msg.options, metadata: msg.metadata })),
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
      validate: (params) => void canonicalCommunityParams(params),
      set: (ctx, params) => gov.keeper.setCommunityParams(ctx, canonicalCommunityParams(params)),
    }),
    // v1beta1: the response types have the same single field as v1's.
    submitRoute<v1beta1.MsgSubmitProposal>(gov, "/cosmos.gov.v1beta1.MsgSubmitProposal", v1beta1.MsgSubmitProposal, legacySubmission),
    depositRoute<v1beta1.MsgDeposit>(gov, "/cosmos.gov.v1beta1.MsgDeposit", v1beta1.MsgDeposit, v1beta1.MsgDepositResponse),
    voteRoute<v1beta1.MsgVote>(gov, "/cosmos.gov.v1beta1.MsgVote", v1beta1.MsgVote, v1beta1.MsgVoteResponse, (msg) => ({ options: singleOption(msg.option as number), metadata: "" })),
    voteRoute<v1beta1.MsgVoteWeighted>(gov, "/cosmos.gov.v1beta1.MsgVoteWeighted", v1beta1.MsgVoteWeighted, v1beta1.MsgVoteWeightedResponse, (msg) => ({ options: fromLegacyWeights(msg.options), metadata: "" })),
  ];
}
