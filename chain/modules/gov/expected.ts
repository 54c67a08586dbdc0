// What x/gov needs from other modules, and nothing more.
import type { Context } from "../../app/context.js";
import type { AnyMsgRoute } from "../../app/module.js";
import type { CoinAmount } from "../../types/coins.js";

export interface GovBank {
  balance(ctx: Context, address: Uint8Array, denom: string): bigint;
  sendCoinsFromAccountToModule(ctx: Context, sender: Uint8Array, module: string, coins: readonly CoinAmount[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, module: string, recipient: Uint8Array, coins: readonly CoinAmount[]): void;
  burnCoins(ctx: Context, module: string, coins: readonly CoinAmount[]): void;
}

/** A validator as the tallies see it. */
export interface StakeValidator {
  operator: string;
  tokens: bigint;
  /** 18-decimal atomics. */
  delegatorShares: bigint;
  /** In the active set: only bonded stake votes on parameter proposals. */
  bonded: boolean;
}

export interface GovStaking {
  bondDenom(ctx: Context): string;
  validator(ctx: Context, operator: string): StakeValidator | undefined;
  /** The delegator's delegations (shares in 18-decimal atomics), in validator order. */
  delegations(ctx: Context, delegator: Uint8Array): { operator: string; shares: bigint }[];
  /** The bond-denom tokens in the address's unbonding entries. */
  unbondingTokens(ctx: Context, address: Uint8Array): bigint;
  /**
   * The validators in CometBFT's set now (the bonded ones: at most max_validators), in operator
   * order: what a validator-set tally reads at the end, instead of every validator.
   */
  bondedValidators(ctx: Context): StakeValidator[];
  /** The delegator's shares (18-decimal atomics) with the validator; 0 without a delegation. */
  delegationShares(ctx: Context, delegator: Uint8Array, operator: string): bigint;
  /** A bounded page of the validator's delegators after `after` (the previous page's last delegator), in delegator order. */
  delegatorsOf(ctx: Context, operator: string, page: { after?: Uint8Array; limit: number }): { delegations: { delegator: Uint8Array }[]; more: boolean };
}

export interface GovDistribution {
  /** Moves `amount` of the bond denom from a module account into the community pool. */
  fundCommunityPool(ctx: Context, fromModule: string, amount: bigint): void;
  /** The distribution module's account, where a proposal_cancel_dest of the community pool points. */
  readonly moduleAddress: Uint8Array;
}

export interface GovDeps {
  bank: GovBank;
  staking: GovStaking;
  distribution: GovDistribution;
  /**
   * The bond-denom supply that belongs to holders (liquid or staked): the total supply less the
   * module accounts that hold nobody's tokens (fees, the mining pool, reward custody, deposits).
   */
  holderSupply(ctx: Context): bigint;
  /** The app's message router, to check proposal messages at submission and run them on passing. */
  route(typeUrl: string): AnyMsgRoute | undefined;
}
