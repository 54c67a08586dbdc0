// aisd tx slashing unjail (the slashing queries are made from the descriptors: autocli.ts).
import { Command } from "commander";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { anyOf, signAndBroadcast, type TxCommand, type TxOptions } from "./broadcast.js";
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
