// REST routes derived from the google.api.http annotations of the methods this node answers — what
// grpc-gateway generates for the SDK. Path and query parameters are bound into the request message
// as grpc-gateway binds them (`pagination.limit`, repeated parameters for repeated fields, enums by
// name or number, bytes in base64), and so is a POST's JSON body (`body: "*"`: the whole request;
// no Any or map fields there); the method runs through the same dispatcher gRPC uses, and the
// response is written in the gateway's JSON (gateway-json.ts).
import type { FastifyPluginAsync } from "fastify";
import protobuf from "protobufjs";
import { MethodError, type MethodDispatcher } from "../grpc/dispatch.js";
import { httpStatusOf } from "../grpc/status.js";
import { badRequest, GatewayError, sendError } from "./errors.js";
import type { GatewayJson } from "./gateway-json.js";

export interface GatewayRoute {
  verb: "GET" | "POST";
  /** The fastify path (`/cosmos/bank/v1beta1/balances/:address`, a `**` field as `*`). */
  url: string;
  /** The gRPC method ("/cosmos.bank.v1beta1.Query/Balance"). */
  method: string;
  request: protobuf.Type;
  responseType: string;
  /** Fastify parameter name → request field path (dotted proto names). */
  pathFields: ReadonlyMap<string, string>;
}

interface HttpRule {
  get?: string;
  post?: string;
  body?: string;
  additional_bindings?: HttpRule | HttpRule[];
}

const FIELD = /^\{([a-z_][a-z0-9_.]*)(=\*\*)?\}$/;

/** The annotated routes (GET, and POST whose body is the whole request) of every service method `answers` accepts, in descriptor order. */
export function annotatedRoutes(root: protobuf.Root, answers: (method: string) => boolean): GatewayRoute[] {
  const routes: GatewayRoute[] = [];
  const pending: protobuf.NamespaceBase[] = [root];
  for (let ns = pending.pop(); ns !== undefined; ns = pending.pop()) {
    for (const nested of ns.nestedArray) {
      if (nested instanceof protobuf.Service) {
        for (const m of nested.methodsArray) {
          const method = `/${nested.fullName.slice(1)}/${m.name}`;
          if (!answers(method) || m.requestStream === true || m.responseStream === true) continue;
          m.resolve();
          const request = m.resolvedRequestType!;
          const responseType = m.resolvedResponseType!.fullName.slice(1);
          for (const [verb, template] of templates(m)) {
            const route = routeOf(verb, template, method, request, responseType);
            if (route !== undefined) routes.push(route);
          }
        }
      } else if (nested instanceof protobuf.Namespace) pending.push(nested);
    }
  }
  return routes;
}

function templates(method: protobuf.Method): ["GET" | "POST", string][] {
  const rule = method.parsedOptions?.find((o) => "(google.api.http)" in o)?.["(google.api.http)"] as HttpRule | undefined;
  if (rule === undefined) return [];
  const extra = rule.additional_bindings === undefined ? [] : Array.isArray(rule.additional_bindings) ? rule.additional_bindings : [rule.additional_bindings];
  return [rule, ...extra].flatMap((r): ["GET" | "POST", string][] => {
    if (typeof r.get === "string") return [["GET", r.get]];
    if (typeof r.post === "string" && r.body === "*") return [["POST", r.post]];
    return [];
  });
}

/** A template as a fastify route; undefined for shapes grpc-gateway allows and this does not (a `**` before the end). */
function routeOf(verb: "GET" | "POST", template: string, method: string, request: protobuf.Type, responseType: string): GatewayRoute | undefined {
  const segments = template.split("/");
  const pathFields = new Map<string, string>();
  const url: string[] = [];
  for (const [i, segment] of segments.entries()) {
    const field = FIELD.exec(segment);
    if (field === null) {
      if (segment.includes("{") || segment.includes(":") || segment.includes("*")) return undefined;
      url.push(segment);
      continue;
    }
    if (field[2] !== undefined) {
      if (i !== segments.length - 1) return undefined;
      pathFields.set("*", field[1]!);
      url.push("*");
    } else {
      const param = `p${pathFields.size}`;
      pathFields.set(param, field[1]!);
      url.push(`:${param}`);
    }
  }
  // A POST binds its whole body; path parameters beside it are not supported (the SDK has none).
  if (verb === "POST" && pathFields.size > 0) return undefined;
  return { verb, url: url.join("/"), method, request, responseType, pathFields };
}

