// What gov hears from staking and bank: every change to a voter's stake or balance reaches the
// running tallies (tally-index.ts) in the transaction or block that makes it.
import type { BankHooks } from "../bank/expected.js";
import type { StakingHooks } from "../staking/expected.js";
import type { GovDeps } from "./expected.js";
import type { GovKeeper } from "./keeper.js";
import { balanceChanged, delegationChanged, holdingsChanged, validatorSlashed } from "./tally-index.js";

export function govStakingHooks(gov: { keeper: GovKeeper; deps: GovDeps }): StakingHooks {
  return {
    afterDelegationModified: (ctx, delegator, operator) => delegationChanged(ctx, gov, delegator, operator),
    afterDelegationRemoved: (ctx, delegator, operator) => delegationChanged(ctx, gov, delegator, operator),
    afterUnbondingDelegationModified: (ctx, delegator) => holdingsChanged(ctx, gov, delegator),
    afterValidatorSlashed: (ctx, operator, tokens) => validatorSlashed(ctx, operator, tokens),
  };
}

export function govBankHooks(gov: { keeper: GovKeeper; deps: GovDeps }): BankHooks {
  return { afterBalanceChanged: (ctx, address, denom) => balanceChanged(ctx, gov, address, denom) };
}
