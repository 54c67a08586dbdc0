// What the strict decoder needs to know of a protobuf message: for each field number, the wire type
// it must arrive with and whether its bytes are a string (valid UTF-8), a nested message or a
// google.protobuf.Any. Built from the .proto descriptors (descriptors.ts), never written by hand.
import protobuf from "protobufjs";

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

export type WireType = typeof WIRE_VARINT | typeof WIRE_FIXED64 | typeof WIRE_LEN | typeof WIRE_FIXED32;

export interface FieldSchema {
  readonly name: string;
  readonly repeated: boolean;
  /** The wire type of one value; a repeated scalar may also come packed (LEN). */
  readonly wire: WireType;
  /** What a LEN value holds; undefined for bytes and scalars. */
  readonly content?: "string" | "message" | "any";
  /** Full name of the nested message (content "message"). */
  readonly message?: string;
}

export interface MessageSchema {
  /** Full name, e.g. "cosmos.bank.v1beta1.MsgSend". */
  readonly name: string;
  readonly fields: ReadonlyMap<number, FieldSchema>;
}

const ANY = "google.protobuf.Any";

const SCALAR_WIRE: Readonly<Record<string, WireType>> = {
  int32: WIRE_VARINT,
  int64: WIRE_VARINT,
  uint32: WIRE_VARINT,
  uint64: WIRE_VARINT,
  sint32: WIRE_VARINT,
  sint64: WIRE_VARINT,
  bool: WIRE_VARINT,
  fixed64: WIRE_FIXED64,
  sfixed64: WIRE_FIXED64,
  double: WIRE_FIXED64,
  fixed32: WIRE_FIXED32,
  sfixed32: WIRE_FIXED32,
  float: WIRE_FIXED32,
  string: WIRE_LEN,
  bytes: WIRE_LEN,
};

/** Message schemas of a loaded descriptor root, built on first use. */
export class SchemaRegistry {
  private readonly schemas = new Map<string, MessageSchema | undefined>();

  constructor(private readonly root: protobuf.Root) {}

  /** The schema of a message by full name (no leading dot); undefined when no such message is loaded. */
  schema(name: string): MessageSchema | undefined {
    if (this.schemas.has(name)) return this.schemas.get(name);
    let type: protobuf.Type | undefined;
    try {
      const found = this.root.lookup(name);
      type = found instanceof protobuf.Type && found.fullName === `.${name}` ? found : undefined;
    } catch {
      type = undefined; // protobufjs throws on malformed paths: the name is simply not a message
    }
    const schema = type === undefined ? undefined : this.build(type);
    this.schemas.set(name, schema);
    return schema;
  }

  /** Full names of every message type loaded, sorted. */
  messageNames(): string[] {
    const names: string[] = [];
    const pending: protobuf.NamespaceBase[] = [this.root];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      for (const nested of next.nestedArray) {
        if (nested instanceof protobuf.Type) names.push(nested.fullName.slice(1));
        if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) pending.push(nested);
      }
    }
    return names.sort();
  }

  private build(type: protobuf.Type): MessageSchema {
    const name = type.fullName.slice(1);
    const fields = new Map<number, FieldSchema>();
    for (const field of type.fieldsArray) {
      field.resolve();
      if (field instanceof protobuf.MapField) {
        // A map is a repeated message of {1: key, 2: value} entries.
        const entry = `${name}.${field.name}#entry`;
        this.schemas.set(entry, {
          name: entry,
          fields: new Map([
            [1, fieldOf("key", false, field.keyType, undefined)],
            [2, fieldOf("value", false, field.type, field.resolvedType)],
          ]),
        });
        fields.set(field.id, { name: field.name, repeated: true, wire: WIRE_LEN, content: "message", message: entry });
      } else {
        fields.set(field.id, fieldOf(field.name, field.repeated, field.type, field.resolvedType));
      }
    }
    return { name, fields };
  }
}

function fieldOf(name: string, repeated: boolean, type: string, resolved: protobuf.Type | protobuf.Enum | null | undefined): FieldSchema {
  const scalar = SCALAR_WIRE[type];
  if (scalar !== undefined) return { name, repeated, wire: scalar, ...(type === "string" ? { content: "string" as const } : {}) };
  if (resolved instanceof protobuf.Enum) return { name, repeated, wire: WIRE_VARINT };
  if (resolved instanceof protobuf.Type) {
    const message = resolved.fullName.slice(1);
    return message === ANY ? { name, repeated, wire: WIRE_LEN, content: "any" } : { name, repeated, wire: WIRE_LEN, content: "message", message };
  }
  throw new Error(`field ${name} has the unresolved type ${type}`);
}
