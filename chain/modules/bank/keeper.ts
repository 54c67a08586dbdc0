// x/bank state: balances per (address, denom), total supply per denom, denom metadata, send-enabled
// flags and params, with the SDK's key layout. Every transfer emits coin_spent / coin_received.
import { Metadata, Params } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import type { Context } from "../../app/context.js";
import { Item } from "../../app/item.js";
import { sdkErrors } from "../../app/errors.js";
import { concat, utf8 } from "../../store/encoding.js";
import { PrefixKVStore } from "../../store/prefixkv.js";
import { accString, moduleAddress } from "../../types/address.js";
import { formatCoins, parseAmount, type CoinAmount } from "../../types/coins.js";
import type { AccountKeeper, BankHooks } from "./expected.js";

export const STORE_NAME = "bank";

// cosmos-sdk x/bank/types/keys.go
const SUPPLY_PREFIX = Uint8Array.of(0x00);
const DENOM_METADATA_PREFIX = Uint8Array.of(0x01);
const BALANCES_PREFIX = Uint8Array.of(0x02);
const SEND_ENABLED_PREFIX = Uint8Array.of(0x04);

export const DEFAULT_BANK_PARAMS: Params = { sendEnabled: [], defaultSendEnabled: true };

/** Address-length-prefixed, as the SDK's address keys: len ‖ addr. */
export function addressKey(address: Uint8Array): Uint8Array {
  return concat(Uint8Array.of(address.length), address);
}

export class BankKeeper {
  private readonly paramsItem = new Item(STORE_NAME, Uint8Array.of(0x05), Params, DEFAULT_BANK_PARAMS);
  private readonly hooks: BankHooks[] = [];

  constructor(
    private readonly accounts: AccountKeeper,
    /** Addresses that may not receive funds through transfers (module accounts). */
    private readonly blockedAddress: (address: Uint8Array) => boolean,
  ) {}

  addHooks(hooks: BankHooks): void {
    this.hooks.push(hooks);
  }

  // --- reads ---------------------------------------------------------------------------------------

  balance(ctx: Context, address: Uint8Array, denom: string): bigint {
    const bytes = ctx.kv(STORE_NAME).get(concat(BALANCES_PREFIX, addressKey(address), utf8.encode(denom)));
    return bytes === undefined ? 0n : parseAmount(utf8.decode(bytes));
  }

