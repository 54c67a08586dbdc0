// What the tx and query commands share: the node option, argument parsers (a malformed argument is
// rejected by commander before any key is unlocked or node is asked) and the pagination flags.
import { Command, InvalidArgumentError, Option } from "commander";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { CometClient } from "../client/comet.js";
import { BECH32_PREFIX, fromBech32 } from "../types/address.js";
import { parseCoins, toCoin } from "../types/coins.js";
import { parseDec } from "../types/dec.js";

export const nodeOption = () => new Option("--node <url>", "CometBFT RPC of the node").default("http://127.0.0.1:26657");

export function cometOf(opts: { node: string }): CometClient {
  return new CometClient(opts.node.replace(/^tcp:\/\//, "http://"));
}

function bech32Argument(prefix: string): (value: string) => string {
  return (value) => {
    try {
      fromBech32(value, prefix);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
    return value;
  };
}

/** An account address (ais1…). */
export const accountArgument = bech32Argument(BECH32_PREFIX.account);
/** A validator operator address (aisvaloper1…). */
export const operatorArgument = bech32Argument(BECH32_PREFIX.validatorOperator);

/** "1000uais,5foo": a sorted, duplicate-free set of positive coins. */
export function parseCoinsArgument(text: string): Coin[] {
  const coins = text.split(",").map((part) => {
    const match = /^([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim());
    if (match === null) throw new InvalidArgumentError(`invalid coin ${JSON.stringify(part)} (e.g. 1000uais)`);
    return { denom: match[2]!, amount: match[1]! };
  });
  try {
    return parseCoins(coins.sort((a, b) => (a.denom < b.denom ? -1 : 1))).map(toCoin);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

/** One positive coin, e.g. 1000uais. */
export function coinArgument(text: string): Coin {
  const coins = parseCoinsArgument(text);
  if (coins.length !== 1) throw new InvalidArgumentError(`expected one coin, e.g. 1000uais, got ${JSON.stringify(text)}`);
  return coins[0]!;
}

/** A decimal such as 0.05, as the 18-decimal atomics messages carry. */
export function decArgument(text: string): string {
  try {
    return parseDec(text).toString();
  } catch {
    throw new InvalidArgumentError(`invalid decimal ${JSON.stringify(text)} (e.g. 0.05)`);
  }
}

/** A positive integer (block heights, amounts). */
export function positiveIntegerArgument(text: string): bigint {
  if (!/^[0-9]{1,19}$/.test(text) || BigInt(text) === 0n) throw new InvalidArgumentError(`expected a positive integer, got ${JSON.stringify(text)}`);
  return BigInt(text);
}

export interface PaginationOptions {
  limit?: string;
  offset?: string;
  pageKey?: string;
  countTotal: boolean;
  reverse: boolean;
}

/** --limit, --offset, --page-key, --count-total and --reverse, as the SDK's CLI has them. */
export function withPagination(command: Command): Command {
  const integer = (text: string) => {
    if (!/^[0-9]{1,19}$/.test(text)) throw new InvalidArgumentError("not a non-negative integer");
    return text;
  };
  return command
    .option("--limit <n>", "page size", integer)
    .option("--offset <n>", "entries to skip (instead of --page-key)", integer)
    .option("--page-key <key>", "base64 next_key of the previous page")
    .option("--count-total", "count the entries (pagination.total)", false)
    .option("--reverse", "newest first", false);
}
