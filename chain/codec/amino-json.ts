// Amino JSON, the text SIGN_MODE_LEGACY_AMINO_JSON signs (what Ledger shows and cosmjs's amino
// signer builds), written from the .proto descriptors with the rules of the Cosmos SDK's
// x/tx/signing/aminojson (v0.14, SDK 0.53): fields sorted by name, `(amino.field_name)` renames,
// empty fields omitted unless `(amino.dont_omitempty)`, 64-bit integers quoted, bytes base64,
// enums as numbers, Any and the top-level messages as {"type": (amino.name), "value": …},
// Timestamp RFC 3339, Duration quoted nanoseconds, LegacyDec and Int scalars as decimal text,
// `legacy_coins` and `key_field` encodings, oneofs by `(amino.oneof_name)`, strings escaped as Go's
// encoding/json escapes them. What that encoder refuses (maps, …) is refused here too, with a fixed
// text; so is what AIS never signs (floats, multisig keys, module accounts, inline JSON).
//
// The input is protobuf bytes that already passed the strict scan (scan.ts): no duplicate singular
// fields, known Any types, valid UTF-8, nesting at most MAX_DEPTH — which bounds this file's
// recursion. Malformed bytes still give an AminoJsonError, never an engine error.
import protobuf from "protobufjs";
import { formatRfc3339, parseRfc3339 } from "../types/time.js";
import { MAX_DEPTH } from "./scan.js";

export class AminoJsonError extends Error {}

const ANY = "google.protobuf.Any";
const TIMESTAMP = "google.protobuf.Timestamp";
const DURATION = "google.protobuf.Duration";
const LEGACY_DEC = "cosmossdk.io/math.LegacyDec";
const DEC_DIGITS = 18;

type ScalarKind = "varint" | "zigzag" | "fixed32" | "fixed64" | "bool" | "string" | "bytes" | "enum";

/** What the encoder needs of one field, read once from its descriptor. */
interface FieldPlan {
  readonly number: number;
  /** The JSON key (amino field name), or the oneof's CamelCase name for a oneof member. */
  readonly key: string;
  readonly name: string;
  readonly repeated: boolean;
  readonly omitEmpty: boolean;
  readonly presence: boolean;
  readonly scalar?: { readonly kind: ScalarKind; readonly type: string };
  /** Full name of a message-typed field. */
  readonly message?: string;
  readonly encoding?: "legacy_coins" | "cosmos_dec" | "cosmos_int";
  readonly oneof?: { readonly key: string; readonly typeName: string; readonly members: readonly number[] };
}

interface MessagePlan {
  readonly name: string;
  readonly aminoName?: string;
  readonly messageEncoding?: string;
  /** In output order: sorted by key. */
  readonly fields: readonly FieldPlan[];
  /** In field-number order, for writing protobuf. */
  readonly wireOrder: readonly FieldPlan[];
}

const SCALARS: Readonly<Record<string, ScalarKind>> = {
  int32: "varint",
  int64: "varint",
  uint32: "varint",
  uint64: "varint",
  sint32: "zigzag",
  sint64: "zigzag",
  fixed32: "fixed32",
  sfixed32: "fixed32",
  fixed64: "fixed64",
  sfixed64: "fixed64",
  bool: "bool",
  string: "string",
  bytes: "bytes",
};

/** One field's values as they arrived: varints (and fixed) as bigint, LEN values as byte ranges. */
type Raw = bigint | Uint8Array;

export class AminoJsonEncoder {
  private readonly plans = new Map<string, MessagePlan>();

  constructor(private readonly root: protobuf.Root) {}

  /** `{"type": amino name (or the type URL), "value": …}` of a packed message. */
  encodeAny(typeUrl: string, value: Uint8Array): string {
    return this.any(typeUrl, value, 1);
  }

  /** The JSON of a message by full name, wrapped in {"type","value"} when it has an amino name. */
  encodeMessage(name: string, bytes: Uint8Array): string {
    const plan = this.plan(name);
    const body = this.message(plan, bytes, 1);
    return plan.aminoName === undefined ? body : `{"type":"${plan.aminoName}","value":${body}}`;
  }

  /** The JSON of a message by full name, never wrapped (an AminoMsg's value). */
  encodeValue(name: string, bytes: Uint8Array): string {
    return this.message(this.plan(name), bytes, 1);
  }

