// The application state: one IAVL-compatible tree per module store, committed together in one
// database transaction per block. The app hash is the cosmos-sdk multistore root over the stores.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { open, type Database, type RootDatabase } from "lmdb";
import { CommitInfo as CommitInfoProto } from "cosmjs-types/cosmos/store/v1beta1/commit_info";
import { appHash, sortStores, type CommitInfo } from "./commit-info.js";
import { bytesEqual, putUvarint, readUvarint, toHex } from "./encoding.js";
import { lmdbFileProblem } from "./lmdb-meta.js";
import { isLeaf, hashInner, hashLeaf, type TreeNode } from "./node.js";
import { EncodedNodeCache, MAX_CAPACITY_BYTES } from "./bytecache.js";
import { NodeDB, StoreCorruptionError, encodeNode } from "./nodedb.js";
import { ImmutableTree, MutableTree } from "./tree.js";

const FORMAT = "ais-multistore-v1";

export interface MultiStoreOptions {
  /** Directory of the database. */
  path: string;
  /** Names of the module stores, fixed by the application. */
  storeNames: readonly string[];
  /** Versions kept queryable; older ones are pruned. 0 keeps every version. */
  keepRecent?: number;
  /** Prune every this many versions (1: a steady cost per block, written in the background). */
  pruneInterval?: number;
  /** Decoded tree nodes per cache generation (that cache holds at most twice this many). */
  cacheSize?: number;
  /** Bytes of encoded tree nodes cached outside the JavaScript heap; 0 turns that cache off. */
  encodedCacheBytes?: number;
}

export const DEFAULT_KEEP_RECENT = 10_000;
export const DEFAULT_PRUNE_INTERVAL = 1;
// Small, because every decoded node the cache drops has lived long enough to be promoted and a
// major GC has to collect it: at 100,000 votes 50,000 per generation meant a major GC every ~80
// blocks, each adding ≈ 100 ms to the block it fell in; 20,000 brought the blocks over 100 ms from
// 9 to 1–4 in 10,000 and sped up bench:store (bench/RESULTS.md). The encoded cache behind it holds
// the rest of the working set.
export const DEFAULT_NODE_CACHE = 20_000;
export const DEFAULT_ENCODED_CACHE_MIB = 256;
export const MAX_ENCODED_CACHE_MIB = Math.floor(MAX_CAPACITY_BYTES / 2 ** 20);

export class StoreOpenError extends Error {
  override name = "StoreOpenError";
}

export class VersionUnavailableError extends Error {
  override name = "VersionUnavailableError";
}

export class MultiStore {
  private readonly trees = new Map<string, MutableTree>();
  private latest: number;
  private earliest: number;
  private nextNodeKey: number;
  private lastInfo: CommitInfo | undefined;
  private pendingWrite: Promise<void> | undefined;
  private writeError: Error | undefined;

  private constructor(
    readonly path: string,
    private readonly env: RootDatabase,
    private readonly nodeTable: Database<Buffer, number>,
    private readonly rootTable: Database<number, [string, number]>,
    /** Per version, the node keys it orphaned (uvarints). */
    private readonly orphanTable: Database<Buffer, number>,
    private readonly commitTable: Database<Buffer, number>,
    private readonly meta: Database<number | string, string>,
    private readonly nodes: NodeDB,
    readonly storeNames: readonly string[],
    private readonly keepRecent: number,
    private readonly pruneInterval: number,
  ) {
    if (keepRecent === 1 || keepRecent < 0 || !Number.isSafeInteger(keepRecent)) {
      throw new StoreOpenError(`pruning must keep 0 (all) or at least 2 versions, not ${keepRecent}`);
    }
    if (!Number.isSafeInteger(pruneInterval) || pruneInterval < 1) {
      throw new StoreOpenError(`the pruning interval must be a positive integer, not ${pruneInterval}`);
    }
    this.latest = (meta.get("latest") as number | undefined) ?? 0;
    this.earliest = (meta.get("earliest") as number | undefined) ?? 0;
    this.nextNodeKey = (meta.get("nextNodeKey") as number | undefined) ?? 1;
  }

  /** Creates an empty database; fails if one already exists at `path`. */
  static create(options: MultiStoreOptions): MultiStore {
    if (existsSync(join(options.path, "data.mdb"))) {
      throw new StoreOpenError(`an application database already exists at ${options.path}`);
    }
    mkdirSync(options.path, { recursive: true });
    const env = open({ path: options.path, maxDbs: 8, noSubdir: false });
    env.putSync("format", FORMAT);
    env.close();
    return MultiStore.open(options);
  }

