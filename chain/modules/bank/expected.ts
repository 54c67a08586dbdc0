// What x/bank needs from x/auth.
import type { Context } from "../../app/context.js";
import type { Account } from "../auth/account.js";

export interface AccountKeeper {
  hasAccount(ctx: Context, address: Uint8Array): boolean;
  newAccount(ctx: Context, address: Uint8Array): Account;
  setAccount(ctx: Context, account: Account): void;
  /** The module's account, created on first use. */
  moduleAccount(ctx: Context, name: string): Account;
}

/** What bank tells other modules. */
export interface BankHooks {
  /** The address's balance of `denom` was written (gov re-weighs the community votes of a voter). */
  afterBalanceChanged?(ctx: Context, address: Uint8Array, denom: string): void;
}
