import { describe, expect, it } from "vitest";
import { BLOCK_OVERHEAD_BYTES, nextConsensusParams, validateConsensusUpdate, validateVoteExtensionsChange, type ConsensusParamsUpdate } from "./params.js";

// The consensus params of an AIS genesis (cometbft init's, with AIS's block gas limit).
const GENESIS: Required<ConsensusParamsUpdate> = {
  block: { maxBytes: 22_020_096n, maxGas: 100_000_000n },
  evidence: { maxAgeNumBlocks: 100_000n, maxAgeDuration: { seconds: 172_800n, nanos: 0 }, maxBytes: 1_048_576n },
  validator: { pubKeyTypes: ["ed25519"] },
  abci: { voteExtensionsEnableHeight: 0n },
};

const change = (part: Partial<ConsensusParamsUpdate>): ConsensusParamsUpdate => ({ ...GENESIS, ...part });

describe("consensus params validation (CometBFT's ValidateBasic)", () => {
  it("accepts the genesis params, unlimited blocks and a message without abci", () => {
    expect(() => validateConsensusUpdate(GENESIS)).not.toThrow();
    expect(() => validateConsensusUpdate(change({ block: { maxBytes: -1n, maxGas: -1n } }))).not.toThrow();
    expect(() => validateConsensusUpdate({ ...GENESIS, abci: undefined })).not.toThrow();
    expect(() => validateConsensusUpdate(change({ validator: { pubKeyTypes: ["ed25519", "secp256k1"] } }))).not.toThrow();
  });

  it("requires block, evidence and validator", () => {
    for (const missing of ["block", "evidence", "validator"] as const) {
      expect(() => validateConsensusUpdate({ ...GENESIS, [missing]: undefined })).toThrow("block, evidence and validator params are all required");
    }
  });

  it.each([
    ["block.max_bytes 0", { block: { maxBytes: 0n, maxGas: -1n } }, "block.max_bytes must be -1 or positive, got 0"],
    ["block.max_bytes -2", { block: { maxBytes: -2n, maxGas: -1n } }, "block.max_bytes must be -1 or positive, got -2"],
    ["block.max_bytes over 100 MiB", { block: { maxBytes: 104_857_601n, maxGas: -1n } }, "block.max_bytes must be at most 104857600, got 104857601"],
    ["block.max_gas -2", { block: { maxBytes: 22_020_096n, maxGas: -2n } }, "block.max_gas must be -1 or more, got -2"],
    ["block.max_gas 0", { block: { maxBytes: 22_020_096n, maxGas: 0n } }, "block.max_gas must be -1 (unlimited) or positive"],
  ] as const)("rejects %s", (_case, part, message) => {
    expect(() => validateConsensusUpdate(change(part))).toThrow(message);
  });

  it.each([
    ["max_age_num_blocks 0", { maxAgeNumBlocks: 0n }, "evidence.max_age_num_blocks must be positive, got 0"],
    ["max_age_duration 0", { maxAgeDuration: { seconds: 0n, nanos: 0 } }, "evidence.max_age_duration must be positive"],
    ["a negative max_age_duration", { maxAgeDuration: { seconds: -5n, nanos: 0 } }, "evidence.max_age_duration is not a valid positive duration"],
    ["max_age_duration nanos out of range", { maxAgeDuration: { seconds: 1n, nanos: 1_000_000_000 } }, "evidence.max_age_duration is not a valid positive duration"],
    ["a max_age_duration beyond Go's time.Duration", { maxAgeDuration: { seconds: 9_223_372_037n, nanos: 0 } }, "evidence.max_age_duration must be at most 9223372036854775807ns"],
    ["max_bytes -1", { maxBytes: -1n }, "evidence.max_bytes must not be negative, got -1"],
    ["max_bytes over block.max_bytes", { maxBytes: 22_020_097n }, "evidence.max_bytes must be at most block.max_bytes (22020096), got 22020097"],
    ["max_bytes leaving no room for header and commit", { maxBytes: 22_020_096n }, `block.max_bytes must exceed evidence.max_bytes by at least ${BLOCK_OVERHEAD_BYTES}`],
  ] as const)("rejects evidence %s", (_case, part, message) => {
    expect(() => validateConsensusUpdate(change({ evidence: { ...GENESIS.evidence, ...part } }))).toThrow(message);
  });

  it("bounds evidence by 100 MiB when blocks are unlimited", () => {
    const evidence = { ...GENESIS.evidence, maxBytes: 104_857_601n };
    expect(() => validateConsensusUpdate(change({ block: { maxBytes: -1n, maxGas: -1n }, evidence }))).toThrow("evidence.max_bytes must be at most block.max_bytes (104857600)");
  });

  it.each([
    ["an empty list", [], "validator.pub_key_types must not be empty"],
    ["an unknown type", ["ed25519", "sr25519"], 'validator.pub_key_types[1] "sr25519" is an unknown pubkey type'],
    ["a list without ed25519 (AIS validators' keys)", ["secp256k1"], 'validator.pub_key_types must include "ed25519"'],
  ] as const)("rejects validator.pub_key_types with %s", (_case, pubKeyTypes, message) => {
    expect(() => validateConsensusUpdate(change({ validator: { pubKeyTypes: [...pubKeyTypes] } }))).toThrow(message);
  });

  it("rejects a negative vote extensions enable height", () => {
    expect(() => validateConsensusUpdate(change({ abci: { voteExtensionsEnableHeight: -1n } }))).toThrow("abci.vote_extensions_enable_height must not be negative, got -1");
  });
});

describe("vote extensions changes (CometBFT's ValidateUpdate)", () => {
  const at = (height: bigint) => ({ voteExtensionsEnableHeight: height });

  it("allows no abci, no change, and scheduling a future height", () => {
    expect(() => validateVoteExtensionsChange(at(0n), undefined, 10n)).not.toThrow();
    expect(() => validateVoteExtensionsChange(at(5n), at(5n), 10n)).not.toThrow();
    expect(() => validateVoteExtensionsChange(undefined, at(11n), 10n)).not.toThrow();
    expect(() => validateVoteExtensionsChange(at(20n), at(30n), 10n)).not.toThrow(); // scheduled, not yet enabled
    expect(() => validateVoteExtensionsChange(at(20n), at(0n), 10n)).not.toThrow(); // unscheduled before it starts
  });

  it("refuses a past or current enable height", () => {
    expect(() => validateVoteExtensionsChange(at(0n), at(10n), 10n)).toThrow("abci.vote_extensions_enable_height must be after the current height 10, got 10");
  });

  it("refuses moving or disabling vote extensions once enabled", () => {
    expect(() => validateVoteExtensionsChange(at(5n), at(0n), 10n)).toThrow("vote extensions are enabled since height 5");
    expect(() => validateVoteExtensionsChange(at(5n), at(50n), 10n)).toThrow("vote extensions are enabled since height 5");
  });
});

describe("next consensus params", () => {
  it("replaces block, evidence and validator, keeps abci when absent and always keeps the version", () => {
    const current = { ...GENESIS, abci: { voteExtensionsEnableHeight: 7n }, version: { app: 3n } };
    const update = change({ block: { maxBytes: 1_000_000_000n, maxGas: 5n }, abci: undefined });
    expect(nextConsensusParams(current, update)).toEqual({ ...update, abci: { voteExtensionsEnableHeight: 7n }, version: { app: 3n } });
    expect(nextConsensusParams(current, GENESIS).abci).toEqual({ voteExtensionsEnableHeight: 0n });
  });
});
