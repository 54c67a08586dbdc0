// SIGN_MODE_DIRECT verification: secp256k1 over sha256(SignDoc) rebuilt from the transaction's raw
// body and auth-info bytes. libsecp256k1 (native) verifies; @noble/curves is the fallback when the
// native module cannot load. Verdicts are cached by what they depend on, so a transaction checked in
// CheckTx is not verified again in FinalizeBlock.
import { createRequire } from "node:module";
import { secp256k1 as nobleSecp256k1 } from "@noble/curves/secp256k1";
import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { sha256 } from "../../store/hash.js";
import { toHex } from "../../store/encoding.js";

interface NativeSecp256k1 {
  ecdsaVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
}

const SECP256K1_HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

function loadNative(): NativeSecp256k1 | undefined {
  try {
    // The package's own entry falls back to pure-JS elliptic; load the native binding directly.
    return createRequire(import.meta.url)("secp256k1/bindings") as NativeSecp256k1;
  } catch {
    return undefined;
  }
}

const native = loadNative();

export const secp256k1Backend: "libsecp256k1" | "noble" = native !== undefined ? "libsecp256k1" : "noble";

export function signBytes(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  return SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish();
}

/** True when `signature` (64-byte r‖s) is a low-S secp256k1 signature of sha256(message) by `publicKey`. */
export function verifySecp256k1(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== 64 || publicKey.length !== 33) return false;
  const s = BigInt("0x" + toHex(signature.subarray(32)));
  if (s === 0n || s > SECP256K1_HALF_ORDER) return false; // malleable (high-S) signatures are rejected, as in the SDK
  const digest = sha256(message);
  try {
    if (native !== undefined) return native.ecdsaVerify(signature, digest, publicKey);
    return nobleSecp256k1.verify(signature, digest, publicKey, { lowS: true, prehash: false });
  } catch {
    return false; // an invalid public key
  }
}

/** Remembers successful verifications (a bounded set of recent ones). Purely a CPU saving. */
export class VerifiedSignatures {
  private recent = new Set<string>();
  private older = new Set<string>();

  constructor(private readonly capacity = 50_000) {}

  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
    const id = toHex(sha256(new Uint8Array([...publicKey, ...signature, ...sha256(message)])));
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
