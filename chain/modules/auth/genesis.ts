// x/auth genesis in the SDK's JSON shape:
//   { params: { max_memo_characters: "256", … }, accounts: [{ "@type": "/cosmos.auth.v1beta1.BaseAccount",
//     address, pub_key: null, account_number: "0", sequence: "0" } | { "@type": "…ModuleAccount",
//     base_account: {…}, name, permissions: [] }] }
// Module accounts of every module with permissions are created after the listed accounts.
import type { Context } from "../../app/context.js";
import type { ModuleGenesis } from "../../app/module.js";
import { accAddress, accString, moduleAddress } from "../../types/address.js";
import { BASE_ACCOUNT_TYPE, MODULE_ACCOUNT_TYPE, type Account } from "./account.js";
import type { AuthKeeper } from "./keeper.js";
import { authParamsFromJson, authParamsToJson, validateAuthParams, DEFAULT_AUTH_PARAMS } from "./params.js";

interface BaseAccountJson {
  address: string;
  pub_key: null;
  account_number: string;
  sequence: string;
}

export type AccountJson =
  | ({ "@type": typeof BASE_ACCOUNT_TYPE } & BaseAccountJson)
  | { "@type": typeof MODULE_ACCOUNT_TYPE; base_account: BaseAccountJson; name: string; permissions: string[] };

export interface AuthGenesisJson {
  params: Record<string, string>;
  accounts: AccountJson[];
}

export function baseAccountJson(address: string, accountNumber: bigint, sequence = 0n): BaseAccountJson {
  return { address, pub_key: null, account_number: accountNumber.toString(), sequence: sequence.toString() };
}

function integer(value: unknown, what: string): bigint {
  if (typeof value !== "string" || !/^[0-9]+$/.test(value)) throw new Error(`${what} must be a decimal string`);
  return BigInt(value);
}

function parseAccount(json: unknown): Account {
  if (typeof json !== "object" || json === null) throw new Error("accounts must be objects");
  const record = json as Record<string, unknown>;
  const base = (b: unknown): Account => {
    const fields = (b ?? {}) as Record<string, unknown>;
    if (fields.pub_key !== null && fields.pub_key !== undefined) throw new Error("genesis accounts carry no public key");
    if (typeof fields.address !== "string") throw new Error("accounts need an address");
    return {
      address: accAddress(fields.address),
      pubKey: undefined,
      accountNumber: integer(fields.account_number ?? "0", "account_number"),
      sequence: integer(fields.sequence ?? "0", "sequence"),
    };
  };
  if (record["@type"] === BASE_ACCOUNT_TYPE) return base(record);
  if (record["@type"] === MODULE_ACCOUNT_TYPE) {
    if (typeof record.name !== "string" || record.name === "") throw new Error("module accounts need a name");
    const account = base(record.base_account);
    if (accString(account.address) !== accString(moduleAddress(record.name))) {
      throw new Error(`module account ${record.name} has the wrong address`);
    }
    const permissions = Array.isArray(record.permissions) ? record.permissions.map(String) : [];
    return { ...account, module: { name: record.name, permissions } };
  }
  throw new Error(`unsupported account type ${JSON.stringify(record["@type"])}`);
}

export function parseAuthGenesis(json: unknown): { params: ReturnType<typeof authParamsFromJson>; accounts: Account[] } {
  if (typeof json !== "object" || json === null) throw new Error("auth genesis must be an object");
  const state = json as Record<string, unknown>;
  const params = authParamsFromJson(state.params);
  validateAuthParams(params);
  if (state.accounts !== undefined && !Array.isArray(state.accounts)) throw new Error("accounts must be a list");
  const accounts = ((state.accounts as unknown[] | undefined) ?? []).map(parseAccount);
  const addresses = new Set<string>();
  const numbers = new Set<bigint>();
  for (const account of accounts) {
    const address = accString(account.address);
    if (addresses.has(address)) throw new Error(`duplicate account ${address}`);
    if (numbers.has(account.accountNumber)) throw new Error(`duplicate account number ${account.accountNumber}`);
    addresses.add(address);
    numbers.add(account.accountNumber);
  }
  return { params, accounts };
}

export function authGenesis(keeper: AuthKeeper): ModuleGenesis {
  return {
    defaultGenesis: (): AuthGenesisJson => ({ params: authParamsToJson(DEFAULT_AUTH_PARAMS), accounts: [] }),
    validateGenesis: (json) => void parseAuthGenesis(json),
    initGenesis(ctx: Context, json: unknown) {
      const { params, accounts } = parseAuthGenesis(json);
      keeper.setParams(ctx, params);
      let next = 0n;
      for (const account of accounts) {
        keeper.setAccount(ctx, account);
        if (account.accountNumber >= next) next = account.accountNumber + 1n;
      }
      keeper.setNextAccountNumber(ctx, next);
      for (const name of Object.keys(keeper.moduleAccountPermissions).sort()) keeper.moduleAccount(ctx, name);
    },
    exportGenesis(ctx: Context): AuthGenesisJson {
      const accounts: AccountJson[] = [];
      for (const [address] of keeper.accountStore(ctx).iterate()) {
        const account = keeper.getAccount(ctx, address)!;
        const base = baseAccountJson(accString(account.address), account.accountNumber, account.sequence);
        accounts.push(
          account.module === undefined
            ? { "@type": BASE_ACCOUNT_TYPE, ...base }
            : { "@type": MODULE_ACCOUNT_TYPE, base_account: base, name: account.module.name, permissions: account.module.permissions },
        );
      }
      return { params: authParamsToJson(keeper.params(ctx)), accounts };
    },
  };
}
