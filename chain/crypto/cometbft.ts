// CometBFT's signing formats (types/canonical.go, vote.go, validator_set.go, block.go): the bytes a
// validator signs for a vote, ed25519 verification, validator addresses, and the validator-set and
// header hashes. Used to verify votes brought as evidence and, later, headers of other chains.
import { createPublicKey, verify } from "node:crypto";
import { BinaryWriter } from "cosmjs-types/binary";
import { concat, uvarint } from "../store/encoding.js";
import { sha256 } from "../store/hash.js";
import { hashFromByteSlices } from "../store/merkle.js";

export enum SignedMsgType {
  Prevote = 1,
  Precommit = 2,
}

export interface PartSetHeader {
  total: number;
  hash: Uint8Array;
}

export interface BlockId {
  hash: Uint8Array;
  partSetHeader: PartSetHeader;
}

export interface Timestamp {
  seconds: bigint;
  nanos: number;
}

export interface Vote {
  type: SignedMsgType;
  height: bigint;
  round: bigint;
  /** Undefined (or an empty hash) for a vote for nil. */
  blockId: BlockId | undefined;
  timestamp: Timestamp;
}

function writeTimestamp(writer: BinaryWriter, field: number, time: Timestamp): void {
  const inner = BinaryWriter.create();
  if (time.seconds !== 0n) inner.uint32(8).int64(time.seconds);
  if (time.nanos !== 0) inner.uint32(16).int32(time.nanos);
  writer.uint32((field << 3) | 2).bytes(inner.finish());
}

/** protoio.MarshalDelimited(CanonicalVote): what a validator signs for a prevote or precommit. */
export function voteSignBytes(vote: Vote, chainId: string): Uint8Array {
  const writer = BinaryWriter.create();
  writer.uint32(8).int32(vote.type);
  if (vote.height !== 0n) writer.uint32(17).sfixed64(vote.height);
  if (vote.round !== 0n) writer.uint32(25).sfixed64(vote.round);
  if (vote.blockId !== undefined && vote.blockId.hash.length > 0) {
    const partSetHeader = BinaryWriter.create();
    if (vote.blockId.partSetHeader.total !== 0) partSetHeader.uint32(8).uint32(vote.blockId.partSetHeader.total);
    if (vote.blockId.partSetHeader.hash.length > 0) partSetHeader.uint32(18).bytes(vote.blockId.partSetHeader.hash);
    const blockId = BinaryWriter.create();
    blockId.uint32(10).bytes(vote.blockId.hash);
    blockId.uint32(18).bytes(partSetHeader.finish()); // part_set_header is non-nullable: always written
    writer.uint32(34).bytes(blockId.finish());
  }
  writeTimestamp(writer, 5, vote.timestamp); // non-nullable: always written
  if (chainId !== "") writer.uint32(50).string(chainId);
  const body = writer.finish();
  return concat(uvarint(body.length), body);
}

const ED25519_SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

export function verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== 64 || publicKey.length !== 32) return false;
  try {
    const key = createPublicKey({ key: Buffer.from(concat(ED25519_SPKI_PREFIX, publicKey)), format: "der", type: "spki" });
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/** sha256(pubkey)[:20], as CometBFT addresses ed25519 validators. */
export function validatorAddress(ed25519PublicKey: Uint8Array): Uint8Array {
  return sha256(ed25519PublicKey).slice(0, 20);
}

/** The validators hash of a header: the Merkle root of SimpleValidator encodings, in set order. */
export function validatorSetHash(validators: readonly { pubKey: Uint8Array; votingPower: bigint }[]): Uint8Array {
  return hashFromByteSlices(
    validators.map((v) => {
      const publicKey = BinaryWriter.create().uint32(10).bytes(v.pubKey).finish();
      const writer = BinaryWriter.create().uint32(10).bytes(publicKey);
      if (v.votingPower !== 0n) writer.uint32(16).int64(v.votingPower);
      return writer.finish();
    }),
  );
}

export interface Header {
  version: { block: bigint; app: bigint };
  chainId: string;
  height: bigint;
  time: Timestamp;
  lastBlockId: BlockId;
  lastCommitHash: Uint8Array;
  dataHash: Uint8Array;
  validatorsHash: Uint8Array;
  nextValidatorsHash: Uint8Array;
  consensusHash: Uint8Array;
  appHash: Uint8Array;
  lastResultsHash: Uint8Array;
  evidenceHash: Uint8Array;
  proposerAddress: Uint8Array;
}

/** Header.Hash(): the BlockID hash that commits sign. */
export function headerHash(h: Header): Uint8Array {
  const bytesValue = (b: Uint8Array) => (b.length === 0 ? new Uint8Array(0) : BinaryWriter.create().uint32(10).bytes(b).finish());
  const version = BinaryWriter.create();
  if (h.version.block !== 0n) version.uint32(8).uint64(h.version.block);
  if (h.version.app !== 0n) version.uint32(16).uint64(h.version.app);
  const time = BinaryWriter.create();
  if (h.time.seconds !== 0n) time.uint32(8).int64(h.time.seconds);
  if (h.time.nanos !== 0) time.uint32(16).int32(h.time.nanos);
  const psh = BinaryWriter.create();
  if (h.lastBlockId.partSetHeader.total !== 0) psh.uint32(8).uint32(h.lastBlockId.partSetHeader.total);
  if (h.lastBlockId.partSetHeader.hash.length > 0) psh.uint32(18).bytes(h.lastBlockId.partSetHeader.hash);
  const lastBlockId = BinaryWriter.create();
  if (h.lastBlockId.hash.length > 0) lastBlockId.uint32(10).bytes(h.lastBlockId.hash);
  lastBlockId.uint32(18).bytes(psh.finish());
  return hashFromByteSlices([
    version.finish(),
    h.chainId === "" ? new Uint8Array(0) : BinaryWriter.create().uint32(10).string(h.chainId).finish(),
    h.height === 0n ? new Uint8Array(0) : BinaryWriter.create().uint32(8).int64(h.height).finish(),
    time.finish(),
    lastBlockId.finish(),
    bytesValue(h.lastCommitHash),
    bytesValue(h.dataHash),
    bytesValue(h.validatorsHash),
    bytesValue(h.nextValidatorsHash),
    bytesValue(h.consensusHash),
    bytesValue(h.appHash),
    bytesValue(h.lastResultsHash),
    bytesValue(h.evidenceHash),
    bytesValue(h.proposerAddress),
  ]);
}

