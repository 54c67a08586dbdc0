// The REST server of `aisd start`: the Cosmos gateway paths wallets and explorers use, and /metrics.
// One fastify plugin per concern; every route validates its input with a JSON schema.
import Fastify, { type FastifyInstance } from "fastify";
import type { Registry } from "prom-client";
import type { Logger } from "../logger.js";
import { readBodiesAsGatewayJson } from "./body.js";
import { CometRpcError, CometUnavailableError } from "../client/comet.js";
import { descriptorRoot } from "../codec/descriptors.js";
import type { MethodDispatcher } from "../grpc/dispatch.js";
import { annotatedRoutes, gatewayRoutes } from "./gateway.js";
import { GatewayJson } from "./gateway-json.js";
import { AppError } from "../app/errors.js";
import { GatewayError, badRequest, fromAppError, sendError, unavailable } from "./errors.js";

export interface RestServerOptions {
  /** Every method the node answers (the app's queries and the node's services): the routes come from their annotations. */
  methods: MethodDispatcher;
  metrics: Registry;
  logger: Logger;
}

export function createRestServer(options: RestServerOptions): FastifyInstance {
  const server = Fastify({ logger: false, bodyLimit: 4 * 1024 * 1024 });
  const log = options.logger.with({ module: "rest" });
  readBodiesAsGatewayJson(server);

  server.setErrorHandler((error, request, reply) => {
    if (error instanceof GatewayError) return sendError(reply, error);
    if (error instanceof AppError) return sendError(reply, fromAppError(error));
    if (error instanceof CometRpcError) return sendError(reply, badRequest(error.message));
    if (error instanceof CometUnavailableError) return sendError(reply, unavailable(error.message));
    const validation = (error as { validation?: unknown }).validation;
    if (validation !== undefined) return sendError(reply, badRequest((error as Error).message));
    // A request fastify itself could not read (a content type it cannot parse, a bad content-length,
    // a body over the limit) is the client's fault, never a 500: InvalidArgument, 413 for the size.
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === "number" && status >= 400 && status < 500) {
      return sendError(reply, new GatewayError(status === 413 ? 413 : 400, 3, (error as Error).message));
    }
    log.error("request failed", { url: request.url, error: error instanceof Error ? error.message : String(error) });
    return sendError(reply, new GatewayError(500, 2, "internal error"));
  });
  server.setNotFoundHandler((request, reply) => sendError(reply, new GatewayError(501, 12, `Not Implemented: ${request.url}`)));

  const root = descriptorRoot();
  server.register(gatewayRoutes, {
    routes: annotatedRoutes(root, (method) => options.methods.answers(method)),
    methods: options.methods,
    json: new GatewayJson(root),
  });
  server.get("/metrics", async (_request, reply) => {
    reply.header("content-type", options.metrics.contentType);
    return options.metrics.metrics();
  });
  return server;
}
