// x/auth parameters with the SDK's defaults, validation and genesis JSON form.
import type { Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";

export type AuthParams = Params;

export const DEFAULT_AUTH_PARAMS: AuthParams = {
  maxMemoCharacters: 256n,
  txSigLimit: 7n,
  txSizeCostPerByte: 10n,
  sigVerifyCostEd25519: 590n,
  sigVerifyCostSecp256k1: 1000n,
};

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Upper bounds. Gas costs are capped at 1000x the SDK's defaults so that no parameter change can
 * price every transaction (the proposal that would undo it included) out of a block; the others
 * only need to stay exact as numbers (the gas meter counts in safe integers).
 */
const MAXIMA: Record<keyof AuthParams, bigint> = {
  maxMemoCharacters: MAX_SAFE,
  txSigLimit: MAX_SAFE,
  txSizeCostPerByte: 10_000n,
  sigVerifyCostEd25519: 590_000n,
  sigVerifyCostSecp256k1: 1_000_000n,
};

/** Each field named explicitly: a missing one fails instead of passing unchecked. */
export function validateAuthParams(params: AuthParams): void {
  for (const name of Object.keys(MAXIMA) as (keyof AuthParams)[]) {
    const value = params[name] as bigint | undefined;
    if (typeof value !== "bigint") throw new Error(`${snake(name)} is missing`);
    if (value < 1n) throw new Error(`${snake(name)} must be positive, got ${value}`);
    if (value > MAXIMA[name]) throw new Error(`${snake(name)} must be at most ${MAXIMA[name]}, got ${value}`);
  }
}

export function authParamsToJson(params: AuthParams): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [snake(k), String(v)]));
}

export function authParamsFromJson(json: unknown): AuthParams {
  if (json === undefined) return { ...DEFAULT_AUTH_PARAMS };
  if (typeof json !== "object" || json === null) throw new Error("params must be an object");
  const record = json as Record<string, unknown>;
  const read = (name: keyof AuthParams): bigint => {
    const value = record[snake(name)];
    if (value === undefined) return DEFAULT_AUTH_PARAMS[name];
    if (typeof value !== "string" || !/^[0-9]+$/.test(value)) throw new Error(`${snake(name)} must be a decimal string`);
    return BigInt(value);
  };
  const unknown = Object.keys(record).filter((k) => !Object.keys(DEFAULT_AUTH_PARAMS).map(snake).includes(k));
  if (unknown.length > 0) throw new Error(`unknown params: ${unknown.join(", ")}`);
  return {
    maxMemoCharacters: read("maxMemoCharacters"),
    txSigLimit: read("txSigLimit"),
    txSizeCostPerByte: read("txSizeCostPerByte"),
    sigVerifyCostEd25519: read("sigVerifyCostEd25519"),
    sigVerifyCostSecp256k1: read("sigVerifyCostSecp256k1"),
  };
}

/** The SDK's JSON names: only capitals start a word ("sigVerifyCostSecp256k1" → "sig_verify_cost_secp256k1"). */
function snake(name: string): string {
  return name.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
}
