// The REST paths wallets and explorers use, against `aisd devnet`, in the SDK gateway's JSON shapes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { SigningStargateClient, assertIsDeliverTxSuccess, calculateFee, GasPrice } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { BECH32_PREFIX, fromBech32, toBech32 } from "../../chain/types/address.js";
import { freePort, runAisd, tempDir, waitFor, type AisdProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

/** RFC 3339 as the gateway writes timestamps: 0, 3, 6 or 9 fractional digits. */
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3}|\.\d{6}|\.\d{9})?Z$/;

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
    node = runAisd(["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(restPort), "--grpc-port", String(await freePort()), "--block-time", "200ms"]);
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
    expect(body).toEqual({ code: 5, message: "account ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu not found", details: [] });
  });

  it("answers malformed input with 400", async () => {
    expect((await get("/cosmos/bank/v1beta1/balances/cosmos1abc")).status).toBe(400);
    expect((await get(`/cosmos/bank/v1beta1/balances/${faucet.address}?pagination.limit=ten`)).status).toBe(400);
    expect((await get("/cosmos/bank/v1beta1/supply/by_denom")).status).toBe(400);
    expect((await get("/cosmos/nothing/v1/here")).status).toBe(501);
  });

  it("serves balances and supply with pagination", async () => {
    // No limit given: the total is counted, as the SDK's Paginate counts it; with a limit, only when asked.
    const balances = await get(`/cosmos/bank/v1beta1/balances/${faucet.address}`);
    expect(balances.body).toEqual({ balances: [{ denom: "uais", amount: "10000000000000000" }], pagination: { next_key: null, total: "1" } });
    expect((await get(`/cosmos/bank/v1beta1/balances/${faucet.address}?pagination.limit=1`)).body.pagination).toEqual({ next_key: null, total: "0" });
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

    // The block that holds it, with its transactions decoded (GetBlockWithTxs).
    const withTxs = await get(`/cosmos/tx/v1beta1/txs/block/${txResponse.height}`);
    expect(withTxs.status).toBe(200);
    expect((withTxs.body.txs as { body: { memo: string } }[]).map((t) => t.body.memo)).toContain("via REST");
    expect((withTxs.body.block as { header: { height: string } }).header.height).toBe(txResponse.height);
    expect((withTxs.body.pagination as { total: string }).total).toBe(String((withTxs.body.txs as unknown[]).length));
    const beyond = await get(`/cosmos/tx/v1beta1/txs/block/${txResponse.height}?pagination.offset=50`);
    expect(beyond).toMatchObject({ status: 400, body: { code: 3, message: expect.stringMatching(/out of range/) } });
    expect((await get("/cosmos/tx/v1beta1/txs/block/99999999")).status).toBe(400);

    expect((await get(`/cosmos/tx/v1beta1/txs/${"AB".repeat(32)}`)).status).toBe(404);

    // GetTxsEvent, in the SDK 0.50 ?query= form and the older ?events= form.
    const byQuery = await get(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent(`transfer.recipient='${recipient}'`)}`);
    expect(byQuery.status).toBe(200);
    expect(byQuery.body.total).toBe("1");
    expect((byQuery.body.tx_responses as { txhash: string }[]).map((r) => r.txhash)).toEqual([hash]);
    expect((byQuery.body.txs as { body: { memo: string } }[])[0]!.body.memo).toBe("via REST");
    expect(byQuery.body.pagination).toBeNull();
    // (CometBFT 0.38's indexer found nothing for transfer.recipient AND message.module here, so the
    // two conditions are on one event type and the height.)
    const byEvents = await get(`/cosmos/tx/v1beta1/txs?events=${encodeURIComponent(`message.sender='${faucet.address}'`)}&events=${encodeURIComponent(`tx.height=${txResponse.height}`)}&order_by=ORDER_BY_DESC&limit=5`);
    expect((byEvents.body.tx_responses as { txhash: string }[]).map((r) => r.txhash)).toEqual([hash]);
    const none = await get(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent("transfer.recipient='ais1nobody'")}`);
    expect(none.body).toMatchObject({ txs: [], tx_responses: [], total: "0" });
    expect(await get("/cosmos/tx/v1beta1/txs")).toEqual({ status: 400, body: { code: 3, message: "query cannot be empty", details: [] } });
    expect((await get("/cosmos/tx/v1beta1/txs?events=transfer")).status).toBe(400);
    expect((await get(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent("transfer.recipient=")}`)).status).toBe(400);
    expect((await get("/cosmos/tx/v1beta1/txs?query=tx.height%3E0&limit=101")).status).toBe(400);
  });

  it("serves the validator set as the SDK does: aisvalcons addresses, keys as Any, paged", async () => {
    const latest = await get("/cosmos/base/tendermint/v1beta1/validatorsets/latest");
    expect(latest.status).toBe(200);
    type Set = { block_height: string; validators: { address: string; pub_key: { "@type": string; key: string }; voting_power: string; proposer_priority: string }[]; pagination: unknown };
    const set = latest.body as Set;
    expect(Number(set.block_height)).toBeGreaterThanOrEqual(2);
    expect(set.validators).toHaveLength(1);
    expect(set.validators[0]!.address).toMatch(/^aisvalcons1/);
    expect(set.validators[0]!.voting_power).toMatch(/^[1-9][0-9]*$/);
    expect(set.pagination).toEqual({ next_key: null, total: "1" });
    const staking = (await get("/cosmos/staking/v1beta1/validators")).body as { validators: { consensus_pubkey: { "@type": string; key: string } }[] };
    expect(set.validators[0]!.pub_key).toEqual(staking.validators[0]!.consensus_pubkey);
    const first = (await get("/cosmos/base/tendermint/v1beta1/validatorsets/1")).body as Set;
    expect(first.block_height).toBe("1");
    expect(first.validators[0]!.address).toBe(set.validators[0]!.address);
    expect((await get("/cosmos/base/tendermint/v1beta1/validatorsets/99999999")).status).toBe(400);
    expect((await get("/cosmos/base/tendermint/v1beta1/validatorsets/0")).status).toBe(400);
    expect((await get("/cosmos/base/tendermint/v1beta1/validatorsets/latest?pagination.limit=1000")).status).toBe(400);
    expect((await get("/cosmos/base/tendermint/v1beta1/syncing")).body).toEqual({ syncing: false });
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

  it("answers a broadcast body it cannot read with 400 in the gateway's shape, and keeps serving", async () => {
    const post = async (body: string, contentType?: string) => {
      const response = await fetch(`${rest}/cosmos/tx/v1beta1/txs`, { method: "POST", headers: contentType === undefined ? {} : { "content-type": contentType }, body });
      return { status: response.status, body: (await response.json()) as { code: number; message: string; details: unknown[] } };
    };
    const height = await rpc.height();
    for (const [body, contentType, message] of [
      ["{not json", "application/json", /invalid JSON/],
      ["", "application/json", /invalid empty tx/],
      ["", undefined, /invalid empty tx/],
      ["tx_bytes=AQID", "application/x-www-form-urlencoded", /invalid JSON/],
      ["hello", "text/plain", /invalid JSON/],
      ["[1, 2]", "application/json", /JSON object/],
      ['"AQID"', "application/json", /JSON object/],
    ] as const) {
      const answer = await post(body, contentType);
      expect(answer.status, `${contentType} ${body}`).toBe(400);
      expect(answer.body.code).toBe(3);
      expect(answer.body.details).toEqual([]);
      expect(answer.body.message).toMatch(message);
    }
    // The node is unharmed: it serves, takes a broadcast, and its chain goes on.
    expect((await get(`/cosmos/auth/v1beta1/accounts/${faucet.address}`)).status).toBe(200);
    const garbage = await post(JSON.stringify({ tx_bytes: "AAEC" }), "application/json");
    expect(garbage.status).toBe(200);
    await waitFor("the chain to go on", async () => ((await rpc.height()) > height + 1 ? true : undefined), 30_000);
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
    // block keeps CometBFT's bytes (base64); sdk_block names the proposer as the SDK does.
    const proposer = (first.body.block as { header: { proposer_address: string } }).header.proposer_address;
    const sdkProposer = (first.body.sdk_block as { header: { proposer_address: string } }).header.proposer_address;
    expect(sdkProposer).toBe(toBech32(BECH32_PREFIX.consensus, Buffer.from(proposer, "base64")));
    expect(sdkProposer).toMatch(/^aisvalcons1/);
    // Times keep CometBFT's nanoseconds; commit signatures name their flag.
    expect((first.body.block as { header: { time: string } }).header.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const second = await get("/cosmos/base/tendermint/v1beta1/blocks/2");
    const signatures = (second.body.block as { last_commit: { signatures: { block_id_flag: string }[] } }).last_commit.signatures;
    expect(signatures.map((s) => s.block_id_flag)).toContain("BLOCK_ID_FLAG_COMMIT");
    for (const [path, status] of [["0", 400], ["99999999", 400], ["abc", 400], ["-1", 400]] as const) {
      expect((await get(`/cosmos/base/tendermint/v1beta1/blocks/${path}`)).status, path).toBe(status);
    }
  });

  it("serves routes derived from the protos' annotations where no plugin is written by hand", async () => {
    // A node service (no state) and an app query, neither with a hand-written route.
    expect(await get("/cosmos/base/node/v1beta1/config")).toEqual({
      status: 200,
      body: { minimum_gas_price: "0.025uais", pruning_keep_recent: "100000", pruning_interval: "1", halt_height: "0" },
    });
    const nodeStatus = await get("/cosmos/base/node/v1beta1/status");
    expect(nodeStatus.status).toBe(200);
    expect(nodeStatus.body).toMatchObject({ earliest_store_height: expect.stringMatching(/^\d+$/), height: expect.stringMatching(/^[1-9]\d*$/), timestamp: expect.stringMatching(/Z$/) });
    const params = await get("/cosmos/bank/v1beta1/params");
    expect(params).toEqual({ status: 200, body: { params: { send_enabled: [], default_send_enabled: true } } });
    const staking = await fetch(`${rest}/cosmos/staking/v1beta1/validators?status=BOND_STATUS_BONDED&pagination.limit=1`);
    expect(staking.status).toBe(200);
  });

  it("serves AIS's own queries: the epoch clock and the fee floor", async () => {
    const epoch = await get("/ais/epochs/v1/current");
    expect(epoch.status).toBe(200);
    const info = epoch.body.epoch as { number: string; start_height: string; next_boundary: string };
    expect(info.number).toBe("0");
    expect(info.next_boundary).toMatch(/T00:00:00Z$/); // the next UTC midnight
    expect((await get("/ais/epochs/v1/params")).body).toEqual({ params: { epoch_duration: "86400s" } });
    expect((await get("/ais/fees/v1/params")).body).toEqual({ params: { min_gas_prices: [{ denom: "uais", amount: "0.002500000000000000" }] } }); // a DecCoin, as the gateway writes it
  });

  describe("staking, slashing and distribution", () => {
    let operator: string; // the devnet validator (aisvaloper…)
    let operatorAccount: string; // its operator's account (ais…, the same bytes)
    let valcons: string;
    let consensusKey: string;
    const nobody = (prefix: string) => toBech32(prefix, new Uint8Array(20)); // well-formed, unknown

    beforeAll(async () => {
      const key = JSON.parse(readFileSync(join(home.path, "config", "priv_validator_key.json"), "utf8")) as { address: string; pub_key: { value: string } };
      consensusKey = key.pub_key.value;
      valcons = toBech32(BECH32_PREFIX.consensus, Buffer.from(key.address, "hex"));
      operator = ((await get("/cosmos/staking/v1beta1/validators")).body.validators as { operator_address: string }[])[0]!.operator_address;
      operatorAccount = toBech32(BECH32_PREFIX.account, fromBech32(operator, BECH32_PREFIX.validatorOperator));
    });

    it("serves validators, the pool and the staking params in the gateway's JSON", async () => {
      const { status, body } = await get("/cosmos/staking/v1beta1/validators");
      expect(status).toBe(200);
      const validator = {
        operator_address: operator,
        consensus_pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: consensusKey },
        jailed: false,
        status: "BOND_STATUS_BONDED",
        tokens: "1000000000000",
        delegator_shares: "1000000000000.000000000000000000",
        description: { moniker: "devnet", identity: "", website: "", security_contact: "", details: "" },
        unbonding_height: "0",
        unbonding_time: "1970-01-01T00:00:00Z",
        commission: {
          commission_rates: { rate: "0.100000000000000000", max_rate: "0.200000000000000000", max_change_rate: "0.010000000000000000" },
          update_time: expect.stringMatching(RFC3339),
        },
        min_self_delegation: "1",
        unbonding_on_hold_ref_count: "0",
        unbonding_ids: [],
      };
      expect(body).toEqual({ validators: [validator], pagination: { next_key: null, total: "1" } });
      expect((await get("/cosmos/staking/v1beta1/validators?status=BOND_STATUS_BONDED&pagination.count_total=true")).body.pagination).toEqual({ next_key: null, total: "1" });
      expect((await get("/cosmos/staking/v1beta1/validators?status=BOND_STATUS_UNBONDED")).body.validators).toEqual([]);
      expect((await get(`/cosmos/staking/v1beta1/validators/${operator}`)).body).toEqual({ validator });

      expect((await get(`/cosmos/staking/v1beta1/validators/${operator}/delegations`)).body).toEqual({
        delegation_responses: [
          {
            delegation: { delegator_address: operatorAccount, validator_address: operator, shares: "1000000000000.000000000000000000" },
            balance: { denom: "uais", amount: "1000000000000" },
          },
        ],
        pagination: { next_key: null, total: "1" },
      });
      expect((await get("/cosmos/staking/v1beta1/pool")).body).toEqual({ pool: { not_bonded_tokens: "0", bonded_tokens: "1000000000000" } });
      expect((await get("/cosmos/staking/v1beta1/params")).body).toEqual({
        params: { unbonding_time: "1814400s", max_validators: 21, max_entries: 7, historical_entries: 10000, bond_denom: "uais", min_commission_rate: "0.000000000000000000" },
      });
      // HistoricalInfo of a block: its header as the app saw it, and the bonded set.
      const height = 3;
      const hist = (await get(`/cosmos/staking/v1beta1/historical_info/${height}`)).body as { hist: { header: Record<string, unknown>; valset: { operator_address: string }[] } };
      const block = await rpc.call<{ block: { header: { time: string; app_hash: string; next_validators_hash: string } } }>("block", { height: String(height) });
      expect(hist.hist.header.height).toBe(String(height));
      expect(Buffer.from(hist.hist.header.app_hash as string, "base64").toString("hex").toUpperCase()).toBe(block.block.header.app_hash);
      expect(Buffer.from(hist.hist.header.next_validators_hash as string, "base64").toString("hex").toUpperCase()).toBe(block.block.header.next_validators_hash);
      expect(hist.hist.valset).toHaveLength(1);
      expect((await get("/cosmos/staking/v1beta1/historical_info/999999999")).status).toBe(404);
    });

    it("answers unknown validators with 404 and malformed input with 400", async () => {
      const unknown = await get(`/cosmos/staking/v1beta1/validators/${nobody(BECH32_PREFIX.validatorOperator)}`);
      expect(unknown).toEqual({ status: 404, body: { code: 5, message: `validator ${nobody(BECH32_PREFIX.validatorOperator)} not found`, details: [] } });
      expect((await get(`/cosmos/staking/v1beta1/validators/${operator}/delegations/${faucet.address}`)).status).toBe(404);
      expect((await get(`/cosmos/staking/v1beta1/validators/${faucet.address}`)).status).toBe(400); // an account, not an operator
      const badStatus = await get("/cosmos/staking/v1beta1/validators?status=BOND_STATUS_NOPE");
      expect(badStatus).toEqual({ status: 400, body: { code: 3, message: "invalid validator status BOND_STATUS_NOPE", details: [] } });
      expect((await get(`/cosmos/staking/v1beta1/delegations/${faucet.address}?pagination.limit=ten`)).status).toBe(400);
    });

    it("serves a delegator's delegations and unbondings after cosmjs delegates and undelegates", async () => {
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(faucet.mnemonic, { prefix: "ais" });
      const client = await SigningStargateClient.connectWithSigner(rpc.url, wallet);
      const fee = calculateFee(400_000, GasPrice.fromString("0.025uais"));
      const delegated = await client.delegateTokens(faucet.address, operator, { denom: "uais", amount: "2000000" }, fee);
      assertIsDeliverTxSuccess(delegated);
      const delegatedAt = delegated.height;
      const undelegated = await client.undelegateTokens(faucet.address, operator, { denom: "uais", amount: "500000" }, fee);
      assertIsDeliverTxSuccess(undelegated);
      client.disconnect();

      const delegation = {
        delegation: { delegator_address: faucet.address, validator_address: operator, shares: "1500000.000000000000000000" },
        balance: { denom: "uais", amount: "1500000" },
      };
      expect((await get(`/cosmos/staking/v1beta1/delegations/${faucet.address}`)).body).toEqual({ delegation_responses: [delegation], pagination: { next_key: null, total: "1" } });
      expect((await get(`/cosmos/staking/v1beta1/validators/${operator}/delegations/${faucet.address}`)).body).toEqual({ delegation_response: delegation });
      // At the height of the delegation, before the undelegation.
      const before = await get(`/cosmos/staking/v1beta1/delegations/${faucet.address}`, { "x-cosmos-block-height": String(delegatedAt) });
      expect((before.body.delegation_responses as { balance: unknown }[])[0]!.balance).toEqual({ denom: "uais", amount: "2000000" });

      const unbonding = {
        delegator_address: faucet.address,
        validator_address: operator,
        entries: [
          {
            creation_height: String(undelegated.height),
            completion_time: expect.stringMatching(RFC3339),
            initial_balance: "500000",
            balance: "500000",
            unbonding_id: expect.stringMatching(/^\d+$/),
            unbonding_on_hold_ref_count: "0",
          },
        ],
      };
      const unbondings = await get(`/cosmos/staking/v1beta1/delegators/${faucet.address}/unbonding_delegations`);
      expect(unbondings.body).toEqual({ unbonding_responses: [unbonding], pagination: { next_key: null, total: "1" } });
      const entry = (unbondings.body.unbonding_responses as { entries: { completion_time: string }[] }[])[0]!.entries[0]!;
      expect(Math.abs(Date.parse(entry.completion_time) - Date.now() - 21 * 86_400_000)).toBeLessThan(3_600_000); // 21 days from now
      expect((await get(`/cosmos/staking/v1beta1/validators/${operator}/unbonding_delegations`)).body.unbonding_responses).toEqual([unbonding]);
      expect((await get(`/cosmos/staking/v1beta1/validators/${operator}/delegations/${faucet.address}/unbonding_delegation`)).body).toEqual({ unbond: unbonding });

      const validators = (await get(`/cosmos/staking/v1beta1/delegators/${faucet.address}/validators`)).body.validators as { operator_address: string; tokens: string }[];
      expect(validators.map((v) => [v.operator_address, v.tokens])).toEqual([[operator, "1000001500000"]]);
      expect((await get(`/cosmos/staking/v1beta1/delegators/${faucet.address}/redelegations`)).body).toEqual({ redelegation_responses: [], pagination: { next_key: null, total: "0" } });
      const noRedelegation = await get(`/cosmos/staking/v1beta1/delegators/${faucet.address}/redelegations?src_validator_addr=${operator}&dst_validator_addr=${operator}`);
      expect(noRedelegation.status).toBe(404);
      const badFilter = await get(`/cosmos/staking/v1beta1/delegators/${faucet.address}/redelegations?src_validator_addr=aisvaloper1nope`);
      expect(badFilter.status).toBe(400);
      expect((await get(`/cosmos/staking/v1beta1/validators/${operator}/delegations/${faucet.address}/unbonding_delegation`, { "x-cosmos-block-height": String(delegatedAt) })).status).toBe(404);
    });

    it("serves slashing params and signing infos", async () => {
      expect((await get("/cosmos/slashing/v1beta1/params")).body).toEqual({
        params: {
          signed_blocks_window: "100",
          min_signed_per_window: "0.500000000000000000",
          downtime_jail_duration: "600s",
          slash_fraction_double_sign: "0.050000000000000000",
          slash_fraction_downtime: "0.010000000000000000",
        },
      });
      expect((await get("/ais/slashing/v1/params")).body).toEqual({
        params: {
          signed_blocks_window: "100",
          reward_withhold_threshold: "0.100000000000000000",
          downtime_jail_threshold: "0.500000000000000000",
          downtime_jail_duration: "600s",
          slash_fraction_double_sign: "0.050000000000000000",
          slash_fraction_downtime: "0.010000000000000000",
          whistleblower_reward_fraction: "0.100000000000000000",
        },
      });
      const info = {
        address: valcons,
        start_height: expect.stringMatching(/^\d+$/),
        index_offset: expect.stringMatching(/^\d+$/),
        jailed_until: "1970-01-01T00:00:00Z",
        tombstoned: false,
        missed_blocks_counter: "0",
      };
      const infos = await get("/cosmos/slashing/v1beta1/signing_infos?pagination.count_total=true");
      expect(infos.body).toEqual({ info: [info], pagination: { next_key: null, total: "1" } });
      expect(Number((infos.body.info as { index_offset: string }[])[0]!.index_offset)).toBeGreaterThan(0);
      expect((await get(`/cosmos/slashing/v1beta1/signing_infos/${valcons}`)).body).toEqual({ val_signing_info: info });

      const unknown = await get(`/cosmos/slashing/v1beta1/signing_infos/${nobody(BECH32_PREFIX.consensus)}`);
      expect(unknown).toEqual({ status: 404, body: { code: 5, message: `SigningInfo not found for validator ${nobody(BECH32_PREFIX.consensus)}`, details: [] } });
      const operatorGiven = await get(`/cosmos/slashing/v1beta1/signing_infos/${operator}`);
      expect(operatorGiven.status).toBe(400);
      expect((operatorGiven.body as { message: string }).message).toContain("expected aisvalcons");
    });

    it("serves distribution: params, a validator's accrual, a delegator's rewards and AIS's pipeline", async () => {
      expect((await get("/cosmos/distribution/v1beta1/params")).body).toEqual({
        params: { community_tax: "0.020000000000000000", base_proposer_reward: "0.000000000000000000", bonus_proposer_reward: "0.000000000000000000", withdraw_addr_enabled: true },
      });
      expect((await get("/ais/distribution/v1/params")).body).toEqual({ params: { community_tax: "0.020000000000000000", payout_batch_size: 100, min_payout_delay: "86400s" } });

      // One height for every read: the fees of the transactions above have all accrued to the one
      // validator (by the next block), and no epoch has closed.
      const at = { "x-cosmos-block-height": String((await rpc.height()) - 1) };
      const totals = (await get("/ais/distribution/v1/totals", at)).body as { totals: { fees_collected: string; slashed_in: string; paid_out: string }; community_pool: string };
      const fees = totals.totals.fees_collected;
      expect(BigInt(fees)).toBeGreaterThanOrEqual(3750n + 2n * 10_000n); // the bank send and two staking transactions
      expect(totals).toEqual({ totals: { fees_collected: fees, slashed_in: "0", paid_out: "0", community_funded: "0" }, community_pool: "0" });
      expect((await get(`/ais/distribution/v1/validators/${operator}/custody`, at)).body).toEqual({ current_epoch: "0", accrued: fees, excluded: false, records: [] });
      expect((await get(`/cosmos/distribution/v1beta1/validators/${operator}/outstanding_rewards`, at)).body).toEqual({
        rewards: { rewards: [{ denom: "uais", amount: `${fees}.000000000000000000` }] },
      });
      expect((await get(`/cosmos/distribution/v1beta1/validators/${operator}/commission`)).body).toEqual({ commission: { commission: [] } });
      expect((await get(`/cosmos/distribution/v1beta1/validators/${operator}`)).body).toEqual({ operator_address: operatorAccount, self_bond_rewards: [], commission: [] });
      expect((await get(`/cosmos/distribution/v1beta1/validators/${nobody(BECH32_PREFIX.validatorOperator)}`)).status).toBe(404);
      expect((await get("/cosmos/distribution/v1beta1/community_pool")).body).toEqual({ pool: [] });

      // Nothing matures before epoch 2: the wallet view is empty, the pipeline too (epoch 0 is open).
      expect((await get(`/cosmos/distribution/v1beta1/delegators/${faucet.address}/rewards`)).body).toEqual({ rewards: [{ validator_address: operator, reward: [] }], total: [] });
      expect((await get(`/cosmos/distribution/v1beta1/delegators/${faucet.address}/rewards/${operator}`)).body).toEqual({ rewards: [] });
      expect((await get(`/cosmos/distribution/v1beta1/delegators/${faucet.address}/validators`)).body).toEqual({ validators: [operator] });
      expect((await get(`/cosmos/distribution/v1beta1/delegators/${faucet.address}/withdraw_address`)).body).toEqual({ withdraw_address: faucet.address });
      expect((await get(`/ais/distribution/v1/delegators/${faucet.address}/pending`)).body).toEqual({ current_epoch: "0", rewards: [] });

      const unknown = await get(`/ais/distribution/v1/validators/${nobody(BECH32_PREFIX.validatorOperator)}/custody`);
      expect(unknown).toEqual({ status: 404, body: { code: 5, message: `validator ${nobody(BECH32_PREFIX.validatorOperator)} does not exist`, details: [] } });
      expect((await get(`/cosmos/distribution/v1beta1/validators/${nobody(BECH32_PREFIX.validatorOperator)}/commission`)).status).toBe(404);
      expect((await get("/ais/distribution/v1/delegators/ais1nope/pending")).status).toBe(400);
      expect((await get(`/cosmos/distribution/v1beta1/delegators/${operator}/rewards`)).status).toBe(400); // an operator, not an account
    });
  });

  it("exposes Prometheus metrics", async () => {
    const text = await (await fetch(`${rest}/metrics`)).text();
    expect(text).toMatch(/^ais_block_height \d+$/m);
    expect(text).toContain("ais_finalize_block_seconds_bucket");
    expect(text).toContain('ais_check_txs_total{result="rejected"}');
  });
});
