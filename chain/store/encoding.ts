// Byte helpers shared by the tree, the proofs and the multistore. Lengths and versions stay below
// 2^53, so plain arithmetic (never 32-bit bit operations) keeps large values exact.

/** Protobuf / Go `binary.PutUvarint` encoding of a non-negative integer. */
export function uvarint(n: number): Uint8Array {
  const out = new Uint8Array(10);
  return out.subarray(0, putUvarint(out, 0, n));
}

/** Bytes of uvarint(n). */
export function uvarintLength(n: number): number {
  let length = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    length++;
  }
  return length;
}

/** Writes uvarint(n) into `buf` at `offset` (room for 8 bytes suffices below 2^53); returns the end. */
export function putUvarint(buf: Uint8Array, offset: number, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`uvarint out of range: ${n}`);
  while (n >= 0x80) {
    buf[offset++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  buf[offset++] = n;
  return offset;
}

/** Go `binary.PutVarint` (zig-zag) of a non-negative integer: uvarint(2n). */
export function varint(n: number): Uint8Array {
  if (n < 0) throw new RangeError(`varint of a negative value is not used here: ${n}`);
  return uvarint(n * 2);
}

export interface Decoded {
  value: number;
  /** Offset just past the decoded integer. */
  next: number;
}

/** Reads a uvarint at `offset`; undefined when the bytes end first or the value exceeds 2^53. */
export function readUvarint(bytes: Uint8Array, offset: number): Decoded | undefined {
  let value = 0;
  let scale = 1;
  for (let i = offset; i < bytes.length; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      return Number.isSafeInteger(value) ? { value, next: i + 1 } : undefined;
    }
    scale *= 0x80;
    if (scale > 2 ** 56) return undefined;
  }
  return undefined;
}

/** Reads a zig-zag varint; negative values are decoded as negative numbers. */
export function readVarint(bytes: Uint8Array, offset: number): Decoded | undefined {
  const u = readUvarint(bytes, offset);
  if (u === undefined) return undefined;
  const value = u.value % 2 === 0 ? u.value / 2 : -(u.value + 1) / 2;
  return { value, next: u.next };
}

/** 8-byte big-endian unsigned integer (keys and counters in stores). */
export function be64(n: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, n);
  return out;
}

export function readBe64(bytes: Uint8Array): bigint {
  if (bytes.length !== 8) throw new RangeError(`expected 8 bytes, got ${bytes.length}`);
  return new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Bytewise lexicographic order, as Go's bytes.Compare. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new Error(`invalid hex: ${hex.slice(0, 16)}…`);
  return new Uint8Array(Buffer.from(hex, "hex"));
}

export const utf8 = {
  encode: (s: string): Uint8Array => new TextEncoder().encode(s),
  decode: (b: Uint8Array): string => new TextDecoder().decode(b),
};
