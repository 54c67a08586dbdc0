// CometBFT's consensus parameters as governance may set them. CometBFT v0.38 applies what
// FinalizeBlock returns only after its own checks (ConsensusParams.ValidateBasic, ValidateUpdate) and
// halts the chain when they fail, so the same checks run here first, plus a few guards that keep a
// chain of AIS validators live.
import type { Duration } from "cosmjs-types/google/protobuf/duration";
import type { ABCIParams, BlockParams, ConsensusParams, EvidenceParams, ValidatorParams } from "cosmjs-types/tendermint/types/params";

/** types.MaxBlockSizeBytes */
export const MAX_BLOCK_SIZE_BYTES = 104_857_600n;
/** types.ABCIPubKeyTypesToNames */
export const KNOWN_PUB_KEY_TYPES: readonly string[] = ["ed25519", "secp256k1"];
/**
 * What a block holds besides transactions and evidence with CometBFT's largest validator set
 * (types.MaxDataBytes: block overhead 11, header 626, commit 94 + 111 per signature, 10,000 signatures).
 * A proposer whose block cannot fit these panics.
 */
export const BLOCK_OVERHEAD_BYTES = 11n + 626n + 94n + 111n * 10_000n;
const MAX_INT64 = (1n << 63n) - 1n;
const NANOS_PER_SECOND = 1_000_000_000n;

/** The parameters a cosmos.consensus.v1.MsgUpdateParams carries. */
export interface ConsensusParamsUpdate {
  block?: BlockParams;
  evidence?: EvidenceParams;
  validator?: ValidatorParams;
  abci?: ABCIParams;
}

/** SDK v0.50: block, evidence and validator are required; abci is optional (absent: unchanged). */
export function validateConsensusUpdate(update: ConsensusParamsUpdate): void {
  const { block, evidence, validator, abci } = update;
  if (block === undefined || evidence === undefined || validator === undefined) {
    throw new Error("block, evidence and validator params are all required");
  }
  validateBlock(block);
  validateEvidence(evidence, block);
  validateValidator(validator);
  if (abci !== undefined && abci.voteExtensionsEnableHeight < 0n) {
    throw new Error(`abci.vote_extensions_enable_height must not be negative, got ${abci.voteExtensionsEnableHeight}`);
  }
}

function validateBlock(block: BlockParams): void {
  if (block.maxBytes === 0n || block.maxBytes < -1n) throw new Error(`block.max_bytes must be -1 or positive, got ${block.maxBytes}`);
  if (block.maxBytes > MAX_BLOCK_SIZE_BYTES) throw new Error(`block.max_bytes must be at most ${MAX_BLOCK_SIZE_BYTES}, got ${block.maxBytes}`);
  if (block.maxGas < -1n) throw new Error(`block.max_gas must be -1 or more, got ${block.maxGas}`);
  // CometBFT admits no transaction that wants gas into a block with max_gas 0: not even the proposal undoing it.
  if (block.maxGas === 0n) throw new Error("block.max_gas must be -1 (unlimited) or positive: with 0 no transaction fits in a block");
}

function validateEvidence(evidence: EvidenceParams, block: BlockParams): void {
  if (evidence.maxAgeNumBlocks <= 0n) throw new Error(`evidence.max_age_num_blocks must be positive, got ${evidence.maxAgeNumBlocks}`);
  validateMaxAgeDuration(evidence.maxAgeDuration);
  if (evidence.maxBytes < 0n) throw new Error(`evidence.max_bytes must not be negative, got ${evidence.maxBytes}`);
  const blockBytes = block.maxBytes === -1n ? MAX_BLOCK_SIZE_BYTES : block.maxBytes;
  if (evidence.maxBytes > blockBytes) throw new Error(`evidence.max_bytes must be at most block.max_bytes (${blockBytes}), got ${evidence.maxBytes}`);
  if (blockBytes - evidence.maxBytes < BLOCK_OVERHEAD_BYTES) {
    throw new Error(`block.max_bytes must exceed evidence.max_bytes by at least ${BLOCK_OVERHEAD_BYTES} (header and last commit), got ${blockBytes - evidence.maxBytes}`);
  }
}

/** Positive, and a valid protobuf Duration that fits Go's time.Duration (int64 nanoseconds). */
function validateMaxAgeDuration(duration: Duration): void {
  const { seconds, nanos } = duration;
  if (seconds < 0n || nanos < 0 || nanos > 999_999_999) throw new Error(`evidence.max_age_duration is not a valid positive duration: ${seconds}s ${nanos}ns`);
  const total = seconds * NANOS_PER_SECOND + BigInt(nanos);
  if (total === 0n) throw new Error("evidence.max_age_duration must be positive");
  if (total > MAX_INT64) throw new Error(`evidence.max_age_duration must be at most ${MAX_INT64}ns, got ${total}ns`);
}

function validateValidator(validator: ValidatorParams): void {
  if (validator.pubKeyTypes.length === 0) throw new Error("validator.pub_key_types must not be empty");
  validator.pubKeyTypes.forEach((type, index) => {
    if (!KNOWN_PUB_KEY_TYPES.includes(type)) throw new Error(`validator.pub_key_types[${index}] ${JSON.stringify(type)} is an unknown pubkey type`);
  });
  // AIS validators have ed25519 consensus keys (MsgCreateValidator accepts no other); CometBFT would
  // refuse their validator updates and halt.
  if (!validator.pubKeyTypes.includes("ed25519")) throw new Error('validator.pub_key_types must include "ed25519"');
}

/**
 * CometBFT's ValidateUpdate: vote extensions may be scheduled only for a future height, and once
 * enabled (enable height reached) they can be neither moved nor disabled.
 */
export function validateVoteExtensionsChange(current: ABCIParams | undefined, updated: ABCIParams | undefined, height: bigint): void {
  if (updated === undefined) return;
  const was = current?.voteExtensionsEnableHeight ?? 0n;
  const next = updated.voteExtensionsEnableHeight;
  if (next < 0n) throw new Error(`abci.vote_extensions_enable_height must not be negative, got ${next}`);
  if ((was <= 0n && next === 0n) || was === next) return;
  const enabled = was > 0n && was <= height;
  if (enabled) throw new Error(`abci.vote_extensions_enable_height cannot change: vote extensions are enabled since height ${was}`);
  if (next !== 0n && next <= height) {
    throw new Error(`abci.vote_extensions_enable_height must be after the current height ${height}, got ${next}`);
  }
}

/** Block, evidence and validator replaced; abci kept when absent; the app version is CometBFT's. */
export function nextConsensusParams(current: ConsensusParams | undefined, update: ConsensusParamsUpdate): ConsensusParams {
  return {
    block: update.block,
    evidence: update.evidence,
    validator: update.validator,
    version: current?.version,
    abci: update.abci ?? current?.abci,
  };
}