  /** The amino name a message type is registered under, if any. */
  aminoName(name: string): string | undefined {
    return this.plan(name).aminoName;
  }

  /**
   * The inverse, for clients (cosmjs's AminoConverter.fromAmino): a message's amino JSON value back
   * to protobuf bytes. Not used by the state machine.
   */
  fromJson(name: string, value: unknown): Uint8Array {
    return this.messageBytes(this.plan(name), value, 1);
  }

  /** The full name of the message registered under an amino name (or named by a type URL). */
  typeOfAminoName(aminoName: string): string | undefined {
    if (aminoName.startsWith("/")) return aminoName.slice(1);
    if (this.byAminoName === undefined) {
      this.byAminoName = new Map();
      const pending: protobuf.NamespaceBase[] = [this.root];
      for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        for (const nested of next.nestedArray) {
          if (nested instanceof protobuf.Type && typeof nested.options?.["(amino.name)"] === "string") this.byAminoName.set(nested.options["(amino.name)"] as string, nested.fullName.slice(1));
          if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) pending.push(nested);
        }
      }
    }
    return this.byAminoName.get(aminoName);
  }

  private byAminoName: Map<string, string> | undefined;

  private messageBytes(plan: MessagePlan, value: unknown, depth: number): Uint8Array {
    if (depth > MAX_DEPTH + 2) throw new AminoJsonError(`${plan.name}: nested deeper than ${MAX_DEPTH}`);
    const out = new Writer();
    if (plan.name === TIMESTAMP) {
      const time = parseTime(plan, expectString(plan, "timestamp", value));
      out.varintField(1, BigInt.asUintN(64, time.seconds)).varintField(2, BigInt(time.nanos));
      return out.finish();
    }
    if (plan.name === DURATION) {
      const total = BigInt(expectString(plan, "duration", value));
      out.varintField(1, BigInt.asUintN(64, total / 1_000_000_000n)).varintField(2, BigInt.asUintN(64, total % 1_000_000_000n));
      return out.finish();
    }
    if (plan.name === ANY) {
      const { type, value: inner } = expectObject(plan, value) as { type?: unknown; value?: unknown };
      const name = this.typeOfAminoName(expectString(plan, "type", type));
      if (name === undefined) throw new AminoJsonError(`no message is registered under the amino name ${JSON.stringify(type)}`);
      out.bytesField(1, new TextEncoder().encode(`/${name}`)).bytesField(2, this.messageBytes(this.plan(name), inner, depth + 1));
      return out.finish();
    }
    if (plan.messageEncoding === "key_field") {
      if (value !== null) out.bytesField(plan.fields.find((f) => f.name === "key")?.number ?? 1, Buffer.from(expectString(plan, "key", value), "base64"));
      return out.finish();
    }
    if (plan.messageEncoding !== undefined) throw new AminoJsonError(`${plan.name}: the amino message encoding ${plan.messageEncoding} is not supported`);
    const object = expectObject(plan, value);
    for (const field of plan.wireOrder) {
      let item: unknown = object[field.oneof?.key ?? field.key];
      if (field.oneof !== undefined) {
        const wrapped = item as { value?: Record<string, unknown> } | null | undefined;
        item = wrapped?.value?.[field.name];
      }
      if (item === undefined || item === null) continue;
      const items = field.repeated ? (Array.isArray(item) ? item : [item]) : [item];
      for (const one of items) {
        if (field.message !== undefined) out.bytesField(field.number, this.messageBytes(this.plan(field.message), one, depth + 1));
        else writeScalar(out, plan, field, one);
      }
    }
    return out.finish();
  }

  private any(typeUrl: string, value: Uint8Array, depth: number): string {
    const plan = this.plan(typeUrl.startsWith("/") ? typeUrl.slice(1) : "");
    return `{"type":"${plan.aminoName ?? typeUrl}","value":${this.message(plan, value, depth + 1)}}`;
  }

  private message(plan: MessagePlan, bytes: Uint8Array, depth: number): string {
    if (depth > MAX_DEPTH + 2) throw new AminoJsonError(`${plan.name}: nested deeper than ${MAX_DEPTH}`);
    switch (plan.name) {
      case TIMESTAMP:
        return timestamp(readFields(bytes, plan));
      case DURATION:
        return duration(readFields(bytes, plan));
      case ANY: {
        const values = readFields(bytes, plan);
        return this.any(text(last(values.get(1)) ?? new Uint8Array()), (last(values.get(2)) as Uint8Array | undefined) ?? new Uint8Array(), depth);
      }
    }
    const values = readFields(bytes, plan);
    if (plan.messageEncoding !== undefined) {
      if (plan.messageEncoding === "key_field") {
        const key = last(values.get(plan.fields.find((f) => f.name === "key")?.number ?? 1));
        return key instanceof Uint8Array && key.length > 0 ? `"${Buffer.from(key).toString("base64")}"` : "null";
      }
      throw new AminoJsonError(`${plan.name}: the amino message encoding ${plan.messageEncoding} is not supported`);
    }
    const parts: string[] = [];
    const nullOneofs = new Set<string>();
    for (const field of plan.fields) {
      const raw = values.get(field.number) ?? [];
      const has = field.repeated || field.message !== undefined || field.presence ? raw.length > 0 : raw.length > 0 && !isDefault(last(raw)!);
      if (!has) {
        if (field.oneof !== undefined && !field.oneof.members.some((n) => (values.get(n)?.length ?? 0) > 0)) {
          if (!nullOneofs.has(field.oneof.key)) parts.push(`"${field.oneof.key}":null`);
          nullOneofs.add(field.oneof.key);
          continue;
        }
        if (field.omitEmpty) continue;
        if (field.message !== undefined && !field.repeated) {
          throw new AminoJsonError(`${plan.name}: the field ${field.name} must be set (amino.dont_omitempty)`);
        }
      }
      const value = this.field(plan, field, raw, depth);
      parts.push(field.oneof === undefined ? `"${field.key}":${value}` : `"${field.oneof.key}":{"type":"${field.oneof.typeName}","value":{"${field.name}":${value}}}`);
    }
    return `{${parts.join(",")}}`;
  }

  private field(plan: MessagePlan, field: FieldPlan, raw: readonly Raw[], depth: number): string {
    if (field.encoding === "legacy_coins" || field.repeated) {
      if (!field.repeated) throw new AminoJsonError(`${plan.name}: the field ${field.name} is not a list`);
      if (field.encoding !== undefined && field.encoding !== "legacy_coins") throw new AminoJsonError(`${plan.name}: the list ${field.name} has a scalar encoding`);
      return `[${raw.map((value) => this.value(plan, field, value, depth)).join(",")}]`;
    }
    const value = last(raw);
    if (field.encoding === "cosmos_dec") return goString(value === undefined || (value as Uint8Array).length === 0 ? "0" : legacyDec(plan, text(value)));
    if (field.encoding === "cosmos_int") return goString(value === undefined || (value as Uint8Array).length === 0 ? "0" : text(value));
    if (value === undefined) return field.scalar === undefined ? "null" : defaultScalar(field.scalar);
    return this.value(plan, field, value, depth);
  }

  private value(plan: MessagePlan, field: FieldPlan, value: Raw, depth: number): string {
    if (field.message !== undefined) return this.message(this.plan(field.message), value as Uint8Array, depth + 1);
    return scalarJson(plan, field.scalar!, value);
  }

  private plan(name: string): MessagePlan {
    const known = this.plans.get(name);
    if (known !== undefined) return known;
    let type: protobuf.Type | undefined;
    try {
      const found = name === "" ? null : this.root.lookup(name);
      type = found instanceof protobuf.Type && found.fullName === `.${name}` ? found : undefined;
    } catch {
      type = undefined; // protobufjs throws on malformed paths
    }
    if (type === undefined) throw new AminoJsonError(`no descriptor for ${name === "" ? "an empty type URL" : name}`);
    const plan = buildPlan(type);
    this.plans.set(name, plan);
    return plan;
  }
}

