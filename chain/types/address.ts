// Bech32 addresses with AIS's prefixes, and the address derivations of the Cosmos SDK.
import { bech32 } from "@scure/base";
import { createHash } from "node:crypto";
import { grpcError, sdkErrors } from "../app/errors.js";
import { sha256 } from "../store/hash.js";

export const BECH32_PREFIX = {
  account: "ais",
  validatorOperator: "aisvaloper",
  consensus: "aisvalcons",
} as const;

const BECH32_LIMIT = 1023;

export function toBech32(prefix: string, data: Uint8Array): string {
  return bech32.encode(prefix, bech32.toWords(data), BECH32_LIMIT);
}

/** Decodes a bech32 address of the expected prefix; throws an invalid-address error otherwise. */
export function fromBech32(address: string, prefix: string = BECH32_PREFIX.account): Uint8Array {
  let decoded: { prefix: string; words: number[] };
  try {
    decoded = bech32.decode(address as `${string}1${string}`, BECH32_LIMIT);
  } catch (err) {
    throw sdkErrors.invalidAddress.wrap(`invalid address ${JSON.stringify(address.slice(0, 128))}: decoding bech32 failed: ${bech32Failure(err)}`);
  }
  if (decoded.prefix !== prefix) {
    throw sdkErrors.invalidAddress.wrap(`invalid Bech32 prefix; expected ${prefix}, got ${decoded.prefix}`);
  }
  const bytes = bech32.fromWords(decoded.words);
  if (bytes.length === 0 || bytes.length > 255) throw sdkErrors.invalidAddress.wrap(`address length ${bytes.length} out of range`);
  return bytes;
}

/**
 * Why a string is not bech32, in fixed words (those of Go's bech32 package, which the SDK prints):
 * the decoding library's own messages, which may change with its version, never reach a result.
 */
function bech32Failure(err: unknown): string {
  const message = err instanceof Error ? err.message : "";
  if (/checksum/i.test(message)) return "invalid checksum";
  if (/lowercase or uppercase/i.test(message)) return "string not all lowercase or all uppercase";
  if (/string length/i.test(message)) return "invalid bech32 string length";
  if (/letter "1"|at least 6/i.test(message)) return "invalid separator index";
  if (/unknown letter/i.test(message)) return "invalid character not part of charset";
  return "invalid bech32 string";
}

/**
 * The canonical, lower-case spelling of a bech32 address of `prefix`. Bech32 also reads the same
 * address written all in upper case (and refuses mixed case); state keeps one spelling, so that an
 * address given in upper case is never a second entry, and stored strings compare equal.
 */
export function canonicalBech32(address: string, prefix: string): string {
  return toBech32(prefix, fromBech32(address, prefix));
}

/** A validator operator address (aisvaloper…) in its canonical spelling; throws an invalid-address error. */
export function canonicalOperator(address: string): string {
  return canonicalBech32(address, BECH32_PREFIX.validatorOperator);
}

// Account addresses are converted many times per transaction (signers, events, keys); bech32 is
// costly in JS, so recent conversions are remembered. A pure function's cache: no effect on results.
const CACHE_LIMIT = 20_000;
const decoded = new Map<string, Uint8Array>();
const encoded = new Map<string, string>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export function accAddress(address: string): Uint8Array {
  const cached = decoded.get(address);
  if (cached !== undefined) return cached.slice();
  return remember(decoded, address, fromBech32(address, BECH32_PREFIX.account)).slice();
}

export function accString(address: Uint8Array): string {
  const key = Buffer.from(address.buffer, address.byteOffset, address.byteLength).toString("latin1");
  return encoded.get(key) ?? remember(encoded, key, toBech32(BECH32_PREFIX.account, address));
}

/** An account address given to a query: a malformed one is gRPC InvalidArgument, as in the SDK. */
export function queryAddress(address: string): Uint8Array {
  if (address === "") throw grpcError("InvalidArgument", "empty address string is not allowed");
  try {
    return accAddress(address);
  } catch (err) {
    throw grpcError("InvalidArgument", (err as Error).message);
  }
}

/** A validator operator address given to a query, canonical; malformed or empty is gRPC InvalidArgument. */
export function queryOperatorAddress(address: string): string {
  if (address === "") throw grpcError("InvalidArgument", "validator address cannot be empty");
  try {
    return canonicalOperator(address);
  } catch (err) {
    throw grpcError("InvalidArgument", (err as Error).message);
  }
}

/** A module account's address: sha256(name)[:20] (x/auth NewModuleAddress). */
export function moduleAddress(name: string): Uint8Array {
  return sha256(new TextEncoder().encode(name)).slice(0, 20);
}

/** RIPEMD160(SHA256(compressed secp256k1 public key)), the account address of a key. */
export function secp256k1Address(compressedPubKey: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("ripemd160").update(sha256(compressedPubKey)).digest());
}

/** A validator's consensus address (aisvalcons…). */
export function consensusAddressString(address: Uint8Array): string {
  return toBech32(BECH32_PREFIX.consensus, address);
}
