// The routes derived from the protos' google.api.http annotations, against an in-process chain:
// the gateway's JSON, bad parameters refused.
import Fastify, { type FastifyInstance } from "fastify";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { descriptorRoot } from "../codec/descriptors.js";
import { MethodDispatcher } from "../grpc/dispatch.js";
import { createLogger } from "../logger.js";
import { testGenesis, testKeys, testValidator, TestChain } from "../../test/helpers/chain.js";
import { fromBech32, toBech32 } from "../types/address.js";
import { annotatedRoutes, bindRequest, gatewayRoutes, routeShape } from "./gateway.js";
import { decimal, GatewayJson } from "./gateway-json.js";
import { createRestServer } from "./server.js";

describe("REST routes from the annotations", () => {
  let chain: TestChain;
  let server: FastifyInstance;
  let derived: FastifyInstance;
  let methods: MethodDispatcher;

  beforeAll(async () => {
    const validator = testValidator("v0");
    chain = await TestChain.start({ genesis: testGenesis([validator]) });
    await chain.block([]);
    methods = new MethodDispatcher(chain.app, new Map());
    // Only the methods the app answers: node services would need CometBFT.
    server = createRestServer({
      methods,
      metrics: new Registry(),
      logger: createLogger({ level: "error" }),
    });
    derived = Fastify();
    const root = descriptorRoot();
    derived.register(gatewayRoutes, { routes: annotatedRoutes(root, (m) => methods.answers(m)), methods, json: new GatewayJson(root) });
    await Promise.all([server.ready(), derived.ready()]);
  });

  afterAll(async () => {
    await Promise.all([server?.close(), derived?.close()]);
    await chain?.close();
  });

  it("serves auth, bank and AIS's own queries in the gateway's JSON", async () => {
    const holder = testKeys.institutions.address;
    const get = async (url: string) => (await server.inject({ url })).json() as unknown;
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

  it("answers the rest of the SDK's query methods of its modules", async () => {
    const holder = testKeys.institutions.address;
    const get = async (url: string) => {
      const response = await server.inject({ url });
      return { status: response.statusCode, body: response.json() as Record<string, unknown> };
    };
    const { account } = (await get(`/cosmos/auth/v1beta1/accounts/${holder}`)).body as { account: { account_number: string } };
    // As the SDK: the path's deprecated `id` is refused, `account_id` is what is looked up.
    expect(await get(`/cosmos/auth/v1beta1/address_by_id/0?account_id=${account.account_number}`)).toEqual({ status: 200, body: { account_address: holder } });
    expect((await get("/cosmos/auth/v1beta1/address_by_id/3")).status).toBe(400);
    expect((await get("/cosmos/auth/v1beta1/address_by_id/0?account_id=999999")).status).toBe(404);
    const bytes = Buffer.from(fromBech32(holder, "ais")).toString("base64url");
    expect(await get(`/cosmos/auth/v1beta1/bech32/${bytes}`)).toEqual({ status: 200, body: { address_string: holder } });
    expect(await get(`/cosmos/bank/v1beta1/spendable_balances/${holder}/by_denom?denom=uais`)).toMatchObject({ status: 200, body: { balance: { denom: "uais" } } });
    expect(await get("/cosmos/bank/v1beta1/denoms_metadata_by_query_string?denom=uais")).toMatchObject({ status: 200, body: { metadata: { base: "uais", display: "AIS" } } });
    const validators = (await get("/cosmos/staking/v1beta1/validators")).body as { validators: { operator_address: string }[] };
    const operator = validators.validators[0]!.operator_address;
    const self = toBech32("ais", fromBech32(operator, "aisvaloper"));
    expect(await get(`/cosmos/staking/v1beta1/delegators/${self}/validators/${operator}`)).toMatchObject({ status: 200, body: { validator: { operator_address: operator } } });
    expect((await get(`/cosmos/staking/v1beta1/delegators/${holder}/validators/${operator}`)).status).toBe(404);
    expect(await get(`/cosmos/distribution/v1beta1/validators/${operator}/slashes`)).toEqual({ status: 200, body: { slashes: [], pagination: { next_key: null, total: "0" } } });
    // Methods AIS does not serve answer 501 Unimplemented, as grpc-gateway does for an unknown path.
    expect((await get("/cosmos/bank/v1beta1/denom_owners/uais")).status).toBe(501);
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
    expect(routeShape("GET", "/a/:p0/b/:p1")).toBe("GET /a/:/b/:");
    expect(decimal("1500000000000000000")).toBe("1.500000000000000000");
    expect(decimal("-5")).toBe("-0.000000000000000005");
    expect(decimal("")).toBe("0.000000000000000000");
  });
});
