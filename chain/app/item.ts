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

  set(ctx: Context, value: T): void {
    ctx.kv(this.storeName).set(this.key, this.codec.encode(value).finish());
  }
}
