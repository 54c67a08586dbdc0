// Errors in the gateway's shape: {"code": <gRPC status>, "message": "...", "details": []}.
import type { FastifyReply } from "fastify";
import type { AppError } from "../app/errors.js";
import { GrpcCode, grpcCodeOf, httpStatusOf, queryMessage } from "../grpc/status.js";

export class GatewayError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly grpcCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** A registered error thrown by a shared service handler, as the gateway answers it. */
export function fromAppError(error: AppError): GatewayError {
  const code = grpcCodeOf(error.codespace, error.code);
  return new GatewayError(httpStatusOf(code), code, queryMessage(error.log));
}

export function badRequest(message: string): GatewayError {
  return new GatewayError(400, GrpcCode.invalidArgument, message);
}

export function unavailable(message: string): GatewayError {
  return new GatewayError(503, GrpcCode.unavailable, message);
}

export function sendError(reply: FastifyReply, error: GatewayError): FastifyReply {
  return reply.status(error.httpStatus).send({ code: error.grpcCode, message: error.message, details: [] });
}
