// aisd tx: bank send, and the staking, slashing, distribution and gov commands (all through broadcast.ts).
import { Command, Option } from "commander";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { anyOf, signAndBroadcast, txCommandFactory, type TxOptions } from "./broadcast.js";
import { accountArgument, parseCoinsArgument } from "./common.js";
import { registerDistributionTx } from "./distribution.js";
import { registerGovTx } from "./gov.js";
import { registerSlashingTx } from "./slashing.js";
import { registerStakingTx } from "./staking.js";

export function registerTx(program: Command, homeOption: () => Option): void {
  const tx = program.command("tx").description("sign and broadcast transactions");
  const txCommand = txCommandFactory(homeOption);

  const bank = tx.command("bank").description("bank transactions");
  txCommand(bank, "send")
    .description("send coins from a key of the keyring to an address")
    .argument("<from>", "key name")
    .argument("<to>", "recipient address", accountArgument)
    .argument("<amount>", "coins, e.g. 1000uais", parseCoinsArgument)
    .action(async (from: string, to: string, amount: ReturnType<typeof parseCoinsArgument>, opts: TxOptions) => {
      await signAndBroadcast(from, opts, (key) => [anyOf(MsgSend, { fromAddress: key.address, toAddress: to, amount })]);
    });

  registerStakingTx(tx, txCommand);
  registerSlashingTx(tx, txCommand);
  registerDistributionTx(tx, txCommand);
  registerGovTx(tx, txCommand);
}
