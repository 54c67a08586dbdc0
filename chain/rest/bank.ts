// /cosmos/bank/v1beta1/…
import type { FastifyPluginAsync } from "fastify";
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryDenomMetadataRequest,
  QueryDenomMetadataResponse,
  QueryDenomsMetadataRequest,
  QueryDenomsMetadataResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyRequest,
  QueryTotalSupplyResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import { heightHeader, type RestContext } from "./context.js";
import { pageRequest, pageResponse, paginationQuerySchema, type PaginationQuery } from "./pagination.js";

const addressParams = {
  type: "object",
  required: ["address"],
  properties: { address: { type: "string", minLength: 1, maxLength: 128 } },
} as const;
const denomQuery = {
  type: "object",
  required: ["denom"],
  properties: { denom: { type: "string", minLength: 1, maxLength: 128 } },
} as const;
const paginationQuery = { type: "object", properties: paginationQuerySchema } as const;

export const bankRoutes: FastifyPluginAsync<{ ctx: RestContext }> = async (app, { ctx }) => {
  app.get<{ Params: { address: string }; Querystring: PaginationQuery }>(
    "/cosmos/bank/v1beta1/balances/:address",
    { schema: { params: addressParams, querystring: paginationQuery } },
    async (request) => {
      const response = ctx.query(
        "/cosmos.bank.v1beta1.Query/AllBalances",
        QueryAllBalancesRequest,
        { address: request.params.address, pagination: pageRequest(request.query) },
        QueryAllBalancesResponse,
        heightHeader(request.headers),
      );
      return { balances: response.balances, pagination: pageResponse(response.pagination) };
    },
  );

  app.get<{ Params: { address: string }; Querystring: { denom: string } }>(
    "/cosmos/bank/v1beta1/balances/:address/by_denom",
    { schema: { params: addressParams, querystring: denomQuery } },
    async (request) => {
      const response = ctx.query(
        "/cosmos.bank.v1beta1.Query/Balance",
        QueryBalanceRequest,
        { address: request.params.address, denom: request.query.denom },
        QueryBalanceResponse,
        heightHeader(request.headers),
      );
      return { balance: response.balance };
    },
  );

  app.get<{ Querystring: PaginationQuery }>("/cosmos/bank/v1beta1/supply", { schema: { querystring: paginationQuery } }, async (request) => {
    const response = ctx.query("/cosmos.bank.v1beta1.Query/TotalSupply", QueryTotalSupplyRequest, { pagination: pageRequest(request.query) }, QueryTotalSupplyResponse, heightHeader(request.headers));
    return { supply: response.supply, pagination: pageResponse(response.pagination) };
  });

  app.get<{ Querystring: { denom: string } }>("/cosmos/bank/v1beta1/supply/by_denom", { schema: { querystring: denomQuery } }, async (request) => {
    const response = ctx.query("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest, { denom: request.query.denom }, QuerySupplyOfResponse, heightHeader(request.headers));
    return { amount: response.amount };
  });

  app.get("/cosmos/bank/v1beta1/params", async (request) => {
    const response = ctx.query("/cosmos.bank.v1beta1.Query/Params", QueryParamsRequest, {}, QueryParamsResponse, heightHeader(request.headers));
    return ctx.json.message(QueryParamsResponse, response);
  });

  app.get<{ Querystring: PaginationQuery }>("/cosmos/bank/v1beta1/denoms_metadata", { schema: { querystring: paginationQuery } }, async (request) => {
    const response = ctx.query("/cosmos.bank.v1beta1.Query/DenomsMetadata", QueryDenomsMetadataRequest, { pagination: pageRequest(request.query) }, QueryDenomsMetadataResponse, heightHeader(request.headers));
    return { ...(ctx.json.message(QueryDenomsMetadataResponse, response) as object), pagination: pageResponse(response.pagination) };
  });

  app.get<{ Params: { denom: string } }>(
    "/cosmos/bank/v1beta1/denoms_metadata/:denom",
    { schema: { params: { type: "object", required: ["denom"], properties: { denom: { type: "string", minLength: 1, maxLength: 128 } } } } },
    async (request) => {
      const response = ctx.query("/cosmos.bank.v1beta1.Query/DenomMetadata", QueryDenomMetadataRequest, { denom: request.params.denom }, QueryDenomMetadataResponse, heightHeader(request.headers));
      return ctx.json.message(QueryDenomMetadataResponse, response);
    },
  );
};
