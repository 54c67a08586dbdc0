// /cosmos/tx/v1beta1/…: broadcast through CometBFT, look transactions up in its indexer, simulate.
import type { FastifyPluginAsync } from "fastify";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { CometRpcError, type CometClient } from "../client/comet.js";
import type { ProtoJson } from "./protojson.js";
import type { RestContext } from "./context.js";
import { badRequest, notFound } from "./errors.js";

interface CometEvent {
  type: string;
  attributes: { key: string; value: string; index: boolean }[];
}

interface CometTxResult {
  hash: string;
  height: string;
  tx: string;
  tx_result: { code: number; data: string | null; log: string; info: string; gas_wanted: string; gas_used: string; events: CometEvent[]; codespace: string };
}

const BROADCAST_MODES = ["BROADCAST_MODE_SYNC", "BROADCAST_MODE_ASYNC", "BROADCAST_MODE_BLOCK", "BROADCAST_MODE_UNSPECIFIED"] as const;

function base64ToHex(base64: string | null): string {
  return Buffer.from(base64 ?? "", "base64").toString("hex").toUpperCase();
}

/** A transaction by hash from CometBFT's indexer, as GetTx returns it: {tx, tx_response}. */
export async function lookupTx(comet: CometClient, json: ProtoJson, hash: string): Promise<{ tx: unknown; tx_response: unknown }> {
  let found: CometTxResult;
  try {
    found = await comet.call("tx", { hash: Buffer.from(hash, "hex").toString("base64"), prove: false });
  } catch (err) {
    if (err instanceof CometRpcError && /not found/.test(err.message)) throw notFound(`tx not found: ${hash.toUpperCase()}`);
    throw err;
  }
  const block = await comet.call<{ block: { header: { time: string } } }>("block", { height: found.height });
  const tx = json.message(Tx, Tx.decode(Buffer.from(found.tx, "base64")));
  const r = found.tx_result;
  return {
    tx,
    tx_response: {
      height: found.height,
      txhash: found.hash,
      codespace: r.codespace,
      code: r.code,
      data: base64ToHex(r.data),
      raw_log: r.log,
      logs: [],
      info: r.info,
      gas_wanted: r.gas_wanted,
      gas_used: r.gas_used,
      tx: { "@type": "/cosmos.tx.v1beta1.Tx", ...(tx as object) },
      timestamp: block.block.header.time.replace(/\.\d+Z$/, "Z"),
      events: r.events,
    },
  };
}

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
      const mode = request.body.mode ?? "BROADCAST_MODE_SYNC";
      if (mode === "BROADCAST_MODE_BLOCK") throw badRequest("BROADCAST_MODE_BLOCK is not supported; use BROADCAST_MODE_SYNC and query the tx");
      let result: { code: number; data: string; log: string; codespace: string; hash: string };
      try {
        result = await ctx.comet.call(mode === "BROADCAST_MODE_ASYNC" ? "broadcast_tx_async" : "broadcast_tx_sync", { tx: request.body.tx_bytes });
      } catch (err) {
        if (err instanceof CometRpcError) throw badRequest(err.message);
        throw err;
      }
      return {
        tx_response: {
          height: "0",
          txhash: result.hash,
          codespace: result.codespace,
          code: result.code,
          data: base64ToHex(result.data),
          raw_log: result.log,
          logs: [],
          info: "",
          gas_wanted: "0",
          gas_used: "0",
          tx: null,
          timestamp: "",
          events: [],
        },
      };
    },
  );

  app.get<{ Params: { hash: string } }>(
    "/cosmos/tx/v1beta1/txs/:hash",
    { schema: { params: { type: "object", required: ["hash"], properties: { hash: { type: "string", pattern: "^(0x)?[0-9A-Fa-f]{64}$" } } } } },
    async (request) => lookupTx(ctx.comet, ctx.json, request.params.hash.replace(/^0x/, "")),
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
