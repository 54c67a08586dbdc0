// AIS slashing parameters: the SDK's downtime and double-sign settings expressed as missed-block
// thresholds, plus the reward-withhold threshold and the whistleblower's share.
import { Params } from "../../../codegen/ais/slashing/v1/slashing.js";
import { ONE, formatDec, parseDec, type Dec } from "../../types/dec.js";

export type SlashingParams = Params;

export const DEFAULT_SLASHING_PARAMS: SlashingParams = {
  signedBlocksWindow: 100n,
  rewardWithholdThreshold: (ONE / 10n).toString(), // 0.1
  downtimeJailThreshold: (ONE / 2n).toString(), // 0.5, the SDK's min_signed_per_window of 0.5
  downtimeJailDuration: { seconds: 600n, nanos: 0 },
  slashFractionDoubleSign: (ONE / 20n).toString(), // 0.05
  slashFractionDowntime: (ONE / 100n).toString(), // 0.01
  whistleblowerRewardFraction: (ONE / 10n).toString(), // 0.1
};

const FRACTIONS = ["rewardWithholdThreshold", "downtimeJailThreshold", "slashFractionDoubleSign", "slashFractionDowntime", "whistleblowerRewardFraction"] as const;

/** A parameter fraction (18-decimal atomics) in [0, 1]. */
export function fraction(params: SlashingParams, name: (typeof FRACTIONS)[number]): Dec {
  return BigInt(params[name]);
}

export function validateSlashingParams(params: SlashingParams): void {
  if (params.signedBlocksWindow < 10n || params.signedBlocksWindow > 1_000_000n) throw new Error("signed_blocks_window must be between 10 and 1000000");
  for (const name of FRACTIONS) {
    if (!/^[0-9]{1,19}$/.test(params[name]) || BigInt(params[name]) > ONE) throw new Error(`${name} must be a fraction between 0 and 1`);
  }
  if (BigInt(params.rewardWithholdThreshold) > BigInt(params.downtimeJailThreshold)) throw new Error("reward_withhold_threshold must not exceed downtime_jail_threshold");
  const jail = params.downtimeJailDuration;
  if (jail === undefined || jail.seconds < 1n || jail.nanos !== 0) throw new Error("downtime_jail_duration must be a positive whole number of seconds");
}

const JSON_FRACTIONS: Record<(typeof FRACTIONS)[number], string> = {
  rewardWithholdThreshold: "reward_withhold_threshold",
  downtimeJailThreshold: "downtime_jail_threshold",
  slashFractionDoubleSign: "slash_fraction_double_sign",
  slashFractionDowntime: "slash_fraction_downtime",
  whistleblowerRewardFraction: "whistleblower_reward_fraction",
};

export function slashingParamsToJson(params: SlashingParams): Record<string, unknown> {
  const json: Record<string, unknown> = {
    signed_blocks_window: params.signedBlocksWindow.toString(),
    downtime_jail_duration: `${params.downtimeJailDuration!.seconds}s`,
  };
  for (const name of FRACTIONS) json[JSON_FRACTIONS[name]] = formatDec(BigInt(params[name]));
  return json;
}

export function slashingParamsFromJson(json: unknown): SlashingParams {
  if (json === undefined) return { ...DEFAULT_SLASHING_PARAMS };
  if (typeof json !== "object" || json === null) throw new Error("slashing params must be an object");
  const p = json as Record<string, unknown>;
  const params: SlashingParams = { ...DEFAULT_SLASHING_PARAMS };
  if (p.signed_blocks_window !== undefined) {
    if (typeof p.signed_blocks_window !== "string" || !/^[0-9]{1,7}$/.test(p.signed_blocks_window)) throw new Error("signed_blocks_window must be an integer string");
    params.signedBlocksWindow = BigInt(p.signed_blocks_window);
  }
  if (p.downtime_jail_duration !== undefined) {
    const match = typeof p.downtime_jail_duration === "string" ? /^([0-9]{1,12})s$/.exec(p.downtime_jail_duration) : null;
    if (match === null) throw new Error('downtime_jail_duration must be whole seconds like "600s"');
    params.downtimeJailDuration = { seconds: BigInt(match[1]!), nanos: 0 };
  }
  for (const name of FRACTIONS) {
    const value = p[JSON_FRACTIONS[name]];
    if (value === undefined) continue;
    if (typeof value !== "string") throw new Error(`${JSON_FRACTIONS[name]} must be a decimal string`);
    params[name] = parseDec(value).toString();
  }
  validateSlashingParams(params);
  return params;
}
