// Persistence of tree nodes. Nodes are immutable once written; each has a numeric key from one
// counter shared by every store in the database. A bounded two-generation cache keeps the hot part
// of the trees in memory without pinning whole trees (persisted nodes refer to children by key).
import type { Database } from "lmdb";
import { putUvarint, readUvarint } from "./encoding.js";
import type { NodeKey, TreeNode } from "./node.js";

export class StoreCorruptionError extends Error {
  override name = "StoreCorruptionError";
}

export class NodeDB {
  private hot = new Map<NodeKey, TreeNode>();
  private cold = new Map<NodeKey, TreeNode>();

  constructor(
    private readonly db: Database<Buffer, number>,
    /** Nodes per cache generation; the cache holds at most twice this many. */
    private readonly cacheSize: number,
  ) {}

  get(key: NodeKey): TreeNode {
    let node = this.hot.get(key);
    if (node !== undefined) return node;
    node = this.cold.get(key);
    if (node === undefined) {
      const bytes = this.db.getBinary(key);
      if (bytes === undefined) throw new StoreCorruptionError(`tree node ${key} is missing from the database`);
      node = decodeNode(key, bytes);
    }
    this.remember(key, node);
    return node;
  }

  /** Registers a freshly persisted node so the next read does not go to disk. */
  remember(key: NodeKey, node: TreeNode): void {
    if (this.hot.size >= this.cacheSize) {
      this.cold = this.hot;
      this.hot = new Map();
    }
    this.hot.set(key, node);
  }

  forget(key: NodeKey): void {
    this.hot.delete(key);
    this.cold.delete(key);
  }

  get cachedNodes(): number {
    return this.hot.size + this.cold.size;
  }
}

// Layout: height u8 | uvarint version | uvarint size | uvarint keyLen | key | hash[32] |
//         leaf: value…   inner: uvarint leftKey | uvarint rightKey
export function encodeNode(node: TreeNode): Buffer {
  const body = node.height === 0 ? node.value! : new Uint8Array(0);
  const out = Buffer.allocUnsafe(1 + 3 * 8 + node.key.length + 32 + body.length + 2 * 8);
  out[0] = node.height;
  let o = putUvarint(out, 1, node.version);
  o = putUvarint(out, o, node.size);
  o = putUvarint(out, o, node.key.length);
  out.set(node.key, o);
  o += node.key.length;
  out.set(node.hash!, o);
  o += 32;
  if (node.height === 0) {
    out.set(body, o);
    o += body.length;
  } else {
    o = putUvarint(out, o, node.leftKey!);
    o = putUvarint(out, o, node.rightKey!);
  }
  return out.subarray(0, o);
}

export function decodeNode(nodeKey: NodeKey, bytes: Uint8Array): TreeNode {
  const fail = (): never => {
    throw new StoreCorruptionError(`tree node ${nodeKey} is undecodable (${bytes.length} bytes)`);
  };
  const height = bytes[0] ?? fail();
  const version = readUvarint(bytes, 1) ?? fail();
  const size = readUvarint(bytes, version.next) ?? fail();
  const keyLen = readUvarint(bytes, size.next) ?? fail();
  const keyEnd = keyLen.next + keyLen.value;
  const hashEnd = keyEnd + 32;
  if (hashEnd > bytes.length) fail();
  const key = bytes.slice(keyLen.next, keyEnd);
  const hash = bytes.slice(keyEnd, hashEnd);
  let value: Uint8Array | undefined;
  let leftKey: number | undefined;
  let rightKey: number | undefined;
  if (height === 0) {
    if (size.value !== 1) fail();
    value = bytes.slice(hashEnd);
  } else {
    const left = readUvarint(bytes, hashEnd) ?? fail();
    const right = readUvarint(bytes, left.next) ?? fail();
    if (right.next !== bytes.length) fail();
    leftKey = left.value;
    rightKey = right.value;
  }
  return {
    key,
    value,
    height,
    size: size.value,
    version: version.value,
    hash,
    nodeKey,
    left: undefined,
    right: undefined,
    leftKey,
    rightKey,
  };
}
