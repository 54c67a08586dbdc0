// Governance parameters: cosmos.gov.v1.Params (deposits, periods, tally thresholds, burn rules) with
// AIS's defaults, and ais.gov.v1.Params (the exchange list of community voting). Decimals are the
// SDK's decimal strings ("0.334000000000000000"), parsed into 18-decimal fixed point.
import type { Params } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Duration } from "cosmjs-types/google/protobuf/duration";
import type { Params as CommunityParams } from "../../../codegen/ais/gov/v1/gov.js";
import { accAddress, accString } from "../../types/address.js";
import { parseCoins } from "../../types/coins.js";
import { ONE, formatDec, parseDec, type Dec } from "../../types/dec.js";

export type GovParams = Params;
export type { CommunityParams };

const DAY = 86_400n;
const AIS = 1_000_000n;
const days = (n: bigint): Duration => ({ seconds: n * DAY, nanos: 0 });
const dec = (text: string) => formatDec(parseDec(text));

export const DEFAULT_GOV_PARAMS: GovParams = {
  minDeposit: [{ denom: "uais", amount: (1_000n * AIS).toString() }],
  maxDepositPeriod: days(2n),
  votingPeriod: days(2n),
  quorum: dec("0.334"),
  threshold: dec("0.5"),
  vetoThreshold: dec("0.334"),
  // A tenth of the deposit up front keeps the proposal list from being spammed for free.
  minInitialDepositRatio: dec("0.1"),
  proposalCancelRatio: dec("0.5"),
  proposalCancelDest: "",
  expeditedVotingPeriod: days(1n),
  expeditedThreshold: dec("0.667"),
  expeditedMinDeposit: [{ denom: "uais", amount: (5_000n * AIS).toString() }],
  burnVoteQuorum: false,
  burnProposalDepositPrevote: false,
  burnVoteVeto: true,
  minDepositRatio: dec("0.01"),
};

export const DEFAULT_COMMUNITY_PARAMS: CommunityParams = { exchangeAddresses: [] };

/** Bounds the work of a community tally, which values every listed address's holdings. */
export const MAX_EXCHANGE_ADDRESSES = 1_000;

/** A decimal parameter as fixed point; the SDK writes these as plain decimal strings. */
export function decParam(value: string, name: string): Dec {
  try {
    return parseDec(value);
  } catch {
    throw new Error(`${name} must be a decimal, got ${JSON.stringify(value)}`);
  }
}

function fraction(value: string, name: string, { positive }: { positive: boolean }): Dec {
  const parsed = decParam(value, name);
  if (parsed > ONE || (positive && parsed === 0n)) throw new Error(`${name} must be ${positive ? "in (0, 1]" : "between 0 and 1"}, got ${value}`);
  return parsed;
}

function positiveDuration(duration: Duration | undefined, name: string): Duration {
  if (duration === undefined || duration.seconds < 0n || duration.nanos < 0 || duration.nanos > 999_999_999 || (duration.seconds === 0n && duration.nanos === 0)) {
    throw new Error(`${name} must be positive`);
  }
  return duration;
}

function durationLess(a: Duration, b: Duration): boolean {
  return a.seconds < b.seconds || (a.seconds === b.seconds && a.nanos < b.nanos);
}

/** The SDK's Params.ValidateBasic, with exact decimal comparisons. */
export function validateGovParams(params: GovParams): void {
  const minDeposit = parseCoins(params.minDeposit, "min_deposit");
  if (minDeposit.length === 0) throw new Error("min_deposit must not be empty");
  const expedited = parseCoins(params.expeditedMinDeposit, "expedited_min_deposit");
  for (const coin of minDeposit) {
    const faster = expedited.find((c) => c.denom === coin.denom);
    if (faster === undefined || faster.amount <= coin.amount) {
      throw new Error(`expedited_min_deposit must be greater than min_deposit in ${coin.denom}`);
    }
  }
  if (expedited.length !== minDeposit.length) throw new Error("expedited_min_deposit must be in the denoms of min_deposit");
  fraction(params.quorum, "quorum", { positive: false });
  const threshold = fraction(params.threshold, "threshold", { positive: true });
  fraction(params.vetoThreshold, "veto_threshold", { positive: true });
  const expeditedThreshold = fraction(params.expeditedThreshold, "expedited_threshold", { positive: true });
  if (expeditedThreshold <= threshold) throw new Error("expedited_threshold must be greater than threshold");
  fraction(params.minInitialDepositRatio, "min_initial_deposit_ratio", { positive: false });
  fraction(params.proposalCancelRatio, "proposal_cancel_ratio", { positive: false });
  fraction(params.minDepositRatio, "min_deposit_ratio", { positive: false });
  positiveDuration(params.maxDepositPeriod, "max_deposit_period");
  const voting = positiveDuration(params.votingPeriod, "voting_period");
  const fast = positiveDuration(params.expeditedVotingPeriod, "expedited_voting_period");
  if (!durationLess(fast, voting)) throw new Error("expedited_voting_period must be shorter than voting_period");
  if (params.proposalCancelDest !== "") {
    try {
      accAddress(params.proposalCancelDest);
    } catch {
      throw new Error(`proposal_cancel_dest must be empty (burn) or an account address, got ${JSON.stringify(params.proposalCancelDest)}`);
    }
  }
}

