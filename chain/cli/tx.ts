// aisd tx bank send
import { Command, InvalidArgumentError, Option } from "commander";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { CometClient } from "../client/comet.js";
import { accountOf, broadcastSync, signTx, simulateGas } from "../client/tx.js";
import { accAddress } from "../types/address.js";
import { parseCoins, toCoin } from "../types/coins.js";
import { mulCeil, parseDecCoins } from "../types/dec.js";
import { printJson } from "./format.js";
import { keyringBackendOption, openKeyring } from "./keys.js";

export const nodeOption = () => new Option("--node <url>", "CometBFT RPC of the node").default("http://127.0.0.1:26657");

export function parseCoinsArgument(text: string): Coin[] {
  const coins = text.split(",").map((part) => {
    const match = /^([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim());
    if (match === null) throw new InvalidArgumentError(`invalid coin ${JSON.stringify(part)} (e.g. 1000uais)`);
    return { denom: match[2]!, amount: match[1]! };
  });
  return parseCoins(coins.sort((a, b) => (a.denom < b.denom ? -1 : 1))).map(toCoin);
}

interface TxOptions {
  home: string;
  keyringBackend: string;
  node: string;
  chainId?: string;
  fees?: string;
  gas: string;
  gasPrices: string;
  gasAdjustment: string;
  memo: string;
}

export function registerTx(program: Command, homeOption: () => Option): void {
  const tx = program.command("tx").description("sign and broadcast transactions");
  const bank = tx.command("bank").description("bank transactions");
  bank
    .command("send")
    .description("send coins from a key of the keyring to an address")
    .argument("<from>", "key name")
    .argument("<to>", "recipient address")
    .argument("<amount>", "coins, e.g. 1000uais")
    .addOption(homeOption())
    .addOption(keyringBackendOption())
    .addOption(nodeOption())
    .option("--chain-id <id>", "chain id (default: the node's)")
    .option("--fees <coins>", "fee to pay (default: gas × --gas-prices)")
    .option("--gas <gas>", 'gas limit, or "auto" to simulate', "auto")
    .option("--gas-prices <prices>", "price per unit of gas", "0.025uais")
    .option("--gas-adjustment <factor>", "multiplier applied to simulated gas", "1.3")
    .option("--memo <memo>", "memo", "")
    .action(async (from: string, to: string, amountText: string, opts: TxOptions) => {
      accAddress(to);
      const amount = parseCoinsArgument(amountText);
      const key = await openKeyring(opts).unlock(from);
      const comet = new CometClient(opts.node.replace(/^tcp:\/\//, "http://"));
      const chainId = opts.chainId ?? (await comet.call<{ node_info: { network: string } }>("status")).node_info.network;
      const { accountNumber, sequence } = await accountOf(comet, key.address);
      const messages = [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: key.address, toAddress: to, amount }).finish() }];
      const gasLimit = opts.gas === "auto" ? await autoGas(comet, messages, opts, key, sequence) : BigInt(opts.gas);
      const fee =
        opts.fees !== undefined
          ? parseCoinsArgument(opts.fees)
          : parseDecCoins(opts.gasPrices).map((p) => ({ denom: p.denom, amount: mulCeil(p.amount, gasLimit).toString() }));
      const bytes = signTx({ messages, memo: opts.memo, fee, gasLimit }, key, { chainId, accountNumber, sequence });
      const result = await broadcastSync(comet, bytes);
      printJson({ height: "0", txhash: result.hash, codespace: result.codespace, code: result.code, raw_log: result.log, gas_wanted: gasLimit.toString() });
      if (result.code !== 0) process.exitCode = 1;
    });
}

async function autoGas(
  comet: CometClient,
  messages: { typeUrl: string; value: Uint8Array }[],
  opts: TxOptions,
  key: Parameters<typeof simulateGas>[2],
  sequence: bigint,
): Promise<bigint> {
  if (!/^[0-9]+(\.[0-9]+)?$/.test(opts.gasAdjustment)) throw new Error("--gas-adjustment must be a decimal number");
  const used = await simulateGas(comet, { messages, memo: opts.memo }, key, sequence);
  const [whole, fraction = ""] = opts.gasAdjustment.split(".");
  const scaled = BigInt(whole! + fraction.padEnd(6, "0").slice(0, 6));
  return (used * scaled + 999_999n) / 1_000_000n;
}
