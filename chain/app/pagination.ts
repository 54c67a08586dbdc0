// cosmos.base.query.v1beta1 pagination over a store prefix, with the SDK's semantics: a `key`
// continues where the previous page's `next_key` left off; otherwise `offset` skips entries;
// `count_total` reports the total (offset pagination only); the default page is 100 entries.
import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import type { KVStore } from "../store/kv.js";
import { grpcError } from "./errors.js";

export const DEFAULT_PAGE_LIMIT = 100n;
export const MAX_PAGE_LIMIT = 1000n;

export function paginate<T>(
  store: KVStore,
  page: PageRequest | undefined,
  decode: (key: Uint8Array, value: Uint8Array) => T,
  /** Entries it rejects are skipped and not counted (the SDK's FilteredPaginate). */
  keep: (item: T) => boolean = () => true,
): { items: T[]; pagination: PageResponse } {
  const key = page?.key ?? new Uint8Array(0);
  const offset = page?.offset ?? 0n;
  let limit = page?.limit ?? 0n;
  const reverse = page?.reverse ?? false;
  if (key.length > 0 && offset > 0n) throw grpcError("InvalidArgument", "paginate: invalid request, either offset or key is expected, got both");
  if (limit === 0n) limit = DEFAULT_PAGE_LIMIT;
  if (limit > MAX_PAGE_LIMIT) limit = MAX_PAGE_LIMIT;
  const countTotal = (page?.countTotal ?? false) && key.length === 0;

  const entries =
    key.length === 0
      ? store.iterate(undefined, undefined, reverse)
      : reverse
        ? store.iterate(undefined, successor(key), true)
        : store.iterate(key, undefined, false);
  const items: T[] = [];
  let nextKey = new Uint8Array(0);
  let seen = 0n;
  for (const [k, v] of entries) {
    const item = decode(k, v);
    if (!keep(item)) continue;
    if (key.length === 0 && seen < offset) {
      seen++;
      continue;
    }
    if (BigInt(items.length) === limit) {
      if (nextKey.length === 0) nextKey = Uint8Array.from(k);
      if (!countTotal) break;
      seen++;
      continue;
    }
    items.push(item);
    seen++;
  }
  return { items, pagination: { nextKey, total: countTotal ? seen : 0n } };
}

/** The smallest key greater than `key`, so that an inclusive reverse start can be expressed. */
function successor(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length + 1);
  out.set(key);
  return out;
}