function buildPlan(type: protobuf.Type): MessagePlan {
  const name = type.fullName.slice(1);
  const options = type.options ?? {};
  const fields = type.fieldsArray.map((field): FieldPlan => {
    field.resolve();
    if (field instanceof protobuf.MapField) throw new AminoJsonError(`${name}: maps are not supported`);
    const o = (field.options ?? {}) as Record<string, unknown>;
    const resolved = field.resolvedType;
    const scalarKind = SCALARS[field.type] ?? (resolved instanceof protobuf.Enum ? "enum" : undefined);
    if (scalarKind === undefined && !(resolved instanceof protobuf.Type)) throw new AminoJsonError(`${name}: the field ${field.name} has the type ${field.type}, which amino JSON does not encode`);
    let oneof: FieldPlan["oneof"];
    if (field.partOf !== null && field.partOf !== undefined) {
      const typeName = o["(amino.oneof_name)"];
      if (typeof typeName !== "string") throw new AminoJsonError(`${name}: the oneof field ${field.name} has no amino.oneof_name`);
      oneof = { key: camel(field.partOf.name), typeName, members: field.partOf.fieldsArray.map((f) => f.id) };
    }
    const encoding = fieldEncoding(o);
    return {
      number: field.id,
      key: (typeof o["(amino.field_name)"] === "string" ? (o["(amino.field_name)"] as string) : field.name),
      name: field.name,
      repeated: field.repeated,
      omitEmpty: o["(amino.dont_omitempty)"] !== true,
      presence: oneof !== undefined,
      ...(scalarKind !== undefined ? { scalar: { kind: scalarKind, type: field.type } } : { message: (resolved as protobuf.Type).fullName.slice(1) }),
      ...(encoding !== undefined ? { encoding } : {}),
      ...(oneof !== undefined ? { oneof } : {}),
    };
  });
  const sortKey = (f: FieldPlan) => f.oneof?.key ?? f.key;
  fields.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a.number - b.number));
  const aminoName = options["(amino.name)"];
  const messageEncoding = options["(amino.message_encoding)"];
  return {
    name,
    ...(typeof aminoName === "string" ? { aminoName } : {}),
    ...(typeof messageEncoding === "string" ? { messageEncoding } : {}),
    fields,
    wireOrder: [...fields].sort((a, b) => a.number - b.number),
  };
}

