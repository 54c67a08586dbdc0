// /ais/…: AIS's own query services, on the paths their protos' google.api.http options give.
import type { FastifyPluginAsync } from "fastify";
import * as epochs from "../../codegen/ais/epochs/v1/query.js";
import * as fees from "../../codegen/ais/fees/v1/query.js";
import { epochsParamsToJson } from "../modules/epochs/params.js";
import { heightHeader, type RestContext } from "./context.js";

export const aisRoutes: FastifyPluginAsync<{ ctx: RestContext }> = async (app, { ctx }) => {
  app.get("/ais/epochs/v1/current", async (request) => {
    const response = ctx.query("/ais.epochs.v1.Query/CurrentEpoch", epochs.QueryCurrentEpochRequest, {}, epochs.QueryCurrentEpochResponse, heightHeader(request.headers));
    return ctx.json.message(epochs.QueryCurrentEpochResponse, response);
  });
  app.get("/ais/epochs/v1/params", async (request) => {
    const response = ctx.query("/ais.epochs.v1.Query/Params", epochs.QueryParamsRequest, {}, epochs.QueryParamsResponse, heightHeader(request.headers));
    // Durations as the gateway writes them ("86400s"), which Telescope's JSON does not.
    return { params: epochsParamsToJson(response.params) };
  });
  app.get("/ais/fees/v1/params", async (request) => {
    const response = ctx.query("/ais.fees.v1.Query/Params", fees.QueryParamsRequest, {}, fees.QueryParamsResponse, heightHeader(request.headers));
    return ctx.json.message(fees.QueryParamsResponse, response);
  });
};
