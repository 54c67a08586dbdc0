// Request bodies read as the SDK's gateway reads them. grpc-gateway decodes every body with the JSON
// marshaler whatever its content type (the SDK registers JSONPb for the MIME wildcard), treats an
// empty body as the empty message, and answers anything it cannot decode with InvalidArgument (400).
// Every route then validates the object with its JSON schema.
import type { FastifyInstance } from "fastify";
import { badRequest } from "./errors.js";

/** Installs the gateway's body reading on `server`, replacing fastify's per-content-type parsers. */
export function readBodiesAsGatewayJson(server: FastifyInstance): void {
  server.removeAllContentTypeParsers();
  server.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => {
    try {
      done(null, parseGatewayJson(body as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  // Without a content type and with no bytes, fastify runs no parser at all: the same empty message.
  server.addHook("preValidation", async (request) => {
    if (request.body === undefined && request.method === "POST") request.body = {};
  });
}

/** A request body as a JSON object; throws a 400 GatewayError for anything else. */
function parseGatewayJson(body: string): Record<string, unknown> {
  if (body.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(body, refusePrototypeKeys);
  } catch (err) {
    throw badRequest(`invalid JSON in the request body: ${(err as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badRequest(`the request body must be a JSON object, not ${value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`}`);
  }
  return value as Record<string, unknown>;
}

/**
 * JSON.parse reviver refusing the keys that poison prototypes once an object is merged elsewhere (as
 * fastify's own JSON parser does); no proto message has a field by these names.
 */
function refusePrototypeKeys(key: string, value: unknown): unknown {
  if (key === "__proto__" || (key === "constructor" && typeof value === "object" && value !== null && "prototype" in value)) {
    throw new SyntaxError(`the key ${JSON.stringify(key)} is not allowed`);
  }
  return value;
}
