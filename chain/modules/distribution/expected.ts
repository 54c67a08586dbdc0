// What distribution needs from other modules: of staking, reads only (staking's StakingReadView).
import type { Delegation, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { EpochInfo } from "../../../codegen/ais/epochs/v1/epochs.js";
import type { Context } from "../../app/context.js";
import type { CoinAmount } from "../../types/coins.js";

export interface DistributionBank {
  balance(ctx: Context, address: Uint8Array, denom: string): bigint;
  sendCoinsFromModuleToModule(ctx: Context, sender: string, recipient: string, coins: readonly CoinAmount[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, module: string, recipient: Uint8Array, coins: readonly CoinAmount[]): void;
  sendCoinsFromModuleToAccounts(ctx: Context, module: string, denom: string, credits: readonly { address: Uint8Array; amount: bigint }[]): void;
  isBlocked(address: Uint8Array): boolean;
}

export interface DistributionStaking {
  bondDenom(ctx: Context): string;
  validator(ctx: Context, operator: string): Validator | undefined;
  validatorByConsensusAddress(ctx: Context, consensusAddress: Uint8Array): Validator | undefined;
  delegation(ctx: Context, delegator: Uint8Array, operator: string): Delegation | undefined;
  /** Operators the delegator has delegations with, in operator order. */
  delegatorValidators(ctx: Context, delegator: Uint8Array): string[];
  /**
   * Up to `page.limit` of the validator's delegations after the delegator `page.after`, in a stable
   * delegator order; `more` when others follow (the payout resumes there in a later block).
   */
  delegatorsOf(ctx: Context, operator: string, page: { after?: Uint8Array; limit: number }): { delegations: { delegator: Uint8Array; shares: bigint }[]; more: boolean };
  /** Operators in CometBFT's set now, with their power, in operator order. */
  activeValidators(ctx: Context): { operator: string; power: bigint }[];
}

export interface DistributionEpochs {
  currentEpoch(ctx: Context): EpochInfo;
}
