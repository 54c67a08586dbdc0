import { describe, expect, it } from "vitest";
import { DEFAULT_AUTH_PARAMS, authParamsFromJson, authParamsToJson, validateAuthParams, type AuthParams } from "./params.js";

const withParam = (changes: Partial<AuthParams>): AuthParams => ({ ...DEFAULT_AUTH_PARAMS, ...changes });

describe("auth params validation", () => {
  it("accepts the defaults, which genesis uses", () => {
    expect(() => validateAuthParams(DEFAULT_AUTH_PARAMS)).not.toThrow();
    expect(authParamsFromJson(undefined)).toEqual(DEFAULT_AUTH_PARAMS);
  });

  it.each([
    ["max_memo_characters", { maxMemoCharacters: 0n }],
    ["tx_sig_limit", { txSigLimit: 0n }],
    ["tx_size_cost_per_byte", { txSizeCostPerByte: 0n }],
    ["sig_verify_cost_ed25519", { sigVerifyCostEd25519: 0n }],
    ["sig_verify_cost_secp256k1", { sigVerifyCostSecp256k1: 0n }],
  ] as const)("rejects %s of 0", (field, changes) => {
    expect(() => validateAuthParams(withParam(changes))).toThrow(`${field} must be positive, got 0`);
  });

  it("rejects negative values", () => {
    expect(() => validateAuthParams(withParam({ txSigLimit: -1n }))).toThrow("tx_sig_limit must be positive, got -1");
  });

  it("caps gas costs so a transaction always fits in a block, and everything at a safe integer", () => {
    expect(() => validateAuthParams(withParam({ txSizeCostPerByte: 10_000n }))).not.toThrow();
    expect(() => validateAuthParams(withParam({ txSizeCostPerByte: 10_001n }))).toThrow("tx_size_cost_per_byte must be at most 10000, got 10001");
    expect(() => validateAuthParams(withParam({ sigVerifyCostSecp256k1: 1_000_001n }))).toThrow("sig_verify_cost_secp256k1 must be at most 1000000");
    expect(() => validateAuthParams(withParam({ sigVerifyCostEd25519: 590_001n }))).toThrow("sig_verify_cost_ed25519 must be at most 590000");
    expect(() => validateAuthParams(withParam({ maxMemoCharacters: 2n ** 53n }))).toThrow("max_memo_characters must be at most 9007199254740991");
  });

  it("rejects a params set with a field missing instead of skipping it", () => {
    const { txSigLimit: _, ...partial } = DEFAULT_AUTH_PARAMS;
    expect(() => validateAuthParams(partial as AuthParams)).toThrow("tx_sig_limit is missing");
  });
});

describe("auth params JSON", () => {
  it("uses the SDK's field names, digits included", () => {
    expect(Object.keys(authParamsToJson(DEFAULT_AUTH_PARAMS))).toEqual([
      "max_memo_characters",
      "tx_sig_limit",
      "tx_size_cost_per_byte",
      "sig_verify_cost_ed25519",
      "sig_verify_cost_secp256k1",
    ]);
    expect(authParamsFromJson({ sig_verify_cost_ed25519: "600", sig_verify_cost_secp256k1: "1100" })).toMatchObject({
      sigVerifyCostEd25519: 600n,
      sigVerifyCostSecp256k1: 1100n,
    });
  });
});
