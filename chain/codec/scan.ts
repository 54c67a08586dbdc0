// The strict wire scan (the Cosmos SDK's unknownproto, made iterative): it walks a message and every
// message nested in it — through google.protobuf.Any by its type URL — with an explicit stack, so
// no input can make it recurse, and refuses what the SDK refuses and more:
//   - unknown fields (a message may allow those of the non-critical range, bit 11, at its top level
//     only: TxBody, as ADR-020 says);
//   - a known field arriving with the wrong wire type, groups (wire types 3 and 4) anywhere;
//   - a singular field given twice (Go merges a repeated message field, JavaScript keeps the last:
//     the two would read different transactions from the same signed bytes);
//   - strings that are not well-formed UTF-8;
//   - Any whose type URL names no loaded message;
//   - nesting deeper than MAX_DEPTH, truncated or overlong varints and lengths.
// Only what passes is handed to the generated (recursive) decoders, whose depth is then bounded.
// Every refusal is a fixed text made here: nothing of the JavaScript engine reaches a result.
import { sdkErrors, type AppError } from "../app/errors.js";
import { isValidUtf8 } from "./utf8.js";
import { WIRE_FIXED32, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT, type FieldSchema, type MessageSchema, type SchemaRegistry } from "./schema.js";

/** Messages nested in messages (Any counts once for itself and once for its content). Honest transactions stay below 12. */
export const MAX_DEPTH = 32;

/** Field numbers with this bit set are non-critical (ADR-020): a TxBody may carry unknown ones. */
const NON_CRITICAL_BIT = 1 << 10;
const MAX_FIELD_NUMBER = 2 ** 29 - 1;
const ANY = "google.protobuf.Any";

export interface ScanOptions {
  /** Unknown non-critical fields are allowed at the top level (TxBody). */
  allowNonCritical?: boolean;
}

interface Frame {
  schema: MessageSchema;
  end: number;
  /** Where the parent continues once this frame ends (past the Any, for an Any's content). */
  resume: number;
  depth: number;
  /** Singular fields seen so far (allocated at the first one). */
  seen: Set<number> | undefined;
  allowNonCritical: boolean;
}

function refuse(schema: MessageSchema, detail: string): AppError {
  return sdkErrors.txDecode.wrap(`${schema.name}: ${detail}`);
}

/** Throws a tx-parse AppError unless `bytes` is a strictly valid encoding of `schema`. */
export function scanMessage(bytes: Uint8Array, schema: MessageSchema, registry: SchemaRegistry, options: ScanOptions = {}): void {
  const stack: Frame[] = [{ schema, end: bytes.length, resume: bytes.length, depth: 1, seen: undefined, allowNonCritical: options.allowNonCritical === true }];
  let pos = 0;
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    if (pos === frame.end) {
      stack.pop();
      pos = frame.resume;
      continue;
    }
    const [tag, afterTag] = readVarint32(bytes, pos, frame.end, frame.schema, "tag");
    pos = afterTag;
    const number = Math.floor(tag / 8);
    const wire = tag % 8;
    if (number < 1 || number > MAX_FIELD_NUMBER) throw refuse(frame.schema, `invalid field number ${number}`);
    if (wire === 3 || wire === 4) throw refuse(frame.schema, `field ${number} is a group (wire type ${wire}), which is not allowed`);
    if (wire !== WIRE_VARINT && wire !== WIRE_FIXED64 && wire !== WIRE_LEN && wire !== WIRE_FIXED32) {
      throw refuse(frame.schema, `field ${number} has the invalid wire type ${wire}`);
    }
    const field = frame.schema.fields.get(number);
    if (field === undefined) {
      if (!frame.allowNonCritical || (number & NON_CRITICAL_BIT) === 0) throw refuse(frame.schema, `unknown field ${number}`);
      pos = skipValue(bytes, pos, frame.end, wire, frame.schema);
      continue;
    }
    if (!field.repeated) {
      frame.seen ??= new Set();
      if (frame.seen.has(number)) throw refuse(frame.schema, `field ${number} (${field.name}) is given twice`);
      frame.seen.add(number);
    }
    if (wire !== field.wire) {
      if (wire === WIRE_LEN && field.repeated && field.wire !== WIRE_LEN) {
        pos = scanPacked(bytes, pos, frame.end, field, frame.schema);
        continue;
      }
      throw refuse(frame.schema, `field ${number} (${field.name}) has wire type ${wire}, expected ${field.wire}`);
    }
    if (wire !== WIRE_LEN) {
      pos = skipValue(bytes, pos, frame.end, wire, frame.schema);
      continue;
    }
    const [length, start] = readLength(bytes, pos, frame.end, frame.schema, field);
    const end = start + length;
    pos = end;
    if (field.content === "string") {
      if (!isValidUtf8(bytes, start, end)) throw refuse(frame.schema, `field ${number} (${field.name}) is not valid UTF-8`);
      continue;
    }
    if (field.content === undefined) continue; // bytes
    if (frame.depth + 1 > MAX_DEPTH) throw refuse(frame.schema, `messages nested deeper than ${MAX_DEPTH}`);
    if (field.content === "message") {
      const nested = registry.schema(field.message!);
      if (nested === undefined) throw refuse(frame.schema, `field ${number} (${field.name}) has the unloaded type ${field.message}`);
      stack.push({ schema: nested, end, resume: end, depth: frame.depth + 1, seen: undefined, allowNonCritical: false });
      pos = start;
      continue;
    }
    // google.protobuf.Any: its own two fields, then its value as the message its type URL names.
    const any = readAny(bytes, start, end, registry);
    if (frame.depth + 2 > MAX_DEPTH) throw refuse(frame.schema, `messages nested deeper than ${MAX_DEPTH}`);
    stack.push({ schema: any.schema, end: any.valueEnd, resume: end, depth: frame.depth + 2, seen: undefined, allowNonCritical: false });
    pos = any.valueStart;
  }
}

