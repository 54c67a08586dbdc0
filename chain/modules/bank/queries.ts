// cosmos.bank.v1beta1.Query: what cosmjs's bank extension, wallets and explorers call.
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryDenomMetadataByQueryStringRequest,
  QueryDenomMetadataByQueryStringResponse,
  QueryDenomMetadataRequest,
  QueryDenomMetadataResponse,
  QuerySpendableBalanceByDenomRequest,
  QuerySpendableBalanceByDenomResponse,
  QueryDenomsMetadataRequest,
  QueryDenomsMetadataResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QuerySendEnabledRequest,
  QuerySendEnabledResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyRequest,
  QueryTotalSupplyResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import type { Context } from "../../app/context.js";
import { grpcError } from "../../app/errors.js";
import { queryRoute, type AnyQueryRoute } from "../../app/module.js";
import { paginate } from "../../app/pagination.js";
import { utf8 } from "../../store/encoding.js";
import { queryAddress } from "../../types/address.js";
import { validateDenom } from "../../types/coins.js";
import type { BankKeeper } from "./keeper.js";

const SERVICE = "/cosmos.bank.v1beta1.Query";

function denom(text: string): string {
  try {
    validateDenom(text);
    return text;
  } catch {
    throw grpcError("InvalidArgument", `invalid denom ${JSON.stringify(text)}`);
  }
}

const coinEntry = (key: Uint8Array, value: Uint8Array): Coin => ({ denom: utf8.decode(key), amount: utf8.decode(value) });

export function bankQueries(keeper: BankKeeper): AnyQueryRoute[] {
  const balances = (ctx: Context, req: { address: string; pagination?: PageRequest }) => {
    const page = paginate(keeper.balanceStore(ctx, queryAddress(req.address)), req.pagination, coinEntry);
    return { balances: page.items, pagination: page.pagination };
  };
  const balance = (ctx: Context, req: { address: string; denom: string }) => {
    const d = denom(req.denom);
    return { balance: { denom: d, amount: keeper.balance(ctx, queryAddress(req.address), d).toString() } };
  };
  const metadata = (ctx: Context, req: { denom: string }) => {
    const found = keeper.denomMetadata(ctx, denom(req.denom));
    if (found === undefined) throw grpcError("NotFound", `client metadata for denom ${req.denom}`);
    return { metadata: found };
  };
  return [
    queryRoute({
      path: `${SERVICE}/Balance`,
      request: QueryBalanceRequest,
      response: QueryBalanceResponse,
      handle: balance,
    }),
    queryRoute({
      path: `${SERVICE}/SpendableBalanceByDenom`,
      request: QuerySpendableBalanceByDenomRequest,
      response: QuerySpendableBalanceByDenomResponse,
      handle: balance, // nothing is locked (no vesting accounts): spendable = balance
    }),
    queryRoute({
      path: `${SERVICE}/AllBalances`,
      request: QueryAllBalancesRequest,
      response: QueryAllBalancesResponse,
      handle: (ctx, req) => balances(ctx, req),
    }),
    queryRoute({
      path: `${SERVICE}/SpendableBalances`,
      request: QuerySpendableBalancesRequest,
      response: QuerySpendableBalancesResponse,
      handle: (ctx, req) => balances(ctx, req), // nothing is locked (no vesting accounts): spendable = balance
    }),
    queryRoute({
      path: `${SERVICE}/TotalSupply`,
      request: QueryTotalSupplyRequest,
      response: QueryTotalSupplyResponse,
      handle: (ctx, req) => {
        const page = paginate(keeper.supplyStore(ctx), req.pagination, coinEntry);
        return { supply: page.items, pagination: page.pagination };
      },
    }),
    queryRoute({
      path: `${SERVICE}/SupplyOf`,
      request: QuerySupplyOfRequest,
      response: QuerySupplyOfResponse,
      handle: (ctx, req) => {
        const d = denom(req.denom);
        return { amount: { denom: d, amount: keeper.supplyOf(ctx, d).toString() } };
      },
    }),
    queryRoute({
      path: `${SERVICE}/Params`,
      request: QueryParamsRequest,
      response: QueryParamsResponse,
      handle: (ctx) => ({ params: keeper.params(ctx) }),
    }),
    queryRoute({
      path: `${SERVICE}/DenomMetadata`,
      request: QueryDenomMetadataRequest,
      response: QueryDenomMetadataResponse,
      handle: metadata,
    }),
    queryRoute({
      path: `${SERVICE}/DenomMetadataByQueryString`,
      request: QueryDenomMetadataByQueryStringRequest,
      response: QueryDenomMetadataByQueryStringResponse,
      handle: metadata,
    }),
    queryRoute({
      path: `${SERVICE}/DenomsMetadata`,
      request: QueryDenomsMetadataRequest,
      response: QueryDenomsMetadataResponse,
      handle: (ctx, req) => {
        const page = paginate(keeper.denomMetadataStore(ctx), req.pagination, (_k, v) => Metadata.decode(v));
        return { metadatas: page.items, pagination: page.pagination };
      },
    }),
    queryRoute({
      path: `${SERVICE}/SendEnabled`,
      request: QuerySendEnabledRequest,
      response: QuerySendEnabledResponse,
      handle: (ctx, req) => {
        if (req.denoms.length > 0) {
          const sendEnabled = req.denoms.map((d) => ({ denom: denom(d), enabled: keeper.isSendEnabled(ctx, d) }));
          return { sendEnabled, pagination: undefined };
        }
        const page = paginate(keeper.sendEnabledStore(ctx), req.pagination, (k, v) => ({ denom: utf8.decode(k), enabled: v[0] === 1 }));
        return { sendEnabled: page.items, pagination: page.pagination };
      },
    }),
  ];
}
