// Staking as x/gov's tallies see it (gov's GovStaking): validators reduced to their exchange rate
// and bonded status (the bonded ones: CometBFT's set, at most max_validators), a voter's
// delegations as shares, its unbonding entries as tokens, a validator's delegators by pages. Read only,
// like every view staking hands out (views.ts): a frozen object of functions over decoded records.
import { BondStatus, Delegation, UnbondingDelegation, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { GovStaking, StakeValidator } from "../gov/expected.js";
import type { StakingKeeper } from "./keeper.js";
import { rateOf } from "./shares.js";
import { delegatorsOf } from "./views.js";

function stakeValidator(v: Validator): StakeValidator {
  return { operator: v.operatorAddress, ...rateOf(v), bonded: v.status === BondStatus.BOND_STATUS_BONDED };
}

export function govStakingView(keeper: StakingKeeper): GovStaking {
  return Object.freeze({
    bondDenom: (ctx) => keeper.bondDenom(ctx),
    validator(ctx, operator) {
      const validator = keeper.validator(ctx, operator);
      return validator === undefined ? undefined : stakeValidator(validator);
    },
    delegations: (ctx, delegator) =>
      [...keeper.delegatorDelegationStore(ctx, delegator).iterate()].map(([, value]) => {
        const delegation = Delegation.decode(value);
        return { operator: delegation.validatorAddress, shares: BigInt(delegation.shares) };
      }),
    unbondingTokens(ctx, address) {
      let tokens = 0n;
      for (const [, value] of keeper.delegatorUnbondingStore(ctx, address).iterate()) {
        for (const entry of UnbondingDelegation.decode(value).entries) tokens += BigInt(entry.balance);
      }
      return tokens;
    },
    bondedValidators: (ctx) => keeper.activeValidators(ctx).map(({ operator }) => stakeValidator(keeper.validator(ctx, operator)!)),
    delegationShares: (ctx, delegator, operator) => BigInt(keeper.delegation(ctx, delegator, operator)?.shares ?? "0"),
    delegatorsOf: (ctx, operator, page) => delegatorsOf(ctx, keeper, operator, page),
  } satisfies GovStaking);
}