/** The route's verb and shape with parameter names dropped: two routes of one shape cannot both be served. */
export function routeShape(verb: string, url: string): string {
  return `${verb} ${url.replace(/:[^/]+/g, ":").replace(/\/\*$/, "/*")}`;
}

/** A POST's JSON body as the request message's bytes: the gateway's JSON (proto or JSON names, int64 as strings, bytes base64). */
function bindBody(type: protobuf.Type, body: unknown): Uint8Array {
  return type.encode(type.fromObject(bodyObject(type, body, ""))).finish();
}

function bodyObject(type: protobuf.Type, body: unknown, prefix: string): Record<string, unknown> {
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw badRequest(`${prefix || "the body"} must be a JSON object`);
  const object: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const field = type.fields[key] ?? type.fieldsArray.find((f) => camel(f.name) === key || f.options?.json_name === key);
    const path = `${prefix}${key}`;
    if (field === undefined) throw badRequest(`unknown field ${JSON.stringify(path)} in the body`);
    if (value === null) continue;
    const resolved = field.resolve().resolvedType;
    if (field instanceof protobuf.MapField || (resolved instanceof protobuf.Type && resolved.fullName === ".google.protobuf.Any")) {
      throw badRequest(`${path} cannot be given in JSON here; send the protobuf bytes (e.g. tx_bytes)`);
    }
    const values = field.repeated ? (Array.isArray(value) ? value : [value]) : [value];
    const converted = values.map((v) => {
      if (resolved instanceof protobuf.Type) return bodyObject(resolved, v, `${path}.`);
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw badRequest(`invalid value for ${path}`);
      return scalar(field, path, String(v));
    });
    object[field.name] = field.repeated ? converted : converted[0];
  }
  return object;
}

/** The x-cosmos-block-height request header, as the SDK's gateway reads it. */
function heightHeader(headers: Record<string, unknown>): bigint {
  const value = headers["x-cosmos-block-height"];
  if (value === undefined) return 0n;
  if (typeof value !== "string" || !/^[0-9]{1,19}$/.test(value)) throw badRequest("x-cosmos-block-height must be a non-negative integer");
  return BigInt(value);
}

/** Binds path and query parameters into the request message's bytes; a malformed value is a 400. */
export function bindRequest(type: protobuf.Type, path: Record<string, string>, query: Record<string, unknown>, pathFields: ReadonlyMap<string, string>): Uint8Array {
  const object: Record<string, unknown> = {};
  const bound = new Set<string>();
  for (const [param, fieldPath] of pathFields) {
    setField(type, object, fieldPath, [path[param] ?? ""]);
    bound.add(fieldPath);
  }
  for (const [key, raw] of Object.entries(query)) {
    const fieldPath = protoPath(type, key);
    // grpc-gateway ignores parameters that name no field, and those already bound by the path.
    if (fieldPath === undefined || bound.has(fieldPath)) continue;
    setField(type, object, fieldPath, (Array.isArray(raw) ? raw : [raw]).map(String));
  }
  return type.encode(type.fromObject(object)).finish();
}

/** A query key (proto names or JSON names, dotted) as the proto field path, if it names a scalar field. */
function protoPath(type: protobuf.Type, key: string): string | undefined {
  const names: string[] = [];
  let current: protobuf.Type = type;
  const parts = key.split(".");
  for (const [i, part] of parts.entries()) {
    const field = current.fields[part] ?? current.fieldsArray.find((f) => f.options?.json_name === part || camel(f.name) === part);
    if (field === undefined) return undefined;
    names.push(field.name);
    const resolved = field.resolve().resolvedType;
    if (i < parts.length - 1) {
      if (!(resolved instanceof protobuf.Type) || field.repeated) return undefined;
      current = resolved;
    } else if (resolved instanceof protobuf.Type) return undefined;
  }
  return names.join(".");
}

