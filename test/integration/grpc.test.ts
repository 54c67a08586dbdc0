// The gRPC server of `aisd devnet`, called as grpcurl calls it: reflection first, then raw methods.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credentials, loadPackageDefinition, makeGenericClientConstructor, Metadata, status, type Client, type ClientDuplexStream, type ServiceError } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { SigningStargateClient, calculateFee, GasPrice } from "@cosmjs/stargate";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { ConfigRequest, ConfigResponse, StatusRequest, StatusResponse } from "cosmjs-types/cosmos/base/node/v1beta1/query";
import {
  ABCIQueryRequest,
  ABCIQueryResponse,
  GetBlockByHeightRequest,
  GetBlockByHeightResponse,
  GetLatestBlockRequest,
  GetLatestBlockResponse,
  GetLatestValidatorSetRequest,
  GetLatestValidatorSetResponse,
  GetNodeInfoRequest,
  GetNodeInfoResponse,
} from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { QueryValidatorsRequest, QueryValidatorsResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BroadcastMode, BroadcastTxRequest, BroadcastTxResponse, GetBlockWithTxsRequest, GetBlockWithTxsResponse, GetTxRequest, GetTxResponse, GetTxsEventRequest, GetTxsEventResponse, SimulateRequest, SimulateResponse, TxDecodeRequest, TxDecodeResponse, TxEncodeRequest, TxEncodeResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { HEIGHT_HEADER } from "../../chain/grpc/server.js";
import { freePort, runAisd, tempDir, waitFor, type AisdProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  fromPartial(object: never): T;
}

const reflectionProto = join(dirname(createRequire(import.meta.url).resolve("@grpc/reflection")), "..", "proto", "grpc", "reflection", "v1alpha", "reflection.proto");

describe("gRPC server of aisd devnet", () => {
  const home = tempDir("grpc");
  let node: AisdProcess;
  let rpc: CometRpc;
  let address: string;
  let client: Client;
  let faucet: { address: string; mnemonic: string };

  /** A unary call on a raw path with cosmjs-types codecs; resolves with the response and its headers. */
  function call<Req, Res>(path: string, request: Codec<Req>, partial: Partial<Req>, response: Codec<Res>, metadata = new Metadata()) {
    return new Promise<{ value: Res; headers: Metadata }>((resolve, reject) => {
      let headers = new Metadata();
      const c = client.makeUnaryRequest(
        path,
        (m: Req) => Buffer.from(request.encode(m).finish()),
        (b: Buffer) => response.decode(b),
        request.fromPartial(partial as never),
        metadata,
        (err: ServiceError | null, value?: Res) => (err !== null ? reject(err) : resolve({ value: value!, headers })),
      );
      c.on("metadata", (m: Metadata) => (headers = m));
    });
  }

  /** What grpcurl's `list` and `describe` ask: reflection requests on one stream. */
  function reflect(requests: object[]): Promise<Record<string, unknown>[]> {
    const pkg = loadPackageDefinition(loadSync(reflectionProto, { keepCase: true })) as unknown as {
      grpc: { reflection: { v1alpha: { ServerReflection: new (address: string, creds: ReturnType<typeof credentials.createInsecure>) => Client & { ServerReflectionInfo(): ClientDuplexStream<object, Record<string, unknown>> } } } };
    };
    const reflection = new pkg.grpc.reflection.v1alpha.ServerReflection(address, credentials.createInsecure());
    const stream = reflection.ServerReflectionInfo();
    const answers: Record<string, unknown>[] = [];
    return new Promise((resolve, reject) => {
      stream.on("data", (d: Record<string, unknown>) => {
        answers.push(d);
        if (answers.length === requests.length) {
          stream.end();
          reflection.close();
          resolve(answers);
        }
      });
      stream.on("error", reject);
      for (const r of requests) stream.write(r);
    });
  }

  beforeAll(async () => {
    const [rpcPort, grpcPort] = [await freePort(), await freePort()];
    rpc = new CometRpc(`http://127.0.0.1:${rpcPort}`);
    address = `127.0.0.1:${grpcPort}`;
    node = runAisd(["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(await freePort()), "--grpc-port", String(grpcPort), "--block-time", "200ms"]);
    await waitFor("block 2", async () => ((await rpc.height()) >= 2 ? true : undefined), 60_000);
    expect(node.output()).toContain(`grpc      ${address}`);
    faucet = (JSON.parse(readFileSync(join(home.path, "config", "genesis-keys.json"), "utf8")) as { private: typeof faucet }).private;
    client = new (makeGenericClientConstructor({}, "Raw"))(address, credentials.createInsecure());
  });

  afterAll(async () => {
    client?.close();
    node.child.kill("SIGTERM");
    await node.exited;
    home.remove();
  });

  it("lists its services by reflection and describes them", async () => {
    const [list, file] = await reflect([{ list_services: "" }, { file_containing_symbol: "cosmos.bank.v1beta1.Query" }]);
    const names = ((list!.list_services_response as { service: { name: string }[] }).service).map((s) => s.name);
    for (const name of ["cosmos.auth.v1beta1.Query", "cosmos.bank.v1beta1.Query", "cosmos.staking.v1beta1.Query", "cosmos.distribution.v1beta1.Query", "cosmos.gov.v1.Query", "cosmos.slashing.v1beta1.Query", "cosmos.tx.v1beta1.Service", "cosmos.base.tendermint.v1beta1.Service", "cosmos.base.node.v1beta1.Service", "ais.epochs.v1.Query", "ais.distribution.v1.Query"]) {
      expect(names).toContain(name);
    }
    // Msg services are for transactions, not for gRPC calls, as in the SDK.
    expect(names).not.toContain("cosmos.bank.v1beta1.Msg");
    const descriptors = (file!.file_descriptor_response as { file_descriptor_proto: Buffer[] }).file_descriptor_proto;
    expect(descriptors.length).toBeGreaterThan(0);
    expect(descriptors.some((d) => Buffer.from(d).toString("latin1").includes("QueryBalanceRequest"))).toBe(true);
  });

  it("answers bank Balance, and NotFound for an unknown account", async () => {
    const { value, headers } = await call("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, { address: faucet.address, denom: "uais" }, QueryBalanceResponse);
    expect(value.balance).toEqual({ denom: "uais", amount: "10000000000000000" });
    expect(Number(headers.get(HEIGHT_HEADER)[0])).toBeGreaterThanOrEqual(2);
    const unknown = "ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu";
    await expect(call("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest, { address: unknown }, QueryAccountResponse)).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: `account ${unknown} not found`,
    });
    await expect(call("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, { address: "cosmos1abc", denom: "uais" }, QueryBalanceResponse)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it("pages staking Validators", async () => {
    const { value } = await call("/cosmos.staking.v1beta1.Query/Validators", QueryValidatorsRequest, { pagination: { limit: 1n, countTotal: true } as never }, QueryValidatorsResponse);
    expect(value.validators).toHaveLength(1);
    expect(value.validators[0]!.description.moniker).toBe("devnet");
    expect(value.pagination?.total).toBe(1n);
  });

  it("simulates and broadcasts a transaction, and answers node info, the validator set and node config", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(faucet.mnemonic, { prefix: "ais" });
    const signer = await SigningStargateClient.connectWithSigner(rpc.url, wallet);
    const signed = await signer.sign(
      faucet.address,
      [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: faucet.address, toAddress: faucet.address, amount: [{ denom: "uais", amount: "1" }] } }],
      calculateFee(200_000, GasPrice.fromString("0.025uais")),
      "",
    );
    signer.disconnect();
    const simulated = await call("/cosmos.tx.v1beta1.Service/Simulate", SimulateRequest, { txBytes: TxRaw.encode(signed).finish() }, SimulateResponse);
    expect(simulated.value.gasInfo!.gasUsed).toBeGreaterThan(0n);
    const broadcast = await call("/cosmos.tx.v1beta1.Service/BroadcastTx", BroadcastTxRequest, { txBytes: TxRaw.encode(signed).finish(), mode: BroadcastMode.BROADCAST_MODE_SYNC }, BroadcastTxResponse);
    expect(broadcast.value.txResponse).toMatchObject({ code: 0 });
    expect(broadcast.value.txResponse!.txhash).toMatch(/^[0-9A-F]{64}$/);
    // Included before the next test signs with the following sequence.
    await waitFor("the broadcast tx to be included", () =>
      call("/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest, { hash: broadcast.value.txResponse!.txhash }, GetTxResponse).then((r) => r.value, () => undefined),
    );
    const again = await call("/cosmos.tx.v1beta1.Service/BroadcastTx", BroadcastTxRequest, { txBytes: Uint8Array.of(1, 2, 3), mode: BroadcastMode.BROADCAST_MODE_SYNC }, BroadcastTxResponse);
    expect(again.value.txResponse).toMatchObject({ code: 2, codespace: "sdk" });

    const info = await call("/cosmos.base.tendermint.v1beta1.Service/GetNodeInfo", GetNodeInfoRequest, {}, GetNodeInfoResponse);
    expect(info.value.defaultNodeInfo!.network).toBe("ais-devnet-1");
    expect(info.value.applicationVersion!.appName).toBe("aisd");
    const set = await call("/cosmos.base.tendermint.v1beta1.Service/GetLatestValidatorSet", GetLatestValidatorSetRequest, {}, GetLatestValidatorSetResponse);
    expect(set.value.validators).toHaveLength(1);
    expect(set.value.validators[0]!.address).toMatch(/^aisvalcons1/);
    expect(set.value.validators[0]!.pubKey?.typeUrl).toBe("/cosmos.crypto.ed25519.PubKey");
    const config = await call("/cosmos.base.node.v1beta1.Service/Config", ConfigRequest, {}, ConfigResponse);
    expect(config.value.minimumGasPrice).toBe("0.025uais");
    const nodeStatus = await call("/cosmos.base.node.v1beta1.Service/Status", StatusRequest, {}, StatusResponse);
    expect(nodeStatus.value.height).toBeGreaterThan(0n);
    expect(nodeStatus.value.appHash).toHaveLength(32);
    expect(nodeStatus.value.earliestStoreHeight).toBeGreaterThanOrEqual(1n);

    // The encode/decode helpers and ABCIQuery, as wallets without protobuf use them.
    const txBytes = TxRaw.encode(signed).finish();
    const decoded = await call("/cosmos.tx.v1beta1.Service/TxDecode", TxDecodeRequest, { txBytes }, TxDecodeResponse);
    expect(decoded.value.tx!.body!.messages[0]!.typeUrl).toBe("/cosmos.bank.v1beta1.MsgSend");
    const encoded = await call("/cosmos.tx.v1beta1.Service/TxEncode", TxEncodeRequest, { tx: decoded.value.tx! }, TxEncodeResponse);
    expect(encoded.value.txBytes).toEqual(txBytes);
    await expect(call("/cosmos.tx.v1beta1.Service/TxDecode", TxDecodeRequest, { txBytes: Uint8Array.of(0x0a, 0x01) }, TxDecodeResponse)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    const balanceQuery = QueryBalanceRequest.encode({ address: faucet.address, denom: "uais" }).finish();
    const abci = await call("/cosmos.base.tendermint.v1beta1.Service/ABCIQuery", ABCIQueryRequest, { path: "/cosmos.bank.v1beta1.Query/Balance", data: balanceQuery }, ABCIQueryResponse);
    expect(abci.value.code).toBe(0);
    expect(QueryBalanceResponse.decode(abci.value.value).balance!.denom).toBe("uais");
    await expect(call("/cosmos.base.tendermint.v1beta1.Service/ABCIQuery", ABCIQueryRequest, { path: "" }, ABCIQueryResponse)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it("finds a transaction by hash and by event, and answers at the height x-cosmos-block-height names", async () => {
    const before = Number(await rpc.height());
    const then = await call("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, { address: faucet.address, denom: "uais" }, QueryBalanceResponse);
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(faucet.mnemonic, { prefix: "ais" });
    const signer = await SigningStargateClient.connectWithSigner(rpc.url, wallet, { gasPrice: GasPrice.fromString("0.025uais") });
    const sent = await signer.sendTokens(faucet.address, "ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu", [{ denom: "uais", amount: "1000" }], "auto");
    signer.disconnect();
    const found = await waitFor("the tx to be indexed", () =>
      call("/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest, { hash: sent.transactionHash }, GetTxResponse).then((r) => r.value, () => undefined),
    );
    expect(found.txResponse).toMatchObject({ txhash: sent.transactionHash, code: 0, height: BigInt(sent.height) });
    const search = await call("/cosmos.tx.v1beta1.Service/GetTxsEvent", GetTxsEventRequest, { query: `tx.height=${sent.height}` }, GetTxsEventResponse);
    expect(search.value.txResponses.map((r) => r.txhash)).toEqual([sent.transactionHash]);
    expect(search.value.total).toBe(1n);
    const block = await call("/cosmos.tx.v1beta1.Service/GetBlockWithTxs", GetBlockWithTxsRequest, { height: BigInt(sent.height) }, GetBlockWithTxsResponse);
    expect(block.value.txs).toHaveLength(1);
    expect(block.value.block!.header!.height).toBe(BigInt(sent.height));
    expect(block.value.pagination!.total).toBe(1n);
    const latest = await call("/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock", GetLatestBlockRequest, {}, GetLatestBlockResponse);
    expect(latest.value.block!.header!.height).toBeGreaterThanOrEqual(BigInt(sent.height));
    expect(latest.value.sdkBlock!.header!.proposerAddress).toMatch(/^aisvalcons1/);
    const byHeight = await call("/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight", GetBlockByHeightRequest, { height: BigInt(sent.height) }, GetBlockByHeightResponse);
    expect(byHeight.value.blockId!.hash).toEqual(block.value.blockId!.hash);
    await expect(call("/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight", GetBlockByHeightRequest, { height: 10n ** 9n }, GetBlockByHeightResponse)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    await expect(call("/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest, { hash: "AB".repeat(32) }, GetTxResponse)).rejects.toMatchObject({ code: status.NOT_FOUND });
    const now = await call("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, { address: faucet.address, denom: "uais" }, QueryBalanceResponse);
    expect(BigInt(now.value.balance!.amount)).toBeLessThan(BigInt(then.value.balance!.amount));
    const at = new Metadata();
    at.set(HEIGHT_HEADER, String(before));
    const old = await call("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, { address: faucet.address, denom: "uais" }, QueryBalanceResponse, at);
    expect(old.value.balance).toEqual(then.value.balance);
    expect(old.headers.get(HEIGHT_HEADER)).toEqual([String(before)]);
    const bad = new Metadata();
    bad.set(HEIGHT_HEADER, "-1");
    await expect(call("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, { address: faucet.address, denom: "uais" }, QueryBalanceResponse, bad)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it("refuses undecodable requests and unserved methods without harm", async () => {
    const garbage = { encode: () => ({ finish: () => Uint8Array.of(0x0b) }), decode: (b: Uint8Array) => b, fromPartial: () => new Uint8Array(0) } as unknown as Codec<Uint8Array>;
    await expect(call("/cosmos.bank.v1beta1.Query/Balance", garbage, {}, garbage)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    await expect(call("/cosmos.tx.v1beta1.Service/TxEncodeAmino", garbage, {}, garbage)).rejects.toMatchObject({ code: status.UNIMPLEMENTED });
    await expect(call("/cosmos.nothing.v1.Query/Here", garbage, {}, garbage)).rejects.toMatchObject({ code: status.UNIMPLEMENTED });
    const { value } = await call("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, { address: faucet.address, denom: "uais" }, QueryBalanceResponse);
    expect(value.balance?.denom).toBe("uais");
  });
});
