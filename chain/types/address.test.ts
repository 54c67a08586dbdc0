import { describe, expect, it } from "vitest";
import { AppError } from "../app/errors.js";
import { BECH32_PREFIX, canonicalOperator, fromBech32, toBech32 } from "./address.js";

describe("bech32 addresses", () => {
  const valid = toBech32(BECH32_PREFIX.account, new Uint8Array(20));

  it("refuses what is not an address with code 7 and Go's bech32 words, never the library's", () => {
    const cases: [string, string][] = [
      [`${valid.slice(0, -1)}x`, "invalid checksum"],
      [valid.replace("ais1q", "ais1Q"), "string not all lowercase or all uppercase"],
      [`ais1${"q".repeat(2_000)}`, "invalid bech32 string length"],
      ["nothing", "invalid bech32 string length"],
      ["ais1bbbb", "invalid separator index"],
      ["aisqqqqqqqqqq", "invalid separator index"],
      [valid.replace("ais1q", "ais1b"), "invalid character not part of charset"],
    ];
    for (const [address, reason] of cases) {
      let error: unknown;
      try {
        fromBech32(address);
      } catch (err) {
        error = err;
      }
      expect(error, address).toBeInstanceOf(AppError);
      expect([(error as AppError).code, (error as AppError).log], address).toEqual([7, `invalid address ${JSON.stringify(address.slice(0, 128))}: decoding bech32 failed: ${reason}: invalid address`]);
    }
  });

  it("reads an all-upper-case address as its canonical lower-case one, and checks the prefix", () => {
    expect(fromBech32(valid.toUpperCase())).toEqual(new Uint8Array(20));
    const operator = toBech32(BECH32_PREFIX.validatorOperator, new Uint8Array(20).fill(1));
    expect(canonicalOperator(operator.toUpperCase())).toBe(operator);
    expect(() => fromBech32(operator)).toThrow("invalid Bech32 prefix; expected ais, got aisvaloper");
  });
});
