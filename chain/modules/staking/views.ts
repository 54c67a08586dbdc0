// What other modules may read of staking, and nothing they could write with: a frozen object of
// read functions returning decoded records (copies — changing one changes no state) instead of
// stores, so no module depends on staking's key layout or can reach its state. Consumers declare
// the part they use in their own expected.ts; the app passes this view, and the compiler checks it
// against each declaration.
import type { Delegation, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Context } from "../../app/context.js";
import { concat } from "../../store/encoding.js";
import type { Dec } from "../../types/dec.js";
import { lengthPrefixed, splitLengthPrefixed, type StakingKeeper } from "./keeper.js";

/** One delegation to a validator, as a page of `delegatorsOf` lists it. */
export interface ValidatorDelegation {
  /** The delegator's account address bytes. */
  delegator: Uint8Array;
  /** 18-decimal atomics. */
  shares: Dec;
}

/** Where a page of a validator's delegations starts, and how long it may be. */
export interface DelegationPageRequest {
  /** The last delegator of the previous page (exclusive); undefined: from the first. */
  after?: Uint8Array;
  /** At most this many delegations (a block's budget); 0 only asks whether any follow. */
  limit: number;
}

export interface DelegationPage {
  delegations: ValidatorDelegation[];
  /** Whether delegations follow the last one listed (or `after`, when none is listed). */
  more: boolean;
}

export interface StakingReadView {
  bondDenom(ctx: Context): string;
  validator(ctx: Context, operator: string): Validator | undefined;
  validatorByConsensusAddress(ctx: Context, consensusAddress: Uint8Array): Validator | undefined;
  delegation(ctx: Context, delegator: Uint8Array, operator: string): Delegation | undefined;
  /** Operators the delegator has delegations with, in operator-byte order. */
  delegatorValidators(ctx: Context, delegator: Uint8Array): string[];
  /**
   * A bounded page of the validator's delegations, in delegator-byte order (the order is stable:
   * a page can resume after its last delegator even when delegations come and go in between).
   */
  delegatorsOf(ctx: Context, operator: string, page: DelegationPageRequest): DelegationPage;
  /** Operators in CometBFT's set now, with their power, in operator-byte order. */
  activeValidators(ctx: Context): { operator: string; power: bigint }[];
}

export function stakingReadView(keeper: StakingKeeper): StakingReadView {
  return Object.freeze({
    bondDenom: (ctx: Context) => keeper.bondDenom(ctx),
    validator: (ctx: Context, operator: string) => keeper.validator(ctx, operator),
    validatorByConsensusAddress: (ctx: Context, consensusAddress: Uint8Array) => keeper.validatorByConsensusAddress(ctx, consensusAddress),
    delegation: (ctx: Context, delegator: Uint8Array, operator: string) => keeper.delegation(ctx, delegator, operator),
    delegatorValidators: (ctx: Context, delegator: Uint8Array) => keeper.delegatorValidators(ctx, delegator),
    delegatorsOf: (ctx: Context, operator: string, page: DelegationPageRequest) => delegatorsOf(ctx, keeper, operator, page),
    activeValidators: (ctx: Context) => keeper.activeValidators(ctx),
  });
}

export function delegatorsOf(ctx: Context, keeper: StakingKeeper, operator: string, { after, limit }: DelegationPageRequest): DelegationPage {
  const index = keeper.validatorDelegatorStore(ctx, operator);
  // Index keys are len ‖ delegator and unique: appending a zero byte gives the first key after one.
  const start = after === undefined ? undefined : concat(lengthPrefixed(after), Uint8Array.of(0));
  const delegations: ValidatorDelegation[] = [];
  for (const [key] of index.iterate(start)) {
    if (delegations.length >= limit) return { delegations, more: true };
    const delegator = splitLengthPrefixed(key)[0]!;
    // The index and the record are written and deleted together.
    const shares = BigInt(keeper.delegation(ctx, delegator, operator)?.shares ?? "0");
    delegations.push({ delegator, shares });
  }
  return { delegations, more: false };
}
