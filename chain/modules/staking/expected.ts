// What x/staking needs from other modules.
import type { EvidenceParams } from "cosmjs-types/tendermint/types/params";
import type { Context } from "../../app/context.js";
import type { CoinAmount } from "../../types/coins.js";
import type { EpochInfo } from "../../../codegen/ais/epochs/v1/epochs.js";

export interface StakingBank {
  sendCoinsFromAccountToModule(ctx: Context, sender: Uint8Array, module: string, coins: readonly CoinAmount[]): void;
  sendCoinsFromModuleToModule(ctx: Context, sender: string, recipient: string, coins: readonly CoinAmount[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, module: string, recipient: Uint8Array, coins: readonly CoinAmount[]): void;
  balance(ctx: Context, address: Uint8Array, denom: string): bigint;
}

export interface StakingAccounts {
  hasAccount(ctx: Context, address: Uint8Array): boolean;
}

export interface StakingConsensus {
  /** CometBFT's evidence age as the consensus params in state set it (undefined: none stored). */
  evidenceParams(ctx: Context): EvidenceParams | undefined;
}

export interface EpochClock {
  currentEpoch(ctx: Context): EpochInfo;
}

/** What staking tells other modules (distribution settles rewards before a delegation's shares change). */
export interface StakingHooks {
  /** May refuse (throw) new stake for the validator: slashing refuses tombstoned ones. */
  beforeDelegation?(ctx: Context, operator: string): void;
  beforeDelegationSharesModified?(ctx: Context, delegator: Uint8Array, operator: string): void;
  /** The delegation's last shares are gone (after beforeDelegationSharesModified settled it). */
  afterDelegationRemoved?(ctx: Context, delegator: Uint8Array, operator: string): void;
  /** The delegation was written with its new shares, the validator with its new tokens (the SDK's AfterDelegationModified). */
  afterDelegationModified?(ctx: Context, delegator: Uint8Array, operator: string): void;
  /** The delegator's unbonding entries with the validator were written (created, slashed, cancelled or paid out). */
  afterUnbondingDelegationModified?(ctx: Context, delegator: Uint8Array, operator: string): void;
  /** `tokens` were slashed from the validator's own tokens (not its entries): its shares are worth less. */
  afterValidatorSlashed?(ctx: Context, operator: string, tokens: bigint): void;
  /** The validator entered CometBFT's set (slashing starts judging its liveness afresh). */
  afterValidatorBonded?(ctx: Context, consensusAddress: Uint8Array): void;
}
