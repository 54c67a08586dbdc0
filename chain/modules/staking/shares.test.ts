// The exchange rate between delegator shares and tokens: every conversion rounds down, what
// rounding leaves stays with the validator, and no round trip makes tokens.
import { describe, expect, it } from "vitest";
import { ONE } from "../../types/dec.js";
import { rateOf, sharesFromTokensTruncated, sharesToIssue, tokensFromSharesDecTruncated, tokensFromSharesTruncated, type ShareRate } from "./shares.js";

/** A validator slashed from 3 tokens per 3 shares to 2 tokens per 3 shares: no rate is a whole number. */
const slashed: ShareRate = { tokens: 2n, delegatorShares: 3n * ONE };

describe("share arithmetic", () => {
  it("reads the rate of a stored validator from its decimal strings", () => {
    expect(rateOf({ tokens: "1000", delegatorShares: "1000000000000000000000" })).toEqual({ tokens: 1000n, delegatorShares: 1000n * ONE });
  });

  it("values shares in whole tokens rounded down, never to the nearest", () => {
    // One share is worth 2/3 of a token: 0.67 would round to 1, truncation gives 0.
    expect(tokensFromSharesTruncated(slashed, ONE)).toBe(0n);
    // Two shares are worth 4/3: 1.
    expect(tokensFromSharesTruncated(slashed, 2n * ONE)).toBe(1n);
    // Just below a whole token is still below it.
    expect(tokensFromSharesTruncated({ tokens: 10n ** 6n, delegatorShares: 10n ** 6n * ONE }, 5n * ONE - 1n)).toBe(4n);
  });

  it("values shares in 18-decimal tokens rounded down at the 18th decimal", () => {
    // 1 share = 0.666666666666666666(6…) tokens.
    expect(tokensFromSharesDecTruncated(slashed, ONE)).toBe(666_666_666_666_666_666n);
    expect(tokensFromSharesDecTruncated(slashed, 2n * ONE)).toBe(1_333_333_333_333_333_333n);
    // The whole-token value is the truncation of the decimal one.
    for (const shares of [1n, ONE, 2n * ONE, 3n * ONE - 1n]) {
      expect(tokensFromSharesTruncated(slashed, shares)).toBe(tokensFromSharesDecTruncated(slashed, shares) / ONE);
    }
  });

  it("leaves the remainder with the validator: parts sum to at most the whole, and the last share takes what is left", () => {
    const parts = [ONE, ONE, ONE];
    const paid = parts.map((s) => tokensFromSharesTruncated(slashed, s)).reduce((a, b) => a + b, 0n);
    expect(paid).toBe(0n); // each third is worth 0.67: nothing, the 2 tokens stay
    // Unbonding one share at a time, against the rate as it moves, pays out every token exactly.
    let rate = slashed;
    let out = 0n;
    for (let i = 0; i < 3; i++) {
      const tokens = tokensFromSharesTruncated(rate, ONE);
      out += tokens;
      rate = { tokens: rate.tokens - tokens, delegatorShares: rate.delegatorShares - ONE };
    }
    expect(out).toBe(2n);
    expect(rate).toEqual({ tokens: 0n, delegatorShares: 0n });
    // All shares are worth all tokens, to the unit.
    expect(tokensFromSharesTruncated(slashed, slashed.delegatorShares)).toBe(slashed.tokens);
  });

  it("buys shares for tokens rounded down", () => {
    // At 2 tokens per 3 shares, 1 token buys 1.5 shares exactly; at 3 tokens per share, 1/3 share rounded down.
    expect(sharesFromTokensTruncated(slashed, 1n)).toBe(ONE + ONE / 2n);
    const odd: ShareRate = { tokens: 3n, delegatorShares: ONE };
    expect(sharesFromTokensTruncated(odd, 1n)).toBe(333_333_333_333_333_333n);
  });

  it("never makes tokens in a round trip", () => {
    const rates: ShareRate[] = [slashed, { tokens: 7n, delegatorShares: 11n * ONE + 3n }, { tokens: 10n ** 12n + 1n, delegatorShares: 999_999n * ONE }];
    for (const rate of rates) {
      for (const amount of [1n, 2n, 3n, 999n, rate.tokens]) {
        const shares = sharesFromTokensTruncated(rate, amount);
        expect(tokensFromSharesTruncated(rate, shares) <= amount).toBe(true);
      }
    }
  });

  it("owes nothing when no shares are issued or none are valued", () => {
    const empty: ShareRate = { tokens: 0n, delegatorShares: 0n };
    expect(tokensFromSharesTruncated(empty, ONE)).toBe(0n);
    expect(tokensFromSharesDecTruncated(empty, ONE)).toBe(0n);
    // Tokens left behind with no shares (unreachable through unbond, which takes the last token with the last share).
    expect(tokensFromSharesTruncated({ tokens: 5n, delegatorShares: 0n }, ONE)).toBe(0n);
    expect(tokensFromSharesTruncated(slashed, 0n)).toBe(0n);
    expect(tokensFromSharesDecTruncated(slashed, 0n)).toBe(0n);
  });

  it("issues one share per token to the first delegation, and the rate's shares after", () => {
    expect(sharesToIssue({ tokens: 0n, delegatorShares: 0n }, 5n)).toBe(5n * ONE);
    expect(sharesToIssue(slashed, 2n)).toBe(3n * ONE);
    expect(sharesToIssue(slashed, 1n)).toBe(sharesFromTokensTruncated(slashed, 1n));
  });

  it("has no rate to buy shares at when the validator holds no tokens", () => {
    expect(() => sharesFromTokensTruncated({ tokens: 0n, delegatorShares: ONE }, 1n)).toThrow(RangeError);
    expect(() => sharesFromTokensTruncated({ tokens: 0n, delegatorShares: 0n }, 1n)).toThrow(RangeError);
  });
});
