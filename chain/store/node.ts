// An IAVL node and its hash, byte-compatible with cosmos/iavl `writeHashBytes` so that ICS-23
// proofs built from our trees verify under `IavlSpec` (reference: ibc-store.md §1.1).
import { putUvarint } from "./encoding.js";
import { sha256 } from "./hash.js";

/** Storage identity of a persisted node: a counter, unique across all stores of a database. */
export type NodeKey = number;

export interface TreeNode {
  /** Leaf key, or for an inner node the smallest key of its right subtree (routing only). */
  key: Uint8Array;
  /** Leaf value; undefined for inner nodes. */
  value: Uint8Array | undefined;
  /** 0 for a leaf, 1 + max(child heights) for an inner node. */
  height: number;
  /** Number of leaves under this node. */
  size: number;
  /** Tree version at which this node was created. Part of the hash. */
  version: number;
  /** Cached hash; undefined while the node is being modified. */
  hash: Uint8Array | undefined;
  /** Set once persisted; a persisted node is immutable and must be cloned before modification. */
  nodeKey: NodeKey | undefined;
  /** In-memory children (always set on unpersisted inner nodes). */
  left: TreeNode | undefined;
  right: TreeNode | undefined;
  /** Storage references to children of a persisted inner node. */
  leftKey: NodeKey | undefined;
  rightKey: NodeKey | undefined;
}

export function isLeaf(node: TreeNode): boolean {
  return node.height === 0;
}

export function newLeaf(key: Uint8Array, value: Uint8Array, version: number): TreeNode {
  return {
    key,
    value,
    height: 0,
    size: 1,
    version,
    hash: undefined,
    nodeKey: undefined,
    left: undefined,
    right: undefined,
    leftKey: undefined,
    rightKey: undefined,
  };
}

// One scratch buffer for hash preimages: hashing runs synchronously, never re-entrantly.
let scratch = new Uint8Array(4096);

function reserve(size: number): Uint8Array {
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/** Writes Go's zig-zag varint of a non-negative integer; returns the new offset. */
function putVarint(buf: Uint8Array, offset: number, n: number): number {
  return putUvarint(buf, offset, n * 2);
}

/** sha256(varint(0) ‖ varint(1) ‖ varint(version) ‖ uvarint(len key) ‖ key ‖ 0x20 ‖ sha256(value)). */
export function hashLeaf(key: Uint8Array, value: Uint8Array, version: number): Uint8Array {
  const buf = reserve(key.length + 64);
  let o = 0;
  buf[o++] = 0x00;
  buf[o++] = 0x02;
  o = putVarint(buf, o, version);
  o = putUvarint(buf, o, key.length);
  buf.set(key, o);
  o += key.length;
  buf[o++] = 0x20;
  const valueHash = sha256(value);
  buf.set(valueHash, o);
  o += 32;
  return sha256(buf.subarray(0, o));
}

/** sha256(varint(height) ‖ varint(size) ‖ varint(version) ‖ 0x20 ‖ left ‖ 0x20 ‖ right). */
export function hashInner(height: number, size: number, version: number, left: Uint8Array, right: Uint8Array): Uint8Array {
  const buf = reserve(96);
  let o = putVarint(buf, 0, height);
  o = putVarint(buf, o, size);
  o = putVarint(buf, o, version);
  buf[o++] = 0x20;
  buf.set(left, o);
  o += 32;
  buf[o++] = 0x20;
  buf.set(right, o);
  o += 32;
  return sha256(buf.subarray(0, o));
}
