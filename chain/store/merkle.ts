// CometBFT's simple Merkle tree (crypto/merkle): the tree over store roots that gives the app hash.
import { sha256 } from "./hash.js";
import { concat } from "./encoding.js";

const LEAF_PREFIX = Uint8Array.of(0x00);
const INNER_PREFIX = Uint8Array.of(0x01);

export function leafHash(item: Uint8Array): Uint8Array {
  return sha256(concat(LEAF_PREFIX, item));
}

export function innerHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concat(INNER_PREFIX, left, right));
}

/** The largest power of two strictly less than n (n >= 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export function hashFromByteSlices(items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return sha256(new Uint8Array(0));
  if (items.length === 1) return leafHash(items[0]!);
  const k = splitPoint(items.length);
  return innerHash(hashFromByteSlices(items.slice(0, k)), hashFromByteSlices(items.slice(k)));
}

/** One step from a node to its parent: the parent hash is sha256(prefix ‖ child ‖ suffix). */
export interface MerkleStep {
  prefix: Uint8Array;
  suffix: Uint8Array;
}

/** The steps from leaf `index` up to the root, in the ICS-23 form of cosmos-sdk's proof conversion. */
export function pathToRoot(items: readonly Uint8Array[], index: number): MerkleStep[] {
  if (index < 0 || index >= items.length) throw new RangeError(`leaf ${index} of ${items.length}`);
  if (items.length === 1) return [];
  const k = splitPoint(items.length);
  if (index < k) {
    const steps = pathToRoot(items.slice(0, k), index);
    steps.push({ prefix: INNER_PREFIX, suffix: hashFromByteSlices(items.slice(k)) });
    return steps;
  }
  const steps = pathToRoot(items.slice(k), index - k);
  steps.push({ prefix: concat(INNER_PREFIX, hashFromByteSlices(items.slice(0, k))), suffix: new Uint8Array(0) });
  return steps;
}
