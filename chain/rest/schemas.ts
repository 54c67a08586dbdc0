// JSON schemas the routes share: path parameters that hold addresses, and paginated query strings.
import { paginationQuerySchema } from "./pagination.js";

const address = { type: "string", minLength: 1, maxLength: 128 } as const;

/** Path parameters, each an address (their format is checked by the query, as the SDK does). */
export function addressParams(...names: string[]) {
  return { type: "object", required: names, properties: Object.fromEntries(names.map((name) => [name, address])) } as const;
}

/** pagination.* and any further query parameters. */
export function paginatedQuery(extra: Record<string, unknown> = {}) {
  return { type: "object", properties: { ...paginationQuerySchema, ...extra } } as const;
}
