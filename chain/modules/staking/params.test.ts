import { describe, expect, it } from "vitest";
import { DEFAULT_STAKING_PARAMS, stakingParamsFromJson, validateStakingParams, type StakingParams } from "./params.js";

const withParam = (changes: Partial<StakingParams>): StakingParams => ({ ...DEFAULT_STAKING_PARAMS, ...changes });

describe("staking params validation", () => {
  it("accepts the defaults, which genesis uses", () => {
    expect(() => validateStakingParams(DEFAULT_STAKING_PARAMS)).not.toThrow();
    expect(stakingParamsFromJson(undefined)).toEqual(DEFAULT_STAKING_PARAMS);
    expect(() => validateStakingParams(withParam({ historicalEntries: 0, minCommissionRate: "1000000000000000000" }))).not.toThrow();
  });

  it.each([
    ["unbonding_time", { unbondingTime: { seconds: 0n, nanos: 0 } }, "unbonding_time must be a positive whole number of seconds"],
    ["unbonding_time", { unbondingTime: { seconds: 10n, nanos: 5 } }, "unbonding_time must be a positive whole number of seconds"],
    ["max_validators", { maxValidators: 0 }, "max_validators must be positive"],
    ["max_validators", { maxValidators: 10_001 }, "max_validators must be at most 10000, got 10001"],
    ["max_entries", { maxEntries: 0 }, "max_entries must be positive"],
    ["historical_entries", { historicalEntries: -1 }, "historical_entries must not be negative"],
    ["bond_denom", { bondDenom: "" }, 'invalid denom: ""'],
    ["min_commission_rate", { minCommissionRate: "0.05" }, 'min_commission_rate must be between 0 and 1, got atomics "0.05"'],
    ["min_commission_rate", { minCommissionRate: "1000000000000000001" }, "min_commission_rate must be between 0 and 1"],
    ["min_commission_rate", { minCommissionRate: "-1" }, "min_commission_rate must be between 0 and 1"],
  ] as const)("rejects a bad %s", (_field, changes, message) => {
    expect(() => validateStakingParams(withParam(changes as Partial<StakingParams>))).toThrow(message);
  });
});
