// /cosmos/auth/v1beta1/…
import type { FastifyPluginAsync } from "fastify";
import {
  QueryAccountRequest,
  QueryAccountResponse,
  QueryAccountsRequest,
  QueryAccountsResponse,
  QueryModuleAccountsRequest,
  QueryModuleAccountsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
} from "cosmjs-types/cosmos/auth/v1beta1/query";
import { heightHeader, type RestContext } from "./context.js";
import { pageRequest, pageResponse, paginationQuerySchema, type PaginationQuery } from "./pagination.js";

const addressParams = {
  type: "object",
  required: ["address"],
  properties: { address: { type: "string", minLength: 1, maxLength: 128 } },
} as const;

export const authRoutes: FastifyPluginAsync<{ ctx: RestContext }> = async (app, { ctx }) => {
  app.get<{ Params: { address: string } }>(
    "/cosmos/auth/v1beta1/accounts/:address",
    { schema: { params: addressParams } },
    async (request) => {
      const response = ctx.query("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest, { address: request.params.address }, QueryAccountResponse, heightHeader(request.headers));
      return ctx.json.message(QueryAccountResponse, response);
    },
  );

  app.get<{ Querystring: PaginationQuery }>(
    "/cosmos/auth/v1beta1/accounts",
    { schema: { querystring: { type: "object", properties: paginationQuerySchema } } },
    async (request) => {
      const response = ctx.query("/cosmos.auth.v1beta1.Query/Accounts", QueryAccountsRequest, { pagination: pageRequest(request.query) }, QueryAccountsResponse, heightHeader(request.headers));
      return { accounts: (ctx.json.message(QueryAccountsResponse, response) as { accounts: unknown[] }).accounts, pagination: pageResponse(response.pagination) };
    },
  );

  app.get("/cosmos/auth/v1beta1/module_accounts", async (request) => {
    const response = ctx.query("/cosmos.auth.v1beta1.Query/ModuleAccounts", QueryModuleAccountsRequest, {}, QueryModuleAccountsResponse, heightHeader(request.headers));
    return ctx.json.message(QueryModuleAccountsResponse, response);
  });

  app.get("/cosmos/auth/v1beta1/params", async (request) => {
    const response = ctx.query("/cosmos.auth.v1beta1.Query/Params", QueryParamsRequest, {}, QueryParamsResponse, heightHeader(request.headers));
    return ctx.json.message(QueryParamsResponse, response);
  });
};
