// x/bank parameter changes as SDK v0.50 takes them: MsgUpdateParams carries only
// default_send_enabled (the per-denom list moved to its own keys), MsgSetSendEnabled edits those keys.
import type { Params, SendEnabled } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import { validateDenom } from "../../types/coins.js";

export function validateBankParams(params: Params): void {
  if (params.sendEnabled.length > 0) {
    throw new Error("params.send_enabled is no longer supported; set per-denom flags with /cosmos.bank.v1beta1.MsgSetSendEnabled");
  }
}

/** Each denom valid and named at most once across both lists (set-then-delete would be ambiguous). */
export function validateSendEnabledChange(sendEnabled: readonly SendEnabled[], useDefaultFor: readonly string[]): void {
  const seen = new Set<string>();
  const check = (denom: string, field: string) => {
    if (!isDenom(denom)) throw new Error(`invalid ${field} denom ${JSON.stringify(denom)}`);
    if (seen.has(denom)) throw new Error(`duplicate denom entries found for ${JSON.stringify(denom)}`);
    seen.add(denom);
  };
  for (const entry of sendEnabled) check(entry.denom, "send_enabled");
  for (const denom of useDefaultFor) check(denom, "use_default_for");
}

function isDenom(denom: string): boolean {
  try {
    validateDenom(denom);
    return true;
  } catch {
    return false;
  }
}
