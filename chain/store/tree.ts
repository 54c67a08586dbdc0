// A versioned, IAVL-compatible AVL+ tree: values live in leaves, inner nodes route by the smallest
// key of their right subtree, and every node hashes as cosmos/iavl does, so ICS-23 proofs built from
// it verify under IavlSpec. Modifications copy the path from the root (persisted nodes are never
// changed), so every committed version stays readable until it is pruned.
import { compareBytes } from "./encoding.js";
import { EMPTY_HASH } from "./hash.js";
import { hashInner, hashLeaf, isLeaf, newLeaf, type NodeKey, type TreeNode } from "./node.js";
import type { NodeDB } from "./nodedb.js";

/** Read access to one version of a tree. */
export class ImmutableTree {
  constructor(
    protected readonly nodes: NodeDB,
    protected root: TreeNode | undefined,
    protected savedVersion: number,
  ) {}

  /** The committed version this tree shows (for a working tree: the version it started from). */
  get version(): number {
    return this.savedVersion;
  }

  get size(): number {
    return this.root?.size ?? 0;
  }

  get rootNode(): TreeNode | undefined {
    return this.root;
  }

  hash(): Uint8Array {
    return this.root === undefined ? EMPTY_HASH : this.hashOf(this.root);
  }

  get(key: Uint8Array): Uint8Array | undefined {
    let node = this.root;
    if (node === undefined) return undefined;
    while (!isLeaf(node)) node = compareBytes(key, node.key) < 0 ? this.leftOf(node) : this.rightOf(node);
    return compareBytes(key, node.key) === 0 ? node.value : undefined;
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * Leaves with start <= key < end in key order (or reverse order). Undefined bounds are open.
   * The tree must not be modified while an iteration is in progress.
   */
  *iterate(start?: Uint8Array, end?: Uint8Array, reverse = false): Generator<[Uint8Array, Uint8Array]> {
    if (this.root === undefined) return;
    const stack: TreeNode[] = [this.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isLeaf(node)) {
        if ((start === undefined || compareBytes(node.key, start) >= 0) && (end === undefined || compareBytes(node.key, end) < 0)) {
          yield [node.key, node.value!];
        }
        continue;
      }
      // The left subtree holds keys < node.key, the right subtree keys >= node.key.
      const visitLeft = start === undefined || compareBytes(start, node.key) < 0;
      const visitRight = end === undefined || compareBytes(end, node.key) > 0;
      if (reverse) {
        if (visitLeft) stack.push(this.leftOf(node));
        if (visitRight) stack.push(this.rightOf(node));
      } else {
        if (visitRight) stack.push(this.rightOf(node));
        if (visitLeft) stack.push(this.leftOf(node));
      }
    }
  }

  /** How many keys k have start <= k < end (open bounds when undefined), from the subtree sizes: O(height). */
  count(start?: Uint8Array, end?: Uint8Array): number {
    return Math.max(0, this.rank(end) - (start === undefined ? 0 : this.rank(start)));
  }

  /** How many keys are below `key` (all of them when undefined). */
  private rank(key: Uint8Array | undefined): number {
    let node = this.root;
    if (node === undefined) return 0;
    if (key === undefined) return node.size;
    let below = 0;
    while (!isLeaf(node)) {
      if (compareBytes(key, node.key) < 0) node = this.leftOf(node);
      else {
        below += this.leftOf(node).size; // the left subtree's keys are < node.key <= key
        node = this.rightOf(node);
      }
    }
    return below + (compareBytes(node.key, key) < 0 ? 1 : 0);
  }

  /** The path of inner nodes from the root to the leaf where `key` is or would be, and that leaf. */
  pathTo(key: Uint8Array): { path: TreeNode[]; leaf: TreeNode } | undefined {
    let node = this.root;
    if (node === undefined) return undefined;
    const path: TreeNode[] = [];
    while (!isLeaf(node)) {
      path.push(node);
      node = compareBytes(key, node.key) < 0 ? this.leftOf(node) : this.rightOf(node);
    }
    return { path, leaf: node };
  }

  leftOf(node: TreeNode): TreeNode {
    return node.left ?? this.nodes.get(node.leftKey!);
  }

  rightOf(node: TreeNode): TreeNode {
    return node.right ?? this.nodes.get(node.rightKey!);
  }

  hashOf(node: TreeNode): Uint8Array {
    if (node.hash !== undefined) return node.hash;
    node.hash = isLeaf(node)
      ? hashLeaf(node.key, node.value!, node.version)
      : hashInner(node.height, node.size, node.version, this.hashOf(node.left!), this.hashOf(node.right!));
    return node.hash;
  }
}

