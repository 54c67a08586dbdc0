// The proposal lifecycle: submission (messages checked as the SDK does: routable, valid, signed by
// the gov account alone), deposits until min_deposit starts the voting period, votes, cancellation,
// and the EndBlock that drops unfunded proposals, tallies ended ones and runs passed messages.
import { ProposalStatus, VoteOption, type Proposal, type WeightedVoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { addDuration, isAtOrAfter, type Context } from "../../app/context.js";
import { AppError, toAppError } from "../../app/errors.js";
import { accAddress, accString } from "../../types/address.js";
import { bytesEqual, utf8 } from "../../store/encoding.js";
import { formatCoins, parseCoins, toCoin, type CoinAmount } from "../../types/coins.js";
import { ONE, formatDec, mulCeil, parseDec } from "../../types/dec.js";
import { GOV_AUTHORITY } from "../authority.js";
import { govErrors } from "./errors.js";
import type { GovDeps } from "./expected.js";
import { GOV_MODULE, type GovKeeper } from "./keeper.js";
import { decParam } from "./params.js";
import { EMPTY_TALLY_RESULT, StakeBook, decide, proposalKind, tallyResultOf } from "./tally.js";
import { closeTally, liveTally, openTally, pruneBatch, recordVote, revalueBatch } from "./tally-index.js";

/** The SDK's default limits (x/gov Config). */
export const MAX_METADATA_LENGTH = 255;
export const MAX_TITLE_LENGTH = 255;
export const MAX_SUMMARY_LENGTH = 10_200;

export interface Gov {
  keeper: GovKeeper;
  deps: GovDeps;
}

// --- stateless checks (the SDK's ValidateBasic) ----------------------------------------------------

/** Lengths in UTF-8 bytes, as Go's len() counts them in the SDK. */
const byteLength = (text: string) => utf8.encode(text).length;

export function validateText(title: string, summary: string, metadata: string): void {
  if (title.trim() === "") throw govErrors.invalidProposalContent.wrap("proposal title cannot be empty");
  if (summary.trim() === "") throw govErrors.invalidProposalContent.wrap("proposal summary cannot be empty");
  if (byteLength(title) > MAX_TITLE_LENGTH) throw govErrors.titleTooLong.wrap(`got title with length ${byteLength(title)}, at most ${MAX_TITLE_LENGTH}`);
  if (byteLength(summary) > MAX_SUMMARY_LENGTH) throw govErrors.summaryTooLong.wrap(`got summary with length ${byteLength(summary)}, at most ${MAX_SUMMARY_LENGTH}`);
  validateMetadata(metadata);
}

export function validateMetadata(metadata: string): void {
  if (byteLength(metadata) > MAX_METADATA_LENGTH) throw govErrors.metadataTooLong.wrap(`got metadata with length ${byteLength(metadata)}, at most ${MAX_METADATA_LENGTH}`);
}

const VALID_OPTIONS = new Set<VoteOption>([VoteOption.VOTE_OPTION_YES, VoteOption.VOTE_OPTION_ABSTAIN, VoteOption.VOTE_OPTION_NO, VoteOption.VOTE_OPTION_NO_WITH_VETO]);

/** Options with weights in (0, 1], no option twice, weights summing to exactly 1. */
export function validateWeightedOptions(options: readonly WeightedVoteOption[]): void {
  if (options.length === 0) throw govErrors.invalidVote.wrap("no vote options");
  const seen = new Set<VoteOption>();
  let sum = 0n;
  for (const { option, weight } of options) {
    if (!VALID_OPTIONS.has(option)) throw govErrors.invalidVote.wrap(`invalid vote option ${option}`);
    if (seen.has(option)) throw govErrors.invalidVote.wrap(`duplicated vote option ${VoteOption[option]}`);
    seen.add(option);
    let parsed: bigint;
    try {
      parsed = parseDec(weight);
    } catch {
      throw govErrors.invalidVote.wrap(`invalid weight ${JSON.stringify(weight)}`);
    }
    if (parsed <= 0n || parsed > ONE) throw govErrors.invalidVote.wrap(`weight ${weight} of ${VoteOption[option]} is not in (0, 1]`);
    sum += parsed;
  }
  if (sum !== ONE) throw govErrors.invalidVote.wrap(`total weight ${formatDec(sum)} is not 1`);
}

export function singleOption(option: VoteOption): WeightedVoteOption[] {
  return [{ option, weight: formatDec(ONE) }];
}

// --- submission ------------------------------------------------------------------------------------

export interface Submission {
  messages: Any[];
  initialDeposit: Coin[];
  proposer: string;
  metadata: string;
  title: string;
  summary: string;
  expedited: boolean;
}

/** Each message must be one the app routes, valid on its own, and signed by the gov account alone. */
function checkMessages(deps: GovDeps, messages: readonly Any[]): void {
  messages.forEach((any, index) => {
    const route = deps.route(any.typeUrl);
    if (route === undefined) throw govErrors.unroutableProposalMsg.wrap(`message ${index}: ${any.typeUrl}`);
    if (route.governance !== true) throw govErrors.invalidProposalMsg.wrap(`message ${index}: ${any.typeUrl} is not a governance message`);
    // The transaction's strict decoding has checked the value as the message its type URL names.
    const msg: unknown = route.codec.decode(any.value);
    try {
      route.validate?.(msg);
    } catch (err) {
      throw govErrors.invalidProposalMsg.wrap(`message ${index} (${any.typeUrl}): ${toAppError(err).log}`);
    }
    const signers = route.signers(msg);
    if (signers.length !== 1 || signers[0] !== GOV_AUTHORITY) {
      throw govErrors.invalidSigner.wrap(`message ${index} (${any.typeUrl}) is signed by ${signers.join(", ")}, not the gov account ${GOV_AUTHORITY}`);
    }
  });
}

function minDepositOf(gov: Gov, ctx: Context, expedited: boolean): CoinAmount[] {
  const params = gov.keeper.params(ctx);
  return parseCoins(expedited ? params.expeditedMinDeposit : params.minDeposit, "min_deposit");
}

function checkDepositDenoms(gov: Gov, ctx: Context, coins: readonly CoinAmount[]): void {
  const accepted = gov.keeper.params(ctx).minDeposit.map((c) => c.denom);
  for (const coin of coins) {
    if (!accepted.includes(coin.denom)) {
      throw govErrors.invalidDepositDenom.wrap(`deposited ${formatCoins(coins)}, but gov accepts only the following denom(s): ${accepted.join(", ")}`);
    }
  }
}

/** At least `ratio` of min_deposit in every denom of it (rounded up). */
function checkAtLeast(minDeposit: readonly CoinAmount[], coins: readonly CoinAmount[], ratio: bigint, what: string): void {
  if (ratio === 0n) return;
  const needed = minDeposit.map((c) => ({ denom: c.denom, amount: mulCeil(ratio, c.amount) }));
  const short = needed.some((need) => (coins.find((c) => c.denom === need.denom)?.amount ?? 0n) < need.amount);
  if (short) throw govErrors.minDepositTooSmall.wrap(`${what} was (${formatCoins(coins) || "nothing"}), need (${formatCoins(needed)})`);
}

export function submitProposal(gov: Gov, ctx: Context, submission: Submission): bigint {
  const { keeper, deps } = gov;
  validateText(submission.title, submission.summary, submission.metadata);
  checkMessages(deps, submission.messages);
  const deposit = submission.initialDeposit.length === 0 ? [] : parseCoins(submission.initialDeposit, "initial deposit");
  checkDepositDenoms(gov, ctx, deposit);
  const params = keeper.params(ctx);
  checkAtLeast(minDepositOf(gov, ctx, submission.expedited), deposit, decParam(params.minInitialDepositRatio, "min_initial_deposit_ratio"), "initial deposit");

  const id = keeper.nextProposalId(ctx);
  keeper.setNextProposalId(ctx, id + 1n);
  const now = ctx.header.time;
  const proposal: Proposal = {
    id,
    messages: submission.messages,
    status: ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD,
    finalTallyResult: EMPTY_TALLY_RESULT,
    submitTime: now,
    depositEndTime: addDuration(now, params.maxDepositPeriod!),
    totalDeposit: [],
    votingStartTime: undefined,
    votingEndTime: undefined,
    metadata: submission.metadata,
    title: submission.title,
    summary: submission.summary,
    proposer: accString(accAddress(submission.proposer)),
    expedited: submission.expedited,
    failedReason: "",
  };
  keeper.setProposal(ctx, proposal);
  keeper.enqueue(ctx, "inactive", proposal.depositEndTime!, id);
  ctx.events.emit("submit_proposal", {
    proposal_id: id.toString(),
    proposal_messages: submission.messages.map((m) => `,${m.typeUrl}`).join(""),
    proposal_kind: proposalKind(proposal),
  });
  if (deposit.length > 0 && addDeposit(gov, ctx, id, accAddress(submission.proposer), deposit)) {
    ctx.events.emit("submit_proposal", { voting_period_start: id.toString() });
  }
  return id;
}

// --- deposits --------------------------------------------------------------------------------------

function covers(total: readonly CoinAmount[], needed: readonly CoinAmount[]): boolean {
  return needed.every((need) => (total.find((c) => c.denom === need.denom)?.amount ?? 0n) >= need.amount);
}

function addCoins(a: readonly CoinAmount[], b: readonly CoinAmount[]): CoinAmount[] {
  const sums = new Map<string, bigint>();
  for (const coin of [...a, ...b]) sums.set(coin.denom, (sums.get(coin.denom) ?? 0n) + coin.amount);
  return [...sums.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([denom, amount]) => ({ denom, amount }));
}

function liveProposal(gov: Gov, ctx: Context, id: bigint): Proposal {
  const proposal = gov.keeper.proposal(ctx, id);
  if (proposal === undefined) throw govErrors.unknownProposal.wrap(`proposal ${id} does not exist`);
  return proposal;
}

/**
 * Escrows a deposit of at least `minimumRatio` of min_deposit; returns true when it started the
 * voting period.
 */
function addDeposit(gov: Gov, ctx: Context, id: bigint, depositor: Uint8Array, coins: readonly CoinAmount[], minimumRatio = 0n): boolean {
  const { keeper, deps } = gov;
  const proposal = liveProposal(gov, ctx, id);
  if (proposal.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && proposal.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) {
    throw govErrors.inactiveProposal.wrap(`proposal ${id} is ${ProposalStatus[proposal.status]}`);
  }
  checkDepositDenoms(gov, ctx, coins);
  checkAtLeast(minDepositOf(gov, ctx, false), coins, minimumRatio, "deposit");
  deps.bank.sendCoinsFromAccountToModule(ctx, depositor, GOV_MODULE, coins);
  const total = addCoins(parseCoins(proposal.totalDeposit), coins);
  const updated: Proposal = { ...proposal, totalDeposit: total.map(toCoin) };
  const existing = keeper.deposit(ctx, id, depositor);
  keeper.setDeposit(ctx, {
    proposalId: id,
    depositor: accString(depositor),
    amount: addCoins(existing === undefined ? [] : parseCoins(existing.amount), coins).map(toCoin),
  });
  ctx.events.emit("proposal_deposit", { amount: formatCoins(coins), proposal_id: id.toString(), depositor: accString(depositor) });
  const starts = proposal.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && covers(total, minDepositOf(gov, ctx, proposal.expedited));
  if (starts) startVoting(gov, ctx, updated);
  else keeper.setProposal(ctx, updated);
  return starts;
}

/** A MsgDeposit: at least min_deposit_ratio of min_deposit, so deposits cannot be dusted in. */
export function deposit(gov: Gov, ctx: Context, id: bigint, depositor: Uint8Array, coins: readonly CoinAmount[]): boolean {
  return addDeposit(gov, ctx, id, depositor, coins, decParam(gov.keeper.params(ctx).minDepositRatio, "min_deposit_ratio"));
}

function startVoting(gov: Gov, ctx: Context, proposal: Proposal): void {
  const params = gov.keeper.params(ctx);
  const now = ctx.header.time;
  const votingEnd = addDuration(now, (proposal.expedited ? params.expeditedVotingPeriod : params.votingPeriod)!);
  gov.keeper.dequeue(ctx, "inactive", proposal.depositEndTime!, proposal.id);
  gov.keeper.enqueue(ctx, "active", votingEnd, proposal.id);
  gov.keeper.setProposal(ctx, { ...proposal, status: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, votingStartTime: now, votingEndTime: votingEnd });
  openTally(ctx, proposal.id, proposalKind(proposal));
}

/** Returns every deposit to its depositor, or burns them all; the records go either way. */
function settleDeposits(gov: Gov, ctx: Context, id: bigint, burn: boolean): void {
  const { keeper, deps } = gov;
  const deposits = keeper.deposits(ctx, id);
  if (burn) {
    const total = deposits.reduce<CoinAmount[]>((sum, d) => addCoins(sum, parseCoins(d.amount)), []);
    if (total.length > 0) deps.bank.burnCoins(ctx, GOV_MODULE, total);
  } else {
    for (const d of deposits) deps.bank.sendCoinsFromModuleToAccount(ctx, GOV_MODULE, accAddress(d.depositor), parseCoins(d.amount));
  }
  keeper.deleteDeposits(ctx, id);
}

// --- votes -----------------------------------------------------------------------------------------

export function castVote(gov: Gov, ctx: Context, id: bigint, voter: string, options: readonly WeightedVoteOption[], metadata: string): void {
  const { keeper, deps } = gov;
  validateMetadata(metadata);
  const proposal = liveProposal(gov, ctx, id);
  if (proposal.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) {
    throw govErrors.inactiveProposal.wrap(`proposal ${id} is ${ProposalStatus[proposal.status]}, not in its voting period`);
  }
  const address = accAddress(voter);
  const canonical = accString(address);
  let held: bigint | undefined;
  if (proposalKind(proposal) === "community") {
    if (isExchange(gov, ctx, address)) throw govErrors.exchangeCannotVote.wrap(canonical);
    held = new StakeBook(ctx, deps).holdings(address);
  }
  // Weights as the SDK stores them (LegacyDec text, 18 decimals).
  const normalized = options.map(({ option, weight }) => ({ option, weight: formatDec(parseDec(weight)) }));
  recordVote(ctx, gov, proposal, address, normalized, held);
  keeper.setVote(ctx, { proposalId: id, voter: canonical, options: normalized, metadata }, held);
  ctx.events.emit("proposal_vote", {
    option: normalized.map((o) => `${VoteOption[o.option]}=${o.weight}`).join(","),
    proposal_id: id.toString(),
    voter: canonical,
  });
}

// --- cancellation ----------------------------------------------------------------------------------

export function isExchange(gov: Gov, ctx: Context, address: Uint8Array): boolean {
  return gov.keeper.communityParams(ctx).exchangeAddresses.some((listed) => bytesEqual(accAddress(listed), address));
}

export function cancelProposal(gov: Gov, ctx: Context, id: bigint, proposer: string): void {
  const { keeper, deps } = gov;
  const proposal = liveProposal(gov, ctx, id);
  if (proposal.proposer !== accString(accAddress(proposer))) throw govErrors.invalidProposer.wrap(`${proposer} did not submit proposal ${id}`);
  if (proposal.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && proposal.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) {
    throw govErrors.invalidProposal.wrap("proposal should be in the deposit or voting period");
  }
  if (proposal.votingEndTime !== undefined && isAtOrAfter(ctx.header.time, proposal.votingEndTime)) {
    throw govErrors.votingPeriodEnded.wrap(`voting period of proposal ${id} ended`);
  }
  const params = keeper.params(ctx);
  const ratio = decParam(params.proposalCancelRatio, "proposal_cancel_ratio");
  // Each depositor loses proposal_cancel_ratio of its deposit (rounded down) and gets the rest back.
  let charged: CoinAmount[] = [];
  for (const d of keeper.deposits(ctx, id)) {
    const coins = parseCoins(d.amount);
    const charge = coins.map((c) => ({ denom: c.denom, amount: (c.amount * ratio) / ONE })).filter((c) => c.amount > 0n);
    const refund = coins.map((c) => ({ denom: c.denom, amount: c.amount - (charge.find((x) => x.denom === c.denom)?.amount ?? 0n) })).filter((c) => c.amount > 0n);
    if (refund.length > 0) deps.bank.sendCoinsFromModuleToAccount(ctx, GOV_MODULE, accAddress(d.depositor), refund);
    charged = addCoins(charged, charge);
  }
  keeper.deleteDeposits(ctx, id);
  if (charged.length > 0) payCancellationCharge(gov, ctx, params.proposalCancelDest, charged);
  if (proposal.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) closeTally(ctx, id);
  removeProposal(gov, ctx, proposal);
  ctx.events.emit("cancel_proposal", { sender: proposer, proposal_id: id.toString() });
}

/** Burned when proposal_cancel_dest is empty; into the community pool when it is the distribution account. */
function payCancellationCharge(gov: Gov, ctx: Context, destination: string, coins: readonly CoinAmount[]): void {
  const { deps } = gov;
  if (destination === "") return deps.bank.burnCoins(ctx, GOV_MODULE, coins);
  const address = accAddress(destination);
  if (bytesEqual(address, deps.distribution.moduleAddress)) {
    const bondDenom = deps.staking.bondDenom(ctx);
    const bonded = coins.find((c) => c.denom === bondDenom)?.amount ?? 0n;
    if (bonded > 0n) deps.distribution.fundCommunityPool(ctx, GOV_MODULE, bonded);
    const others = coins.filter((c) => c.denom !== bondDenom);
    if (others.length > 0) deps.bank.burnCoins(ctx, GOV_MODULE, others);
    return;
  }
  deps.bank.sendCoinsFromModuleToAccount(ctx, GOV_MODULE, address, coins);
}

function removeProposal(gov: Gov, ctx: Context, proposal: Proposal): void {
  if (proposal.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD) gov.keeper.dequeue(ctx, "inactive", proposal.depositEndTime!, proposal.id);
  else gov.keeper.dequeue(ctx, "active", proposal.votingEndTime!, proposal.id);
  gov.keeper.deleteProposal(ctx, proposal.id);
}

// --- EndBlock --------------------------------------------------------------------------------------

/**
 * Slashed validators' delegators re-read and finished proposals' vote records deleted, a bounded
 * batch of each, then the proposals due; a tally reads the running counts (tally-index.ts).
 */
export function endBlock(gov: Gov, ctx: Context): void {
  revalueBatch(ctx, gov);
  pruneBatch(ctx, gov);
  const now = ctx.header.time;
  for (const id of gov.keeper.due(ctx, "inactive", now)) dropUnfunded(gov, ctx, id);
  for (const id of gov.keeper.due(ctx, "active", now)) endVoting(gov, ctx, id);
}

function dropUnfunded(gov: Gov, ctx: Context, id: bigint): void {
  const proposal = gov.keeper.proposal(ctx, id)!;
  settleDeposits(gov, ctx, id, gov.keeper.params(ctx).burnProposalDepositPrevote);
  removeProposal(gov, ctx, proposal);
  ctx.events.emit("inactive_proposal", { proposal_id: id.toString(), proposal_result: "proposal_dropped" });
  ctx.logger.info("proposal did not meet its minimum deposit and was dropped", { proposal: id.toString() });
}

function endVoting(gov: Gov, ctx: Context, id: bigint): void {
  const { keeper } = gov;
  const proposal = keeper.proposal(ctx, id)!;
  const counted = liveTally(ctx, gov, proposal);
  const { passes, burnDeposits } = decide(keeper.params(ctx), proposal.expedited, counted);
  keeper.dequeue(ctx, "active", proposal.votingEndTime!, id);
  const finalTallyResult = tallyResultOf(counted);

  if (proposal.expedited && !passes) {
    // A failed expedited proposal becomes a regular one: same votes and deposits, the regular
    // voting period counted from the original start.
    const votingEndTime = addDuration(proposal.votingStartTime!, keeper.params(ctx).votingPeriod!);
    keeper.enqueue(ctx, "active", votingEndTime, id);
    keeper.setProposal(ctx, { ...proposal, expedited: false, votingEndTime });
    ctx.events.emit("active_proposal", { proposal_id: id.toString(), proposal_result: "expedited_proposal_rejected" });
    return;
  }

  settleDeposits(gov, ctx, id, burnDeposits);
  // The SDK deletes the votes here; their records go a batch per block from the next one on.
  closeTally(ctx, id);
  let status = ProposalStatus.PROPOSAL_STATUS_REJECTED;
  let failedReason = "";
  if (passes) {
    const failure = execute(gov, ctx, proposal);
    status = failure === undefined ? ProposalStatus.PROPOSAL_STATUS_PASSED : ProposalStatus.PROPOSAL_STATUS_FAILED;
    failedReason = failure ?? "";
  }
  keeper.setProposal(ctx, { ...proposal, status, finalTallyResult, failedReason });
  const result = { [ProposalStatus.PROPOSAL_STATUS_PASSED]: "proposal_passed", [ProposalStatus.PROPOSAL_STATUS_FAILED]: "proposal_failed" }[status as number] ?? "proposal_rejected";
  ctx.events.emit("active_proposal", { proposal_id: id.toString(), proposal_result: result, ...(failedReason === "" ? {} : { proposal_log: failedReason }) });
  ctx.logger.info("proposal tallied", { proposal: id.toString(), result, yes: finalTallyResult.yesCount, no: finalTallyResult.noCount, veto: finalTallyResult.noWithVetoCount, abstain: finalTallyResult.abstainCount });
}

/** Runs every message on one branch of state: all of them take effect, or none. Returns why not. */
export function execute(gov: Gov, ctx: Context, proposal: Proposal): string | undefined {
  const branch = ctx.branch();
  for (const [index, any] of proposal.messages.entries()) {
    try {
      const route = gov.deps.route(any.typeUrl);
      if (route === undefined) throw govErrors.unroutableProposalMsg.wrap(any.typeUrl);
      const msg = route.codec.decode(any.value);
      route.validate?.(msg);
      route.handle(branch.ctx, msg);
    } catch (err) {
      // Only registered texts are stored (toAppError): an engine error halts the node instead.
      const error = toAppError(err);
      if (!(err instanceof AppError)) ctx.logger.error("proposal message failed unexpectedly", { proposal: proposal.id.toString(), error: (err as Error).stack ?? String(err) });
      return `message ${index} (${any.typeUrl}): ${error.log}`;
    }
  }
  branch.write();
  return undefined;
}