/**
 * The params with every listed address in its canonical (lower-case) spelling, as they are stored;
 * throws when one is not an account address or is listed twice, in whatever case.
 */
export function canonicalCommunityParams(params: CommunityParams): CommunityParams {
  if (params.exchangeAddresses.length > MAX_EXCHANGE_ADDRESSES) {
    throw new Error(`exchange_addresses holds at most ${MAX_EXCHANGE_ADDRESSES} addresses`);
  }
  const seen = new Set<string>();
  for (const address of params.exchangeAddresses) {
    let canonical: string;
    try {
      canonical = accString(accAddress(address));
    } catch {
      throw new Error(`exchange_addresses: ${JSON.stringify(address)} is not an account address`);
    }
    if (seen.has(canonical)) throw new Error(`exchange_addresses lists ${canonical} twice`);
    seen.add(canonical);
  }
  return { exchangeAddresses: [...seen] };
}

// --- genesis JSON (the SDK's field names) ---------------------------------------------------------

const durationText = (d: Duration | undefined) => `${d!.seconds}${d!.nanos === 0 ? "" : `.${String(d!.nanos).padStart(9, "0")}`}s`;

function parseDuration(value: unknown, name: string): Duration {
  const match = typeof value === "string" ? /^([0-9]{1,12})(?:\.([0-9]{1,9}))?s$/.exec(value) : null;
  if (match === null) throw new Error(`${name} must be a duration like "172800s"`);
  return { seconds: BigInt(match[1]!), nanos: Number((match[2] ?? "").padEnd(9, "0")) };
}

const DECIMALS = ["quorum", "threshold", "vetoThreshold", "minInitialDepositRatio", "proposalCancelRatio", "expeditedThreshold", "minDepositRatio"] as const;
const DURATIONS = ["maxDepositPeriod", "votingPeriod", "expeditedVotingPeriod"] as const;
const BOOLEANS = ["burnVoteQuorum", "burnProposalDepositPrevote", "burnVoteVeto"] as const;
const COINS = ["minDeposit", "expeditedMinDeposit"] as const;

const snake = (name: string) => name.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

export function govParamsToJson(params: GovParams): Record<string, unknown> {
  const json: Record<string, unknown> = { proposal_cancel_dest: params.proposalCancelDest };
  for (const name of COINS) json[snake(name)] = params[name].map((c) => ({ denom: c.denom, amount: c.amount }));
  for (const name of DURATIONS) json[snake(name)] = durationText(params[name]);
  for (const name of DECIMALS) json[snake(name)] = params[name];
  for (const name of BOOLEANS) json[snake(name)] = params[name];
  return json;
}

/** Missing fields take AIS's defaults; the result is validated. */
export function govParamsFromJson(json: unknown): GovParams {
  if (json === undefined) return { ...DEFAULT_GOV_PARAMS };
  if (typeof json !== "object" || json === null) throw new Error("gov params must be an object");
  const p = json as Record<string, unknown>;
  const params: GovParams = { ...DEFAULT_GOV_PARAMS };
  for (const name of COINS) {
    const value = p[snake(name)];
    if (value === undefined) continue;
    if (!Array.isArray(value)) throw new Error(`${snake(name)} must be a list of coins`);
    params[name] = value.map((c: { denom?: unknown; amount?: unknown }) => ({ denom: String(c.denom), amount: String(c.amount) }));
  }
  for (const name of DURATIONS) if (p[snake(name)] !== undefined) params[name] = parseDuration(p[snake(name)], snake(name));
  for (const name of DECIMALS) {
    const value = p[snake(name)];
    if (value === undefined) continue;
    if (typeof value !== "string") throw new Error(`${snake(name)} must be a decimal string`);
    params[name] = formatDec(decParam(value, snake(name)));
  }
  for (const name of BOOLEANS) {
    const value = p[snake(name)];
    if (value === undefined) continue;
    if (typeof value !== "boolean") throw new Error(`${snake(name)} must be true or false`);
    params[name] = value;
  }
  if (p.proposal_cancel_dest !== undefined) params.proposalCancelDest = String(p.proposal_cancel_dest);
  validateGovParams(params);
  return params;
}

export function communityParamsToJson(params: CommunityParams): Record<string, unknown> {
  return { exchange_addresses: [...params.exchangeAddresses] };
}

export function communityParamsFromJson(json: unknown): CommunityParams {
  if (json === undefined) return { ...DEFAULT_COMMUNITY_PARAMS };
  const list = (json as { exchange_addresses?: unknown } | null)?.exchange_addresses ?? [];
  if (!Array.isArray(list) || list.some((a) => typeof a !== "string")) throw new Error("exchange_addresses must be a list of addresses");
  return canonicalCommunityParams({ exchangeAddresses: list as string[] });
}