/** The field encoders x/tx applies: (amino.encoding) first, then the cosmos_proto scalars. */
function fieldEncoding(o: Record<string, unknown>): FieldPlan["encoding"] {
  const encoding = o["(amino.encoding)"];
  if (encoding === "legacy_coins") return "legacy_coins";
  if (encoding === "inline_json") throw new AminoJsonError("the amino encoding inline_json is not supported");
  const scalar = o["(cosmos_proto.scalar)"];
  if (scalar === "cosmos.Dec") return o["(gogoproto.customtype)"] === LEGACY_DEC ? "cosmos_dec" : undefined;
  if (scalar === "cosmos.Int") return "cosmos_int";
  return undefined;
}

/** Every occurrence of each field, packed scalars unpacked. */
function readFields(bytes: Uint8Array, plan: MessagePlan): Map<number, Raw[]> {
  const values = new Map<number, Raw[]>();
  const byNumber = new Map(plan.fields.map((f) => [f.number, f]));
  const reader = new Reader(bytes, plan.name);
  while (!reader.done()) {
    const tag = Number(reader.varint());
    const number = Math.floor(tag / 8);
    const wire = tag % 8;
    const field = byNumber.get(number);
    let list = values.get(number);
    if (list === undefined) values.set(number, (list = []));
    if (wire === 0) list.push(reader.varint());
    else if (wire === 1) list.push(reader.fixed(8));
    else if (wire === 5) list.push(reader.fixed(4));
    else if (wire === 2) {
      const value = reader.lengthDelimited();
      const kind = field?.scalar?.kind;
      if (field?.repeated === true && kind !== undefined && kind !== "string" && kind !== "bytes") {
        const packed = new Reader(value, plan.name);
        while (!packed.done()) list.push(kind === "fixed32" ? packed.fixed(4) : kind === "fixed64" ? packed.fixed(8) : packed.varint());
      } else list.push(value);
    } else throw new AminoJsonError(`${plan.name}: field ${number} has the wire type ${wire}`);
    if (field === undefined) values.delete(number); // unknown fields are not encoded (the scan allowed them)
  }
  return values;
}

