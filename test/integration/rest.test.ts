// The REST paths wallets and explorers use, against `aisd devnet`, in the SDK gateway's JSON shapes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { SigningStargateClient, calculateFee, GasPrice } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { freePort, runAisd, tempDir, waitFor, type AisdProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

describe("REST gateway of aisd devnet", () => {
  const home = tempDir("rest");
  let node: AisdProcess;
  let rest: string;
  let rpc: CometRpc;
  let faucet: { address: string; mnemonic: string };

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${rest}${path}`, { headers });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    const [rpcPort, restPort] = [await freePort(), await freePort()];
    rest = `http://127.0.0.1:${restPort}`;
    rpc = new CometRpc(`http://127.0.0.1:${rpcPort}`);
    node = runAisd(["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(restPort), "--block-time", "200ms"]);
    await waitFor("block 2", async () => ((await rpc.height()) >= 2 ? true : undefined), 60_000);
    faucet = (JSON.parse(readFileSync(join(home.path, "config", "genesis-keys.json"), "utf8")) as { private: typeof faucet }).private;
    expect(node.output()).toContain(`rest      ${rest}`);
  });

  afterAll(async () => {
    node.child.kill("SIGTERM");
    await node.exited;
    home.remove();
  });

  it("serves an account as the SDK does", async () => {
    const { status, body } = await get(`/cosmos/auth/v1beta1/accounts/${faucet.address}`);
    expect(status).toBe(200);
    expect(body).toEqual({
      account: { "@type": "/cosmos.auth.v1beta1.BaseAccount", address: faucet.address, pub_key: null, account_number: "0", sequence: "0" },
    });
  });

  it("answers an unknown account with 404 and the gateway's error body", async () => {
    const { status, body } = await get("/cosmos/auth/v1beta1/accounts/ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu");
    expect(status).toBe(404);
    expect(body).toEqual({ code: 5, message: "account ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu not found: key not found", details: [] });
  });

  it("answers malformed input with 400", async () => {
    expect((await get("/cosmos/bank/v1beta1/balances/cosmos1abc")).status).toBe(400);
    expect((await get(`/cosmos/bank/v1beta1/balances/${faucet.address}?pagination.limit=ten`)).status).toBe(400);
    expect((await get("/cosmos/bank/v1beta1/supply/by_denom")).status).toBe(400);
    expect((await get("/cosmos/nothing/v1/here")).status).toBe(501);
  });

  it("serves balances and supply with pagination", async () => {
    const balances = await get(`/cosmos/bank/v1beta1/balances/${faucet.address}`);
    expect(balances.body).toEqual({ balances: [{ denom: "uais", amount: "10000000000000000" }], pagination: { next_key: null, total: "0" } });
    const supply = await get("/cosmos/bank/v1beta1/supply?pagination.count_total=true");
    expect(supply.body).toEqual({ supply: [{ denom: "uais", amount: "100000000000000000" }], pagination: { next_key: null, total: "1" } });
    const metadata = await get("/cosmos/bank/v1beta1/denoms_metadata/uais");
    expect((metadata.body.metadata as { display: string }).display).toBe("AIS");
  });

  it("broadcasts a signed transaction and returns it by hash", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(faucet.mnemonic, { prefix: "ais" });
    const client = await SigningStargateClient.connectWithSigner(rpc.url, wallet);
    const recipient = "ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu";
    const signed = await client.sign(
      faucet.address,
      [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: faucet.address, toAddress: recipient, amount: [{ denom: "uais", amount: "42" }] } }],
      calculateFee(150_000, GasPrice.fromString("0.025uais")),
      "via REST",
    );
    client.disconnect();
    const response = await fetch(`${rest}/cosmos/tx/v1beta1/txs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tx_bytes: Buffer.from(TxRaw.encode(signed).finish()).toString("base64"), mode: "BROADCAST_MODE_SYNC" }),
    });
    const broadcast = (await response.json()) as { tx_response: { code: number; txhash: string } };
    expect(broadcast.tx_response.code).toBe(0);
    const hash = broadcast.tx_response.txhash;

    const found = await waitFor("the tx to be indexed", async () => {
      const r = await get(`/cosmos/tx/v1beta1/txs/${hash}`);
      return r.status === 200 ? r.body : undefined;
    });
    const tx = found.tx as { body: { messages: Record<string, unknown>[]; memo: string }; auth_info: { fee: { gas_limit: string } } };
    expect(tx.body.messages[0]).toEqual({
      "@type": "/cosmos.bank.v1beta1.MsgSend",
      from_address: faucet.address,
      to_address: recipient,
      amount: [{ denom: "uais", amount: "42" }],
    });
    expect(tx.body.memo).toBe("via REST");
    expect(tx.auth_info.fee.gas_limit).toBe("150000");
    const txResponse = found.tx_response as { code: number; height: string; txhash: string; timestamp: string; events: { type: string }[] };
    expect(txResponse).toMatchObject({ code: 0, txhash: hash });
    expect(Number(txResponse.height)).toBeGreaterThan(0);
    expect(txResponse.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(txResponse.events.map((e) => e.type)).toContain("transfer");

    expect((await get(`/cosmos/tx/v1beta1/txs/${"AB".repeat(32)}`)).status).toBe(404);
  });

  it("rejects a broadcast of garbage with the CheckTx code", async () => {
    const response = await fetch(`${rest}/cosmos/tx/v1beta1/txs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tx_bytes: "AAEC", mode: "BROADCAST_MODE_SYNC" }),
    });
    const body = (await response.json()) as { tx_response: { code: number; codespace: string } };
    expect(body.tx_response).toMatchObject({ code: 2, codespace: "sdk" });
    const invalid = await fetch(`${rest}/cosmos/tx/v1beta1/txs`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(invalid.status).toBe(400);
  });

  it("serves node info, the latest block and a block by height", async () => {
    const info = await get("/cosmos/base/tendermint/v1beta1/node_info");
    expect((info.body.default_node_info as { network: string }).network).toBe("ais-devnet-1");
    expect((info.body.application_version as { app_name: string }).app_name).toBe("aisd");
    const latest = await get("/cosmos/base/tendermint/v1beta1/blocks/latest");
    const header = (latest.body.block as { header: { chain_id: string; height: string; app_hash: string } }).header;
    expect(header.chain_id).toBe("ais-devnet-1");
    expect(Buffer.from(header.app_hash, "base64")).toHaveLength(32);
    const first = await get("/cosmos/base/tendermint/v1beta1/blocks/1");
    expect((first.body.block as { header: { height: string } }).header.height).toBe("1");
  });

  it("serves AIS's own queries: the epoch clock and the fee floor", async () => {
    const epoch = await get("/ais/epochs/v1/current");
    expect(epoch.status).toBe(200);
    const info = epoch.body.epoch as { number: string; start_height: string; next_boundary: string };
    expect(info.number).toBe("0");
    expect(info.next_boundary).toMatch(/T00:00:00(\.000)?Z$/); // the next UTC midnight (Telescope writes milliseconds)
    expect((await get("/ais/epochs/v1/params")).body).toEqual({ params: { epoch_duration: "86400s" } });
    expect((await get("/ais/fees/v1/params")).body).toEqual({ params: { min_gas_prices: [{ denom: "uais", amount: "2500000000000000" }] } });
  });

  it("exposes Prometheus metrics", async () => {
    const text = await (await fetch(`${rest}/metrics`)).text();
    expect(text).toMatch(/^ais_block_height \d+$/m);
    expect(text).toContain("ais_finalize_block_seconds_bucket");
    expect(text).toContain('ais_check_txs_total{result="rejected"}');
  });
});
