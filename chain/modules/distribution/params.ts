// Distribution parameters: the community tax and how many payout credits one block may do.
import { Params } from "../../../codegen/ais/distribution/v1/distribution.js";
import { ONE, formatDec, parseDec } from "../../types/dec.js";

export type DistributionParams = Params;

export const DEFAULT_DISTRIBUTION_PARAMS: DistributionParams = {
  communityTax: ((ONE * 2n) / 100n).toString(), // 0.02
  payoutBatchSize: 100,
};

export function validateDistributionParams(params: DistributionParams): void {
  if (!/^[0-9]{1,19}$/.test(params.communityTax) || BigInt(params.communityTax) > ONE) throw new Error("community_tax must be a fraction between 0 and 1");
  if (!Number.isInteger(params.payoutBatchSize) || params.payoutBatchSize < 1 || params.payoutBatchSize > 100_000) {
    throw new Error("payout_batch_size must be between 1 and 100000");
  }
}

export function distributionParamsToJson(params: DistributionParams): Record<string, unknown> {
  return { community_tax: formatDec(BigInt(params.communityTax)), payout_batch_size: params.payoutBatchSize };
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
  validateDistributionParams(params);
  return params;
}