/** An Any's type URL resolved to a loaded message, and where its value lies. */
function readAny(bytes: Uint8Array, start: number, end: number, registry: SchemaRegistry): { schema: MessageSchema; valueStart: number; valueEnd: number } {
  const anySchema = registry.schema(ANY)!;
  let typeUrl: string | undefined;
  let value: [number, number] = [start, start];
  let seenValue = false;
  for (let pos = start; pos < end; ) {
    const [tag, afterTag] = readVarint32(bytes, pos, end, anySchema, "tag");
    const number = Math.floor(tag / 8);
    const field = anySchema.fields.get(number);
    if (field === undefined) throw refuse(anySchema, `unknown field ${number}`);
    if (tag % 8 !== WIRE_LEN) throw refuse(anySchema, `field ${number} (${field.name}) has wire type ${tag % 8}, expected ${WIRE_LEN}`);
    const [length, at] = readLength(bytes, afterTag, end, anySchema, field);
    if (number === 1) {
      if (typeUrl !== undefined) throw refuse(anySchema, "field 1 (type_url) is given twice");
      if (!isValidUtf8(bytes, at, at + length)) throw refuse(anySchema, "field 1 (type_url) is not valid UTF-8");
      typeUrl = new TextDecoder().decode(bytes.subarray(at, at + length));
    } else {
      if (seenValue) throw refuse(anySchema, "field 2 (value) is given twice");
      seenValue = true;
      value = [at, at + length];
    }
    pos = at + length;
  }
  const name = typeUrl?.startsWith("/") === true ? typeUrl.slice(1) : undefined;
  const schema = name === undefined ? undefined : registry.schema(name);
  if (schema === undefined) throw refuse(anySchema, `unable to resolve type URL ${JSON.stringify(typeUrl ?? "")}`);
  return { schema, valueStart: value[0], valueEnd: value[1] };
}

/** A packed repeated scalar: whole values of the element's wire type, nothing left over. */
function scanPacked(bytes: Uint8Array, pos: number, limit: number, field: FieldSchema, schema: MessageSchema): number {
  const [length, start] = readLength(bytes, pos, limit, schema, field);
  const end = start + length;
  if (field.wire === WIRE_FIXED64 || field.wire === WIRE_FIXED32) {
    const size = field.wire === WIRE_FIXED64 ? 8 : 4;
    if (length % size !== 0) throw refuse(schema, `packed field ${field.name} is not a whole number of ${size}-byte values`);
    return end;
  }
  for (let at = start; at < end; ) at = skipVarint(bytes, at, end, schema);
  return end;
}

function skipValue(bytes: Uint8Array, pos: number, limit: number, wire: number, schema: MessageSchema): number {
  if (wire === WIRE_VARINT) return skipVarint(bytes, pos, limit, schema);
  const size = wire === WIRE_FIXED64 ? 8 : wire === WIRE_FIXED32 ? 4 : undefined;
  if (size !== undefined) {
    if (pos + size > limit) throw refuse(schema, "truncated fixed-size value");
    return pos + size;
  }
  const [length, start] = readVarint32(bytes, pos, limit, schema, "length");
  if (length > limit - start) throw refuse(schema, "length beyond the end of the message");
  return start + length;
}

function readLength(bytes: Uint8Array, pos: number, limit: number, schema: MessageSchema, field: FieldSchema): [number, number] {
  const [length, start] = readVarint32(bytes, pos, limit, schema, "length");
  if (length > limit - start) throw refuse(schema, `field ${field.name}: length beyond the end of the message`);
  return [length, start];
}

/** A varint of at most 5 bytes whose value fits 32 bits (tags and lengths, as the decoders read them). */
function readVarint32(bytes: Uint8Array, pos: number, limit: number, schema: MessageSchema, what: string): [number, number] {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    if (pos + i >= limit) throw refuse(schema, `truncated ${what}`);
    const byte = bytes[pos + i]!;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if (byte < 0x80) {
      if (value > 0xffffffff) throw refuse(schema, `${what} does not fit 32 bits`);
      return [value, pos + i + 1];
    }
  }
  throw refuse(schema, `${what} does not fit 32 bits`);
}

/** A varint of at most 10 bytes whose value fits 64 bits (protowire's overflow rule). */
function skipVarint(bytes: Uint8Array, pos: number, limit: number, schema: MessageSchema): number {
  for (let i = 0; i < 10; i++) {
    if (pos + i >= limit) throw refuse(schema, "truncated varint");
    const byte = bytes[pos + i]!;
    if (byte < 0x80) {
      if (i === 9 && byte > 1) break;
      return pos + i + 1;
    }
  }
  throw refuse(schema, "varint overflows 64 bits");
}
