// BeginBlock: the previous block's fees (everything in the fee collector, in the bond denom) accrue
// to the validators that signed that block, by signed voting power, for the current epoch. Nothing
// is paid here; what integer division leaves goes to the community pool.
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import type { BlockInfo } from "../../app/block.js";
import type { Context } from "../../app/context.js";
import { moduleAddress } from "../../types/address.js";
import { FEE_COLLECTOR } from "../auth/ante.js";
import { DISTRIBUTION_MODULE, type DistributionKeeper } from "./keeper.js";

export function allocateFees(ctx: Context, keeper: DistributionKeeper, block: BlockInfo): void {
  const denom = keeper.staking.bondDenom(ctx);
  const fees = keeper.bank.balance(ctx, moduleAddress(FEE_COLLECTOR), denom);
  if (fees === 0n) return;
  const signers: { operator: string; power: bigint }[] = [];
  let total = 0n;
  for (const vote of block.decidedLastCommit.votes) {
    if (vote.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT || vote.validator.power <= 0n) continue;
    const validator = keeper.staking.validatorByConsensusAddress(ctx, vote.validator.address);
    if (validator === undefined) continue;
    signers.push({ operator: validator.operatorAddress, power: vote.validator.power });
    total += vote.validator.power;
  }
  // No signatures to reward (the first block): the fees wait in the collector for the next block.
  if (total === 0n) return;
  keeper.bank.sendCoinsFromModuleToModule(ctx, FEE_COLLECTOR, DISTRIBUTION_MODULE, [{ denom, amount: fees }]);
  keeper.addTotals(ctx, { feesCollected: fees });
  let allocated = 0n;
  for (const { operator, power } of signers) {
    const share = (fees * power) / total;
    keeper.setAccrual(ctx, operator, keeper.accrual(ctx, operator) + share);
    allocated += share;
  }
  keeper.addCommunityPool(ctx, fees - allocated);
}
