// cosmos.base.query.v1beta1 pagination over a store prefix, with the SDK's semantics: a `key`
// continues where the previous page's `next_key` left off; otherwise `offset` skips entries; the
// default page is 100 entries; the total is counted when asked (`count_total`) and, as the SDK's
// Paginate does, whenever no limit is given (offset pagination only).
//
// Bounded work: a query reads its page and at most MAX_WALK other entries (skipped by offset,
// filtered out, or counted). An unfiltered total comes from the tree's subtree sizes in O(log n),
// without a walk. Past the bound, an explicit count_total is refused; otherwise the page so far is
// returned with a next_key (and the total left at 0, not counted).
import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import type { KVStore } from "../store/kv.js";
import { grpcError } from "./errors.js";

export const DEFAULT_PAGE_LIMIT = 100n;
export const MAX_PAGE_LIMIT = 1000n;
/** Entries a query may read besides its page (offset skipping, filtering, counting). */
export const MAX_WALK = 10_000n;

export function paginate<T>(
  store: KVStore,
  page: PageRequest | undefined,
  decode: (key: Uint8Array, value: Uint8Array) => T,
  /** Entries it rejects are skipped and not counted (the SDK's FilteredPaginate). */
  keep?: (item: T) => boolean,
): { items: T[]; pagination: PageResponse } {
  const key = page?.key ?? new Uint8Array(0);
  const offset = page?.offset ?? 0n;
  let limit = page?.limit ?? 0n;
  const reverse = page?.reverse ?? false;
  if (key.length > 0 && offset > 0n) throw grpcError("InvalidArgument", "paginate: invalid request, either offset or key is expected, got both");
  if (offset > MAX_WALK) throw grpcError("InvalidArgument", `pagination.offset must be at most ${MAX_WALK}; page with next_key beyond it`);
  const asked = page?.countTotal ?? false;
  const countTotal = (asked || limit === 0n) && key.length === 0;
  if (limit === 0n) limit = DEFAULT_PAGE_LIMIT;
  if (limit > MAX_PAGE_LIMIT) limit = MAX_PAGE_LIMIT;
  // Unfiltered: the store may know its size without a walk.
  const known = countTotal && keep === undefined ? store.count?.() : undefined;
  const walkToCount = countTotal && known === undefined;

  const entries =
    key.length === 0
      ? store.iterate(undefined, undefined, reverse)
      : reverse
        ? store.iterate(undefined, successor(key), true)
        : store.iterate(key, undefined, false);
  const items: T[] = [];
  let nextKey = new Uint8Array(0);
  let seen = 0n;
  // Entries read that are not on the page: filtered out, skipped by offset, or counted after it.
  let walked = 0n;
  for (const [k, v] of entries) {
    const item = decode(k, v);
    const kept = keep === undefined || keep(item);
    if (kept && seen >= offset && BigInt(items.length) < limit) {
      items.push(item);
      seen++;
      continue;
    }
    if (kept && BigInt(items.length) === limit && nextKey.length === 0) {
      nextKey = Uint8Array.from(k);
      if (!walkToCount) break;
    }
    if (kept) seen++;
    if (++walked > MAX_WALK) return walkTooLong(asked, items, nextKey.length > 0 ? nextKey : Uint8Array.from(k));
  }
  return { items, pagination: { nextKey, total: !countTotal ? 0n : known !== undefined ? BigInt(known) : seen } };
}

/**
 * The walk limit reached: with a total asked for, a clear refusal; otherwise the page so far, and a
 * next_key to go on from (a short page with a next_key means "more may follow").
 */
function walkTooLong<T>(asked: boolean, items: T[], nextKey: Uint8Array): { items: T[]; pagination: PageResponse } {
  if (asked) throw grpcError("InvalidArgument", `pagination reads at most ${MAX_WALK} entries besides the page; page with next_key instead of offset or count_total`);
  return { items, pagination: { nextKey, total: 0n } };
}

/** The smallest key greater than `key`, so that an inclusive reverse start can be expressed. */
function successor(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length + 1);
  out.set(key);
  return out;
}
