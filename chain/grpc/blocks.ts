// Blocks as the SDK's services return them (cosmos.base.tendermint.v1beta1.Service/GetLatestBlock,
// GetBlockByHeight; cosmos.tx.v1beta1.Service/GetBlockWithTxs): CometBFT's RPC JSON (hex hashes,
// amino-JSON evidence) read back into the protobuf types CometBFT itself serves them as, plus
// `sdk_block`, whose header names the proposer as a bech32 consensus address.
import { Block as SdkBlock } from "cosmjs-types/cosmos/base/tendermint/v1beta1/types";
import { GetBlockByHeightResponse, GetLatestBlockResponse } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { StatusResponse } from "cosmjs-types/cosmos/base/node/v1beta1/query";
import { GetBlockWithTxsResponse, type GetBlockWithTxsRequest } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Block } from "cosmjs-types/tendermint/types/block";
import type { Evidence } from "cosmjs-types/tendermint/types/evidence";
import type { BlockID, Commit, Header, Vote } from "cosmjs-types/tendermint/types/types";
import type { Validator } from "cosmjs-types/tendermint/types/validator";
import { grpcError } from "../app/errors.js";
import { DEFAULT_PAGE_LIMIT } from "../app/pagination.js";
import { CometRpcError, type CometClient } from "../client/comet.js";
import { BECH32_PREFIX, toBech32 } from "../types/address.js";
import { parseRfc3339 } from "../types/time.js";

type Json = Record<string, unknown>;

interface CometBlockId {
  hash: string;
  parts: { total: number; hash: string };
}

interface CometHeader {
  version: { block: string; app?: string };
  chain_id: string;
  height: string;
  time: string;
  last_block_id: CometBlockId;
  last_commit_hash: string;
  data_hash: string;
  validators_hash: string;
  next_validators_hash: string;
  consensus_hash: string;
  app_hash: string;
  last_results_hash: string;
  evidence_hash: string;
  proposer_address: string;
}

interface CometCommit {
  height: string;
  round: number;
  block_id: CometBlockId;
  signatures: { block_id_flag: number; validator_address: string; timestamp: string; signature: string | null }[];
}

interface CometBlock {
  header: CometHeader;
  data: { txs: string[] | null };
  evidence: { evidence: { type: string; value: Json }[] | null };
  last_commit: CometCommit | null;
}

const hex = (text: string | undefined | null): Uint8Array => new Uint8Array(Buffer.from(text ?? "", "hex"));
const base64 = (text: string | undefined | null): Uint8Array => new Uint8Array(Buffer.from(text ?? "", "base64"));

function blockId(id: CometBlockId): BlockID {
  return { hash: hex(id.hash), partSetHeader: { total: id.parts.total, hash: hex(id.parts.hash) } };
}

function header(h: CometHeader): Header {
  return {
    version: { block: BigInt(h.version.block), app: BigInt(h.version.app ?? "0") },
    chainId: h.chain_id,
    height: BigInt(h.height),
    time: parseRfc3339(h.time),
    lastBlockId: blockId(h.last_block_id),
    lastCommitHash: hex(h.last_commit_hash),
    dataHash: hex(h.data_hash),
    validatorsHash: hex(h.validators_hash),
    nextValidatorsHash: hex(h.next_validators_hash),
    consensusHash: hex(h.consensus_hash),
    appHash: hex(h.app_hash),
    lastResultsHash: hex(h.last_results_hash),
    evidenceHash: hex(h.evidence_hash),
    proposerAddress: hex(h.proposer_address),
  };
}

function commit(c: CometCommit): Commit {
  return {
    height: BigInt(c.height),
    round: c.round,
    blockId: blockId(c.block_id),
    signatures: c.signatures.map((s) => ({ blockIdFlag: s.block_id_flag, validatorAddress: hex(s.validator_address), timestamp: parseRfc3339(s.timestamp), signature: base64(s.signature) })),
  };
}

function vote(v: Json): Vote {
  return {
    type: v.type as number,
    height: BigInt(v.height as string),
    round: v.round as number,
    blockId: blockId(v.block_id as CometBlockId),
    timestamp: parseRfc3339(v.timestamp as string),
    validatorAddress: hex(v.validator_address as string),
    validatorIndex: v.validator_index as number,
    signature: base64(v.signature as string),
    extension: base64(v.extension as string | undefined),
    extensionSignature: base64(v.extension_signature as string | undefined),
  };
}

function validator(v: Json): Validator {
  const key = v.pub_key as { type: string; value: string };
  if (key.type !== "tendermint/PubKeyEd25519") throw new Error(`unexpected validator key type ${key.type}`);
  return { address: hex(v.address as string), pubKey: { ed25519: base64(key.value) }, votingPower: BigInt(v.voting_power as string), proposerPriority: BigInt(v.proposer_priority as string) };
}

