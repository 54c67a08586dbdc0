// Distribution parameters: the community tax, how many payout credits one block may do, and the
// least time between an epoch's close and its payout.
import { Params } from "../../../codegen/ais/distribution/v1/distribution.js";
import { ONE, formatDec, parseDec } from "../../types/dec.js";
import { DEFAULT_EPOCHS_PARAMS } from "../epochs/params.js";

export type DistributionParams = Params;

/** A year: a longer hold is a typo, not a policy. */
const MAX_PAYOUT_DELAY_SECONDS = 366n * 86_400n;

export const DEFAULT_DISTRIBUTION_PARAMS: DistributionParams = {
  communityTax: ((ONE * 2n) / 100n).toString(), // 0.02
  payoutBatchSize: 100,
  // N+2 exists so that slashing evidence can arrive before a validator's rewards are paid: on
  // schedule, epoch N+1 runs whole between N's close and its payout, one day at the default epoch.
  // The same day after a halt keeps that window when the clock catches up one epoch per block.
  // Not CometBFT's evidence max_age_duration (48 h): that would pay every daily epoch at N+3.
  minPayoutDelay: DEFAULT_EPOCHS_PARAMS.epochDuration,
};

export function validateDistributionParams(params: DistributionParams): void {
  if (!/^[0-9]{1,19}$/.test(params.communityTax) || BigInt(params.communityTax) > ONE) throw new Error("community_tax must be a fraction between 0 and 1");
  if (!Number.isInteger(params.payoutBatchSize) || params.payoutBatchSize < 1 || params.payoutBatchSize > 100_000) {
    throw new Error("payout_batch_size must be between 1 and 100000");
  }
  const delay = params.minPayoutDelay;
  if (delay === undefined || delay.nanos !== 0 || delay.seconds < 1n || delay.seconds > MAX_PAYOUT_DELAY_SECONDS) {
    throw new Error(`min_payout_delay must be whole seconds between 1s and ${MAX_PAYOUT_DELAY_SECONDS}s`);
  }
}

export function distributionParamsToJson(params: DistributionParams): Record<string, unknown> {
  return {
    community_tax: formatDec(BigInt(params.communityTax)),
    payout_batch_size: params.payoutBatchSize,
    min_payout_delay: `${params.minPayoutDelay.seconds}s`,
  };
}

export function distributionParamsFromJson(json: unknown): DistributionParams {
  if (json === undefined) return { ...DEFAULT_DISTRIBUTION_PARAMS };
  if (typeof json !== "object" || json === null) throw new Error("distribution params must be an object");
  const p = json as Record<string, unknown>;
  const params = { ...DEFAULT_DISTRIBUTION_PARAMS };
  if (p.community_tax !== undefined) {
    if (typeof p.community_tax !== "string") throw new Error("community_tax must be a decimal string");
    params.communityTax = parseDec(p.community_tax).toString();
  }
  if (p.payout_batch_size !== undefined) {
    if (typeof p.payout_batch_size !== "number") throw new Error("payout_batch_size must be a number");
    params.payoutBatchSize = p.payout_batch_size;
  }
  if (p.min_payout_delay !== undefined) {
    const match = typeof p.min_payout_delay === "string" ? /^([0-9]{1,12})s$/.exec(p.min_payout_delay) : null;
    if (match === null) throw new Error('min_payout_delay must be whole seconds like "86400s"');
    params.minPayoutDelay = { seconds: BigInt(match[1]!), nanos: 0 };
  }
  validateDistributionParams(params);
  return params;
}
