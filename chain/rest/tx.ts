// /cosmos/tx/v1beta1/…: the tx service (chain/grpc/tx-service.ts) and the app's Simulate, in the
// gateway's JSON.
import type { FastifyPluginAsync } from "fastify";
import { BroadcastMode, BroadcastTxResponse, GetTxResponse, GetTxsEventRequest, GetTxsEventResponse, OrderBy, SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { broadcastTx, getTx, getTxsEvent } from "../grpc/tx-service.js";
import type { RestContext } from "./context.js";

const BROADCAST_MODES = ["BROADCAST_MODE_SYNC", "BROADCAST_MODE_ASYNC", "BROADCAST_MODE_BLOCK", "BROADCAST_MODE_UNSPECIFIED"] as const;

export const txRoutes: FastifyPluginAsync<{ ctx: RestContext }> = async (app, { ctx }) => {
  app.post<{ Body: { tx_bytes: string; mode?: (typeof BROADCAST_MODES)[number] } }>(
    "/cosmos/tx/v1beta1/txs",
    {
      schema: {
        body: {
          type: "object",
          required: ["tx_bytes"],
          properties: {
            tx_bytes: { type: "string", minLength: 1, maxLength: 2_000_000, pattern: "^[A-Za-z0-9+/]*={0,2}$" },
            mode: { type: "string", enum: BROADCAST_MODES },
          },
        },
      },
    },
    async (request) => {
      const mode = BroadcastMode[request.body.mode ?? "BROADCAST_MODE_SYNC"];
      const txBytes = new Uint8Array(Buffer.from(request.body.tx_bytes, "base64"));
      return ctx.json.message(BroadcastTxResponse, await broadcastTx(ctx.comet, { txBytes, mode }));
    },
  );

  app.get<{ Querystring: { events?: string | string[]; query?: string; page?: string; limit?: string; order_by?: keyof typeof OrderBy } }>(
    "/cosmos/tx/v1beta1/txs",
    {
      schema: {
        querystring: {
          type: "object",
          properties: {
            events: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
            query: { type: "string", maxLength: 4_096 },
            page: { type: "string", pattern: "^[0-9]{1,19}$" },
            limit: { type: "string", pattern: "^[0-9]{1,19}$" },
            order_by: { type: "string", enum: ["ORDER_BY_UNSPECIFIED", "ORDER_BY_ASC", "ORDER_BY_DESC"] },
          },
        },
      },
    },
    async (request) => {
      const q = request.query;
      const events = q.events === undefined ? [] : Array.isArray(q.events) ? q.events : [q.events];
      const search = GetTxsEventRequest.fromPartial({ events, query: q.query ?? "", page: BigInt(q.page ?? "0"), limit: BigInt(q.limit ?? "0"), orderBy: OrderBy[q.order_by ?? "ORDER_BY_UNSPECIFIED"] });
      return ctx.json.message(GetTxsEventResponse, await getTxsEvent(ctx.comet, search));
    },
  );

  app.get<{ Params: { hash: string } }>(
    "/cosmos/tx/v1beta1/txs/:hash",
    { schema: { params: { type: "object", required: ["hash"], properties: { hash: { type: "string", pattern: "^(0x)?[0-9A-Fa-f]{64}$" } } } } },
    async (request) => ctx.json.message(GetTxResponse, await getTx(ctx.comet, request.params.hash.replace(/^0x/, ""))),
  );

  app.post<{ Body: { tx_bytes: string } }>(
    "/cosmos/tx/v1beta1/simulate",
    {
      schema: {
        body: {
          type: "object",
          required: ["tx_bytes"],
          properties: { tx_bytes: { type: "string", minLength: 1, maxLength: 2_000_000, pattern: "^[A-Za-z0-9+/]*={0,2}$" } },
        },
      },
    },
    async (request) => {
      const response = ctx.query(
        "/cosmos.tx.v1beta1.Service/Simulate",
        SimulateRequest,
        { txBytes: new Uint8Array(Buffer.from(request.body.tx_bytes, "base64")) },
        SimulateResponse,
      );
      return ctx.json.message(SimulateResponse, response);
    },
  );
};
