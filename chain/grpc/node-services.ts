// The services a node answers itself rather than its state machine: what CometBFT says about the
// node, and the node's own configuration. One implementation each, for gRPC and the REST gateway.
import { ConfigRequest, ConfigResponse } from "cosmjs-types/cosmos/base/node/v1beta1/query";
import { GetNodeInfoRequest, GetNodeInfoResponse } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import type { CometClient } from "../client/comet.js";
import { decodeStrict } from "../codec/strict.js";

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
export async function getNodeInfo(ctx: NodeServiceContext): Promise<GetNodeInfoResponse> {
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
export function nodeConfig(ctx: NodeServiceContext): ConfigResponse {
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
      "/cosmos.base.node.v1beta1.Service/Config",
      async (request) => {
        decodeStrict(ConfigRequest, request);
        return ConfigResponse.encode(nodeConfig(ctx)).finish();
      },
    ],
  ]);
}
