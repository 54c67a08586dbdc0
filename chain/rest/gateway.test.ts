// The routes derived from the protos' google.api.http annotations, against an in-process chain:
// the same answers as the hand-written routes they will replace, and bad parameters refused.
import Fastify, { type FastifyInstance } from "fastify";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CometClient } from "../client/comet.js";
import { descriptorRoot } from "../codec/descriptors.js";
import { MethodDispatcher } from "../grpc/dispatch.js";
import { createLogger } from "../logger.js";
import { testGenesis, testKeys, testValidator, TestChain } from "../../test/helpers/chain.js";
import { annotatedRoutes, bindRequest, gatewayRoutes, routeShape } from "./gateway.js";
import { decimal, GatewayJson } from "./gateway-json.js";
import { createRestServer } from "./server.js";
import { protoJsonFor } from "./types.js";

describe("REST routes from the annotations", () => {
  let chain: TestChain;
  let hand: FastifyInstance;
  let derived: FastifyInstance;
  let methods: MethodDispatcher;
  let operator: string;

  beforeAll(async () => {
    const validator = testValidator("v0");
    chain = await TestChain.start({ genesis: testGenesis([validator]) });
    await chain.block([]);
    methods = new MethodDispatcher(chain.app, new Map());
    // Only the methods the app answers: node services would need CometBFT.
    hand = createRestServer({
      app: chain.app,
      json: protoJsonFor(chain.app.registry),
      comet: new CometClient("http://127.0.0.1:9"),
      methods,
      metrics: new Registry(),
      logger: createLogger({ level: "error" }),
    });
    derived = Fastify();
    const root = descriptorRoot();
    derived.register(gatewayRoutes, { routes: annotatedRoutes(root, (m) => methods.answers(m)), methods, json: new GatewayJson(root), served: new Set<string>() });
    await Promise.all([hand.ready(), derived.ready()]);
    const validators = (await hand.inject({ url: "/cosmos/staking/v1beta1/validators" })).json() as { validators: { operator_address: string }[] };
    operator = validators.validators[0]!.operator_address;
  });

  afterAll(async () => {
    await Promise.all([hand?.close(), derived?.close()]);
    await chain?.close();
  });

  const both = async (url: string) => {
    const [a, b] = await Promise.all([hand.inject({ url }), derived.inject({ url })]);
    return { hand: { status: a.statusCode, body: a.json() as unknown }, derived: { status: b.statusCode, body: b.json() as unknown } };
  };

  it("answers as the hand-written routes do, field for field", async () => {
    for (const url of [
      "/cosmos/staking/v1beta1/validators",
      `/cosmos/staking/v1beta1/validators/${operator}`,
      "/cosmos/staking/v1beta1/params",
      "/cosmos/staking/v1beta1/pool",
      `/cosmos/staking/v1beta1/delegations/${testKeys.institutions.address}`,
      `/cosmos/staking/v1beta1/validators/${operator}/delegations`,
      "/cosmos/gov/v1/proposals",
      "/ais/gov/v1/params",
      "/cosmos/gov/v1/params/tallying",
    ]) {
      const { hand: h, derived: d } = await both(url);
      expect(h.status, url).toBe(200);
      expect(d, url).toEqual(h);
    }
  });

  it("serves auth, bank and AIS's own queries (their hand-written routes are retired) in the gateway's JSON", async () => {
    const holder = testKeys.institutions.address;
    const get = async (url: string) => (await hand.inject({ url })).json() as unknown;
    expect(await get(`/cosmos/auth/v1beta1/accounts/${holder}`)).toEqual({
      account: { "@type": "/cosmos.auth.v1beta1.BaseAccount", address: holder, pub_key: null, account_number: expect.any(String), sequence: "0" },
    });
    expect(await get(`/cosmos/bank/v1beta1/balances/${holder}/by_denom?denom=uais`)).toEqual({ balance: { denom: "uais", amount: expect.stringMatching(/^[1-9][0-9]*$/) } });
    expect(await get("/cosmos/bank/v1beta1/supply?pagination.count_total=true")).toEqual({ supply: [{ denom: "uais", amount: "100000000000000000" }], pagination: { next_key: null, total: "1" } });
    // Timestamps without a fraction when it is zero, Durations as seconds, DecCoins as decimals.
    expect(await get("/ais/epochs/v1/current")).toEqual({ epoch: { number: "0", start_height: "1", start_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), next_boundary: expect.stringMatching(/T00:00:00Z$/) } });
    expect(await get("/ais/epochs/v1/params")).toEqual({ params: { epoch_duration: "86400s" } });
    expect(await get("/ais/fees/v1/params")).toEqual({ params: { min_gas_prices: [{ denom: "uais", amount: "0.002500000000000000" }] } });
  });

  it("refuses what the gateway refuses, with its error body", async () => {
    const bad = await derived.inject({ url: `/cosmos/bank/v1beta1/balances/${testKeys.institutions.address}?pagination.limit=ten` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 3, details: [] });
    const unknownAccount = await derived.inject({ url: "/cosmos/auth/v1beta1/accounts/ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu" });
    expect(unknownAccount.statusCode).toBe(404);
    expect(unknownAccount.json()).toEqual({ code: 5, message: "account ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu not found", details: [] });
    expect((await derived.inject({ url: "/cosmos/bank/v1beta1/balances/cosmos1abc" })).statusCode).toBe(400);
    expect((await derived.inject({ url: "/cosmos/staking/v1beta1/validators?status=NOT_A_STATUS" })).statusCode).toBe(400);
    expect((await derived.inject({ url: "/cosmos/staking/v1beta1/validators?pagination.reverse=yes" })).statusCode).toBe(400);
    expect((await derived.inject({ url: "/cosmos/staking/v1beta1/validators?pagination.key=%25%25" })).statusCode).toBe(400);
    expect((await derived.inject({ url: "/cosmos/bank/v1beta1/supply?pagination.offset=18446744073709551616" })).statusCode).toBe(400);
    // A query the app answers and no plugin serves by hand is there with no code of its own.
    const params = await derived.inject({ url: "/cosmos/bank/v1beta1/params" });
    expect(params.statusCode).toBe(200);
    expect(params.json()).toMatchObject({ params: { send_enabled: [], default_send_enabled: true } });
    expect(params.headers["grpc-metadata-x-cosmos-block-height"]).toBe(String(chain.height));
  });

  it("binds repeated, nested, enum and JSON-named parameters as grpc-gateway does", async () => {
    const route = annotatedRoutes(descriptorRoot(), (m) => m === "/cosmos.staking.v1beta1.Query/Validators")[0]!;
    expect(route.url).toBe("/cosmos/staking/v1beta1/validators");
    const bytes = bindRequest(route.request, {}, { status: "BOND_STATUS_BONDED", "pagination.limit": "2", "pagination.countTotal": "true", ignored: "x" }, route.pathFields);
    expect(route.request.toObject(route.request.decode(bytes), { longs: String, enums: String })).toEqual({ status: "BOND_STATUS_BONDED", pagination: { limit: "2", count_total: true } });
    const denoms = annotatedRoutes(descriptorRoot(), (m) => m === "/cosmos.bank.v1beta1.Query/DenomMetadata");
    // {denom=**} takes the rest of the path (denoms like ibc/ABC…), as the SDK's annotation asks.
    expect(denoms.map((r) => r.url)).toContain("/cosmos/bank/v1beta1/denoms_metadata/*");
    expect(routeShape("/a/:p0/b/:p1")).toBe("/a/:/b/:");
    expect(decimal("1500000000000000000")).toBe("1.500000000000000000");
    expect(decimal("-5")).toBe("-0.000000000000000005");
    expect(decimal("")).toBe("0.000000000000000000");
  });
});
