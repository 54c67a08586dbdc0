// x/staking parameters: the SDK's, with AIS's defaults (21 active validators, bonded in uais).
import type { Params } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Params as AisParams } from "../../../codegen/ais/staking/v1/staking.js";
import { validateDenom } from "../../types/coins.js";
import { ONE, formatDec, parseDec } from "../../types/dec.js";

export type StakingParams = Params;

export const DEFAULT_STAKING_PARAMS: StakingParams = {
  unbondingTime: { seconds: 21n * 86_400n, nanos: 0 },
  maxValidators: 21,
  maxEntries: 7,
  historicalEntries: 10_000,
  bondDenom: "uais",
  minCommissionRate: "0",
};

/** Tokens per unit of consensus power (the SDK's PowerReduction). */
export const POWER_REDUCTION = 1_000_000n;

/** CometBFT cannot commit blocks signed by a larger set (types.MaxVotesCount). */
export const MAX_VALIDATORS_LIMIT = 10_000;

export function validateStakingParams(params: StakingParams): void {
  const unbonding = params.unbondingTime;
  if (unbonding === undefined || unbonding.seconds < 1n || unbonding.nanos !== 0) throw new Error("unbonding_time must be a positive whole number of seconds");
  if (!Number.isInteger(params.maxValidators) || params.maxValidators < 1) throw new Error("max_validators must be positive");
  if (params.maxValidators > MAX_VALIDATORS_LIMIT) throw new Error(`max_validators must be at most ${MAX_VALIDATORS_LIMIT}, got ${params.maxValidators}`);
  if (!Number.isInteger(params.maxEntries) || params.maxEntries < 1) throw new Error("max_entries must be positive");
  if (!Number.isInteger(params.historicalEntries) || params.historicalEntries < 0) throw new Error("historical_entries must not be negative");
  validateDenom(params.bondDenom);
  // A LegacyDec on the wire: the integer of 18-decimal atomics ("50000000000000000" is 0.05).
  const rate = params.minCommissionRate || "0";
  if (!/^[0-9]{1,40}$/.test(rate) || BigInt(rate) > ONE) throw new Error(`min_commission_rate must be between 0 and 1, got atomics ${JSON.stringify(rate)}`);
}

export function stakingParamsToJson(params: StakingParams): Record<string, unknown> {
  return {
    unbonding_time: `${params.unbondingTime!.seconds}s`,
    max_validators: params.maxValidators,
    max_entries: params.maxEntries,
    historical_entries: params.historicalEntries,
    bond_denom: params.bondDenom,
    min_commission_rate: formatDec(BigInt(params.minCommissionRate || "0")),
  };
}

export function stakingParamsFromJson(json: unknown): StakingParams {
  if (json === undefined) return { ...DEFAULT_STAKING_PARAMS };
  if (typeof json !== "object" || json === null) throw new Error("params must be an object");
  const p = json as Record<string, unknown>;
  const seconds = (value: unknown, fallback: bigint): bigint => {
    if (value === undefined) return fallback;
    const match = typeof value === "string" ? /^([0-9]{1,12})s$/.exec(value) : null;
    if (match === null) throw new Error(`unbonding_time must be whole seconds like "1814400s"`);
    return BigInt(match[1]!);
  };
  const int = (value: unknown, fallback: number, name: string): number => {
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isInteger(value)) throw new Error(`${name} must be an integer`);
    return value;
  };
  const params: StakingParams = {
    unbondingTime: { seconds: seconds(p.unbonding_time, DEFAULT_STAKING_PARAMS.unbondingTime!.seconds), nanos: 0 },
    maxValidators: int(p.max_validators, DEFAULT_STAKING_PARAMS.maxValidators, "max_validators"),
    maxEntries: int(p.max_entries, DEFAULT_STAKING_PARAMS.maxEntries, "max_entries"),
    historicalEntries: int(p.historical_entries, DEFAULT_STAKING_PARAMS.historicalEntries, "historical_entries"),
    bondDenom: typeof p.bond_denom === "string" ? p.bond_denom : DEFAULT_STAKING_PARAMS.bondDenom,
    minCommissionRate: typeof p.min_commission_rate === "string" ? parseDec(p.min_commission_rate).toString() : "0",
  };
  validateStakingParams(params);
  return params;
}

/** AIS's additions (ais.staking.v1.Params), governed separately so the SDK's Params stay as wallets know them. */
export type AisStakingParams = AisParams;

/** One unit of consensus power: a validator bonding less could never be elected. */
export const DEFAULT_AIS_STAKING_PARAMS: AisStakingParams = { minSelfBond: POWER_REDUCTION.toString() };

export function validateAisStakingParams(params: AisStakingParams): void {
  if (!/^[0-9]{1,40}$/.test(params.minSelfBond)) throw new Error(`min_self_bond must be a non-negative integer, got ${JSON.stringify(params.minSelfBond)}`);
}

export function aisStakingParamsToJson(params: AisStakingParams): Record<string, unknown> {
  return { min_self_bond: params.minSelfBond };
}

export function aisStakingParamsFromJson(json: unknown): AisStakingParams {
  if (json === undefined) return { ...DEFAULT_AIS_STAKING_PARAMS };
  if (typeof json !== "object" || json === null) throw new Error("ais_params must be an object");
  const value = (json as Record<string, unknown>).min_self_bond;
  const params = { minSelfBond: value === undefined ? DEFAULT_AIS_STAKING_PARAMS.minSelfBond : typeof value === "string" ? value : "" };
  validateAisStakingParams(params);
  return params;
}
