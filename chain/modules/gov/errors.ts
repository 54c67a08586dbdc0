// x/gov errors with the codes of cosmos-sdk v0.50 (codespace "gov"); AIS's own start at 100.
import { registerError } from "../../app/errors.js";

const CODESPACE = "gov";

export const govErrors = {
  unknownProposal: registerError(CODESPACE, 2, "unknown proposal"),
  inactiveProposal: registerError(CODESPACE, 3, "inactive proposal"),
  invalidProposalContent: registerError(CODESPACE, 5, "invalid proposal content"),
  invalidProposalType: registerError(CODESPACE, 6, "invalid proposal type"),
  invalidVote: registerError(CODESPACE, 7, "invalid vote option"),
  invalidGenesis: registerError(CODESPACE, 8, "invalid genesis state"),
  unroutableProposalMsg: registerError(CODESPACE, 10, "proposal message not recognized by router"),
  noProposalMsgs: registerError(CODESPACE, 11, "no messages proposed"),
  invalidProposalMsg: registerError(CODESPACE, 12, "invalid proposal message"),
  invalidSigner: registerError(CODESPACE, 13, "expected gov account as only signer for proposal message"),
  metadataTooLong: registerError(CODESPACE, 15, "metadata too long"),
  minDepositTooSmall: registerError(CODESPACE, 16, "minimum deposit is too small"),
  invalidProposer: registerError(CODESPACE, 18, "invalid proposer"),
  votingPeriodEnded: registerError(CODESPACE, 20, "voting period already ended"),
  invalidProposal: registerError(CODESPACE, 21, "invalid proposal"),
  summaryTooLong: registerError(CODESPACE, 22, "summary too long"),
  invalidDepositDenom: registerError(CODESPACE, 23, "invalid deposit denom"),
  titleTooLong: registerError(CODESPACE, 24, "title too long"),
  exchangeCannotVote: registerError(CODESPACE, 100, "exchange-listed address cannot vote on community proposals"),
};
