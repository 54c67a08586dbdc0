// secp256k1 over SHA-256 digests, as Cosmos SDK accounts sign: libsecp256k1 (native, prebuilt) when
// it loads, @noble/curves otherwise. Only low-S signatures are produced or accepted.
import { createRequire } from "node:module";
import { secp256k1 as noble } from "@noble/curves/secp256k1";
import { sha256 } from "../store/hash.js";
import { toHex } from "../store/encoding.js";

interface Native {
  ecdsaVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
  ecdsaSign(message: Uint8Array, privateKey: Uint8Array): { signature: Uint8Array };
}

// The package's own entry silently falls back to pure-JS elliptic; load the native binding directly.
const native = (() => {
  try {
    return createRequire(import.meta.url)("secp256k1/bindings") as Native;
  } catch {
    return undefined;
  }
})();

export const secp256k1Backend: "libsecp256k1" | "noble" = native !== undefined ? "libsecp256k1" : "noble";

const HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

/** True when `signature` (64-byte r‖s) is a low-S signature of sha256(message) by the compressed `publicKey`. */
export function verifySecp256k1(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== 64 || publicKey.length !== 33) return false;
  const s = BigInt("0x" + toHex(signature.subarray(32)));
  if (s === 0n || s > HALF_ORDER) return false; // malleable (high-S) signatures are rejected, as in the SDK
  const digest = sha256(message);
  try {
    if (native !== undefined) return native.ecdsaVerify(signature, digest, publicKey);
    return noble.verify(signature, digest, publicKey, { lowS: true, prehash: false });
  } catch {
    return false; // an invalid public key
  }
}

/** A 64-byte low-S signature of sha256(message). */
export function signSecp256k1(message: Uint8Array, privateKey: Uint8Array): Uint8Array {
  const digest = sha256(message);
  if (native !== undefined) return native.ecdsaSign(digest, privateKey).signature;
  return noble.sign(digest, privateKey, { lowS: true, prehash: false }).toCompactRawBytes();
}
