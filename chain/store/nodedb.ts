// Persistence of tree nodes. Nodes are immutable once written; each has a numeric key from one
// counter shared by every store in the database. Two bounded caches keep the hot part of the trees
// in memory without pinning whole trees (persisted nodes refer to children by key): a small one of
// decoded nodes, and behind it a large one of encoded nodes outside the JavaScript heap, where the
// garbage collector does not have to walk them (bytecache.ts).
import type { Database } from "lmdb";
import type { EncodedNodeCache } from "./bytecache.js";
import { putUvarint, readUvarint, uvarintLength } from "./encoding.js";
import type { NodeKey, TreeNode } from "./node.js";

export class StoreCorruptionError extends Error {
  override name = "StoreCorruptionError";
}

export class NodeDB {
  private hot = new Map<NodeKey, TreeNode>();
  private cold = new Map<NodeKey, TreeNode>();
  /**
   * Nodes handed to an asynchronous write that has not landed yet, so they are never evicted before
   * it does. One commit's keys are contiguous: the node with key k is unwritten[k - firstUnwritten].
   */
  private unwritten: readonly TreeNode[] = [];
  private firstUnwritten = 0;

  constructor(
    private readonly db: Database<Buffer, number>,
    /** Decoded nodes per cache generation; that cache holds at most twice this many. */
    private readonly cacheSize: number,
    private readonly encoded: EncodedNodeCache,
  ) {}

  get(key: NodeKey): TreeNode {
    let node = this.hot.get(key);
    if (node !== undefined) return node;
    node = this.cold.get(key) ?? this.unwritten[key - this.firstUnwritten];
    if (node === undefined) node = this.load(key);
    this.remember(key, node);
    return node;
  }

  private load(key: NodeKey): TreeNode {
    const cached = this.encoded.get(key);
    if (cached !== undefined) return decodeNode(key, cached);
    const bytes = this.db.getBinary(key);
    if (bytes === undefined) throw new StoreCorruptionError(`tree node ${key} is missing from the database`);
    this.encoded.put(key, bytes);
    return decodeNode(key, bytes);
  }

  /** Registers a freshly persisted node and its encoding so the next reads do not go to disk. */
  persisted(key: NodeKey, node: TreeNode, bytes: Uint8Array): void {
    this.encoded.put(key, bytes);
    this.remember(key, node);
  }

  private remember(key: NodeKey, node: TreeNode): void {
    if (this.hot.size >= this.cacheSize) {
      this.cold = this.hot;
      this.hot = new Map();
    }
    this.hot.set(key, node);
  }

  /** Pins the nodes of one commit (consecutive keys) while their write is in flight. */
  pin(nodes: readonly TreeNode[]): void {
    if (this.unwritten.length > 0) throw new Error("the previous commit's nodes are still unwritten");
    this.firstUnwritten = nodes[0]?.nodeKey ?? 0;
    this.unwritten = nodes;
  }

  /** The pinned write has landed. */
  unpin(): void {
    this.unwritten = [];
  }

  forget(key: NodeKey): void {
    this.hot.delete(key);
    this.cold.delete(key);
  }

  /** Decoded nodes cached (the encoded cache may hold the same ones). */
  get cachedNodes(): number {
    return this.hot.size + this.cold.size;
  }

  get encodedCache(): { nodes: number; bytes: number } {
    return { nodes: this.encoded.size, bytes: this.encoded.bytes };
  }
}

// Layout: height u8 | uvarint version | uvarint size | uvarint keyLen | key | hash[32] |
//         leaf: value…   inner: uvarint leftKey | uvarint rightKey
export function encodeNode(node: TreeNode): Buffer {
  const leaf = node.height === 0;
  const size =
    1 +
    uvarintLength(node.version) +
    uvarintLength(node.size) +
    uvarintLength(node.key.length) +
    node.key.length +
    32 +
    (leaf ? node.value!.length : uvarintLength(node.leftKey!) + uvarintLength(node.rightKey!));
  const out = Buffer.allocUnsafe(size);
  out[0] = node.height;
  let o = putUvarint(out, 1, node.version);
  o = putUvarint(out, o, node.size);
  o = putUvarint(out, o, node.key.length);
  out.set(node.key, o);
  o += node.key.length;
  out.set(node.hash!, o);
  o += 32;
  if (leaf) {
    out.set(node.value!, o);
  } else {
    o = putUvarint(out, o, node.leftKey!);
    putUvarint(out, o, node.rightKey!);
  }
  return out;
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
  const key = copy(bytes, keyLen.next, keyEnd);
  const hash = copy(bytes, keyEnd, hashEnd);
  let value: Uint8Array | undefined;
  let leftKey: number | undefined;
  let rightKey: number | undefined;
  if (height === 0) {
    if (size.value !== 1) fail();
    value = copy(bytes, hashEnd, bytes.length);
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

/**
 * A fresh Uint8Array: `bytes` may be a cache's or the database's reused memory, and on a Buffer
 * `slice` is a view, not a copy.
 */
function copy(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(bytes.subarray(start, end));
}
