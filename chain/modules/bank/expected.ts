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
