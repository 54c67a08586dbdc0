// Every transaction command goes through one path: unlock the key, build the messages, simulate gas
// when --gas auto, sign (--sign-mode direct, or amino-json as a Ledger signs), broadcast sync and print
// the result.
import { Command, Option } from "commander";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { CometClient } from "../client/comet.js";
import { accountOf, broadcastSync, signTx, simulateGas, type SigningKey, type SignModeName } from "../client/tx.js";
import { mulCeil, parseDecCoins } from "../types/dec.js";
import { cometOf, nodeOption, parseCoinsArgument } from "./common.js";
import { printJson } from "./format.js";
import { keyringBackendOption, openKeyring } from "./keys.js";

export interface TxOptions {
  home: string;
  keyringBackend: string;
  node: string;
  chainId?: string;
  fees?: string;
  gas: string;
  gasPrices: string;
  gasAdjustment: string;
  memo: string;
  signMode: SignModeName;
}

/** A transaction subcommand with the flags every transaction takes (keyring, node, chain id, gas, fees, memo). */
export type TxCommand = (parent: Command, name: string) => Command;

export function txCommandFactory(homeOption: () => Option): TxCommand {
  return (parent, name) =>
    parent
      .command(name)
      .addOption(homeOption())
      .addOption(keyringBackendOption())
      .addOption(nodeOption())
      .option("--chain-id <id>", "chain id (default: the node's)")
      .option("--fees <coins>", "fee to pay (default: gas × --gas-prices)")
      .option("--gas <gas>", 'gas limit, or "auto" to simulate', "auto")
      .option("--gas-prices <prices>", "price per unit of gas", "0.025uais")
      .option("--gas-adjustment <factor>", "multiplier applied to simulated gas", "1.3")
      .option("--memo <memo>", "memo", "")
      .addOption(new Option("--sign-mode <mode>", "what the key signs: the protobuf SignDoc, or the legacy amino JSON (Ledger's)").choices(["direct", "amino-json"]).default("direct"));
}

/** A message as a transaction carries it. */
export function anyOf<T>(codec: { typeUrl: string; encode(message: T): { finish(): Uint8Array } }, message: T): Any {
  return { typeUrl: codec.typeUrl, value: codec.encode(message).finish() };
}

/**
 * Signs the messages `build` returns for the key `from` and broadcasts them in one transaction;
 * prints the broadcast result as the SDK's CLI does and sets exit code 1 when CheckTx rejects it.
 */
export async function signAndBroadcast(
  from: string,
  opts: TxOptions,
  build: (key: SigningKey, comet: CometClient) => Any[] | Promise<Any[]>,
): Promise<void> {
  if (opts.gas !== "auto" && !/^[0-9]{1,19}$/.test(opts.gas)) throw new Error('--gas must be an integer or "auto"');
  const key = await openKeyring(opts).unlock(from);
  const comet = cometOf(opts);
  const messages = await build(key, comet);
  const chainId = opts.chainId ?? (await comet.call<{ node_info: { network: string } }>("status")).node_info.network;
  const { accountNumber, sequence } = await accountOf(comet, key.address);
  const fees = opts.fees === undefined ? undefined : parseCoinsArgument(opts.fees);
  const feeFor = (gas: bigint) => fees ?? parseDecCoins(opts.gasPrices).map((p) => ({ denom: p.denom, amount: mulCeil(p.amount, gas).toString() }));
  const gasLimit = opts.gas === "auto" ? await autoGas(comet, messages, opts, key, sequence) : BigInt(opts.gas);
  const fee = feeFor(gasLimit);
  const bytes = signTx({ messages, memo: opts.memo, fee, gasLimit }, key, { chainId, accountNumber, sequence }, opts.signMode);
  const result = await broadcastSync(comet, bytes);
  printJson({ height: "0", txhash: result.hash, codespace: result.codespace, code: result.code, raw_log: result.log, gas_wanted: gasLimit.toString() });
  if (result.code !== 0) process.exitCode = 1;
}

/** Simulated gas × --gas-adjustment (the chain counts the gas of paying the fee in a fee-less simulation). */
async function autoGas(comet: CometClient, messages: Any[], opts: TxOptions, key: SigningKey, sequence: bigint): Promise<bigint> {
  if (!/^[0-9]+(\.[0-9]+)?$/.test(opts.gasAdjustment)) throw new Error("--gas-adjustment must be a decimal number");
  const used = await simulateGas(comet, { messages, memo: opts.memo }, key, sequence);
  const [whole, fraction = ""] = opts.gasAdjustment.split(".");
  const scaled = BigInt(whole! + fraction.padEnd(6, "0").slice(0, 6));
  return (used * scaled + 999_999n) / 1_000_000n;
}
