// One protobuf value at a fixed key of a module's store (the SDK's collections.Item): module params
// and similar singletons.
import type { Context } from "./context.js";
import type { MessageCodec } from "./module.js";

const EMPTY_MESSAGE = Uint8Array.of(0);

export class Item<T> {
  constructor(
    private readonly storeName: string,
    private readonly key: Uint8Array,
    private readonly codec: MessageCodec<T>,
    /** What `get` returns before anything was stored. */
    private readonly fallback: T,
  ) {}

  get(ctx: Context): T {
    return this.find(ctx) ?? this.fallback;
  }

  find(ctx: Context): T | undefined {
    const bytes = ctx.kv(this.storeName).get(this.key);
    if (bytes === undefined) return undefined;
    return this.codec.decode(bytes.length === 1 && bytes[0] === EMPTY_MESSAGE[0] ? new Uint8Array(0) : bytes);
  }

  /**
   * Stores the value. A value whose every field is at its default encodes to nothing, and stores
   * hold no empty values: it is kept as the single byte 0x00 instead, which no protobuf encoding
   * can be (a field number is never 0), so it still reads back as itself, not as the fallback.
   */
  set(ctx: Context, value: T): void {
    const bytes = this.codec.encode(value).finish();
    ctx.kv(this.storeName).set(this.key, bytes.length === 0 ? EMPTY_MESSAGE : bytes);
  }
}

