// The multistore commitment (cosmos-sdk store/types/commit_info.go): the app hash is the simple
// Merkle root over (store name, sha256(store root)) pairs sorted by name.
import { compareBytes, concat, utf8, uvarint } from "./encoding.js";
import { sha256 } from "./hash.js";
import { hashFromByteSlices } from "./merkle.js";

export interface StoreRoot {
  name: string;
  hash: Uint8Array;
}

export interface CommitInfo {
  version: number;
  /** Sorted by name, bytewise. */
  stores: StoreRoot[];
  /** The committed block's time (zero before commit): what queries at this version see as now. Not hashed. */
  timestamp: { seconds: bigint; nanos: number };
}

export function sortStores(stores: StoreRoot[]): StoreRoot[] {
  return [...stores].sort((a, b) => compareBytes(utf8.encode(a.name), utf8.encode(b.name)));
}

/** `KVPair.Bytes()`: uvarint(len name) ‖ name ‖ uvarint(32) ‖ sha256(root). */
export function storeLeaf(store: StoreRoot): Uint8Array {
  const name = utf8.encode(store.name);
  const valueHash = sha256(store.hash);
  return concat(uvarint(name.length), name, uvarint(valueHash.length), valueHash);
}

export function appHash(info: Omit<CommitInfo, "timestamp">): Uint8Array {
  return hashFromByteSlices(info.stores.map(storeLeaf));
}