  /** Opens an existing database and checks that its latest commit is intact. */
  static open(options: MultiStoreOptions): MultiStore {
    const { path } = options;
    if (!existsSync(join(path, "data.mdb"))) {
      throw new StoreOpenError(`application database not found at ${path} (run \`aisd init\`, or restore the directory)`);
    }
    checkLmdbFile(path);
    let env: RootDatabase;
    try {
      env = open({ path, maxDbs: 8, noSubdir: false });
    } catch (err) {
      throw new StoreOpenError(`cannot open the application database at ${path}: ${(err as Error).message}`);
    }
    try {
      if (env.get("format") !== FORMAT) {
        throw new StoreOpenError(`${path} is not an AIS application database (format marker missing or unknown)`);
      }
      const nodeTable = env.openDB<Buffer, number>({ name: "nodes", encoding: "binary" });
      const store = new MultiStore(
        path,
        env,
        nodeTable,
        env.openDB<number, [string, number]>({ name: "roots" }),
        env.openDB<Buffer, number>({ name: "orphans", encoding: "binary" }),
        env.openDB<Buffer, number>({ name: "commits", encoding: "binary" }),
        env.openDB<number | string, string>({ name: "meta" }),
        new NodeDB(
          nodeTable,
          options.cacheSize ?? DEFAULT_NODE_CACHE,
          new EncodedNodeCache(options.encodedCacheBytes ?? DEFAULT_ENCODED_CACHE_MIB * 2 ** 20),
        ),
        [...options.storeNames],
        options.keepRecent ?? DEFAULT_KEEP_RECENT,
        options.pruneInterval ?? DEFAULT_PRUNE_INTERVAL,
      );
      store.loadLatest();
      return store;
    } catch (err) {
      env.close();
      if (err instanceof StoreOpenError) throw err;
      throw new StoreOpenError(`the application database at ${path} is corrupted: ${(err as Error).message}`);
    }
  }

  private loadLatest(): void {
    const duplicate = this.storeNames.find((n, i) => this.storeNames.indexOf(n) !== i);
    if (duplicate !== undefined) throw new StoreOpenError(`store ${duplicate} is registered twice`);
    if (this.latest > 0) {
      const info = this.commitInfoAt(this.latest);
      for (const name of this.storeNames) {
        const tree = this.treeAt(name, this.latest);
        const recorded = info.stores.find((s) => s.name === name);
        if (recorded !== undefined && !bytesEqual(recorded.hash, verifiedRootHash(tree))) {
          throw new StoreCorruptionError(`store ${name} at version ${this.latest} does not match its recorded root hash`);
        }
      }
      this.lastInfo = info;
    }
    for (const name of this.storeNames) {
      const root = this.latest > 0 ? this.treeAt(name, this.latest).rootNode : undefined;
      this.trees.set(name, new MutableTree(this.nodes, root, this.latest, this.latest + 1));
    }
  }

  /** The last committed version (block height); 0 before the first commit. */
  get latestVersion(): number {
    return this.latest;
  }

  /** The oldest version still queryable (0 when nothing has been committed). */
  get earliestVersion(): number {
    return this.latest === 0 ? 0 : Math.max(this.earliest, this.firstVersion());
  }

  private firstVersion(): number {
    for (const key of this.commitTable.getKeys({ limit: 1 })) return key;
    return 0;
  }

  get lastCommitInfo(): CommitInfo | undefined {
    return this.lastInfo;
  }

  /** App hash of the last commit; empty before the first. */
  get lastAppHash(): Uint8Array {
    return this.lastInfo === undefined ? new Uint8Array(0) : appHash(this.lastInfo);
  }

  /** The version the working state will be committed as. */
  get workingVersion(): number {
    return this.tree(this.storeNames[0]!).pendingVersion;
  }

  /** Before the first commit only: the first version is the chain's initial height. */
  setInitialVersion(version: number): void {
    if (this.latest !== 0) throw new Error("the initial version can only be set before the first commit");
    for (const tree of this.trees.values()) tree.setWorkingVersion(version);
  }

  /** The working (uncommitted) tree of a store. */
  tree(name: string): MutableTree {
    const tree = this.trees.get(name);
    if (tree === undefined) throw new Error(`no store named ${name}`);
    return tree;
  }

