// Tallies. A proposal carrying messages changes the chain and is decided by the validator set:
// bonded stake, each delegator voting itself or inheriting its validator's vote (the SDK's tally).
// A proposal without messages is a community proposal, decided one AIS, one vote by every holder.
//
// Community weights. A vote counts the AIS (liquid plus staked) its voter held both when voting and
// when voting ends: min(held at vote, held at end). When voting ends every token is held by exactly
// one address, and no vote counts more than its voter holds then, so no token is counted twice —
// passing tokens to another voter moves weight at most, never adds it; and tokens received after
// voting add nothing to that vote. This needs no snapshot of every balance, only one number per vote.
//
// The counts run as votes are cast and stakes and balances change (tally-index.ts, where the
// rounding is stated), so that the block ending a vote reads the bonded validators, not the votes.
import { VoteOption, type TallyResult, type WeightedVoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Proposal } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Context } from "../../app/context.js";
import { ONE, type Dec } from "../../types/dec.js";
import { tokensFromSharesDecTruncated, tokensFromSharesTruncated } from "../staking/shares.js";
import type { GovDeps, StakeValidator } from "./expected.js";
import { decParam, type GovParams } from "./params.js";

export type ProposalKind = "validator_set" | "community";

export function proposalKind(proposal: Pick<Proposal, "messages">): ProposalKind {
  return proposal.messages.length === 0 ? "community" : "validator_set";
}

export const OPTIONS = [VoteOption.VOTE_OPTION_YES, VoteOption.VOTE_OPTION_ABSTAIN, VoteOption.VOTE_OPTION_NO, VoteOption.VOTE_OPTION_NO_WITH_VETO] as const;

/** Voting power per option and in total, in 18-decimal atomics of the bond denom. */
export interface Tally {
  results: Map<VoteOption, Dec>;
  total: Dec;
}

export function emptyTally(): Tally {
  return { results: new Map(OPTIONS.map((o) => [o, 0n])), total: 0n };
}

/** Adds `power` split by the vote's weights (each part rounded down; the whole power counts as voted). */
export function addVote(tally: Tally, options: readonly WeightedVoteOption[], power: Dec): void {
  for (const { option, weight } of options) {
    tally.results.set(option, tally.results.get(option)! + (power * decParam(weight, "weight")) / ONE);
  }
  tally.total += power;
}

export function tallyResultOf(tally: Tally): TallyResult {
  const count = (option: VoteOption) => (tally.results.get(option)! / ONE).toString();
  return {
    yesCount: count(VoteOption.VOTE_OPTION_YES),
    abstainCount: count(VoteOption.VOTE_OPTION_ABSTAIN),
    noCount: count(VoteOption.VOTE_OPTION_NO),
    noWithVetoCount: count(VoteOption.VOTE_OPTION_NO_WITH_VETO),
  };
}

export const EMPTY_TALLY_RESULT: TallyResult = tallyResultOf(emptyTally());

/**
 * What the tallies read of the stake: the bond denom, and each validator's exchange rate read once
 * (on first use), so that valuing a voter's stake costs its own delegations only.
 */
export class StakeBook {
  readonly denom: string;
  private readonly validators = new Map<string, StakeValidator | undefined>();

  constructor(
    private readonly ctx: Context,
    private readonly deps: GovDeps,
  ) {
    this.denom = deps.staking.bondDenom(ctx);
  }

  validator(operator: string): StakeValidator | undefined {
    if (!this.validators.has(operator)) this.validators.set(operator, this.deps.staking.validator(this.ctx, operator));
    return this.validators.get(operator);
  }

  /** AIS an address holds: liquid plus staked (delegated at today's exchange rate, or unbonding). */
  holdings(address: Uint8Array): bigint {
    let staked = this.deps.staking.unbondingTokens(this.ctx, address);
    for (const { operator, shares } of this.deps.staking.delegations(this.ctx, address)) {
      const validator = this.validator(operator);
      if (validator !== undefined && validator.delegatorShares > 0n) staked += tokensFromSharesTruncated(validator, shares);
    }
    return this.deps.bank.balance(this.ctx, address, this.denom) + staked;
  }

  /** The bonded stake behind a delegator's own delegations, in 18-decimal atomics. */
  bondedPower(delegator: Uint8Array): Dec {
    let power = 0n;
    for (const { operator, shares } of this.deps.staking.delegations(this.ctx, delegator)) {
      const validator = this.validator(operator);
      if (validator?.bonded === true && validator.delegatorShares > 0n) power += tokensFromSharesDecTruncated(validator, shares);
    }
    return power;
  }
}

/**
 * The SDK's decision rules, compared exactly (cross-multiplied, no rounded quotients): quorum of
 * `base`, then no votes but abstain fails, more than veto_threshold of the votes vetoing fails
 * (deposits burned if burn_vote_veto), more than threshold of the non-abstaining votes passes.
 */
export function decide(params: GovParams, expedited: boolean, tally: Tally & { base: bigint }): { passes: boolean; burnDeposits: boolean } {
  if (tally.base === 0n) return { passes: false, burnDeposits: false };
  if (tally.total < decParam(params.quorum, "quorum") * tally.base) return { passes: false, burnDeposits: params.burnVoteQuorum };
  const nonAbstaining = tally.total - tally.results.get(VoteOption.VOTE_OPTION_ABSTAIN)!;
  if (nonAbstaining === 0n) return { passes: false, burnDeposits: false };
  if (tally.results.get(VoteOption.VOTE_OPTION_NO_WITH_VETO)! * ONE > decParam(params.vetoThreshold, "veto_threshold") * tally.total) {
    return { passes: false, burnDeposits: params.burnVoteVeto };
  }
  const threshold = decParam(expedited ? params.expeditedThreshold : params.threshold, "threshold");
  return { passes: tally.results.get(VoteOption.VOTE_OPTION_YES)! * ONE > threshold * nonAbstaining, burnDeposits: false };
}
