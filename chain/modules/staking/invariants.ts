// Pool invariants: the bonded pool holds exactly the tokens of bonded validators; the not-bonded
// pool those of the others plus every unbonding entry's balance. Redelegation entries hold no
// tokens: theirs are already the destination validator's.
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Context } from "../../app/context.js";
import { moduleAddress } from "../../types/address.js";
import { BONDED_POOL, NOT_BONDED_POOL, type StakingKeeper } from "./keeper.js";

export function stakingPoolInvariant(ctx: Context, keeper: StakingKeeper): string | undefined {
  const denom = keeper.params(ctx).bondDenom;
  let bonded = 0n;
  let notBonded = 0n;
  for (const v of keeper.allValidators(ctx)) {
    if (v.status === BondStatus.BOND_STATUS_BONDED) bonded += BigInt(v.tokens);
    else notBonded += BigInt(v.tokens);
  }
  for (const ubd of keeper.allUnbondingDelegations(ctx)) for (const entry of ubd.entries) notBonded += BigInt(entry.balance);
  const bondedPool = keeper.bank.balance(ctx, moduleAddress(BONDED_POOL), denom);
  const notBondedPool = keeper.bank.balance(ctx, moduleAddress(NOT_BONDED_POOL), denom);
  const problems: string[] = [];
  if (bondedPool !== bonded) problems.push(`bonded pool holds ${bondedPool}, bonded validators ${bonded}`);
  if (notBondedPool !== notBonded) problems.push(`not-bonded pool holds ${notBondedPool}, other validators ${notBonded}`);
  return problems.length === 0 ? undefined : problems.join("; ");
}
