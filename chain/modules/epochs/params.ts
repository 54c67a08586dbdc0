// The epoch length: whole seconds of block time (default one day, boundaries at UTC midnight).
import type { Params } from "../../../codegen/ais/epochs/v1/epochs.js";

export type EpochsParams = Params;

export const DEFAULT_EPOCH_SECONDS = 86_400n;

export const DEFAULT_EPOCHS_PARAMS: EpochsParams = { epochDuration: { seconds: DEFAULT_EPOCH_SECONDS, nanos: 0 } };

/** The epoch length in seconds; throws unless it is a positive whole number of seconds. */
export function epochSeconds(params: EpochsParams): bigint {
  // Generated types call it required; a message without the field decodes to undefined.
  if (params.epochDuration === undefined) throw new Error("epoch_duration is required");
  const { seconds, nanos } = params.epochDuration;
  if (nanos !== 0 || seconds < 1n) throw new Error(`epoch_duration must be a positive whole number of seconds, got ${seconds}s ${nanos}ns`);
  if (seconds > 366n * 86_400n) throw new Error(`epoch_duration of ${seconds}s is longer than a year`);
  return seconds;
}

export function epochsParamsToJson(params: EpochsParams): { epoch_duration: string } {
  return { epoch_duration: `${params.epochDuration.seconds}s` };
}

export function epochsParamsFromJson(json: unknown): EpochsParams {
  if (typeof json !== "object" || json === null) throw new Error("params must be an object");
  const text = (json as { epoch_duration?: unknown }).epoch_duration ?? `${DEFAULT_EPOCH_SECONDS}s`;
  const match = typeof text === "string" ? /^([0-9]{1,12})s$/.exec(text) : null;
  if (match === null) throw new Error(`epoch_duration must be whole seconds like "86400s", got ${JSON.stringify(text)}`);
  const params = { epochDuration: { seconds: BigInt(match[1]!), nanos: 0 } };
  epochSeconds(params);
  return params;
}