/** What a commit of one tree writes: the new nodes (in child-before-parent order) and the orphans. */
export interface TreeChanges {
  root: TreeNode | undefined;
  newNodes: TreeNode[];
  /** Persisted nodes that the new version no longer references. */
  orphans: NodeKey[];
}

/**
 * The working version of a tree. Unpersisted inner nodes always hold both children as objects;
 * persisted nodes hold keys only, so the node cache bounds what stays in memory.
 */
export class MutableTree extends ImmutableTree {
  private orphans: NodeKey[] = [];
  private lastSaved: TreeNode | undefined;
  /** Counts changes to the working version, so that an open walk knows its nodes may have changed. */
  private changeCount = 0;

  constructor(nodes: NodeDB, root: TreeNode | undefined, lastVersion: number, private workingVersion: number) {
    super(nodes, root, lastVersion);
    this.lastSaved = root;
  }

  get pendingVersion(): number {
    return this.workingVersion;
  }

  /** Only before the first commit: the version (block height) the working state will be saved as. */
  setWorkingVersion(version: number): void {
    if (this.lastSaved !== undefined || this.orphans.length > 0 || this.root !== undefined) {
      throw new Error("the working version can only be set on an empty, unmodified tree");
    }
    this.workingVersion = version;
  }

  get changes(): number {
    return this.changeCount;
  }

  set(key: Uint8Array, value: Uint8Array): void {
    if (key.length === 0) throw new Error("store keys must not be empty");
    this.changeCount++;
    if (this.root === undefined) {
      this.root = newLeaf(key, value, this.workingVersion);
      return;
    }
    this.root = this.setIn(this.root, key, value).node;
  }

  /** Removes `key`; returns the removed value, or undefined when it was absent. */
  remove(key: Uint8Array): Uint8Array | undefined {
    if (this.root === undefined) return undefined;
    this.changeCount++;
    const result = this.removeFrom(this.root, key);
    if (result.value !== undefined) this.root = result.node;
    return result.value;
  }

  /** The last saved version, unaffected by later changes to this tree. */
  committed(): ImmutableTree {
    return new ImmutableTree(this.nodes, this.lastSaved, this.savedVersion);
  }

  /** Drops all changes since the last save. */
  rollback(): void {
    this.changeCount++;
    this.root = this.lastSaved;
    this.orphans = [];
  }

  /**
   * Hashes the working version and hands back what must be written. The caller persists the nodes
   * (assigning keys through `markPersisted`) and then the tree moves to the next version.
   */
  takeChanges(): TreeChanges {
    if (this.root !== undefined) this.hashOf(this.root);
    const newNodes: TreeNode[] = [];
    if (this.root !== undefined && this.root.nodeKey === undefined) collectUnpersisted(this.root, newNodes);
    return { root: this.root, newNodes, orphans: this.orphans };
  }

  /** Called after the changes of `takeChanges` were written: the working tree becomes the saved one. */
  savedAs(version: number): void {
    this.changeCount++;
    this.savedVersion = version;
    this.lastSaved = this.root;
    this.orphans = [];
    this.workingVersion = version + 1;
  }

  // --- insertion -------------------------------------------------------------------------------

  private setIn(node: TreeNode, key: Uint8Array, value: Uint8Array): { node: TreeNode; updated: boolean } {
    const v = this.workingVersion;
    if (isLeaf(node)) {
      const cmp = compareBytes(key, node.key);
      if (cmp < 0) return { node: this.newInner(node.key, newLeaf(key, value, v), node), updated: false };
      if (cmp > 0) return { node: this.newInner(key, node, newLeaf(key, value, v)), updated: false };
      this.orphan(node);
      return { node: newLeaf(key, value, v), updated: true };
    }
    const copy = this.mutable(node);
    let updated: boolean;
    if (compareBytes(key, copy.key) < 0) {
      const r = this.setIn(copy.left!, key, value);
      copy.left = r.node;
      updated = r.updated;
    } else {
      const r = this.setIn(copy.right!, key, value);
      copy.right = r.node;
      updated = r.updated;
    }
    if (updated) return { node: copy, updated };
    updateHeightAndSize(copy);
    return { node: this.balance(copy), updated };
  }

  // --- removal ---------------------------------------------------------------------------------

