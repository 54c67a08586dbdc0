// The REST server's handling of request bodies, without a chain: the ABCI querier is a stub and
// CometBFT's RPC a small HTTP server that records what reaches it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CometClient } from "../client/comet.js";
import { MethodDispatcher } from "../grpc/dispatch.js";
import { createLogger } from "../logger.js";
import { nodeServiceHandlers } from "../grpc/node-services.js";
import { createRestServer } from "./server.js";

const TXS = "/cosmos/tx/v1beta1/txs";
const TX_BYTES = Buffer.from([1, 2, 3]).toString("base64");

describe("REST request bodies", () => {
  let server: FastifyInstance;
  let comet: Server;
  const broadcasts: unknown[] = [];

  beforeAll(async () => {
    comet = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        const call = JSON.parse(body) as { id: number; method: string; params: unknown };
        broadcasts.push(call.params);
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ jsonrpc: "2.0", id: call.id, result: { code: 0, data: "", log: "", codespace: "", hash: "AB".repeat(32) } }));
      });
    });
    await new Promise<void>((resolve) => comet.listen(0, "127.0.0.1", resolve));
    // An app that answers every query with "key not found".
    const app = {
      query: () => ({ code: 22, codespace: "sdk", log: "key not found", value: new Uint8Array(0), key: new Uint8Array(0), index: 0n, info: "", height: 0n, proofOps: undefined }),
      answersQuery: () => true,
    };
    const node = nodeServiceHandlers({
      comet: new CometClient(`http://127.0.0.1:${(comet.address() as AddressInfo).port}`),
      version: { name: "ais", appName: "aisd", version: "test" },
      config: { minimumGasPrices: "", pruningKeepRecent: 0, pruningInterval: 1 },
      earliestStoreHeight: () => 0,
    });
    server = createRestServer({
      methods: new MethodDispatcher(app, node),
      metrics: new Registry(),
      logger: createLogger({ level: "error" }),
    });
    await server.ready();
  });

  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => comet.close(resolve));
  });

  const post = (payload: string, contentType: string | undefined) =>
    server.inject({ method: "POST", url: TXS, payload, headers: contentType === undefined ? {} : { "content-type": contentType } });

  /** A 400 in the gateway's error shape ({"code": 3 InvalidArgument, "message", "details": []}); nothing broadcast. */
  async function expectBadRequest(payload: string, contentType: string | undefined, message: RegExp): Promise<void> {
    const before = broadcasts.length;
    const response = await post(payload, contentType);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    const body = response.json() as { code: number; message: string; details: unknown[] };
    expect(Object.keys(body).sort()).toEqual(["code", "details", "message"]);
    expect(body.code).toBe(3);
    expect(body.details).toEqual([]);
    expect(body.message).toMatch(message);
    expect(broadcasts.length).toBe(before);
  }

  it("answers invalid JSON with 400 in the gateway's shape", async () => {
    await expectBadRequest("{not json", "application/json", /invalid JSON/);
    await expectBadRequest('{"tx_bytes": "AQID",', "application/json", /invalid JSON/);
    await expectBadRequest("\u0000\u00ff", "application/json", /invalid JSON/);
  });

  it("answers an empty body (the empty message) with 400: the tx is required", async () => {
    await expectBadRequest("", "application/json", /invalid empty tx/);
    await expectBadRequest("   ", "application/json", /invalid empty tx/);
    await expectBadRequest("", undefined, /invalid empty tx/);
  });

  it("binds the body as the gateway does: unknown fields, bad base64, a bad enum and an Any are 400s", async () => {
    await expectBadRequest('{"tx_bytes": "AQID", "extra": 1}', "application/json", /unknown field "extra"/);
    await expectBadRequest('{"tx_bytes": "not base64!"}', "application/json", /invalid value "not base64!" for tx_bytes/);
    await expectBadRequest('{"tx_bytes": "AQID", "mode": "BROADCAST_MODE_SOMETIMES"}', "application/json", /for mode \(enum\)/);
    await expectBadRequest('{"tx_bytes": ["AQID"]}', "application/json", /invalid value for tx_bytes/);
    const simulate = await server.inject({ method: "POST", url: "/cosmos/tx/v1beta1/simulate", payload: '{"tx": {"body": {"messages": [{"@type": "/x"}]}}}', headers: { "content-type": "application/json" } });
    expect([simulate.statusCode, (simulate.json() as { message: string }).message]).toEqual([400, expect.stringMatching(/messages cannot be given in JSON here/)]);
  });

  it("answers a body that is JSON but not an object with 400", async () => {
    for (const payload of ["[]", '["tx_bytes"]', "5", '"AQID"', "null", "true"]) {
      await expectBadRequest(payload, "application/json", /JSON object/);
    }
  });

  it("reads any content type as JSON, as the SDK's gateway does, so a body that is not JSON is a 400", async () => {
    await expectBadRequest("tx_bytes=AQID", "application/x-www-form-urlencoded", /invalid JSON/);
    await expectBadRequest("hello", "text/plain", /invalid JSON/);
    await expectBadRequest("{", "application/octet-stream", /invalid JSON/);
    // A content-type header that is not a media type at all is refused before the body is read.
    await expectBadRequest('{"tx_bytes": "AQID"}', "not a media type", /Unsupported Media Type/);
    // curl -d sends application/x-www-form-urlencoded; the SDK's gateway decodes it as JSON anyway.
    const response = await post(JSON.stringify({ tx_bytes: TX_BYTES }), "application/x-www-form-urlencoded");
    expect(response.statusCode, response.body).toBe(200);
  });

  it("refuses prototype keys and an oversized body with a 4xx in the gateway's shape", async () => {
    await expectBadRequest('{"tx_bytes": "AQID", "__proto__": {"x": 1}}', "application/json", /invalid JSON/);
    const response = await post(JSON.stringify({ tx_bytes: "A".repeat(5 * 1024 * 1024) }), "application/json");
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 3, details: [] });
  });

  it("keeps serving after bad bodies: a valid broadcast goes through, other routes answer", async () => {
    await post("{oops", "application/json");
    const before = broadcasts.length;
    const response = await post(JSON.stringify({ tx_bytes: TX_BYTES, mode: "BROADCAST_MODE_SYNC" }), "application/json");
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as { tx_response: { txhash: string } }).tx_response.txhash).toBe("AB".repeat(32));
    expect(broadcasts.slice(before)).toEqual([{ tx: TX_BYTES }]);
    const account = await server.inject({ method: "GET", url: "/cosmos/auth/v1beta1/accounts/ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu" });
    expect(account.statusCode).toBe(404);
    expect(account.json()).toMatchObject({ code: 5, details: [] });
  });
});
