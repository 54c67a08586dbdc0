// x/auth state: accounts by address, a global account-number counter, an index by number, params.
import { Any } from "cosmjs-types/google/protobuf/any";
import { Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import type { Context } from "../../app/context.js";
import { Item } from "../../app/item.js";
import { be64, bytesEqual, concat, readBe64 } from "../../store/encoding.js";
import { PrefixKVStore } from "../../store/prefixkv.js";
import { moduleAddress } from "../../types/address.js";
import { accountFromAny, accountToAny, type Account } from "./account.js";
import { DEFAULT_AUTH_PARAMS, type AuthParams } from "./params.js";

export const STORE_NAME = "acc";

// Prefixes as in cosmos-sdk x/auth/types/keys.go (collections).
const ACCOUNT_PREFIX = Uint8Array.of(0x01);
const GLOBAL_ACCOUNT_NUMBER_KEY = Uint8Array.of(0x02);
const ACCOUNT_NUMBER_PREFIX = Uint8Array.of(0x03);

export class AuthKeeper {
  /** Module account names and their permissions (the SDK's maccPerms). */
  private readonly paramsItem = new Item(STORE_NAME, Uint8Array.of(0x00), Params, DEFAULT_AUTH_PARAMS);

  constructor(readonly moduleAccountPermissions: Readonly<Record<string, readonly string[]>>) {}

  params(ctx: Context): AuthParams {
    return this.paramsItem.get(ctx);
  }

  setParams(ctx: Context, params: AuthParams): void {
    this.paramsItem.set(ctx, params);
  }

  getAccount(ctx: Context, address: Uint8Array): Account | undefined {
    const bytes = ctx.kv(STORE_NAME).get(concat(ACCOUNT_PREFIX, address));
    return bytes === undefined ? undefined : accountFromAny(Any.decode(bytes));
  }

  hasAccount(ctx: Context, address: Uint8Array): boolean {
    return ctx.kv(STORE_NAME).has(concat(ACCOUNT_PREFIX, address));
  }

  setAccount(ctx: Context, account: Account): void {
    const store = ctx.kv(STORE_NAME);
    store.set(concat(ACCOUNT_PREFIX, account.address), Any.encode(accountToAny(account)).finish());
    store.set(concat(ACCOUNT_NUMBER_PREFIX, be64(account.accountNumber)), account.address);
  }

  /** The address holding an account number (the index setAccount keeps). */
  addressByNumber(ctx: Context, accountNumber: bigint): Uint8Array | undefined {
    return ctx.kv(STORE_NAME).get(concat(ACCOUNT_NUMBER_PREFIX, be64(accountNumber)));
  }

  /** A new account with the next account number (not yet stored). */
  newAccount(ctx: Context, address: Uint8Array): Account {
    return { address, pubKey: undefined, accountNumber: this.nextAccountNumber(ctx), sequence: 0n };
  }

  nextAccountNumber(ctx: Context): bigint {
    const store = ctx.kv(STORE_NAME);
    const bytes = store.get(GLOBAL_ACCOUNT_NUMBER_KEY);
    const next = bytes === undefined ? 0n : readBe64(bytes);
    store.set(GLOBAL_ACCOUNT_NUMBER_KEY, be64(next + 1n));
    return next;
  }

  /** Genesis only: the number the next new account receives. */
  setNextAccountNumber(ctx: Context, next: bigint): void {
    ctx.kv(STORE_NAME).set(GLOBAL_ACCOUNT_NUMBER_KEY, be64(next));
  }

  /** The module's account, created on first use. */
  moduleAccount(ctx: Context, name: string): Account {
    const permissions = this.moduleAccountPermissions[name];
    if (permissions === undefined) throw new Error(`no module account named ${name}`);
    const address = moduleAddress(name);
    const existing = this.getAccount(ctx, address);
    if (existing !== undefined) return existing;
    const account = { ...this.newAccount(ctx, address), module: { name, permissions: [...permissions] } };
    this.setAccount(ctx, account);
    return account;
  }

  isModuleAddress(address: Uint8Array): boolean {
    return Object.keys(this.moduleAccountPermissions).some((name) => bytesEqual(moduleAddress(name), address));
  }

  /** Accounts in address order, as (key, value) pairs of the account prefix (for pagination). */
  accountStore(ctx: Context): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), ACCOUNT_PREFIX);
  }
}
