// The JSON the Cosmos SDK's gRPC gateway writes: proto field names (snake_case), 64-bit integers and
// bytes as strings, and Any as {"@type": url, ...fields}. cosmjs-types gives camelCase JSON with Any
// as {typeUrl, value}; this converts one into the other with a registry of known types.

export interface JsonCodec {
  readonly typeUrl?: string;
  decode(bytes: Uint8Array): unknown;
  toJSON(message: never): unknown;
}

/**
 * Fields the gateway always writes (it emits defaults) but cosmjs-types omits when unset: unset
 * sub-messages, written as null. Keyed by type URL (of a message inside an Any, or of a response);
 * nested paths use dots.
 */
export type NullDefaults = ReadonlyMap<string, readonly string[]>;

export class ProtoJson {
  constructor(
    private readonly types: ReadonlyMap<string, JsonCodec>,
    private readonly nullDefaults: NullDefaults = new Map(),
  ) {}

  /** A decoded message (with its codec) in gateway JSON. */
  message(codec: Pick<JsonCodec, "toJSON" | "typeUrl">, message: unknown): unknown {
    const json = this.convert((codec.toJSON as (m: unknown) => unknown)(message));
    if (codec.typeUrl !== undefined && json !== null && typeof json === "object") {
      for (const path of this.nullDefaults.get(codec.typeUrl) ?? []) setIfMissing(json as Record<string, unknown>, path.split("."));
    }
    return json;
  }

  private convert(json: unknown): unknown {
    if (Array.isArray(json)) return json.map((item) => this.convert(item));
    if (json === null || typeof json !== "object") return json;
    const record = json as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length <= 2 && typeof record.typeUrl === "string" && keys.every((k) => k === "typeUrl" || k === "value")) {
      return this.any(record.typeUrl, typeof record.value === "string" ? record.value : "");
    }
    return Object.fromEntries(keys.map((key) => [snakeCase(key), this.convert(record[key])]));
  }

  private any(typeUrl: string, base64: string): unknown {
    const codec = this.types.get(typeUrl);
    if (codec === undefined) return { "@type": typeUrl, value: base64 };
    const fields = this.convert((codec.toJSON as (m: unknown) => unknown)(codec.decode(Buffer.from(base64, "base64")))) as Record<string, unknown>;
    for (const path of this.nullDefaults.get(typeUrl) ?? []) setIfMissing(fields, path.split("."));
    return { "@type": typeUrl, ...fields };
  }
}

function setIfMissing(target: Record<string, unknown>, path: string[]): void {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) {
    if (!(head in target)) target[head] = null;
    return;
  }
  const child = target[head];
  if (child !== null && typeof child === "object") setIfMissing(child as Record<string, unknown>, rest);
}

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
