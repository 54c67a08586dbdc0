// A validator's exchange rate between delegator shares and tokens, in one place. Shares are
// 18-decimal fixed point atomics (the SDK's LegacyDec, as the protos carry them); tokens are whole
// base units, or 18-decimal atomics of base units where a function says so. Every conversion rounds
// DOWN (toward zero), and its name says so: what a share is worth and how many shares an amount
// buys are both truncated, so rounding never creates tokens — the remainder stays with the
// validator, backing the shares that remain (the last share out takes it: all shares are worth all
// tokens exactly).
//
// The SDK for comparison (x/staking/types/validator.go): SharesFromTokens and
// SharesFromTokensTruncated both truncate (an integer divisor); TokensFromSharesTruncated truncates;
// TokensFromShares rounds half up at the 18th decimal, and RemoveDelShares truncates that to whole
// tokens — so an unbond there can be one token more than here when the exact value falls within
// 5·10⁻¹⁹ below a whole token. AIS truncates the exact value (no round-up path: undelegations never
// pay out more than the shares are worth). Changing that would change app hashes.
import type { Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { ONE, type Dec } from "../../types/dec.js";

/** What the exchange rate is made of: the validator's tokens and the shares issued against them. */
export interface ShareRate {
  /** Whole base units the validator holds for its delegators. */
  readonly tokens: bigint;
  /** Shares issued, 18-decimal atomics. */
  readonly delegatorShares: Dec;
}

/** The rate of a stored validator (its proto carries both as decimal strings). */
export function rateOf(validator: Pick<Validator, "tokens" | "delegatorShares">): ShareRate {
  return { tokens: BigInt(validator.tokens), delegatorShares: BigInt(validator.delegatorShares) };
}

/**
 * Whole tokens `shares` are worth, rounded down: shares × tokens / delegatorShares. 0 when no
 * shares are issued (nothing is owed to anyone).
 */
export function tokensFromSharesTruncated(rate: ShareRate, shares: Dec): bigint {
  if (rate.delegatorShares === 0n) return 0n;
  return (shares * rate.tokens) / rate.delegatorShares;
}

/**
 * Tokens `shares` are worth as 18-decimal atomics, rounded down at the 18th decimal (voting power:
 * a tally keeps the fraction of a token). 0 when no shares are issued.
 */
export function tokensFromSharesDecTruncated(rate: ShareRate, shares: Dec): Dec {
  if (rate.delegatorShares === 0n) return 0n;
  return (shares * rate.tokens * ONE) / rate.delegatorShares;
}

/**
 * Shares `amount` tokens are worth, rounded down at the 18th decimal: delegatorShares × amount /
 * tokens (the SDK's SharesFromTokens / SharesFromTokensTruncated). The rate is undefined for a
 * validator without tokens: callers refuse that case first, each with its own error.
 */
export function sharesFromTokensTruncated(rate: ShareRate, amount: bigint): Dec {
  if (rate.tokens === 0n) throw new RangeError("a validator without tokens has no exchange rate");
  return (rate.delegatorShares * amount) / rate.tokens;
}

/**
 * Shares a new delegation of `amount` tokens receives (the SDK's AddTokensFromDel): one share per
 * token while the validator holds no tokens, else what the tokens are worth, rounded down. A
 * validator with shares but no tokens (fully slashed) must be refused by the caller first.
 */
export function sharesToIssue(rate: ShareRate, amount: bigint): Dec {
  return rate.tokens === 0n ? amount * ONE : sharesFromTokensTruncated(rate, amount);
}
