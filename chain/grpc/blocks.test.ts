// CometBFT's RPC block JSON read back into tendermint.types.Block, evidence included.
import { describe, expect, it } from "vitest";
import { Block } from "cosmjs-types/tendermint/types/block";
import { protoBlock, sdkBlock } from "./blocks.js";

const id = { hash: "AA".repeat(32), parts: { total: 1, hash: "BB".repeat(32) } };
const header = {
  version: { block: "11", app: "0" },
  chain_id: "ais-test-1",
  height: "7",
  time: "2026-12-04T21:40:22.123456789Z",
  last_block_id: id,
  last_commit_hash: "01".repeat(32),
  data_hash: "",
  validators_hash: "02".repeat(32),
  next_validators_hash: "02".repeat(32),
  consensus_hash: "03".repeat(32),
  app_hash: "04".repeat(32),
  last_results_hash: "",
  evidence_hash: "05".repeat(32),
  proposer_address: "0A".repeat(20),
};
const vote = (hash: string) => ({
  type: 2,
  height: "6",
  round: 0,
  block_id: { ...id, hash },
  timestamp: "2026-12-04T21:40:21Z",
  validator_address: "0A".repeat(20),
  validator_index: 0,
  signature: Buffer.alloc(64, 1).toString("base64"),
});
const validator = { address: "0A".repeat(20), pub_key: { type: "tendermint/PubKeyEd25519", value: Buffer.alloc(32, 2).toString("base64") }, voting_power: "10", proposer_priority: "-3" };
const commit = { height: "6", round: 0, block_id: id, signatures: [{ block_id_flag: 2, validator_address: "0A".repeat(20), timestamp: "2026-12-04T21:40:21.5Z", signature: Buffer.alloc(64, 3).toString("base64") }, { block_id_flag: 1, validator_address: "", timestamp: "0001-01-01T00:00:00Z", signature: null }] };
const cometBlock = {
  header,
  data: { txs: [Buffer.from("tx one").toString("base64")] },
  evidence: {
    evidence: [
      { type: "tendermint/DuplicateVoteEvidence", value: { vote_a: vote("AA".repeat(32)), vote_b: vote("CC".repeat(32)), TotalVotingPower: "30", ValidatorPower: "10", Timestamp: "2026-12-04T21:40:21Z" } },
      {
        type: "tendermint/LightClientAttackEvidence",
        value: { conflicting_block: { signed_header: { header, commit }, validator_set: { validators: [validator], proposer: validator, total_voting_power: "10" } }, common_height: "4", byzantine_validators: [validator], total_voting_power: "30", timestamp: "2026-12-04T21:40:20Z" },
      },
    ],
  },
  last_commit: commit,
};

describe("blocks from CometBFT's RPC", () => {
  it("keeps every field, nanoseconds, absent signatures and both kinds of evidence", () => {
    const block = protoBlock(cometBlock);
    expect(block.header!.time).toEqual({ seconds: 1_796_420_422n, nanos: 123_456_789 });
    expect(block.header!.dataHash).toHaveLength(0);
    expect(block.data!.txs.map((t) => Buffer.from(t).toString())).toEqual(["tx one"]);
    expect(block.lastCommit!.signatures[1]).toMatchObject({ blockIdFlag: 1, signature: new Uint8Array(), timestamp: { seconds: -62_135_596_800n, nanos: 0 } });
    const [duplicate, attack] = block.evidence!.evidence;
    expect(duplicate!.duplicateVoteEvidence).toMatchObject({ totalVotingPower: 30n, validatorPower: 10n, voteA: { height: 6n, type: 2 } });
    expect(attack!.lightClientAttackEvidence).toMatchObject({ commonHeight: 4n, totalVotingPower: 30n, byzantineValidators: [{ votingPower: 10n, proposerPriority: -3n }] });
    // It encodes: the bytes gRPC clients receive.
    expect(Block.decode(Block.encode(block).finish())).toEqual(block);
  });

  it("names the proposer as a bech32 consensus address in sdk_block", () => {
    expect(sdkBlock(protoBlock(cometBlock)).header!.proposerAddress).toMatch(/^aisvalcons1/);
  });

  it("refuses evidence and keys it does not know with its own error", () => {
    expect(() => protoBlock({ ...cometBlock, evidence: { evidence: [{ type: "tendermint/Other", value: {} }] } })).toThrow("unexpected evidence type tendermint/Other");
  });
});
