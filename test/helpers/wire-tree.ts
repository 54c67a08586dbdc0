// A protobuf message as a tree of its wire fields, read through the chain's own descriptors, so
// that tests can mutate transactions field by field (the structure-aware fuzzer) and write them
// back. Only valid inputs are parsed here (the fuzzer's seeds), so plain recursion is fine.
import { schemas } from "../../chain/codec/descriptors.js";
import type { MessageSchema } from "../../chain/codec/schema.js";

export type WireValue =
  | { kind: "varint"; value: bigint }
  | { kind: "fixed64"; bytes: Uint8Array }
  | { kind: "fixed32"; bytes: Uint8Array }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "message"; message: WireMessage }
  /** Raw bytes of any wire type, written as they are (groups, garbage): what mutations produce. */
  | { kind: "raw"; bytes: Uint8Array };

export interface WireField {
  number: number;
  wire: number;
  value: WireValue;
}

export interface WireMessage {
  /** Full protobuf name, when known. */
  type: string | undefined;
  fields: WireField[];
}

export function readVarint(bytes: Uint8Array, pos: number): [bigint, number] {
  let value = 0n;
  for (let shift = 0n; ; shift += 7n) {
    const byte = bytes[pos++];
    if (byte === undefined) throw new Error("truncated varint");
    value |= BigInt(byte & 0x7f) << shift;
    if (byte < 0x80) return [value, pos];
  }
}

export function writeVarint(value: bigint): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(64, value);
  do {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v > 0n ? byte | 0x80 : byte);
  } while (v > 0n);
  return out;
}

/** Parses `bytes` as `type` (fields of unknown content stay bytes). */
export function parseMessage(bytes: Uint8Array, type: string | undefined): WireMessage {
  const schema = type === undefined ? undefined : schemas().schema(type);
  const fields: WireField[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const [tag, afterTag] = readVarint(bytes, pos);
    pos = afterTag;
    const number = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (wire === 0) {
      const [value, next] = readVarint(bytes, pos);
      fields.push({ number, wire, value: { kind: "varint", value } });
      pos = next;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      fields.push({ number, wire, value: { kind: wire === 1 ? "fixed64" : "fixed32", bytes: bytes.slice(pos, pos + size) } });
      pos += size;
    } else if (wire === 2) {
      const [length, start] = readVarint(bytes, pos);
      const content = bytes.slice(start, start + Number(length));
      pos = start + Number(length);
      fields.push({ number, wire, value: lenValue(schema, number, content) });
    } else {
      throw new Error(`wire type ${wire} in a seed`);
    }
  }
  return { type: schema?.name, fields };
}

function lenValue(schema: MessageSchema | undefined, number: number, content: Uint8Array): WireValue {
  const field = schema?.fields.get(number);
  if (field?.content === "message") return { kind: "message", message: parseMessage(content, field.message) };
  if (field?.content === "any") return { kind: "message", message: parseAny(content) };
  return { kind: "bytes", bytes: content };
}

/** An Any whose value is parsed as the type its URL names. */
function parseAny(content: Uint8Array): WireMessage {
  const any = parseMessage(content, "google.protobuf.Any");
  const url = any.fields.find((f) => f.number === 1);
  const typeUrl = url?.value.kind === "bytes" ? new TextDecoder().decode(url.value.bytes) : "";
  for (const field of any.fields) {
    if (field.number === 2 && field.value.kind === "bytes") field.value = { kind: "message", message: parseMessage(field.value.bytes, typeUrl.slice(1)) };
  }
  return any;
}

export function serialize(message: WireMessage): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const field of message.fields) {
    if (field.value.kind === "raw") {
      parts.push(field.value.bytes);
      continue;
    }
    parts.push(Uint8Array.from(writeVarint(BigInt(field.number) * 8n + BigInt(field.wire))));
    const value = field.value;
    if (value.kind === "varint") parts.push(Uint8Array.from(writeVarint(value.value)));
    else if (value.kind === "fixed64" || value.kind === "fixed32") parts.push(value.bytes);
    else {
      const bytes = value.kind === "message" ? serialize(value.message) : value.bytes;
      parts.push(Uint8Array.from(writeVarint(BigInt(bytes.length))), bytes);
    }
  }
  return Buffer.concat(parts);
}

/** Every message in the tree (depth first), with its depth. */
export function messagesOf(root: WireMessage): { message: WireMessage; depth: number }[] {
  const found: { message: WireMessage; depth: number }[] = [];
  const walk = (message: WireMessage, depth: number): void => {
    found.push({ message, depth });
    for (const field of message.fields) if (field.value.kind === "message") walk(field.value.message, depth + 1);
  };
  walk(root, 0);
  return found;
}
