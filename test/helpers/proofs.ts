// Verifies an abci_query proof the way ibc-go does (23-commitment VerifyMembership /
// VerifyNonMembership with [IavlSpec, TendermintSpec]) using an independent ICS-23 implementation,
// @confio/ics23, plus the IAVL prefix checks ibc-go adds.
import { ics23, iavlSpec, tendermintSpec, verifyMembership, verifyNonMembership, calculateExistenceRoot } from "@confio/ics23";
import { CommitmentProof } from "cosmjs-types/cosmos/ics23/v1/proofs";
import type { ProofOps } from "cosmjs-types/tendermint/crypto/proof";
import { iavlCommitmentProofError } from "../../chain/store/ics23-checks.js";
import { bytesEqual, utf8 } from "../../chain/store/encoding.js";

export interface ProofExpectation {
  appHash: Uint8Array;
  storeName: string;
  key: Uint8Array;
  /** The value proven present, or undefined to require a non-existence proof. */
  value: Uint8Array | undefined;
}

/** Throws with a reason unless the proof ops prove the expectation against the app hash. */
export function assertValidQueryProof(proofOps: ProofOps | undefined, want: ProofExpectation): void {
  if (proofOps === undefined || proofOps.ops.length !== 2) throw new Error("expected exactly 2 proof ops");
  const [iavlOp, simpleOp] = proofOps.ops as [ProofOps["ops"][0], ProofOps["ops"][0]];
  if (iavlOp.type !== "ics23:iavl" || simpleOp.type !== "ics23:simple") {
    throw new Error(`unexpected op types ${iavlOp.type}, ${simpleOp.type}`);
  }
  if (!bytesEqual(iavlOp.key, want.key)) throw new Error("iavl op key differs from the queried key");
  if (!bytesEqual(simpleOp.key, utf8.encode(want.storeName))) throw new Error("simple op key is not the store name");

  const inner = ics23.CommitmentProof.decode(iavlOp.data);
  const outer = ics23.CommitmentProof.decode(simpleOp.data);
  const iavlError = iavlCommitmentProofError(CommitmentProof.decode(iavlOp.data));
  if (iavlError !== undefined) throw new Error(`IAVL checks (ibc-go) reject the proof: ${iavlError}`);

  let storeRoot: Uint8Array;
  if (want.value !== undefined) {
    if (!inner.exist) throw new Error("expected an existence proof");
    storeRoot = calculateExistenceRoot(inner.exist);
    if (!verifyMembership(inner, iavlSpec, storeRoot, want.key, want.value)) throw new Error("membership rejected");
  } else {
    if (!inner.nonexist) throw new Error("expected a non-existence proof");
    const side = inner.nonexist.left ?? inner.nonexist.right;
    if (!side) throw new Error("non-existence proof without neighbours");
    storeRoot = calculateExistenceRoot(side);
    if (!verifyNonMembership(inner, iavlSpec, storeRoot, want.key)) throw new Error("non-membership rejected");
  }
  if (!outer.exist) throw new Error("simple op is not an existence proof");
  const root = calculateExistenceRoot(outer.exist);
  if (!bytesEqual(root, want.appHash)) throw new Error("proof does not chain to the app hash");
  if (!verifyMembership(outer, tendermintSpec, root, utf8.encode(want.storeName), storeRoot)) {
    throw new Error("store root membership rejected");
  }
}
