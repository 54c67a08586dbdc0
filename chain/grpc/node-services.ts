// The services a node answers itself rather than its state machine: what CometBFT says about the
// node, and the node's own configuration. One implementation each, for gRPC and the REST gateway.
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
  GetSyncingRequest,
  GetSyncingResponse,
  GetValidatorSetByHeightRequest,
  GetValidatorSetByHeightResponse,
} from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import type { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import type { Any } from "cosmjs-types/google/protobuf/any";
import {
  BroadcastTxRequest,
  BroadcastTxResponse,
  GetBlockWithTxsRequest,
  GetBlockWithTxsResponse,
  GetTxRequest,
  GetTxResponse,
  GetTxsEventRequest,
  GetTxsEventResponse,
  TxDecodeRequest,
  TxDecodeResponse,
  TxEncodeRequest,
  TxEncodeResponse,
} from "cosmjs-types/cosmos/tx/v1beta1/service";
import type { CometClient } from "../client/comet.js";
import { grpcError } from "../app/errors.js";
import { DEFAULT_PAGE_LIMIT } from "../app/pagination.js";
import { decodeStrict } from "../codec/strict.js";
import { BECH32_PREFIX, toBech32 } from "../types/address.js";
import { getBlockByHeight, getBlockWithTxs, getLatestBlock, nodeStatus } from "./blocks.js";
import { abciQuery, broadcastTx, getTx, getTxsEvent, txDecode, txEncode } from "./tx-service.js";

export interface AppVersion {
  name: string;
  appName: string;
  version: string;
}

export interface NodeServiceContext {
  comet: CometClient;
  version: AppVersion;
  /** app.toml's minimum_gas_prices and pruning settings. */
  config: { minimumGasPrices: string; pruningKeepRecent: number; pruningInterval: number };
  /** The oldest height the application state still answers for. */
  earliestStoreHeight: () => number;
}

interface CometNodeInfo {
  protocol_version: { p2p: string; block: string; app: string };
  id: string;
  listen_addr: string;
  network: string;
  version: string;
  channels: string;
  moniker: string;
  other: { tx_index: string; rpc_address: string };
}

/** cosmos.base.tendermint.v1beta1.Service/GetNodeInfo. */
async function getNodeInfo(ctx: NodeServiceContext): Promise<GetNodeInfoResponse> {
  const n = (await ctx.comet.call<{ node_info: CometNodeInfo }>("status")).node_info;
  return GetNodeInfoResponse.fromPartial({
    defaultNodeInfo: {
      protocolVersion: { p2p: BigInt(n.protocol_version.p2p), block: BigInt(n.protocol_version.block), app: BigInt(n.protocol_version.app) },
      defaultNodeId: n.id,
      listenAddr: n.listen_addr,
      network: n.network,
      version: n.version,
      channels: Buffer.from(n.channels, "hex"),
      moniker: n.moniker,
      other: { txIndex: n.other.tx_index, rpcAddress: n.other.rpc_address },
    },
    applicationVersion: {
      name: ctx.version.name,
      appName: ctx.version.appName,
      version: ctx.version.version,
      goVersion: `node ${process.version}`,
    },
  });
}

/** cosmos.base.node.v1beta1.Service/Config: this node's mempool floor and pruning, as the SDK reports them. */
function nodeConfig(ctx: NodeServiceContext): ConfigResponse {
  return ConfigResponse.fromPartial({
    minimumGasPrice: ctx.config.minimumGasPrices,
    pruningKeepRecent: String(ctx.config.pruningKeepRecent),
    pruningInterval: String(ctx.config.pruningInterval),
    haltHeight: 0n,
  });
}

export type NodeServiceHandler = (request: Uint8Array) => Promise<Uint8Array>;

/** The node's own methods by gRPC path; each request is decoded strictly, like the app's. */
export function nodeServiceHandlers(ctx: NodeServiceContext): ReadonlyMap<string, NodeServiceHandler> {
  return new Map<string, NodeServiceHandler>([
    [
      "/cosmos.base.tendermint.v1beta1.Service/GetNodeInfo",
      async (request) => {
        decodeStrict(GetNodeInfoRequest, request);
        return GetNodeInfoResponse.encode(await getNodeInfo(ctx)).finish();
      },
    ],
    [
      "/cosmos.base.tendermint.v1beta1.Service/GetSyncing",
      async (request) => {
        decodeStrict(GetSyncingRequest, request);
        return GetSyncingResponse.encode(await getSyncing(ctx)).finish();
      },
    ],
    [
      "/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock",
      async (request) => {
        decodeStrict(GetLatestBlockRequest, request);
        return GetLatestBlockResponse.encode(await getLatestBlock(ctx.comet)).finish();
      },
    ],
    [
      "/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight",
      async (request) => GetBlockByHeightResponse.encode(await getBlockByHeight(ctx.comet, decodeStrict(GetBlockByHeightRequest, request).height)).finish(),
    ],
    [
      "/cosmos.tx.v1beta1.Service/GetBlockWithTxs",
      async (request) => GetBlockWithTxsResponse.encode(await getBlockWithTxs(ctx.comet, decodeStrict(GetBlockWithTxsRequest, request))).finish(),
    ],
    [
      "/cosmos.base.tendermint.v1beta1.Service/GetLatestValidatorSet",
      async (request) => GetLatestValidatorSetResponse.encode(await validatorSet(ctx, undefined, decodeStrict(GetLatestValidatorSetRequest, request).pagination)).finish(),
    ],
    [
      "/cosmos.base.tendermint.v1beta1.Service/GetValidatorSetByHeight",
      async (request) => {
        const { height, pagination } = decodeStrict(GetValidatorSetByHeightRequest, request);
        if (height < 1n) throw grpcError("InvalidArgument", "height must be at least 1");
        return GetValidatorSetByHeightResponse.encode(await validatorSet(ctx, height, pagination)).finish();
      },
    ],
    [
      "/cosmos.tx.v1beta1.Service/GetTx",
      async (request) => GetTxResponse.encode(await getTx(ctx.comet, decodeStrict(GetTxRequest, request).hash)).finish(),
    ],
    [
      "/cosmos.tx.v1beta1.Service/GetTxsEvent",
      async (request) => GetTxsEventResponse.encode(await getTxsEvent(ctx.comet, decodeStrict(GetTxsEventRequest, request))).finish(),
    ],
    [
      "/cosmos.tx.v1beta1.Service/BroadcastTx",
      async (request) => BroadcastTxResponse.encode(await broadcastTx(ctx.comet, decodeStrict(BroadcastTxRequest, request))).finish(),
    ],
    [
      "/cosmos.base.tendermint.v1beta1.Service/ABCIQuery",
      async (request) => ABCIQueryResponse.encode(await abciQuery(ctx.comet, decodeStrict(ABCIQueryRequest, request))).finish(),
    ],
    ["/cosmos.tx.v1beta1.Service/TxDecode", async (request) => TxDecodeResponse.encode(txDecode(decodeStrict(TxDecodeRequest, request))).finish()],
    ["/cosmos.tx.v1beta1.Service/TxEncode", async (request) => TxEncodeResponse.encode(txEncode(decodeStrict(TxEncodeRequest, request))).finish()],
    [
      "/cosmos.base.node.v1beta1.Service/Status",
      async (request) => {
        decodeStrict(StatusRequest, request);
        return StatusResponse.encode(await nodeStatus(ctx.comet, ctx.earliestStoreHeight())).finish();
      },
    ],
    [
      "/cosmos.base.node.v1beta1.Service/Config",
      async (request) => {
        decodeStrict(ConfigRequest, request);
        return ConfigResponse.encode(nodeConfig(ctx)).finish();
      },
    ],
  ]);
}

interface CometValidators {
  block_height: string;
  validators: { address: string; pub_key: { type: string; value: string }; voting_power: string; proposer_priority: string }[];
  total: string;
}

/**
 * The validator set at `height` (latest when undefined), paged as the SDK pages it: by
 * `pagination.offset` and `limit` (CometBFT pages by number, so the offset is rounded down to a page).
 */
export async function validatorSet(ctx: NodeServiceContext, height: bigint | undefined, pagination: PageRequest | undefined): Promise<GetLatestValidatorSetResponse> {
  const limit = pagination === undefined || pagination.limit === 0n ? DEFAULT_PAGE_LIMIT : pagination.limit;
  if (limit > DEFAULT_PAGE_LIMIT) throw grpcError("InvalidArgument", `pagination.limit must be at most ${DEFAULT_PAGE_LIMIT}`);
  if (pagination !== undefined && pagination.key.length > 0) throw grpcError("InvalidArgument", "pagination by key is not supported here; use offset");
  const page = (pagination?.offset ?? 0n) / limit + 1n;
  if (height !== undefined) {
    const latest = BigInt((await ctx.comet.call<{ sync_info: { latest_block_height: string } }>("status")).sync_info.latest_block_height);
    if (height > latest) throw grpcError("InvalidArgument", "requested block height is bigger then the chain length");
  }
  const set = await ctx.comet.call<CometValidators>("validators", { ...(height === undefined ? {} : { height: String(height) }), page: String(page), per_page: String(limit) });
  return GetLatestValidatorSetResponse.fromPartial({
    blockHeight: BigInt(set.block_height),
    validators: set.validators.map((v) => ({
      address: toBech32(BECH32_PREFIX.consensus, Buffer.from(v.address, "hex")),
      pubKey: consensusPubKey(v.pub_key),
      votingPower: BigInt(v.voting_power),
      proposerPriority: BigInt(v.proposer_priority),
    })),
    pagination: { total: BigInt(set.total) },
  });
}

/** CometBFT's amino-JSON validator key as the SDK's Any. */
function consensusPubKey(key: { type: string; value: string }): Any {
  if (key.type !== "tendermint/PubKeyEd25519") throw new Error(`unexpected validator key type ${key.type}`);
  return { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: Buffer.from(key.value, "base64") }).finish() };
}

/** cosmos.base.tendermint.v1beta1.Service/GetSyncing. */
async function getSyncing(ctx: NodeServiceContext): Promise<GetSyncingResponse> {
  const status = await ctx.comet.call<{ sync_info: { catching_up: boolean } }>("status");
  return GetSyncingResponse.fromPartial({ syncing: status.sync_info.catching_up });
}
