// ICS-23 proofs in the exact form cosmos-sdk produces (store/iavl getProofFromTree and
// store/internal/proofs/convert.go), so ibc-go, Hermes and cosmjs verify them unchanged.
import {
  CommitmentProof,
  ExistenceProof,
  HashOp,
  LengthOp,
  type InnerOp,
  type LeafOp,
} from "cosmjs-types/cosmos/ics23/v1/proofs";
import { ProofOps } from "cosmjs-types/tendermint/crypto/proof";
import { bytesEqual, compareBytes, concat, utf8, varint } from "./encoding.js";
import { storeLeaf, type CommitInfo } from "./commit-info.js";
import { pathToRoot } from "./merkle.js";
import type { ImmutableTree } from "./tree.js";

export const IAVL_PROOF_TYPE = "ics23:iavl";
export const SIMPLE_PROOF_TYPE = "ics23:simple";

const LENGTH_BYTE = Uint8Array.of(0x20);
const EMPTY = new Uint8Array(0);

function iavlLeafOp(version: number): LeafOp {
  return {
    hash: HashOp.SHA256,
    prehashKey: HashOp.NO_HASH,
    prehashValue: HashOp.SHA256,
    length: LengthOp.VAR_PROTO,
    prefix: concat(varint(0), varint(1), varint(version)),
  };
}

/** Membership proof of `key` in `tree`, or undefined when the key is absent. */
export function iavlExistenceProof(tree: ImmutableTree, key: Uint8Array): ExistenceProof | undefined {
  const found = tree.pathTo(key);
  if (found === undefined || !bytesEqual(found.leaf.key, key)) return undefined;
  const path: InnerOp[] = [];
  for (let i = found.path.length - 1; i >= 0; i--) {
    const node = found.path[i]!;
    const header = concat(varint(node.height), varint(node.size), varint(node.version));
    if (compareBytes(key, node.key) < 0) {
      path.push({
        hash: HashOp.SHA256,
        prefix: concat(header, LENGTH_BYTE),
        suffix: concat(LENGTH_BYTE, tree.hashOf(tree.rightOf(node))),
      });
    } else {
      path.push({
        hash: HashOp.SHA256,
        prefix: concat(header, LENGTH_BYTE, tree.hashOf(tree.leftOf(node)), LENGTH_BYTE),
        suffix: EMPTY,
      });
    }
  }
  return { key, value: found.leaf.value!, leaf: iavlLeafOp(found.leaf.version), path };
}

/** Existence proof when the key is present, otherwise a non-existence proof from its neighbours. */
export function iavlCommitmentProof(tree: ImmutableTree, key: Uint8Array): CommitmentProof {
  const exist = iavlExistenceProof(tree, key);
  if (exist !== undefined) return { exist };
  const below = tree.iterate(undefined, key, true).next();
  const above = tree.iterate(key, undefined).next();
  const left = below.done ? undefined : iavlExistenceProof(tree, below.value[0]);
  const right = above.done ? undefined : iavlExistenceProof(tree, above.value[0]);
  return { nonexist: { key, left, right } };
}

/** Membership of a store root in the multistore commitment (the `ics23:simple` op). */
export function storeCommitmentProof(info: CommitInfo, storeName: string): CommitmentProof {
  const index = info.stores.findIndex((s) => s.name === storeName);
  if (index < 0) throw new Error(`no store named ${storeName}`);
  const steps = pathToRoot(info.stores.map(storeLeaf), index);
  const exist: ExistenceProof = {
    key: utf8.encode(storeName),
    value: info.stores[index]!.hash,
    leaf: {
      hash: HashOp.SHA256,
      prehashKey: HashOp.NO_HASH,
      prehashValue: HashOp.SHA256,
      length: LengthOp.VAR_PROTO,
      prefix: Uint8Array.of(0x00),
    },
    path: steps.map((s) => ({ hash: HashOp.SHA256, prefix: s.prefix, suffix: s.suffix })),
  };
  return { exist };
}

/** The two proof ops of an `abci_query` with `prove=true`: IAVL (key in store), then simple (store in app hash). */
export function queryProofOps(tree: ImmutableTree, info: CommitInfo, storeName: string, key: Uint8Array): ProofOps {
  return {
    ops: [
      { type: IAVL_PROOF_TYPE, key, data: CommitmentProof.encode(iavlCommitmentProof(tree, key)).finish() },
      {
        type: SIMPLE_PROOF_TYPE,
        key: utf8.encode(storeName),
        data: CommitmentProof.encode(storeCommitmentProof(info, storeName)).finish(),
      },
    ],
  };
}
