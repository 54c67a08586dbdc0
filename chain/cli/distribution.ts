// aisd tx distribution … (claims) and aisd query distribution … (queries print what the REST gateway
// serves: the cosmos.distribution.v1beta1 view — rewards payable now — and AIS's N+2 pipeline).
import { Command } from "commander";
import { QueryDelegationTotalRewardsRequest, QueryDelegationTotalRewardsResponse } from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { MsgSetWithdrawAddress, MsgWithdrawDelegatorReward, MsgWithdrawValidatorCommission } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { abciQuery } from "../client/query.js";
import { distributionGateway } from "../rest/distribution.js";
import { anyOf, signAndBroadcast, type TxCommand, type TxOptions } from "./broadcast.js";
import { accountArgument, grpcOf, nodeOption, operatorArgument } from "./common.js";
import { printJson } from "./format.js";
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

export function registerDistributionQuery(query: Command): void {
  const distribution = query.command("distribution").description("distribution queries");
  type Node = { node: string };
  const gateway = (opts: Node) => distributionGateway(grpcOf(opts));
  const command = (name: string, description: string) => distribution.command(name).description(description).addOption(nodeOption());

  command("params", "AIS's distribution parameters (--sdk: the cosmos.distribution.v1beta1 view of them)")
    .option("--sdk", "print the parameters as cosmos.distribution.v1beta1 has them", false)
    .action(async (opts: Node & { sdk: boolean }) => printJson(await (opts.sdk ? gateway(opts).params() : gateway(opts).aisParams())));

  command("rewards", "a delegator's matured, unclaimed rewards: per validator and in total, or with one validator")
    .argument("<delegator>", "delegator address", accountArgument)
    .argument("[validator]", "only the rewards of the delegation to this validator", operatorArgument)
    .action(async (delegator: string, validator: string | undefined, opts: Node) =>
      printJson(await (validator === undefined ? gateway(opts).delegationTotalRewards(delegator) : gateway(opts).delegationRewards(delegator, validator))),
    );

  command("commission", "a validator's matured, unclaimed commission")
    .argument("<validator>", "validator operator address", operatorArgument)
    .action(async (validator: string, opts: Node) => printJson(await gateway(opts).validatorCommission(validator)));

  command("validator-outstanding-rewards", "everything a validator's delegators and operator are still owed (accrual and custody)")
    .argument("<validator>", "validator operator address", operatorArgument)
    .action(async (validator: string, opts: Node) => printJson(await gateway(opts).validatorOutstandingRewards(validator)));

  command("community-pool", "the community pool").action(async (opts: Node) => printJson(await gateway(opts).communityPool()));

  command("withdraw-addr", "where a delegator's rewards are paid")
    .argument("<delegator>", "delegator address", accountArgument)
    .action(async (delegator: string, opts: Node) => printJson(await gateway(opts).withdrawAddress(delegator)));

  command("custody", "a validator's accrual in the current epoch and its closed epochs awaiting payout")
    .argument("<validator>", "validator operator address", operatorArgument)
    .action(async (validator: string, opts: Node) => printJson(await gateway(opts).custody(validator)));

  command("pending", "what a delegator earned in closed epochs and has not received, matured or not, with each payout epoch")
    .argument("<delegator>", "delegator address", accountArgument)
    .action(async (delegator: string, opts: Node) => printJson(await gateway(opts).pending(delegator)));

  command("totals", "fees collected, slashes received and rewards paid since genesis").action(async (opts: Node) => printJson(await gateway(opts).totals()));
}
