// aisd tx gov … (submit, deposit, vote, weighted vote, cancel); the queries are made from the
// descriptors (autocli.ts).
import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { VoteOption, type WeightedVoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgCancelProposal, MsgDeposit, MsgSubmitProposal, MsgVote, MsgVoteWeighted } from "cosmjs-types/cosmos/gov/v1/tx";
import { aisModules } from "../app/ais.js";
import { AppError } from "../app/errors.js";
import { ModuleRegistry } from "../app/module.js";
import { validateWeightedOptions } from "../modules/gov/proposals.js";
import { anyOf, signAndBroadcast, type TxCommand, type TxOptions } from "./broadcast.js";
import { parseCoinsArgument, positiveIntegerArgument } from "./common.js";
import { parseProposalFile } from "./proposal.js";

const OPTIONS: Record<string, VoteOption> = {
  yes: VoteOption.VOTE_OPTION_YES,
  abstain: VoteOption.VOTE_OPTION_ABSTAIN,
  no: VoteOption.VOTE_OPTION_NO,
  no_with_veto: VoteOption.VOTE_OPTION_NO_WITH_VETO,
};

export function voteOptionArgument(text: string): VoteOption {
  const option = OPTIONS[text.toLowerCase()];
  if (option === undefined) throw new InvalidArgumentError(`not a vote option: yes, no, abstain or no_with_veto`);
  return option;
}

/** "yes=0.6,no=0.4": checked as the chain checks it (weights in (0, 1], each option once, summing to 1). */
export function weightedOptionsArgument(text: string): WeightedVoteOption[] {
  const options = text.split(",").map((part) => {
    const match = /^\s*([a-z_]+)=([0-9.]+)\s*$/i.exec(part);
    if (match === null) throw new InvalidArgumentError(`${JSON.stringify(part)} is not option=weight`);
    return { option: voteOptionArgument(match[1]!), weight: match[2]! };
  });
  try {
    validateWeightedOptions(options);
  } catch (err) {
    throw new InvalidArgumentError(err instanceof AppError ? err.log : (err as Error).message);
  }
  return options;
}

const registry = () => new ModuleRegistry(aisModules().modules);

export function registerGovTx(tx: Command, txCommand: TxCommand): void {
  const gov = tx.command("gov").description("governance: proposals, deposits and votes");

  txCommand(gov, "submit-proposal")
    .description("submit a proposal from a JSON file (messages, metadata, deposit, title, summary, expedited)")
    .argument("<from>", "key name of the proposer")
    .argument("<file>", "the proposal file")
    .action(async (from: string, file: string, opts: TxOptions) => {
      const proposal = parseProposalFile(registry(), readFileSync(file, "utf8"));
      await signAndBroadcast(from, opts, (key) => [
        anyOf(MsgSubmitProposal, {
          messages: proposal.messages,
          initialDeposit: proposal.deposit,
          proposer: key.address,
          metadata: proposal.metadata,
          title: proposal.title,
          summary: proposal.summary,
          expedited: proposal.expedited,
        }),
      ]);
    });

  txCommand(gov, "deposit")
    .description("add to a proposal's deposit")
    .argument("<from>", "key name of the depositor")
    .argument("<proposal-id>", "proposal id", positiveIntegerArgument)
    .argument("<amount>", "coins, e.g. 10000000uais", parseCoinsArgument)
    .action(async (from: string, id: bigint, amount: ReturnType<typeof parseCoinsArgument>, opts: TxOptions) => {
      await signAndBroadcast(from, opts, (key) => [anyOf(MsgDeposit, { proposalId: id, depositor: key.address, amount })]);
    });

  txCommand(gov, "vote")
    .description("vote on a proposal in its voting period")
    .argument("<from>", "key name of the voter")
    .argument("<proposal-id>", "proposal id", positiveIntegerArgument)
    .argument("<option>", "yes, no, abstain or no_with_veto", voteOptionArgument)
    .option("--metadata <text>", "vote metadata", "")
    .action(async (from: string, id: bigint, option: VoteOption, opts: TxOptions & { metadata: string }) => {
      await signAndBroadcast(from, opts, (key) => [anyOf(MsgVote, { proposalId: id, voter: key.address, option, metadata: opts.metadata })]);
    });

  txCommand(gov, "weighted-vote")
    .description('split a vote between options, e.g. "yes=0.6,no=0.4"')
    .argument("<from>", "key name of the voter")
    .argument("<proposal-id>", "proposal id", positiveIntegerArgument)
    .argument("<options>", "option=weight pairs, weights summing to 1", weightedOptionsArgument)
    .option("--metadata <text>", "vote metadata", "")
    .action(async (from: string, id: bigint, options: WeightedVoteOption[], opts: TxOptions & { metadata: string }) => {
      await signAndBroadcast(from, opts, (key) => [anyOf(MsgVoteWeighted, { proposalId: id, voter: key.address, options, metadata: opts.metadata })]);
    });

  txCommand(gov, "cancel-proposal")
    .description("cancel your own proposal before its vote ends (proposal_cancel_ratio of the deposits is charged)")
    .argument("<from>", "key name of the proposer")
    .argument("<proposal-id>", "proposal id", positiveIntegerArgument)
    .action(async (from: string, id: bigint, opts: TxOptions) => {
      await signAndBroadcast(from, opts, (key) => [anyOf(MsgCancelProposal, { proposalId: id, proposer: key.address })]);
    });
}
