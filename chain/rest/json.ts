// Values as the SDK's gRPC gateway writes them (gogoproto jsonpb, EmitDefaults): LegacyDec with 18
// decimals ("0.020000000000000000"), Timestamps in RFC 3339 with 0, 3, 6 or 9 fractional digits,
// Durations as "600s", 64-bit integers as strings, and pagination as {next_key, total} or null.
// Shared by the REST plugins and the CLI's queries so that both print the same JSON.
import type { PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Duration } from "cosmjs-types/google/protobuf/duration";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { formatDec } from "../types/dec.js";
import { pageResponse } from "./pagination.js";

export type Json = Record<string, unknown>;

/** A LegacyDec stored as its 18-decimal atomics ("20000000000000000") → "0.020000000000000000". */
export function decJson(atomics: string): string {
  return formatDec(BigInt(atomics === "" ? "0" : atomics));
}

/** A LegacyDec in a bytes field (the SDK's slashing params): its atomics as ASCII. */
export function decBytesJson(bytes: Uint8Array): string {
  return decJson(new TextDecoder().decode(bytes));
}

/** jsonpb's fraction: 0, 3, 6 or 9 digits. */
function fraction(nanos: number): string {
  if (nanos === 0) return "";
  const digits = nanos.toString().padStart(9, "0");
  return `.${digits.endsWith("000000") ? digits.slice(0, 3) : digits.endsWith("000") ? digits.slice(0, 6) : digits}`;
}

export function timestampJson(ts: Timestamp | undefined): string | null {
  if (ts === undefined) return null;
  return `${new Date(Number(ts.seconds) * 1000).toISOString().slice(0, 19)}${fraction(ts.nanos)}Z`;
}

export function durationJson(d: Duration | undefined): string | null {
  if (d === undefined) return null;
  return `${d.seconds}${fraction(d.nanos)}s`;
}

/** The pagination of a response; null when the server set none (as the gateway writes it). */
export function pageJson(page: PageResponse | undefined): { next_key: string | null; total: string } | null {
  return page === undefined ? null : pageResponse(page);
}

const PUBKEY_CODECS: Readonly<Record<string, { decode(bytes: Uint8Array): { key: Uint8Array } }>> = {
  "/cosmos.crypto.ed25519.PubKey": Ed25519PubKey,
  "/cosmos.crypto.secp256k1.PubKey": Secp256k1PubKey,
};

/** A public key in an Any, as {"@type", key}; unknown types keep their bytes. */
export function pubKeyJson(any: Any | undefined): Json | null {
  if (any === undefined) return null;
  const codec = PUBKEY_CODECS[any.typeUrl];
  if (codec === undefined) return { "@type": any.typeUrl, value: Buffer.from(any.value).toString("base64") };
  return { "@type": any.typeUrl, key: Buffer.from(codec.decode(any.value).key).toString("base64") };
}
