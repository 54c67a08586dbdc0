// /cosmos/base/tendermint/v1beta1/blocks…: blocks from CometBFT, in the gateway's shape (node info,
// syncing and validator sets come from the node services, on their annotated routes).
import type { FastifyPluginAsync } from "fastify";
import type { RestContext } from "./context.js";
import { BECH32_PREFIX, toBech32 } from "../types/address.js";
import { badRequest } from "./errors.js";

type Json = Record<string, unknown>;

const hexToBase64 = (hex: string): string => Buffer.from(hex, "hex").toString("base64");

function blockId(id: { hash: string; parts: { total: number; hash: string } }): Json {
  return { hash: hexToBase64(id.hash), part_set_header: { total: id.parts.total, hash: hexToBase64(id.parts.hash) } };
}

/** CometBFT's RPC block JSON (hex hashes) → the SDK gateway's (base64 bytes, proto field names). */
function block(b: { header: Json & { last_block_id: never }; data: { txs: string[] | null }; evidence: { evidence: unknown[] }; last_commit: Json }): Json {
  const h = b.header as Record<string, unknown>;
  const hashes = ["last_commit_hash", "data_hash", "validators_hash", "next_validators_hash", "consensus_hash", "app_hash", "last_results_hash", "evidence_hash", "proposer_address"];
  const header: Json = { ...h, last_block_id: blockId(h.last_block_id as never) };
  for (const key of hashes) header[key] = hexToBase64(String(h[key] ?? ""));
  const commit = b.last_commit as { height: string; round: number; block_id: never; signatures: { block_id_flag: number; validator_address: string; timestamp: string; signature: string | null }[] };
  const flags = ["BLOCK_ID_FLAG_UNKNOWN", "BLOCK_ID_FLAG_ABSENT", "BLOCK_ID_FLAG_COMMIT", "BLOCK_ID_FLAG_NIL"];
  return {
    header,
    data: { txs: b.data.txs ?? [] },
    evidence: { evidence: b.evidence.evidence },
    last_commit: {
      height: commit.height,
      round: commit.round,
      block_id: blockId(commit.block_id),
      signatures: commit.signatures.map((s) => ({
        block_id_flag: flags[s.block_id_flag] ?? "BLOCK_ID_FLAG_UNKNOWN",
        validator_address: hexToBase64(s.validator_address),
        timestamp: s.timestamp,
        signature: s.signature,
      })),
    },
  };
}

export const tendermintRoutes: FastifyPluginAsync<{ ctx: RestContext }> = async (app, { ctx }) => {
  const blockAt = async (height?: string) => {
    const result = await ctx.comet.call<{ block_id: never; block: never }>("block", height === undefined ? {} : { height });
    const converted = block(result.block);
    // sdk_block is the SDK's own Header: the proposer as a bech32 consensus address.
    const proposer = (result.block as { header: { proposer_address: string } }).header.proposer_address;
    const sdkHeader = { ...(converted.header as Json), proposer_address: toBech32(BECH32_PREFIX.consensus, Buffer.from(proposer, "hex")) };
    return { block_id: blockId(result.block_id), block: converted, sdk_block: { ...converted, header: sdkHeader } };
  };

  app.get("/cosmos/base/tendermint/v1beta1/blocks/latest", async () => blockAt());

  app.get<{ Params: { height: string } }>(
    "/cosmos/base/tendermint/v1beta1/blocks/:height",
    { schema: { params: { type: "object", required: ["height"], properties: { height: { type: "string", pattern: "^[0-9]{1,19}$" } } } } },
    async (request) => {
      if (BigInt(request.params.height) < 1n) throw badRequest("height must be at least 1");
      return blockAt(request.params.height);
    },
  );
};
