// Errors in the gateway's shape: {"code": <gRPC status>, "message": "...", "details": []}.
import type { FastifyReply } from "fastify";
import type { ResponseQuery } from "cosmjs-types/tendermint/abci/types";

const GRPC = { unknown: 2, invalidArgument: 3, notFound: 5, unavailable: 14 } as const;

export class GatewayError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly grpcCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** Maps a failed ABCI query to the gateway's HTTP status and gRPC code. */
export function fromQuery(response: ResponseQuery): GatewayError {
  const message = response.log.replace(/^rpc error: code = \w+ desc = /, "");
  if (response.codespace === "sdk" && response.code === 22) return new GatewayError(404, GRPC.notFound, message);
  if (response.codespace === "sdk" && [2, 7, 10, 18, 26].includes(response.code)) {
    return new GatewayError(400, GRPC.invalidArgument, message);
  }
  return new GatewayError(500, GRPC.unknown, message);
}

export function badRequest(message: string): GatewayError {
  return new GatewayError(400, GRPC.invalidArgument, message);
}

export function notFound(message: string): GatewayError {
  return new GatewayError(404, GRPC.notFound, message);
}

export function unavailable(message: string): GatewayError {
  return new GatewayError(503, GRPC.unavailable, message);
}

export function sendError(reply: FastifyReply, error: GatewayError): FastifyReply {
  return reply.status(error.httpStatus).send({ code: error.grpcCode, message: error.message, details: [] });
}