  /** Balances of an address in denom order (key: denom bytes). */
  balanceStore(ctx: Context, address: Uint8Array): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), concat(BALANCES_PREFIX, addressKey(address)));
  }

  allBalances(ctx: Context, address: Uint8Array): CoinAmount[] {
    return [...this.balanceStore(ctx, address).iterate()].map(([denom, amount]) => ({
      denom: utf8.decode(denom),
      amount: parseAmount(utf8.decode(amount)),
    }));
  }

  /** Every non-zero balance, grouped by address in key order. */
  *iterateBalances(ctx: Context): Generator<{ address: Uint8Array; denom: string; amount: bigint }> {
    for (const [key, value] of new PrefixKVStore(ctx.kv(STORE_NAME), BALANCES_PREFIX).iterate()) {
      const length = key[0]!;
      yield {
        address: key.slice(1, 1 + length),
        denom: utf8.decode(key.subarray(1 + length)),
        amount: parseAmount(utf8.decode(value)),
      };
    }
  }

  supplyOf(ctx: Context, denom: string): bigint {
    const bytes = ctx.kv(STORE_NAME).get(concat(SUPPLY_PREFIX, utf8.encode(denom)));
    return bytes === undefined ? 0n : parseAmount(utf8.decode(bytes));
  }

  /** Total supply per denom, in denom order (key: denom bytes). */
  supplyStore(ctx: Context): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), SUPPLY_PREFIX);
  }

  params(ctx: Context): Params {
    return this.paramsItem.get(ctx);
  }

  /** Per-denom flags live in their own keys (setSendEnabled); the deprecated list is not stored. */
  setParams(ctx: Context, params: Params): void {
    this.paramsItem.set(ctx, { ...params, sendEnabled: [] });
  }

  isSendEnabled(ctx: Context, denom: string): boolean {
    const flag = ctx.kv(STORE_NAME).get(concat(SEND_ENABLED_PREFIX, utf8.encode(denom)));
    return flag === undefined ? this.params(ctx).defaultSendEnabled : flag[0] === 1;
  }

  setSendEnabled(ctx: Context, denom: string, enabled: boolean): void {
    ctx.kv(STORE_NAME).set(concat(SEND_ENABLED_PREFIX, utf8.encode(denom)), Uint8Array.of(enabled ? 1 : 0));
  }

  /** The denom follows default_send_enabled again. */
  deleteSendEnabled(ctx: Context, denom: string): void {
    ctx.kv(STORE_NAME).delete(concat(SEND_ENABLED_PREFIX, utf8.encode(denom)));
  }

  sendEnabledStore(ctx: Context): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), SEND_ENABLED_PREFIX);
  }

  denomMetadata(ctx: Context, denom: string): Metadata | undefined {
    const bytes = ctx.kv(STORE_NAME).get(concat(DENOM_METADATA_PREFIX, utf8.encode(denom)));
    return bytes === undefined ? undefined : Metadata.decode(bytes);
  }

  setDenomMetadata(ctx: Context, metadata: Metadata): void {
    ctx.kv(STORE_NAME).set(concat(DENOM_METADATA_PREFIX, utf8.encode(metadata.base)), Metadata.encode(metadata).finish());
  }

  denomMetadataStore(ctx: Context): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), DENOM_METADATA_PREFIX);
  }

  isBlocked(address: Uint8Array): boolean {
    return this.blockedAddress(address);
  }

  // --- writes --------------------------------------------------------------------------------------

  /** A transfer between accounts: creates the recipient's account, emits the SDK's events. */
  send(ctx: Context, from: Uint8Array, to: Uint8Array, coins: readonly CoinAmount[]): void {
    this.subtract(ctx, from, coins);
    this.add(ctx, to, coins);
    if (!this.accounts.hasAccount(ctx, to)) this.accounts.setAccount(ctx, this.accounts.newAccount(ctx, to));
    ctx.events.emit("transfer", { recipient: accString(to), sender: accString(from), amount: formatCoins(coins) });
  }

  sendCoinsFromAccountToModule(ctx: Context, sender: Uint8Array, module: string, coins: readonly CoinAmount[]): void {
    this.accounts.moduleAccount(ctx, module);
    this.send(ctx, sender, moduleAddress(module), coins);
  }

  sendCoinsFromModuleToAccount(ctx: Context, module: string, recipient: Uint8Array, coins: readonly CoinAmount[]): void {
    if (this.isBlocked(recipient)) throw sdkErrors.unauthorized.wrap(`${accString(recipient)} is not allowed to receive funds`);
    this.send(ctx, moduleAddress(module), recipient, coins);
  }

  sendCoinsFromModuleToModule(ctx: Context, sender: string, recipient: string, coins: readonly CoinAmount[]): void {
    this.accounts.moduleAccount(ctx, recipient);
    this.send(ctx, moduleAddress(sender), moduleAddress(recipient), coins);
  }

  /**
   * One module account pays many accounts at once (batched reward payouts): a single debit and
   * coin_spent event, then a credit and coin_received event per recipient.
   */
  sendCoinsFromModuleToAccounts(ctx: Context, module: string, denom: string, credits: readonly { address: Uint8Array; amount: bigint }[]): void {
    const paid = credits.filter((c) => c.amount > 0n);
    if (paid.length === 0) return;
    for (const { address } of paid) {
      if (this.isBlocked(address)) throw sdkErrors.unauthorized.wrap(`${accString(address)} is not allowed to receive funds`);
    }
    this.subtract(ctx, moduleAddress(module), [{ denom, amount: paid.reduce((sum, c) => sum + c.amount, 0n) }]);
    for (const { address, amount } of paid) {
      this.add(ctx, address, [{ denom, amount }]);
      if (!this.accounts.hasAccount(ctx, address)) this.accounts.setAccount(ctx, this.accounts.newAccount(ctx, address));
    }
  }

  /**
   * Destroys coins held by a module account with the "burner" permission (governance burns the
   * deposits of vetoed proposals); the supply falls by the same amount.
   */
  burnCoins(ctx: Context, module: string, coins: readonly CoinAmount[]): void {
    const account = this.accounts.moduleAccount(ctx, module);
    if (!(account.module?.permissions ?? []).includes("burner")) {
      throw sdkErrors.unauthorized.wrap(`module account ${module} does not have permissions to burn tokens`);
    }
    const burner = moduleAddress(module);
    this.subtract(ctx, burner, coins);
    for (const coin of coins) this.setSupply(ctx, coin.denom, this.supplyOf(ctx, coin.denom) - coin.amount);
    ctx.events.emit("burn", { burner: accString(burner), amount: formatCoins(coins) });
  }

  /** Genesis only: credits a balance and the supply together (creating the holder's account). */
  initBalance(ctx: Context, address: Uint8Array, coin: CoinAmount): void {
    if (!this.accounts.hasAccount(ctx, address)) this.accounts.setAccount(ctx, this.accounts.newAccount(ctx, address));
    this.setBalance(ctx, address, coin.denom, this.balance(ctx, address, coin.denom) + coin.amount);
    this.setSupply(ctx, coin.denom, this.supplyOf(ctx, coin.denom) + coin.amount);
  }

  private subtract(ctx: Context, address: Uint8Array, coins: readonly CoinAmount[]): void {
    for (const coin of coins) {
      const balance = this.balance(ctx, address, coin.denom);
      if (balance < coin.amount) {
        throw sdkErrors.insufficientFunds.wrap(`spendable balance ${balance}${coin.denom} is smaller than ${coin.amount}${coin.denom}`);
      }
      this.setBalance(ctx, address, coin.denom, balance - coin.amount);
    }
    ctx.events.emit("coin_spent", { spender: accString(address), amount: formatCoins(coins) });
  }

  private add(ctx: Context, address: Uint8Array, coins: readonly CoinAmount[]): void {
    for (const coin of coins) this.setBalance(ctx, address, coin.denom, this.balance(ctx, address, coin.denom) + coin.amount);
    ctx.events.emit("coin_received", { receiver: accString(address), amount: formatCoins(coins) });
  }

  private setBalance(ctx: Context, address: Uint8Array, denom: string, amount: bigint): void {
    const key = concat(BALANCES_PREFIX, addressKey(address), utf8.encode(denom));
    if (amount === 0n) ctx.kv(STORE_NAME).delete(key);
    else ctx.kv(STORE_NAME).set(key, utf8.encode(amount.toString()));
    for (const hooks of this.hooks) hooks.afterBalanceChanged?.(ctx, address, denom);
  }

  private setSupply(ctx: Context, denom: string, amount: bigint): void {
    const key = concat(SUPPLY_PREFIX, utf8.encode(denom));
    if (amount === 0n) ctx.kv(STORE_NAME).delete(key);
    else ctx.kv(STORE_NAME).set(key, utf8.encode(amount.toString()));
  }
}