function setField(type: protobuf.Type, object: Record<string, unknown>, fieldPath: string, values: string[]): void {
  const parts = fieldPath.split(".");
  let target = object;
  let current = type;
  for (const part of parts.slice(0, -1)) {
    const field = current.fields[part]!;
    target = (target[part] ??= {}) as Record<string, unknown>;
    current = field.resolve().resolvedType as protobuf.Type;
  }
  const name = parts.at(-1)!;
  const field = current.fields[name];
  if (field === undefined) throw badRequest(`no field ${fieldPath}`);
  const converted = values.map((v) => scalar(field, fieldPath, v));
  if (field.repeated) target[name] = [...((target[name] as unknown[] | undefined) ?? []), ...converted];
  else if (converted.length !== 1) throw badRequest(`${fieldPath} is given more than once`);
  else target[name] = converted[0];
}

const UNSIGNED = /^[0-9]{1,20}$/;
const SIGNED = /^-?[0-9]{1,19}$/;
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** One parameter value as the field's type; grpc-gateway's parsing rules, refusing what it refuses. */
function scalar(field: protobuf.Field, path: string, value: string): unknown {
  const resolved = field.resolve().resolvedType;
  const invalid = () => badRequest(`invalid value ${JSON.stringify(value)} for ${path} (${resolved instanceof protobuf.Enum ? "enum" : field.type})`);
  if (resolved instanceof protobuf.Enum) {
    if (value in resolved.values) return resolved.values[value];
    if (/^-?[0-9]{1,10}$/.test(value) && resolved.valuesById[Number(value)] !== undefined) return Number(value);
    throw invalid();
  }
  switch (field.type) {
    case "string":
      return value;
    case "bool":
      if (value === "true" || value === "false") return value === "true";
      throw invalid();
    case "bytes":
      if (!BASE64.test(value)) throw invalid();
      return Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    case "uint64":
    case "fixed64":
      if (!UNSIGNED.test(value) || BigInt(value) >= 2n ** 64n) throw invalid();
      return value;
    case "int64":
    case "sint64":
    case "sfixed64":
      if (!SIGNED.test(value) || BigInt(value) >= 2n ** 63n || BigInt(value) < -(2n ** 63n)) throw invalid();
      return value;
    case "uint32":
    case "fixed32":
      if (!/^[0-9]{1,10}$/.test(value) || Number(value) > 2 ** 32 - 1) throw invalid();
      return Number(value);
    case "int32":
    case "sint32":
    case "sfixed32":
      if (!/^-?[0-9]{1,10}$/.test(value) || Number(value) > 2 ** 31 - 1 || Number(value) < -(2 ** 31)) throw invalid();
      return Number(value);
    default:
      throw badRequest(`${path} (${field.type}) cannot be given as a parameter`);
  }
}

const camel = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export interface GatewayOptions {
  routes: readonly GatewayRoute[];
  methods: MethodDispatcher;
  json: GatewayJson;
}

export const gatewayRoutes: FastifyPluginAsync<GatewayOptions> = async (app, { routes, methods, json }) => {
  // The first route of a shape wins (gov v1 before v1beta1 where both annotate one path, as in descriptor order).
  const taken = new Set<string>();
  for (const route of routes) {
    const shape = routeShape(route.verb, route.url);
    if (taken.has(shape)) continue;
    taken.add(shape);
    app.route({ method: route.verb, url: route.url, handler: async (request, reply) => {
      try {
        const bytes =
          route.verb === "POST"
            ? bindBody(route.request, request.body ?? {})
            : bindRequest(route.request, request.params as Record<string, string>, request.query as Record<string, unknown>, route.pathFields);
        const result = await methods.call(route.method, bytes, heightHeader(request.headers));
        if (result.height > 0n) reply.header("grpc-metadata-x-cosmos-block-height", String(result.height));
        return json.encode(route.responseType, result.value);
      } catch (err) {
        if (err instanceof GatewayError) return sendError(reply, err);
        if (err instanceof MethodError) return sendError(reply, new GatewayError(httpStatusOf(err.code), err.code, err.message));
        throw err;
      }
    } });
  }
};
