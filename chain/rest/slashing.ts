// /cosmos/slashing/v1beta1/… (the SDK's view of the parameters, signing infos) and /ais/slashing/v1/params.
import type { FastifyPluginAsync } from "fastify";
import type { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import {
  QueryParamsRequest,
  QueryParamsResponse,
  QuerySigningInfoRequest,
  QuerySigningInfoResponse,
  QuerySigningInfosRequest,
  QuerySigningInfosResponse,
} from "cosmjs-types/cosmos/slashing/v1beta1/query";
import type { ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import * as ais from "../../codegen/ais/slashing/v1/query.js";
import { slashingParamsToJson } from "../modules/slashing/params.js";
import { queryAt, type GrpcQuery, type RestContext } from "./context.js";
import { decBytesJson, durationJson, pageJson, timestampJson, type Json } from "./json.js";
import { pageRequest, type PaginationQuery } from "./pagination.js";
import { addressParams, paginatedQuery } from "./schemas.js";

export function signingInfoJson(info: ValidatorSigningInfo): Json {
  return {
    address: info.address,
    start_height: info.startHeight.toString(),
    index_offset: info.indexOffset.toString(),
    jailed_until: timestampJson(info.jailedUntil),
    tombstoned: info.tombstoned,
    missed_blocks_counter: info.missedBlocksCounter.toString(),
  };
}

/** cosmos.slashing.v1beta1.Query and ais.slashing.v1.Query in the gateway's JSON (REST and `aisd query slashing`). */
export function slashingGateway(query: GrpcQuery) {
  return {
    async params(): Promise<Json> {
      const { params: p } = await query("/cosmos.slashing.v1beta1.Query/Params", QueryParamsRequest, {}, QueryParamsResponse);
      return {
        params: {
          signed_blocks_window: p.signedBlocksWindow.toString(),
          min_signed_per_window: decBytesJson(p.minSignedPerWindow),
          downtime_jail_duration: durationJson(p.downtimeJailDuration),
          slash_fraction_double_sign: decBytesJson(p.slashFractionDoubleSign),
          slash_fraction_downtime: decBytesJson(p.slashFractionDowntime),
        },
      };
    },
    async signingInfo(consAddress: string): Promise<Json> {
      const r = await query("/cosmos.slashing.v1beta1.Query/SigningInfo", QuerySigningInfoRequest, { consAddress }, QuerySigningInfoResponse);
      return { val_signing_info: signingInfoJson(r.valSigningInfo) };
    },
    async signingInfos(pagination: PageRequest): Promise<Json> {
      const r = await query("/cosmos.slashing.v1beta1.Query/SigningInfos", QuerySigningInfosRequest, { pagination }, QuerySigningInfosResponse);
      return { info: r.info.map(signingInfoJson), pagination: pageJson(r.pagination) };
    },
    async aisParams(): Promise<Json> {
      const r = await query("/ais.slashing.v1.Query/Params", ais.QueryParamsRequest, {}, ais.QueryParamsResponse);
      return { params: slashingParamsToJson(r.params) };
    },
  };
}

export const slashingRoutes: FastifyPluginAsync<{ ctx: RestContext }> = async (app, { ctx }) => {
  const gateway = (headers: Record<string, unknown>) => slashingGateway(queryAt(ctx, headers));

  app.get("/cosmos/slashing/v1beta1/params", async (request) => gateway(request.headers).params());
  app.get<{ Querystring: PaginationQuery }>(
    "/cosmos/slashing/v1beta1/signing_infos",
    { schema: { querystring: paginatedQuery() } },
    async (request) => gateway(request.headers).signingInfos(pageRequest(request.query)),
  );
  app.get<{ Params: { cons_address: string } }>(
    "/cosmos/slashing/v1beta1/signing_infos/:cons_address",
    { schema: { params: addressParams("cons_address") } },
    async (request) => gateway(request.headers).signingInfo(request.params.cons_address),
  );
  app.get("/ais/slashing/v1/params", async (request) => gateway(request.headers).aisParams());
};