  /**
   * Returns the replacement subtree (undefined when it became empty), the new smallest key of the
   * subtree when it changed (so an ancestor routing on it can follow), and the removed value.
   */
  private removeFrom(
    node: TreeNode,
    key: Uint8Array,
  ): { node: TreeNode | undefined; newKey: Uint8Array | undefined; value: Uint8Array | undefined } {
    if (isLeaf(node)) {
      if (compareBytes(key, node.key) !== 0) return { node, newKey: undefined, value: undefined };
      this.orphan(node);
      return { node: undefined, newKey: undefined, value: node.value };
    }
    if (compareBytes(key, node.key) < 0) {
      const r = this.removeFrom(this.leftOf(node), key);
      if (r.value === undefined) return { node, newKey: undefined, value: undefined };
      if (r.node === undefined) {
        // The left leaf went away: the right subtree takes this node's place.
        this.orphan(node);
        return { node: this.rightOf(node), newKey: node.key, value: r.value };
      }
      const copy = this.mutable(node);
      copy.left = r.node;
      updateHeightAndSize(copy);
      return { node: this.balance(copy), newKey: r.newKey, value: r.value };
    }
    const r = this.removeFrom(this.rightOf(node), key);
    if (r.value === undefined) return { node, newKey: undefined, value: undefined };
    if (r.node === undefined) {
      this.orphan(node);
      return { node: this.leftOf(node), newKey: undefined, value: r.value };
    }
    const copy = this.mutable(node);
    copy.right = r.node;
    if (r.newKey !== undefined) copy.key = r.newKey;
    updateHeightAndSize(copy);
    return { node: this.balance(copy), newKey: undefined, value: r.value };
  }

  // --- balancing -------------------------------------------------------------------------------

  private balance(node: TreeNode): TreeNode {
    const diff = node.left!.height - node.right!.height;
    if (diff > 1) {
      const left = node.left!;
      if (this.balanceOf(left) < 0) node.left = this.rotateLeft(this.mutable(left));
      return this.rotateRight(node);
    }
    if (diff < -1) {
      const right = node.right!;
      if (this.balanceOf(right) > 0) node.right = this.rotateRight(this.mutable(right));
      return this.rotateLeft(node);
    }
    return node;
  }

  private balanceOf(node: TreeNode): number {
    return isLeaf(node) ? 0 : this.leftOf(node).height - this.rightOf(node).height;
  }

  /** `node` is unpersisted; its left child becomes the subtree root. */
  private rotateRight(node: TreeNode): TreeNode {
    const pivot = this.mutable(node.left!);
    node.left = pivot.right;
    pivot.right = node;
    updateHeightAndSize(node);
    updateHeightAndSize(pivot);
    return pivot;
  }

  private rotateLeft(node: TreeNode): TreeNode {
    const pivot = this.mutable(node.right!);
    node.right = pivot.left;
    pivot.left = node;
    updateHeightAndSize(node);
    updateHeightAndSize(pivot);
    return pivot;
  }

  // --- node bookkeeping ------------------------------------------------------------------------

  /** A node of the working version that may be changed: persisted nodes are copied and orphaned. */
  private mutable(node: TreeNode): TreeNode {
    if (node.nodeKey === undefined) {
      node.hash = undefined;
      return node;
    }
    this.orphans.push(node.nodeKey);
    if (isLeaf(node)) throw new Error("leaves are replaced, never copied");
    return {
      key: node.key,
      value: undefined,
      height: node.height,
      size: node.size,
      version: this.workingVersion,
      hash: undefined,
      nodeKey: undefined,
      left: this.leftOf(node),
      right: this.rightOf(node),
      leftKey: undefined,
      rightKey: undefined,
    };
  }

  private orphan(node: TreeNode): void {
    if (node.nodeKey !== undefined) this.orphans.push(node.nodeKey);
  }

  private newInner(key: Uint8Array, left: TreeNode, right: TreeNode): TreeNode {
    const node: TreeNode = {
      key,
      value: undefined,
      height: 0,
      size: 0,
      version: this.workingVersion,
      hash: undefined,
      nodeKey: undefined,
      left,
      right,
      leftKey: undefined,
      rightKey: undefined,
    };
    updateHeightAndSize(node);
    return node;
  }
}

function updateHeightAndSize(node: TreeNode): void {
  node.height = 1 + Math.max(node.left!.height, node.right!.height);
  node.size = node.left!.size + node.right!.size;
}

/** Post-order: children are listed (and so get keys) before their parents. */
function collectUnpersisted(node: TreeNode, out: TreeNode[]): void {
  if (!isLeaf(node)) {
    if (node.left!.nodeKey === undefined) collectUnpersisted(node.left!, out);
    if (node.right!.nodeKey === undefined) collectUnpersisted(node.right!, out);
  }
  out.push(node);
}
