// cosmos.auth.v1beta1.Query. An unknown account is gRPC NotFound, which cosmjs's getAccount turns
// into null.
import {
  AddressBytesToStringRequest,
  AddressBytesToStringResponse,
  AddressStringToBytesRequest,
  AddressStringToBytesResponse,
  QueryAccountAddressByIDRequest,
  QueryAccountAddressByIDResponse,
  QueryAccountInfoRequest,
  QueryAccountInfoResponse,
  QueryAccountRequest,
  QueryAccountResponse,
  QueryAccountsRequest,
  QueryAccountsResponse,
  QueryModuleAccountByNameRequest,
  QueryModuleAccountByNameResponse,
  QueryModuleAccountsRequest,
  QueryModuleAccountsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  Bech32PrefixRequest,
  Bech32PrefixResponse,
} from "cosmjs-types/cosmos/auth/v1beta1/query";
import { Any } from "cosmjs-types/google/protobuf/any";
import type { Context } from "../../app/context.js";
import { grpcError } from "../../app/errors.js";
import { queryRoute, type AnyQueryRoute } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import { BECH32_PREFIX, accString, moduleAddress, queryAddress, toBech32 } from "../../types/address.js";
import { accountToAny, type Account } from "./account.js";
import type { AuthKeeper } from "./keeper.js";

const SERVICE = "/cosmos.auth.v1beta1.Query";

function existing(keeper: AuthKeeper, ctx: Context, address: string): Account {
  const account = keeper.getAccount(ctx, queryAddress(address));
  if (account === undefined) throw grpcError("NotFound", `account ${address} not found`);
  return account;
}

export function authQueries(keeper: AuthKeeper): AnyQueryRoute[] {
  const moduleNames = Object.keys(keeper.moduleAccountPermissions).sort();
  return [
    queryRoute({
      path: `${SERVICE}/Account`,
      request: QueryAccountRequest,
      response: QueryAccountResponse,
      handle: (ctx, req) => ({ account: accountToAny(existing(keeper, ctx, req.address)) }),
    }),
    queryRoute({
      path: `${SERVICE}/AccountInfo`,
      request: QueryAccountInfoRequest,
      response: QueryAccountInfoResponse,
      handle: (ctx, req) => {
        const account = existing(keeper, ctx, req.address);
        return {
          info: {
            address: accString(account.address),
            pubKey: account.pubKey,
            accountNumber: account.accountNumber,
            sequence: account.sequence,
          },
        };
      },
    }),
    queryRoute({
      path: `${SERVICE}/Accounts`,
      request: QueryAccountsRequest,
      response: QueryAccountsResponse,
      handle: (ctx, req) => {
        const page = paginate(keeper.accountStore(ctx), req.pagination, (_k, v) => Any.decode(v));
        return { accounts: page.items, pagination: page.pagination };
      },
    }),
    queryRoute({
      path: `${SERVICE}/Params`,
      request: QueryParamsRequest,
      response: QueryParamsResponse,
      handle: (ctx) => ({ params: keeper.params(ctx) }),
    }),
    queryRoute({
      path: `${SERVICE}/ModuleAccounts`,
      request: QueryModuleAccountsRequest,
      response: QueryModuleAccountsResponse,
      handle: (ctx) => ({
        accounts: moduleNames
          .map((name) => keeper.getAccount(ctx, moduleAddress(name)))
          .filter((a): a is Account => a !== undefined)
          .map(accountToAny),
      }),
    }),
    queryRoute({
      path: `${SERVICE}/ModuleAccountByName`,
      request: QueryModuleAccountByNameRequest,
      response: QueryModuleAccountByNameResponse,
      handle: (ctx, req) => {
        if (req.name === "") throw grpcError("InvalidArgument", "module name is empty");
        const account = moduleNames.includes(req.name) ? keeper.getAccount(ctx, moduleAddress(req.name)) : undefined;
        if (account === undefined) throw grpcError("NotFound", `account ${req.name} not found`);
        return { account: accountToAny(account) };
      },
    }),
    queryRoute({
      path: `${SERVICE}/AccountAddressByID`,
      request: QueryAccountAddressByIDRequest,
      response: QueryAccountAddressByIDResponse,
      handle: (ctx, req) => {
        if (req.id !== 0n) throw grpcError("InvalidArgument", "requesting with id isn't supported, try to request using account-id");
        const address = keeper.addressByNumber(ctx, req.accountId);
        if (address === undefined) throw grpcError("NotFound", `account address not found with account number ${req.accountId}`);
        return { accountAddress: accString(address) };
      },
    }),
    queryRoute({
      path: `${SERVICE}/AddressBytesToString`,
      request: AddressBytesToStringRequest,
      response: AddressBytesToStringResponse,
      handle: (_ctx, req) => {
        if (req.addressBytes.length === 0) throw grpcError("InvalidArgument", "empty address bytes is not allowed");
        if (req.addressBytes.length > 255) throw grpcError("InvalidArgument", `address max length is 255, got ${req.addressBytes.length}`);
        return { addressString: toBech32(BECH32_PREFIX.account, req.addressBytes) };
      },
    }),
    queryRoute({
      path: `${SERVICE}/AddressStringToBytes`,
      request: AddressStringToBytesRequest,
      response: AddressStringToBytesResponse,
      handle: (_ctx, req) => ({ addressBytes: queryAddress(req.addressString) }),
    }),
    queryRoute({
      path: `${SERVICE}/Bech32Prefix`,
      request: Bech32PrefixRequest,
      response: Bech32PrefixResponse,
      handle: () => ({ bech32Prefix: BECH32_PREFIX.account }),
    }),
  ];
}
