// pagination.* query parameters in, {"next_key", "total"} out, as the gateway does.
import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { badRequest } from "./errors.js";

export const paginationQuerySchema = {
  "pagination.key": { type: "string" },
  "pagination.offset": { type: "string", pattern: "^[0-9]{1,19}$" },
  "pagination.limit": { type: "string", pattern: "^[0-9]{1,19}$" },
  "pagination.count_total": { type: "boolean" },
  "pagination.reverse": { type: "boolean" },
} as const;

export type PaginationQuery = Partial<{
  "pagination.key": string;
  "pagination.offset": string;
  "pagination.limit": string;
  "pagination.count_total": boolean;
  "pagination.reverse": boolean;
}>;

export function pageRequest(query: PaginationQuery): PageRequest {
  const key = query["pagination.key"];
  if (key !== undefined && !/^[A-Za-z0-9+/_-]*={0,2}$/.test(key)) throw badRequest("pagination.key must be base64");
  return {
    key: key === undefined ? new Uint8Array(0) : new Uint8Array(Buffer.from(key, "base64")),
    offset: BigInt(query["pagination.offset"] ?? "0"),
    limit: BigInt(query["pagination.limit"] ?? "0"),
    countTotal: query["pagination.count_total"] ?? false,
    reverse: query["pagination.reverse"] ?? false,
  };
}

export function pageResponse(page: PageResponse | undefined): { next_key: string | null; total: string } {
  const nextKey = page?.nextKey ?? new Uint8Array(0);
  return { next_key: nextKey.length === 0 ? null : Buffer.from(nextKey).toString("base64"), total: String(page?.total ?? 0n) };
}
