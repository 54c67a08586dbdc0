// SIGN_MODE_DIRECT: secp256k1 over sha256(SignDoc) rebuilt from the transaction's raw body and
// auth-info bytes. Verdicts are cached by what they depend on, so a transaction checked in CheckTx is
// not verified again in FinalizeBlock.
import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { verifySecp256k1 } from "../../crypto/secp256k1.js";
import { sha256 } from "../../store/hash.js";
import { concat, toHex } from "../../store/encoding.js";

export function signBytes(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  return SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish();
}

/** Remembers successful verifications (a bounded set of recent ones). Purely a CPU saving. */
export class VerifiedSignatures {
  private recent = new Set<string>();
  private older = new Set<string>();

  constructor(private readonly capacity = 50_000) {}

  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
    const id = toHex(sha256(concat(publicKey, signature, sha256(message))));
    if (this.recent.has(id) || this.older.has(id)) return true;
    if (!verifySecp256k1(signature, message, publicKey)) return false;
    if (this.recent.size >= this.capacity) {
      this.older = this.recent;
      this.recent = new Set();
    }
    this.recent.add(id);
    return true;
  }
}
