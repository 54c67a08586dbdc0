import { hash } from "node:crypto";

/** SHA-256 through Node's native one-shot hash (the hot path of every commit). */
export function sha256(data: Uint8Array): Uint8Array {
  const digest = hash("sha256", data, "buffer") as unknown as Buffer;
  return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
}

/** sha256("") — the root of an empty IAVL tree. */
export const EMPTY_HASH: Uint8Array = sha256(new Uint8Array(0));
