// One protobuf value at a fixed key of a module's store (the SDK's collections.Item): module params
// and similar singletons.
import type { Context } from "./context.js";
import type { MessageCodec } from "./module.js";

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
    return bytes === undefined ? undefined : this.codec.decode(bytes);
  }

  /**
   * Stores the value. Stores hold no empty values, so a value that encodes to nothing (every field
   * at its default) is stored as an absent key; that is only right when the fallback is that value.
   */
  set(ctx: Context, value: T): void {
    const bytes = this.codec.encode(value).finish();
    if (bytes.length > 0) return ctx.kv(this.storeName).set(this.key, bytes);
    if (this.codec.encode(this.fallback).finish().length > 0) throw new Error("an empty value whose fallback is not empty cannot be stored");
    ctx.kv(this.storeName).delete(this.key);
  }
}
