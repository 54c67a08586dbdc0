// aisd tx slashing unjail and aisd query slashing … (queries print what the REST gateway serves).
import { Command } from "commander";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { slashingGateway } from "../rest/slashing.js";
import { anyOf, signAndBroadcast, type TxCommand, type TxOptions } from "./broadcast.js";
import { consensusArgument, grpcOf, nodeOption, pageOf, withPagination, type PaginationOptions } from "./common.js";
import { printJson } from "./format.js";
import { operatorOf } from "./staking.js";

export function registerSlashingTx(tx: Command, txCommand: TxCommand): void {
  const slashing = tx.command("slashing").description("slashing transactions");
  txCommand(slashing, "unjail")
    .description("unjail the validator operated by the key <from> once its jail time has passed")
    .argument("<from>", "key name of the operator")
    .action(async (from: string, opts: TxOptions) => {
      await signAndBroadcast(from, opts, (key) => [anyOf(MsgUnjail, { validatorAddr: operatorOf(key.address) })]);
    });
}

export function registerSlashingQuery(query: Command): void {
  const slashing = query.command("slashing").description("slashing queries");
  type Node = { node: string };
  const gateway = (opts: Node) => slashingGateway(grpcOf(opts));

  slashing
    .command("params")
    .description("AIS's slashing parameters (--sdk: the cosmos.slashing.v1beta1 view of them)")
    .option("--sdk", "print the parameters as cosmos.slashing.v1beta1 has them", false)
    .addOption(nodeOption())
    .action(async (opts: Node & { sdk: boolean }) => printJson(await (opts.sdk ? gateway(opts).params() : gateway(opts).aisParams())));

  slashing
    .command("signing-info")
    .description("a validator's liveness record: missed blocks, jail time, tombstone")
    .argument("<valcons>", "consensus address (aisvalcons…)", consensusArgument)
    .addOption(nodeOption())
    .action(async (address: string, opts: Node) => printJson(await gateway(opts).signingInfo(address)));

  withPagination(slashing.command("signing-infos"))
    .description("every validator's liveness record")
    .addOption(nodeOption())
    .action(async (opts: Node & PaginationOptions) => printJson(await gateway(opts).signingInfos(pageOf(opts))));
}
