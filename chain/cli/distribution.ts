// aisd tx distribution …: reward claims (the distribution queries are made from the descriptors:
// autocli.ts — the cosmos.distribution.v1beta1 view, rewards payable now, and AIS's N+2 pipeline).
import { Command } from "commander";
import { QueryDelegationTotalRewardsRequest, QueryDelegationTotalRewardsResponse } from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { MsgSetWithdrawAddress, MsgWithdrawDelegatorReward, MsgWithdrawValidatorCommission } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { abciQuery } from "../client/query.js";
import { anyOf, signAndBroadcast, type TxCommand, type TxOptions } from "./broadcast.js";
import { accountArgument, operatorArgument } from "./common.js";
import { operatorOf } from "./staking.js";

export function registerDistributionTx(tx: Command, txCommand: TxCommand): void {
  const distribution = tx.command("distribution").description("reward claims");

  txCommand(distribution, "withdraw-rewards")
    .description("withdraw the matured rewards of a delegation (--commission: and the validator's commission, if <from> operates it)")
    .argument("<from>", "key name of the delegator")
    .argument("<validator>", "validator operator address", operatorArgument)
    .option("--commission", "also withdraw the validator's matured commission", false)
    .action(async (from: string, validator: string, opts: TxOptions & { commission: boolean }) => {
      await signAndBroadcast(from, opts, (key) => {
        const messages = [anyOf(MsgWithdrawDelegatorReward, { delegatorAddress: key.address, validatorAddress: validator })];
        if (opts.commission) {
          if (operatorOf(key.address) !== validator) throw new Error(`--commission: ${from} (${key.address}) is not the operator of ${validator}`);
          messages.push(anyOf(MsgWithdrawValidatorCommission, { validatorAddress: validator }));
        }
        return messages;
      });
    });

  txCommand(distribution, "withdraw-all-rewards")
    .description("withdraw the matured rewards of every delegation of <from> in one transaction")
    .argument("<from>", "key name of the delegator")
    .action(async (from: string, opts: TxOptions) => {
      await signAndBroadcast(from, opts, async (key, comet) => {
        const { rewards } = await abciQuery(
          comet,
          "/cosmos.distribution.v1beta1.Query/DelegationTotalRewards",
          QueryDelegationTotalRewardsRequest,
          { delegatorAddress: key.address },
          QueryDelegationTotalRewardsResponse,
        );
        if (rewards.length === 0) throw new Error(`${from} (${key.address}) has no delegations or rewards to withdraw`);
        return rewards.map((r) => anyOf(MsgWithdrawDelegatorReward, { delegatorAddress: key.address, validatorAddress: r.validatorAddress }));
      });
    });

  txCommand(distribution, "set-withdraw-addr")
    .description("send the rewards of <from>'s delegations to another address")
    .argument("<from>", "key name of the delegator")
    .argument("<address>", "withdraw address", accountArgument)
    .action(async (from: string, address: string, opts: TxOptions) => {
      await signAndBroadcast(from, opts, (key) => [anyOf(MsgSetWithdrawAddress, { delegatorAddress: key.address, withdrawAddress: address })]);
    });
}