class Reader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array, private readonly what: string) {}

  done(): boolean {
    return this.pos >= this.bytes.length;
  }

  varint(): bigint {
    let value = 0n;
    for (let i = 0; i < 10; i++) {
      const byte = this.bytes[this.pos++];
      if (byte === undefined) break;
      value |= BigInt(byte & 0x7f) << BigInt(7 * i);
      if (byte < 0x80) return BigInt.asUintN(64, value);
    }
    throw new AminoJsonError(`${this.what}: malformed varint`);
  }

  fixed(size: 4 | 8): bigint {
    if (this.pos + size > this.bytes.length) throw new AminoJsonError(`${this.what}: truncated value`);
    let value = 0n;
    for (let i = size - 1; i >= 0; i--) value = (value << 8n) | BigInt(this.bytes[this.pos + i]!);
    this.pos += size;
    return value;
  }

  lengthDelimited(): Uint8Array {
    const length = this.varint();
    if (length > BigInt(this.bytes.length - this.pos)) throw new AminoJsonError(`${this.what}: length beyond the end`);
    const start = this.pos;
    this.pos += Number(length);
    return this.bytes.subarray(start, this.pos);
  }
}

class Writer {
  private readonly parts: Uint8Array[] = [];

  varint(value: bigint): this {
    const bytes: number[] = [];
    let rest = BigInt.asUintN(64, value);
    while (rest >= 0x80n) {
      bytes.push(Number(rest & 0x7fn) | 0x80);
      rest >>= 7n;
    }
    bytes.push(Number(rest));
    this.parts.push(Uint8Array.from(bytes));
    return this;
  }

  varintField(number: number, value: bigint): this {
    return value === 0n ? this : this.varint(BigInt(number * 8)).varint(value);
  }

  fixedField(number: number, value: bigint, size: 4 | 8): this {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = Number((BigInt.asUintN(size * 8, value) >> BigInt(8 * i)) & 0xffn);
    this.varint(BigInt(number * 8 + (size === 8 ? 1 : 5)));
    this.parts.push(bytes);
    return this;
  }

  bytesField(number: number, value: Uint8Array): this {
    this.varint(BigInt(number * 8 + 2)).varint(BigInt(value.length));
    this.parts.push(value);
    return this;
  }

  finish(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.parts));
  }
}

function parseTime(plan: MessagePlan, text: string): { seconds: bigint; nanos: number } {
  try {
    return parseRfc3339(text);
  } catch {
    throw new AminoJsonError(`${plan.name}: ${JSON.stringify(text.slice(0, 40))} is not an RFC 3339 UTC time`);
  }
}

function expectObject(plan: MessagePlan, value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new AminoJsonError(`${plan.name}: expected an object`);
  return value as Record<string, unknown>;
}

function expectString(plan: MessagePlan, what: string, value: unknown): string {
  if (typeof value !== "string") throw new AminoJsonError(`${plan.name}: ${what} must be a string`);
  return value;
}

function writeScalar(out: Writer, plan: MessagePlan, field: FieldPlan, value: unknown): void {
  const { kind, type } = field.scalar!;
  if (kind === "string") {
    let text = expectString(plan, field.name, value);
    if (field.encoding === "cosmos_dec") text = decUnits(plan, text);
    out.bytesField(field.number, new TextEncoder().encode(text));
    return;
  }
  if (kind === "bytes") {
    out.bytesField(field.number, Buffer.from(expectString(plan, field.name, value), "base64"));
    return;
  }
  if (kind === "bool") {
    out.varintField(field.number, value === true ? 1n : 0n);
    return;
  }
  if (typeof value !== "number" && typeof value !== "string") throw new AminoJsonError(`${plan.name}: ${field.name} must be a number`);
  const n = BigInt(value);
  if (kind === "zigzag") out.varintField(field.number, n < 0n ? -2n * n - 1n : 2n * n);
  else if (kind === "fixed32" || kind === "fixed64") out.fixedField(field.number, n, kind === "fixed32" ? 4 : 8);
  else out.varintField(field.number, type === "int32" || kind === "enum" ? BigInt.asUintN(64, BigInt.asIntN(32, n)) : n);
}

/** "0.05" → "50000000000000000" (the LegacyDec wire text). */
function decUnits(plan: MessagePlan, text: string): string {
  const match = /^(-?)([0-9]+)(?:\.([0-9]{1,18}))?$/.exec(text);
  if (match === null) throw new AminoJsonError(`${plan.name}: ${JSON.stringify(text.slice(0, 80))} is not a decimal`);
  return `${BigInt(`${match[1]}${match[2]}${(match[3] ?? "").padEnd(DEC_DIGITS, "0")}`)}`;
}

function last(list: readonly Raw[] | undefined): Raw | undefined {
  return list === undefined || list.length === 0 ? undefined : list[list.length - 1];
}