  workingCommitInfo(): CommitInfo {
    return {
      version: this.workingVersion,
      stores: sortStores(this.storeNames.map((name) => ({ name, hash: this.tree(name).hash() }))),
      timestamp: { seconds: 0n, nanos: 0 },
    };
  }

  workingAppHash(): Uint8Array {
    return appHash(this.workingCommitInfo());
  }

  /** Discards every uncommitted change. */
  rollback(): void {
    for (const tree of this.trees.values()) tree.rollback();
  }

  /**
   * Commits the working state as the next version. The version is final and readable at once; its
   * database write (one atomic transaction, pruning included) completes in the background while
   * the next block executes, and is awaited before the next commit. A crash before it lands leaves
   * the database at the previous version, which CometBFT's handshake replays from. `timestamp`, the
   * block's time, is kept with the version (the SDK's CommitInfo.timestamp).
   */
  async commit(timestamp: CommitInfo["timestamp"] = { seconds: 0n, nanos: 0 }): Promise<CommitInfo> {
    await this.flush();
    const info = { ...this.workingCommitInfo(), timestamp };
    const version = info.version;
    const changes = this.storeNames.map((name) => ({ name, ...this.tree(name).takeChanges() }));
    const newNodes: TreeNode[] = [];
    for (const change of changes) {
      for (const node of change.newNodes) {
        node.nodeKey = this.nextNodeKey++;
        if (!isLeaf(node)) {
          node.leftKey = node.left!.nodeKey;
          node.rightKey = node.right!.nodeKey;
          node.left = undefined;
          node.right = undefined;
        }
        newNodes.push(node);
      }
    }
    const nextNodeKey = this.nextNodeKey;
    const pruned: number[] = [];
    const encoded = newNodes.map(encodeNode);
    const write = this.env.batch(() => {
      newNodes.forEach((node, i) => this.nodeTable.put(node.nodeKey!, encoded[i]!));
      for (const change of changes) this.rootTable.put([change.name, version], change.root?.nodeKey ?? 0);
      const orphans = changes.flatMap((c) => c.orphans);
      if (orphans.length > 0) this.orphanTable.put(version, encodeNodeKeys(orphans));
      this.commitTable.put(version, Buffer.from(encodeCommitInfo(info)));
      this.meta.put("latest", version);
      this.meta.put("nextNodeKey", nextNodeKey);
      const oldestKept = version - this.keepRecent + 1;
      if (this.keepRecent > 0 && version % this.pruneInterval === 0 && oldestKept > this.earliest) {
        this.prune(oldestKept, pruned);
      }
    });
    this.nodes.pin(newNodes);
    newNodes.forEach((node, i) => this.nodes.persisted(node.nodeKey!, node, encoded[i]!));
    for (const change of changes) this.tree(change.name).savedAs(version);
    this.latest = version;
    this.lastInfo = info;
    this.pendingWrite = write.then(
      () => {
        this.nodes.unpin();
        for (const key of pruned) this.nodes.forget(key);
        this.pendingWrite = undefined;
      },
      (err: Error) => {
        this.writeError = err;
      },
    );
    return info;
  }

  /** Resolves once every commit so far is in the database; rejects if a write failed. */
  async flush(): Promise<void> {
    await this.pendingWrite;
    if (this.writeError !== undefined) {
      throw new StoreOpenError(`writing the application database at ${this.path} failed: ${this.writeError.message}`);
    }
  }

  /**
   * Deletes every version below `oldestKept` (inside the commit transaction). It reads orphan records
   * of versions at least one commit old, which are always written by then (keepRecent >= 2).
   */
  private prune(oldestKept: number, pruned: number[]): void {
    // A node orphaned at version v was last live at v - 1: it can go once v - 1 < oldestKept.
    for (const { key, value } of [...this.orphanTable.getRange({ end: oldestKept + 1 })]) {
      // A loop, not push(...keys): a version's orphans can outnumber the arguments a call may take.
      for (const nodeKey of decodeNodeKeys(value)) pruned.push(nodeKey);
      this.orphanTable.remove(key);
    }
    pruned.sort((a, b) => a - b); // in key order, each database page is visited once
    for (const nodeKey of pruned) this.nodeTable.remove(nodeKey);
    for (const name of this.storeNames) {
      for (const key of [...this.rootTable.getKeys({ start: [name, 0], end: [name, oldestKept] })]) this.rootTable.remove(key);
    }
    for (const key of [...this.commitTable.getKeys({ end: oldestKept })]) this.commitTable.remove(key);
    this.meta.put("earliest", oldestKept);
    this.earliest = oldestKept;
  }

