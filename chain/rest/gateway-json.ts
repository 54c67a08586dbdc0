// A message in the JSON the Cosmos SDK's gRPC gateway writes, from its descriptor alone: proto field
// names, every field written (defaults too; an unset message or empty bytes as null), 64-bit
// integers as strings, enums by name, bytes in base64, Any as {"@type": url, ...its fields},
// Timestamp in RFC 3339 and Duration as "86400s", and the SDK's custom types as their Go JSON:
// LegacyDec atomics as decimals with 18 places, an empty Int as "0".
// Recursion follows the message's nesting, which is bounded: responses are encoded by the app, and
// the user data inside them (a tx's messages, a proposal's) passed the strict, depth-limited scan.
import protobuf from "protobufjs";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const INT64 = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);
const DEC_TYPES = new Set(["cosmossdk.io/math.LegacyDec", "github.com/cosmos/cosmos-sdk/types.Dec"]);
const INT_TYPES = new Set(["cosmossdk.io/math.Int", "github.com/cosmos/cosmos-sdk/types.Int"]);
const DEC_PLACES = 18;

export class GatewayJson {
  constructor(private readonly root: protobuf.Root) {}

  /** Bytes of a message of `typeName` ("cosmos.bank.v1beta1.QueryBalanceResponse") as gateway JSON. */
  encode(typeName: string, bytes: Uint8Array): Json {
    const type = this.root.lookupType(typeName);
    return this.message(type, type.decode(bytes));
  }

  private message(type: protobuf.Type, message: protobuf.Message): Json {
    switch (type.fullName) {
      case ".google.protobuf.Any":
        return this.any(message as unknown as { type_url: string; value: Uint8Array });
      case ".google.protobuf.Timestamp":
        return timestamp(message as unknown as { seconds: unknown; nanos: number });
      case ".google.protobuf.Duration":
        return duration(message as unknown as { seconds: unknown; nanos: number });
    }
    const out: { [key: string]: Json } = {};
    const record = message as unknown as Record<string, unknown>;
    for (const field of type.fieldsArray) {
      // Of a oneof only the member that is set is written, as jsonpb does.
      if (field.partOf !== null && !Object.prototype.hasOwnProperty.call(record, field.name)) continue;
      out[field.name] = this.field(field, record[field.name]);
    }
    return out;
  }

  private field(field: protobuf.Field, value: unknown): Json {
    if (field.map) {
      const map = (value ?? {}) as Record<string, unknown>;
      return Object.fromEntries(Object.keys(map).map((key) => [key, this.single(field, map[key])]));
    }
    if (field.repeated) return ((value ?? []) as unknown[]).map((item) => this.single(field, item));
    return this.single(field, value);
  }

  private single(field: protobuf.Field, value: unknown): Json {
    const resolved = field.resolve().resolvedType;
    if (resolved instanceof protobuf.Type) return value === null || value === undefined ? null : this.message(resolved, value as protobuf.Message);
    if (resolved instanceof protobuf.Enum) return resolved.valuesById[value as number] ?? (value as number);
    if (INT64.has(field.type)) return String(value ?? 0);
    if (field.type === "bytes") {
      const bytes = value as Uint8Array | undefined;
      // The SDK keeps some decimals as bytes of their atomics' text (slashing's params).
      if (isDec(field)) return decimal(Buffer.from(bytes ?? []).toString("latin1"));
      return bytes === undefined || bytes.length === 0 ? null : Buffer.from(bytes).toString("base64");
    }
    if (field.type === "string") return customString(field, (value as string | undefined) ?? "");
    return (value as number | boolean | undefined) ?? (field.type === "bool" ? false : 0);
  }

  private any(any: { type_url: string; value: Uint8Array }): Json {
    const typeUrl = any.type_url ?? "";
    const type = this.root.lookup(typeUrl.slice(typeUrl.lastIndexOf("/") + 1));
    if (!(type instanceof protobuf.Type)) return { "@type": typeUrl, value: Buffer.from(any.value ?? []).toString("base64") };
    const inner = this.message(type, type.decode(any.value ?? new Uint8Array(0)));
    // A well-known type inside an Any keeps its JSON form under "value".
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return { "@type": typeUrl, value: inner };
    return { "@type": typeUrl, ...inner };
  }
}

const customType = (field: protobuf.Field): unknown => field.options?.["(gogoproto.customtype)"];
const isDec = (field: protobuf.Field): boolean => DEC_TYPES.has(customType(field) as string);

/** Strings the SDK's Go types write differently from their wire form. */
function customString(field: protobuf.Field, value: string): string {
  if (isDec(field)) return decimal(value);
  if (INT_TYPES.has(customType(field) as string)) return value === "" ? "0" : value;
  return value;
}

/** LegacyDec atomics ("1500000000000000000") as LegacyDec.String() writes them ("1.500000000000000000"). */
export function decimal(atomics: string): string {
  if (atomics === "") return `0.${"0".repeat(DEC_PLACES)}`;
  const negative = atomics.startsWith("-");
  const digits = (negative ? atomics.slice(1) : atomics).padStart(DEC_PLACES + 1, "0");
  const split = digits.length - DEC_PLACES;
  return `${negative ? "-" : ""}${digits.slice(0, split)}.${digits.slice(split)}`;
}

function timestamp(t: { seconds: unknown; nanos: number }): string {
  const millis = BigInt(String(t.seconds ?? 0)) * 1000n;
  const base = new Date(Number(millis)).toISOString().slice(0, 19);
  return `${base}${fraction(t.nanos ?? 0)}Z`;
}

function duration(d: { seconds: unknown; nanos: number }): string {
  const seconds = BigInt(String(d.seconds ?? 0));
  const nanos = d.nanos ?? 0;
  const sign = seconds < 0n || nanos < 0 ? "-" : "";
  const abs = seconds < 0n ? -seconds : seconds;
  return `${sign}${abs}${fraction(Math.abs(nanos))}s`;
}

/** protojson's fractional seconds: none, or 3, 6 or 9 digits. */
function fraction(nanos: number): string {
  if (nanos === 0) return "";
  const nine = String(nanos).padStart(9, "0");
  if (nine.endsWith("000000")) return `.${nine.slice(0, 3)}`;
  if (nine.endsWith("000")) return `.${nine.slice(0, 6)}`;
  return `.${nine}`;
}
