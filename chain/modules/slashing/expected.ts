// What x/slashing needs from other modules.
import type { Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { EvidenceParams } from "cosmjs-types/tendermint/types/params";
import type { Context } from "../../app/context.js";
import type { Dec } from "../../types/dec.js";

export interface SlashingStaking {
  validator(ctx: Context, operator: string): Validator | undefined;
  validatorByConsensusAddress(ctx: Context, consensusAddress: Uint8Array): Validator | undefined;
  /** The time of a past block, while the chain keeps its header (HistoricalInfo). */
  blockTime(ctx: Context, height: bigint): { seconds: bigint; nanos: number } | undefined;
  /** Voting power in CometBFT's set at a height (0: not in the set). */
  powerAt(ctx: Context, consensusAddress: Uint8Array, height: bigint): bigint;
  /** Slashes and sends the tokens to `recipient`; returns the amount. */
  slash(ctx: Context, request: { validator: Validator; infractionHeight: bigint; power: bigint; fraction: Dec; recipient: string }): bigint;
  jail(ctx: Context, operator: string, reason: string): void;
  unjail(ctx: Context, operator: string): void;
  /** Tokens of the operator's own delegation to its validator. */
  selfDelegationTokens(ctx: Context, operator: string): bigint | undefined;
}

export interface SlashingDistribution {
  /** The module account slashed tokens are sent to. */
  readonly moduleName: string;
  /** The validator's rewards of the current epoch go to the other validators. */
  withholdRewards(ctx: Context, operator: string): void;
  /** A slash of `fraction`: every unpaid reward of the validator and its delegators goes to the other validators, and the slash is recorded. */
  forfeitRewards(ctx: Context, operator: string, fraction: Dec): void;
  /** Accounts for slashed tokens received; pays `whistleblower` its share; returns that share. */
  receiveSlashed(ctx: Context, amount: bigint, whistleblower?: { address: Uint8Array; fraction: Dec }): bigint;
}

export interface SlashingConsensus {
  evidenceParams(ctx: Context): EvidenceParams | undefined;
}
