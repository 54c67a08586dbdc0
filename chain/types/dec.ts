// 18-decimal fixed point (the SDK's LegacyDec): a bigint scaled by 10^18, parsed from and printed
// as decimal strings, never through floating point.
import { sdkErrors } from "../app/errors.js";

export const DEC_PRECISION = 18;
export const ONE = 10n ** 18n;

export type Dec = bigint;

/** Parses "0.025", "1", "12.5" (at most 18 decimals, no sign). */
export function parseDec(text: string): Dec {
  const match = /^([0-9]+)(?:\.([0-9]{1,18}))?$/.exec(text);
  if (match === null) throw sdkErrors.invalidRequest.wrap(`invalid decimal ${JSON.stringify(text)}`);
  return BigInt(match[1]!) * ONE + BigInt((match[2] ?? "").padEnd(DEC_PRECISION, "0"));
}

export function formatDec(value: Dec): string {
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / ONE}.${(abs % ONE).toString().padStart(DEC_PRECISION, "0")}`;
}

/** ceil(dec × n) for a non-negative Dec and integer. */
export function mulCeil(value: Dec, n: bigint): bigint {
  const product = value * n;
  return (product + ONE - 1n) / ONE;
}

export interface DecCoin {
  denom: string;
  amount: Dec;
}

/** Parses "0.025uais,0.1ibc/…" (the SDK's DecCoins string, e.g. minimum-gas-prices). Empty → []. */
export function parseDecCoins(text: string): DecCoin[] {
  if (text.trim() === "") return [];
  return text.split(",").map((part) => {
    const match = /^([0-9]+(?:\.[0-9]+)?)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim());
    if (match === null) throw sdkErrors.invalidCoins.wrap(`invalid decimal coin ${JSON.stringify(part)}`);
    return { denom: match[2]!, amount: parseDec(match[1]!) };
  });
}
