// Accounts as x/auth stores them: a BaseAccount, or a ModuleAccount wrapping one, packed in an Any.
import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { accAddress, accString } from "../../types/address.js";

export interface Account {
  address: Uint8Array;
  /** The signer's public key, set from its first signed transaction. */
  pubKey: Any | undefined;
  accountNumber: bigint;
  sequence: bigint;
  /** Set for accounts owned by a module. */
  module?: { name: string; permissions: string[] };
}

export const BASE_ACCOUNT_TYPE = "/cosmos.auth.v1beta1.BaseAccount";
export const MODULE_ACCOUNT_TYPE = "/cosmos.auth.v1beta1.ModuleAccount";

function toBase(account: Account): BaseAccount {
  return {
    address: accString(account.address),
    pubKey: account.pubKey,
    accountNumber: account.accountNumber,
    sequence: account.sequence,
  };
}

export function accountToAny(account: Account): Any {
  if (account.module === undefined) {
    return { typeUrl: BASE_ACCOUNT_TYPE, value: BaseAccount.encode(toBase(account)).finish() };
  }
  const moduleAccount: ModuleAccount = {
    baseAccount: toBase(account),
    name: account.module.name,
    permissions: account.module.permissions,
  };
  return { typeUrl: MODULE_ACCOUNT_TYPE, value: ModuleAccount.encode(moduleAccount).finish() };
}

export function accountFromAny(any: Any): Account {
  if (any.typeUrl === BASE_ACCOUNT_TYPE) return fromBase(BaseAccount.decode(any.value));
  if (any.typeUrl === MODULE_ACCOUNT_TYPE) {
    const moduleAccount = ModuleAccount.decode(any.value);
    if (moduleAccount.baseAccount === undefined) throw new Error("module account without a base account");
    return { ...fromBase(moduleAccount.baseAccount), module: { name: moduleAccount.name, permissions: moduleAccount.permissions } };
  }
  throw new Error(`unsupported account type ${any.typeUrl}`);
}

function fromBase(base: BaseAccount): Account {
  return { address: accAddress(base.address), pubKey: base.pubKey, accountNumber: base.accountNumber, sequence: base.sequence };
}