  /** A read-only view of a store at a committed version. */
  treeAt(name: string, version: number): ImmutableTree {
    if (!this.storeNames.includes(name)) throw new Error(`no store named ${name}`);
    if (version === this.latest && this.trees.has(name)) return this.tree(name).committed();
    this.checkVersion(version);
    const rootKey = this.rootTable.get([name, version]);
    // A store added after `version` has no root record there: it was empty.
    const root = rootKey === undefined || rootKey === 0 ? undefined : this.nodes.get(rootKey);
    return new ImmutableTree(this.nodes, root, version);
  }

  commitInfoAt(version: number): CommitInfo {
    if (version === this.latest && this.lastInfo !== undefined) return this.lastInfo;
    this.checkVersion(version);
    const bytes = this.commitTable.getBinary(version);
    if (bytes === undefined) throw new StoreCorruptionError(`commit info of version ${version} is missing`);
    return decodeCommitInfo(bytes);
  }

  private checkVersion(version: number): void {
    if (!Number.isSafeInteger(version) || version < 1 || version > this.latest) {
      throw new VersionUnavailableError(`version ${version} does not exist (latest is ${this.latest})`);
    }
    if (version < this.earliest) {
      throw new VersionUnavailableError(`version ${version} has been pruned (earliest available is ${this.earliest})`);
    }
  }

  /** Diagnostics for metrics and benchmarks. */
  stats(): { cachedNodes: number; encodedCache: { nodes: number; bytes: number }; nextNodeKey: number } {
    return { cachedNodes: this.nodes.cachedNodes, encodedCache: this.nodes.encodedCache, nextNodeKey: this.nextNodeKey };
  }

  async close(): Promise<void> {
    await this.pendingWrite;
    await this.env.close();
  }
}

/**
 * LMDB trusts its file: a garbage header or a file shorter than its metadata says (a truncated copy
 * or restore) makes it kill the process (SIGSEGV, SIGBUS) instead of returning an error. Both meta
 * pages, and the file's length against them, are checked before the file is handed to it.
 */
function checkLmdbFile(path: string): void {
  let problem: string | undefined;
  try {
    problem = lmdbFileProblem(join(path, "data.mdb"));
  } catch (err) {
    throw new StoreOpenError(`cannot read the application database at ${path}: ${(err as Error).message}`);
  }
  if (problem !== undefined) throw new StoreOpenError(`the application database at ${path} is corrupted: ${problem}`);
}

/** Recomputes the root's hash from its own fields, catching a corrupted root node. */
function verifiedRootHash(tree: ImmutableTree): Uint8Array {
  const root = tree.rootNode;
  if (root === undefined) return tree.hash();
  const expected = isLeaf(root)
    ? hashLeaf(root.key, root.value!, root.version)
    : hashInner(root.height, root.size, root.version, tree.leftOf(root).hash!, tree.rightOf(root).hash!);
  if (!bytesEqual(expected, root.hash!)) {
    throw new StoreCorruptionError(`root node hash ${toHex(root.hash!)} does not match its contents`);
  }
  return expected;
}

function encodeNodeKeys(keys: readonly number[]): Buffer {
  const out = Buffer.allocUnsafe(keys.length * 8);
  let o = 0;
  for (const key of keys) o = putUvarint(out, o, key);
  return out.subarray(0, o);
}

function decodeNodeKeys(bytes: Uint8Array): number[] {
  const keys: number[] = [];
  for (let o = 0; o < bytes.length; ) {
    const key = readUvarint(bytes, o);
    if (key === undefined) throw new StoreCorruptionError("undecodable orphan record");
    keys.push(key.value);
    o = key.next;
  }
  return keys;
}

function encodeCommitInfo(info: CommitInfo): Uint8Array {
  return CommitInfoProto.encode({
    version: BigInt(info.version),
    storeInfos: info.stores.map((s) => ({ name: s.name, commitId: { version: BigInt(info.version), hash: s.hash } })),
    timestamp: info.timestamp,
  }).finish();
}

function decodeCommitInfo(bytes: Uint8Array): CommitInfo {
  const proto = CommitInfoProto.decode(bytes);
  return {
    version: Number(proto.version),
    stores: proto.storeInfos.map((s) => ({ name: s.name, hash: s.commitId.hash })),
    timestamp: proto.timestamp ?? { seconds: 0n, nanos: 0 },
  };
}
