// cosmos.tx.v1beta1.Service's node-side methods, as x/auth/tx's service answers them: broadcast
// through CometBFT, transactions looked up in CometBFT's indexer, and the encode/decode helpers.
// (Simulate runs in the app.) Also the tendermint service's ABCIQuery, which is CometBFT's.
import { Event } from "cosmjs-types/tendermint/abci/types";
import { TxResponse } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { ABCIQueryResponse, type ABCIQueryRequest } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import {
  BroadcastMode,
  BroadcastTxResponse,
  GetTxResponse,
  GetTxsEventResponse,
  OrderBy,
  TxDecodeResponse,
  TxEncodeResponse,
  type BroadcastTxRequest,
  type GetTxsEventRequest,
  type TxDecodeRequest,
  type TxEncodeRequest,
} from "cosmjs-types/cosmos/tx/v1beta1/service";
import { AuthInfo, Tx, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { decodeStrict } from "../codec/strict.js";
import { grpcError } from "../app/errors.js";
import { DEFAULT_PAGE_LIMIT } from "../app/pagination.js";
import { CometRpcError, type CometClient } from "../client/comet.js";

interface CometEvent {
  type: string;
  attributes: { key: string; value: string; index: boolean }[];
}

interface CometTxResult {
  hash: string;
  height: string;
  tx: string;
  tx_result: { code: number; data: string | null; log: string; info: string; gas_wanted: string; gas_used: string; events: CometEvent[] | null; codespace: string };
}

/** What the SDK accepts in the legacy `events` list: `type.attribute=value`. */
const EVENT = /^[a-zA-Z_]+\.[a-zA-Z_]+=\S+$/;

const hexOf = (base64: string | null): string => Buffer.from(base64 ?? "", "base64").toString("hex").toUpperCase();

/** The block time the SDK writes in a TxResponse: RFC 3339 in whole seconds. */
async function blockTime(comet: CometClient, height: string): Promise<string> {
  const block = await comet.call<{ block: { header: { time: string } } }>("block", { height });
  return block.block.header.time.replace(/\.\d+Z$/, "Z");
}

/** Block times by height, each block asked for once however many of a page's txs it holds (as the SDK does). */
function blockTimes(comet: CometClient): (height: string) => Promise<string> {
  const times = new Map<string, Promise<string>>();
  return (height) => {
    let time = times.get(height);
    if (time === undefined) times.set(height, (time = blockTime(comet, height)));
    return time;
  };
}

function txResponse(found: CometTxResult, tx: Tx, timestamp: string): TxResponse {
  const r = found.tx_result;
  return TxResponse.fromPartial({
    height: BigInt(found.height),
    txhash: found.hash,
    codespace: r.codespace,
    code: r.code,
    data: hexOf(r.data),
    rawLog: r.log,
    logs: [],
    info: r.info,
    gasWanted: BigInt(r.gas_wanted),
    gasUsed: BigInt(r.gas_used),
    tx: { typeUrl: "/cosmos.tx.v1beta1.Tx", value: Tx.encode(tx).finish() },
    timestamp,
    events: (r.events ?? []).map((e) => Event.fromPartial(e)),
  });
}

async function indexed(timeAt: (height: string) => Promise<string>, found: CometTxResult): Promise<{ tx: Tx; response: TxResponse }> {
  const tx = Tx.decode(Buffer.from(found.tx, "base64"));
  return { tx, response: txResponse(found, tx, await timeAt(found.height)) };
}

/** GetTx: the transaction with this hash (hex), or NotFound. */
export async function getTx(comet: CometClient, hash: string): Promise<GetTxResponse> {
  if (!/^[0-9A-Fa-f]{64}$/.test(hash)) throw grpcError("InvalidArgument", `invalid tx hash ${JSON.stringify(hash)}: 32 bytes in hex`);
  let found: CometTxResult;
  try {
    found = await comet.call("tx", { hash: Buffer.from(hash, "hex").toString("base64"), prove: false });
  } catch (err) {
    if (err instanceof CometRpcError && /not found/.test(err.message)) throw grpcError("NotFound", `tx not found: ${hash.toUpperCase()}`);
    throw err;
  }
  const { tx, response } = await indexed((height) => blockTime(comet, height), found);
  return GetTxResponse.fromPartial({ tx, txResponse: response });
}

/** GetTxsEvent: a page of the transactions matching `query` (SDK 0.50) or the legacy `events` list. */
export async function getTxsEvent(comet: CometClient, request: GetTxsEventRequest): Promise<GetTxsEventResponse> {
  for (const event of request.events) {
    if (!EVENT.test(event)) throw grpcError("InvalidArgument", `invalid event; event ${event} should be of the format: type.attribute=value`);
  }
  const query = request.events.length > 0 ? request.events.join(" AND ") : request.query;
  if (query === "") throw grpcError("InvalidArgument", "query cannot be empty");
  // The SDK's default page, which is also CometBFT's largest.
  const limit = request.limit === 0n ? DEFAULT_PAGE_LIMIT : request.limit;
  const page = request.page === 0n ? 1n : request.page;
  if (limit > DEFAULT_PAGE_LIMIT) throw grpcError("InvalidArgument", `limit must be at most ${DEFAULT_PAGE_LIMIT}`);
  const orderBy = request.orderBy === OrderBy.ORDER_BY_DESC ? "desc" : "asc";
  let result: { txs: CometTxResult[]; total_count: string };
  try {
    result = await comet.call("tx_search", { query, prove: false, page: String(page), per_page: String(limit), order_by: orderBy });
  } catch (err) {
    if (err instanceof CometRpcError) throw grpcError("InvalidArgument", `${err.message}${err.data === "" ? "" : `: ${err.data}`}`);
    throw err;
  }
  const timeAt = blockTimes(comet);
  const found = await Promise.all(result.txs.map((t) => indexed(timeAt, t)));
  return GetTxsEventResponse.fromPartial({ txs: found.map((f) => f.tx), txResponses: found.map((f) => f.response), total: BigInt(result.total_count) });
}

/**
 * BroadcastTx: async, or sync (the CheckTx result; also when no mode is given); block mode is gone
 * since SDK 0.50.
 */
export async function broadcastTx(comet: CometClient, request: BroadcastTxRequest): Promise<BroadcastTxResponse> {
  if (request.txBytes.length === 0) throw grpcError("InvalidArgument", "invalid empty tx");
  if (request.mode === BroadcastMode.BROADCAST_MODE_BLOCK) throw grpcError("InvalidArgument", "BROADCAST_MODE_BLOCK is not supported; use BROADCAST_MODE_SYNC and query the tx");
  if (request.mode !== BroadcastMode.BROADCAST_MODE_SYNC && request.mode !== BroadcastMode.BROADCAST_MODE_ASYNC && request.mode !== BroadcastMode.BROADCAST_MODE_UNSPECIFIED) {
    throw grpcError("InvalidArgument", "supported broadcast modes: BROADCAST_MODE_SYNC, BROADCAST_MODE_ASYNC");
  }
  let result: { code: number; data: string; log: string; codespace: string; hash: string };
  try {
    result = await comet.call(request.mode === BroadcastMode.BROADCAST_MODE_ASYNC ? "broadcast_tx_async" : "broadcast_tx_sync", { tx: Buffer.from(request.txBytes).toString("base64") });
  } catch (err) {
    if (err instanceof CometRpcError) throw grpcError("InvalidArgument", err.data === "" ? err.message : err.data);
    throw err;
  }
  return BroadcastTxResponse.fromPartial({
    txResponse: { height: 0n, txhash: result.hash, codespace: result.codespace, code: result.code, data: hexOf(result.data), rawLog: result.log, logs: [], info: "", gasWanted: 0n, gasUsed: 0n, timestamp: "", events: [] },
  });
}

/** TxDecode: TxRaw bytes → Tx, decoded as strictly as the chain decodes them. */
export function txDecode(request: TxDecodeRequest): TxDecodeResponse {
  if (request.txBytes.length === 0) throw grpcError("InvalidArgument", "invalid empty tx bytes");
  const raw = decodeStrict(TxRaw, request.txBytes);
  const tx = Tx.fromPartial({ body: decodeStrict(TxBody, raw.bodyBytes, { allowNonCritical: true }), authInfo: decodeStrict(AuthInfo, raw.authInfoBytes), signatures: raw.signatures });
  return TxDecodeResponse.fromPartial({ tx });
}

/** TxEncode: Tx → the TxRaw bytes a broadcast carries. */
export function txEncode(request: TxEncodeRequest): TxEncodeResponse {
  if (request.tx === undefined) throw grpcError("InvalidArgument", "invalid empty tx");
  const { body, authInfo, signatures } = request.tx;
  const txBytes = TxRaw.encode({ bodyBytes: TxBody.encode(body ?? TxBody.fromPartial({})).finish(), authInfoBytes: AuthInfo.encode(authInfo ?? AuthInfo.fromPartial({})).finish(), signatures }).finish();
  return TxEncodeResponse.fromPartial({ txBytes });
}

/** ABCIQuery: a query passed to the application through CometBFT, its answer as CometBFT gives it. */
export async function abciQuery(comet: CometClient, request: ABCIQueryRequest): Promise<ABCIQueryResponse> {
  if (request.path === "") throw grpcError("InvalidArgument", "empty query path");
  if (request.height < 0n) throw grpcError("InvalidArgument", "height must not be negative");
  const params = { path: request.path, data: Buffer.from(request.data).toString("hex"), height: String(request.height), prove: request.prove };
  const { response: r } = await comet.call<{ response: { code: number; log: string; info: string; index: string; key: string | null; value: string | null; proofOps: { ops: { type: string; key: string; data: string }[] } | null; height: string; codespace: string } }>("abci_query", params);
  return ABCIQueryResponse.fromPartial({
    code: r.code,
    log: r.log,
    info: r.info,
    index: BigInt(r.index),
    key: Buffer.from(r.key ?? "", "base64"),
    value: Buffer.from(r.value ?? "", "base64"),
    ...(r.proofOps === null ? {} : { proofOps: { ops: r.proofOps.ops.map((op) => ({ type: op.type, key: Buffer.from(op.key, "base64"), data: Buffer.from(op.data, "base64") })) } }),
    height: BigInt(r.height),
    codespace: r.codespace,
  });
}
