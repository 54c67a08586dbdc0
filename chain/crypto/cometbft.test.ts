// Golden data from a real CometBFT v0.38 chain (test/vectors/cometbft/SOURCE): commit signatures,
// the validator-set hash and the header hash recompute exactly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromHex, toHex } from "../store/encoding.js";
import { SignedMsgType, headerHash, validatorAddress, validatorSetHash, verifyEd25519, voteSignBytes } from "./cometbft.js";
import { parseRfc3339 } from "../types/time.js";

const dir = join(import.meta.dirname, "../../test/vectors/cometbft");
const { signed_header: signed } = JSON.parse(readFileSync(join(dir, "commit-12.json"), "utf8"));
const { validators } = JSON.parse(readFileSync(join(dir, "validators-12.json"), "utf8"));
const b64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"));
const blockId = (id: { hash: string; parts: { total: number; hash: string } }) => ({
  hash: fromHex(id.hash),
  partSetHeader: { total: id.parts.total, hash: fromHex(id.parts.hash) },
});

describe("CometBFT signing formats (real chain vectors)", () => {
  const commit = signed.commit;

  it("rebuilds the precommit sign bytes of the reference", () => {
    const bytes = voteSignBytes(
      {
        type: SignedMsgType.Precommit,
        height: BigInt(commit.height),
        round: BigInt(commit.round),
        blockId: blockId(commit.block_id),
        timestamp: parseRfc3339(commit.signatures[0].timestamp),
      },
      signed.header.chain_id,
    );
    expect(toHex(bytes).startsWith("7108021" + "10c00000000000000224" + "80a2093232036")).toBe(true);
    expect(toHex(bytes).endsWith("320c636861696e2d4f5263536558")).toBe(true);
  });

  it("verifies every signature of the commit with the validators' keys, and nothing else", () => {
    for (const sig of commit.signatures) {
      const validator = validators.find((v: { address: string }) => v.address === sig.validator_address);
      const pubKey = b64(validator.pub_key.value);
      expect(toHex(validatorAddress(pubKey)).toUpperCase()).toBe(sig.validator_address);
      const vote = {
        type: SignedMsgType.Precommit,
        height: BigInt(commit.height),
        round: BigInt(commit.round),
        blockId: blockId(commit.block_id),
        timestamp: parseRfc3339(sig.timestamp),
      };
      const signature = b64(sig.signature);
      expect(verifyEd25519(signature, voteSignBytes(vote, signed.header.chain_id), pubKey)).toBe(true);
      expect(verifyEd25519(signature, voteSignBytes({ ...vote, round: 1n }, signed.header.chain_id), pubKey)).toBe(false);
      expect(verifyEd25519(signature, voteSignBytes(vote, "other-chain"), pubKey)).toBe(false);
      expect(verifyEd25519(signature, voteSignBytes({ ...vote, blockId: undefined }, signed.header.chain_id), pubKey)).toBe(false);
    }
  });

  it("recomputes the validator-set hash and the header hash the commit signed", () => {
    const set = validators.map((v: { pub_key: { value: string }; voting_power: string }) => ({ pubKey: b64(v.pub_key.value), votingPower: BigInt(v.voting_power) }));
    expect(toHex(validatorSetHash(set)).toUpperCase()).toBe(signed.header.validators_hash);
    const h = signed.header;
    const hash = headerHash({
      version: { block: BigInt(h.version.block), app: BigInt(h.version.app) },
      chainId: h.chain_id,
      height: BigInt(h.height),
      time: parseRfc3339(h.time),
      lastBlockId: blockId(h.last_block_id),
      lastCommitHash: fromHex(h.last_commit_hash),
      dataHash: fromHex(h.data_hash),
      validatorsHash: fromHex(h.validators_hash),
      nextValidatorsHash: fromHex(h.next_validators_hash),
      consensusHash: fromHex(h.consensus_hash),
      appHash: fromHex(h.app_hash),
      lastResultsHash: fromHex(h.last_results_hash),
      evidenceHash: fromHex(h.evidence_hash),
      proposerAddress: fromHex(h.proposer_address),
    });
    expect(toHex(hash).toUpperCase()).toBe(commit.block_id.hash);
  });

  it("rejects malformed keys and signatures without throwing", () => {
    expect(verifyEd25519(new Uint8Array(63), new Uint8Array(1), new Uint8Array(32))).toBe(false);
    expect(verifyEd25519(new Uint8Array(64), new Uint8Array(1), new Uint8Array(31))).toBe(false);
    expect(verifyEd25519(new Uint8Array(64), new Uint8Array(1), new Uint8Array(32))).toBe(false);
  });
});
