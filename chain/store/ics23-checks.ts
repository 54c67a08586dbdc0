// The IAVL-specific proof checks that ibc-go applies on top of generic ICS-23 verification
// (cosmos/ics23 go/v0.11.0 ops.go validateIavlOps, plus the generic spec checks). @confio/ics23 does
// not implement them, so every proof we serve is checked against this port in tests.
import { HashOp, type CommitmentProof, type ExistenceProof } from "cosmjs-types/cosmos/ics23/v1/proofs";
import { readVarint } from "./encoding.js";

const MAX_DEPTH = 128;
const IAVL_MIN_PREFIX = 4;
const IAVL_MAX_PREFIX = 12;
const IAVL_CHILD_SIZE = 33;

/** Undefined when the existence proof passes; otherwise why it would be rejected. */
export function iavlExistenceProofError(proof: ExistenceProof): string | undefined {
  if (proof.key.length === 0 || proof.value.length === 0) return "empty key or value";
  if (proof.leaf === undefined) return "missing leaf op";
  const leafPrefix = proof.leaf.prefix;
  if (leafPrefix[0] !== 0x00) return "leaf prefix must start with 0x00";
  const leaf = readHeader(leafPrefix);
  if (leaf === undefined) return "leaf prefix is not three varints";
  if (leaf.rest !== 0) return `leaf prefix has ${leaf.rest} trailing bytes`;
  if (leaf.height !== 0 || leaf.size !== 1) return "leaf must have height 0 and size 1";
  if (proof.path.length > MAX_DEPTH) return `path longer than ${MAX_DEPTH}`;
  for (let i = 0; i < proof.path.length; i++) {
    const op = proof.path[i]!;
    const layer = i + 1;
    if (op.hash !== HashOp.SHA256) return `layer ${layer}: hash must be SHA256`;
    if (op.prefix[0] === 0x00) return `layer ${layer}: inner prefix starts with the leaf prefix`;
    if (op.prefix.length < IAVL_MIN_PREFIX || op.prefix.length > IAVL_MAX_PREFIX + IAVL_CHILD_SIZE) {
      return `layer ${layer}: prefix length ${op.prefix.length} out of range`;
    }
    if (op.suffix.length % IAVL_CHILD_SIZE !== 0) return `layer ${layer}: suffix length ${op.suffix.length}`;
    const header = readHeader(op.prefix);
    if (header === undefined) return `layer ${layer}: prefix is not three varints`;
    if (header.height < layer) return `layer ${layer}: height ${header.height} below its layer`;
    if (header.rest !== 1 && header.rest !== 34) return `layer ${layer}: ${header.rest} bytes after the varints`;
  }
  return undefined;
}

export function iavlCommitmentProofError(proof: CommitmentProof): string | undefined {
  if (proof.exist !== undefined) return iavlExistenceProofError(proof.exist);
  if (proof.nonexist !== undefined) {
    const { left, right } = proof.nonexist;
    if (left === undefined && right === undefined) return "non-existence proof without neighbours";
    return (left && iavlExistenceProofError(left)) ?? (right && iavlExistenceProofError(right)) ?? undefined;
  }
  return "neither an existence nor a non-existence proof";
}

function readHeader(prefix: Uint8Array): { height: number; size: number; version: number; rest: number } | undefined {
  const height = readVarint(prefix, 0);
  const size = height && readVarint(prefix, height.next);
  const version = size && readVarint(prefix, size.next);
  if (height === undefined || size === undefined || version === undefined) return undefined;
  if (height.value < 0 || size.value < 0 || version.value < 0) return undefined;
  return { height: height.value, size: size.value, version: version.value, rest: prefix.length - version.next };
}