function isDefault(value: Raw): boolean {
  return typeof value === "bigint" ? value === 0n : value.length === 0;
}

function text(value: Raw): string {
  if (typeof value === "bigint") throw new AminoJsonError("a string field arrived as a number");
  return new TextDecoder("utf-8", { fatal: false }).decode(value);
}

function scalarJson(plan: MessagePlan, scalar: { kind: ScalarKind; type: string }, value: Raw): string {
  if (scalar.kind === "string") return goString(text(value));
  if (scalar.kind === "bytes") {
    if (typeof value === "bigint") throw new AminoJsonError(`${plan.name}: a bytes field arrived as a number`);
    return value.length === 0 ? "null" : `"${Buffer.from(value).toString("base64")}"`;
  }
  if (typeof value !== "bigint") throw new AminoJsonError(`${plan.name}: a ${scalar.type} field arrived as bytes`);
  switch (scalar.type) {
    case "bool":
      return value !== 0n ? "true" : "false";
    case "int32":
    case "sfixed32":
      return `${BigInt.asIntN(32, value)}`;
    case "uint32":
    case "fixed32":
      return `${BigInt.asUintN(32, value)}`;
    case "sint32":
      return `${BigInt.asIntN(32, unzigzag(value))}`;
    case "int64":
    case "sfixed64":
      return `"${BigInt.asIntN(64, value)}"`;
    case "uint64":
    case "fixed64":
      return `"${value}"`;
    case "sint64":
      return `"${unzigzag(value)}"`;
  }
  if (scalar.kind === "enum") return `${BigInt.asIntN(32, value)}`;
  throw new AminoJsonError(`${plan.name}: ${scalar.type} fields are not encoded`);
}

function defaultScalar(scalar: { kind: ScalarKind; type: string }): string {
  if (scalar.kind === "string") return `""`;
  if (scalar.kind === "bytes") return "null";
  if (scalar.type === "bool") return "false";
  return scalar.type.endsWith("64") ? `"0"` : "0";
}

function unzigzag(value: bigint): bigint {
  return BigInt.asIntN(64, (value >> 1n) ^ -(value & 1n));
}

/** A LegacyDec's wire text (the integer of 10^-18 units) as its decimal string. */
function legacyDec(plan: MessagePlan, units: string): string {
  if (!/^[+-]?[0-9]+$/.test(units)) throw new AminoJsonError(`${plan.name}: ${JSON.stringify(units.slice(0, 80))} is not a decimal`);
  const value = BigInt(units);
  const digits = (value < 0n ? -value : value).toString().padStart(DEC_DIGITS + 1, "0");
  return `${value < 0n ? "-" : ""}${digits.slice(0, -DEC_DIGITS)}.${digits.slice(-DEC_DIGITS)}`;
}

function timestamp(values: Map<number, Raw[]>): string {
  let seconds = BigInt.asIntN(64, (last(values.get(1)) as bigint | undefined) ?? 0n);
  let nanos = BigInt.asIntN(32, (last(values.get(2)) as bigint | undefined) ?? 0n);
  if (nanos < 0n) throw new AminoJsonError("google.protobuf.Timestamp: negative nanos");
  seconds += nanos / 1_000_000_000n;
  nanos %= 1_000_000_000n;
  return `"${formatRfc3339({ seconds, nanos: Number(nanos) })}"`;
}

function duration(values: Map<number, Raw[]>): string {
  const seconds = BigInt.asIntN(64, (last(values.get(1)) as bigint | undefined) ?? 0n);
  const nanos = BigInt.asIntN(32, (last(values.get(2)) as bigint | undefined) ?? 0n);
  if (seconds > 2n ** 63n / 1_000_000_000n - 1n) throw new AminoJsonError("google.protobuf.Duration: overflows 64 bits of nanoseconds");
  return `"${BigInt.asIntN(64, seconds * 1_000_000_000n + nanos)}"`;
}

/** A oneof's JSON key, as strcase.ToCamel writes it ("sum" → "Sum", "public_key" → "PublicKey"). */
function camel(name: string): string {
  return name
    .split(/[_\s.-]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

const GO_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

/** A JSON string as Go's encoding/json writes it: HTML-safe (<, >, & escaped) and U+2028/2029 escaped. */
export function goString(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/["\\\u0000-\u001f<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}