/** CometBFT's amino-JSON evidence (types/evidence.go) as tendermint.types.Evidence. */
function evidence(e: { type: string; value: Json }): Evidence {
  const v = e.value;
  if (e.type === "tendermint/DuplicateVoteEvidence") {
    return {
      duplicateVoteEvidence: {
        voteA: vote(v.vote_a as Json),
        voteB: vote(v.vote_b as Json),
        totalVotingPower: BigInt(v.TotalVotingPower as string),
        validatorPower: BigInt(v.ValidatorPower as string),
        timestamp: parseRfc3339(v.Timestamp as string),
      },
    };
  }
  if (e.type === "tendermint/LightClientAttackEvidence") {
    const light = v.conflicting_block as { signed_header: { header: CometHeader; commit: CometCommit }; validator_set: { validators: Json[]; proposer: Json; total_voting_power?: string } };
    return {
      lightClientAttackEvidence: {
        conflictingBlock: {
          signedHeader: { header: header(light.signed_header.header), commit: commit(light.signed_header.commit) },
          validatorSet: { validators: light.validator_set.validators.map(validator), proposer: validator(light.validator_set.proposer), totalVotingPower: BigInt(light.validator_set.total_voting_power ?? "0") },
        },
        commonHeight: BigInt(v.common_height as string),
        byzantineValidators: (v.byzantine_validators as Json[]).map(validator),
        totalVotingPower: BigInt(v.total_voting_power as string),
        timestamp: parseRfc3339(v.timestamp as string),
      },
    };
  }
  throw new Error(`unexpected evidence type ${e.type}`);
}

/** CometBFT's RPC block JSON as tendermint.types.Block. */
export function protoBlock(b: CometBlock): Block {
  return {
    header: header(b.header),
    data: { txs: (b.data.txs ?? []).map(base64) },
    evidence: { evidence: (b.evidence.evidence ?? []).map(evidence) },
    ...(b.last_commit === null ? {} : { lastCommit: commit(b.last_commit) }),
  };
}

/** The same block as the SDK's own type: the proposer as a bech32 consensus address. */
export function sdkBlock(block: Block): SdkBlock {
  const { proposerAddress, ...rest } = block.header!;
  return SdkBlock.fromPartial({ ...block, header: { ...rest, proposerAddress: toBech32(BECH32_PREFIX.consensus, proposerAddress) } });
}

async function latestHeight(comet: CometClient): Promise<bigint> {
  return BigInt((await comet.call<{ sync_info: { latest_block_height: string } }>("status")).sync_info.latest_block_height);
}

/** The block at `height` (latest when undefined) and its ID; a height CometBFT no longer has is InvalidArgument. */
async function blockAt(comet: CometClient, height: bigint | undefined): Promise<{ blockId: BlockID; block: Block }> {
  let result: { block_id: CometBlockId; block: CometBlock };
  try {
    result = await comet.call("block", height === undefined ? {} : { height: String(height) });
  } catch (err) {
    if (err instanceof CometRpcError) throw grpcError("InvalidArgument", err.data === "" ? err.message : err.data);
    throw err;
  }
  return { blockId: blockId(result.block_id), block: protoBlock(result.block) };
}

export async function getLatestBlock(comet: CometClient): Promise<GetLatestBlockResponse> {
  const { blockId, block } = await blockAt(comet, undefined);
  return GetLatestBlockResponse.fromPartial({ blockId, block, sdkBlock: sdkBlock(block) });
}

export async function getBlockByHeight(comet: CometClient, height: bigint): Promise<GetBlockByHeightResponse> {
  if (height < 1n) throw grpcError("InvalidArgument", "height must be at least 1");
  if (height > (await latestHeight(comet))) throw grpcError("InvalidArgument", "requested block height is bigger then the chain length");
  const { blockId, block } = await blockAt(comet, height);
  return GetBlockByHeightResponse.fromPartial({ blockId, block, sdkBlock: sdkBlock(block) });
}

/** cosmos.base.node.v1beta1.Service/Status: the latest block's height, time and hashes, and the oldest state kept. */
export async function nodeStatus(comet: CometClient, earliestStoreHeight: number): Promise<StatusResponse> {
  const { header } = (await blockAt(comet, undefined)).block;
  return StatusResponse.fromPartial({
    earliestStoreHeight: BigInt(earliestStoreHeight),
    height: header!.height,
    timestamp: header!.time,
    appHash: header!.appHash,
    validatorHash: header!.validatorsHash,
  });
}

/**
 * GetBlockWithTxs: a block and a page of its transactions decoded, by `pagination.offset` and
 * `limit` (default 100; `reverse` pages from the last transaction), `pagination.total` the block's count.
 */
export async function getBlockWithTxs(comet: CometClient, request: GetBlockWithTxsRequest): Promise<GetBlockWithTxsResponse> {
  if (request.height < 1n || request.height > (await latestHeight(comet))) {
    throw grpcError("InvalidArgument", "height must not be less than 1 or greater than the current height");
  }
  const { blockId, block } = await blockAt(comet, request.height);
  const all = block.data!.txs;
  const offset = request.pagination?.offset ?? 0n;
  const limit = request.pagination === undefined || request.pagination.limit === 0n ? DEFAULT_PAGE_LIMIT : request.pagination.limit;
  if (limit > DEFAULT_PAGE_LIMIT) throw grpcError("InvalidArgument", `pagination.limit must be at most ${DEFAULT_PAGE_LIMIT}`);
  const count = BigInt(all.length);
  if (offset >= count && count !== 0n) throw grpcError("InvalidArgument", `out of range: cannot paginate ${count} txs with offset ${offset} and limit ${limit}`);
  const ordered = request.pagination?.reverse === true ? [...all].reverse() : all;
  const page = ordered.slice(Number(offset), Number(offset + limit));
  return GetBlockWithTxsResponse.fromPartial({ txs: page.map((bytes) => Tx.decode(bytes)), blockId, block, pagination: { total: count } });
}
