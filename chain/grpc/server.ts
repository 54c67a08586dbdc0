// The gRPC server of `aisd start` (Hermes, grpcurl and gRPC clients talk to it): the services of the
// loaded descriptors that this node answers, with server reflection and the standard health service.
// A method's request bytes go, as they came, to the same handler the ABCI query router runs (or to
// the node's own handler for node services); the response bytes come back unchanged. So no query is
// implemented twice, and a query added to a .proto and routed by its module is served here as is.
import { Metadata, Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall, type ServiceDefinition, type UntypedServiceImplementation } from "@grpc/grpc-js";
import { fromJSON, type PackageDefinition } from "@grpc/proto-loader";
import { ReflectionService } from "@grpc/reflection";
import { HealthImplementation } from "grpc-health-check";
import { descriptorRoot } from "../codec/descriptors.js";
import type { Logger } from "../logger.js";
import { MethodError, type MethodDispatcher } from "./dispatch.js";
import { GrpcCode } from "./status.js";

export interface GrpcServerOptions {
  methods: MethodDispatcher;
  logger: Logger;
}

/** The request header naming the height of a historical query, and the response header giving it. */
export const HEIGHT_HEADER = "x-cosmos-block-height";
const HEIGHT = /^[0-9]{1,19}$/;

const bytes = (value: Buffer): Buffer => value;
type Call = ServerUnaryCall<Buffer, Buffer>;
type Callback = sendUnaryData<Buffer>;

/** Every service of the descriptors, as proto-loader describes them (also what reflection serves). */
export function packageDefinition(): PackageDefinition {
  return fromJSON(descriptorRoot().toJSON() as never, { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true });
}

export function createGrpcServer(options: GrpcServerOptions, definition = packageDefinition()): Server {
  const server = new Server();
  const log = options.logger.with({ module: "grpc" });
  const served: string[] = [];
  for (const [name, entry] of Object.entries(definition)) {
    if ("format" in entry || "type" in entry) continue; // a message or enum, not a service
    // The SDK's query services are unary; a streaming method is left to grpc-js's Unimplemented.
    const methods = Object.entries(entry).filter(([, method]) => !method.requestStream && !method.responseStream);
    if (!methods.some(([, method]) => options.methods.answers(method.path))) continue;
    // Raw bytes both ways: the handlers decode strictly and encode themselves.
    const service: ServiceDefinition = Object.fromEntries(
      methods.map(([methodName, method]) => [methodName, { ...method, requestSerialize: bytes, requestDeserialize: bytes, responseSerialize: bytes, responseDeserialize: bytes }]),
    );
    const implementation: UntypedServiceImplementation = Object.fromEntries(
      methods.map(([methodName, method]) => [methodName, (call: Call, callback: Callback) => void answer(options.methods, log, method.path, call, callback)]),
    );
    server.addService(service, implementation);
    served.push(name);
  }
  new ReflectionService(definition, { services: served }).addToServer(server);
  new HealthImplementation({ "": "SERVING" }).addToServer(server);
  return server;
}

async function answer(methods: MethodDispatcher, log: Logger, path: string, call: Call, callback: Callback): Promise<void> {
  try {
    const result = await methods.call(path, call.request, requestedHeight(call.metadata));
    if (result.height > 0n) {
      const headers = new Metadata();
      headers.set(HEIGHT_HEADER, String(result.height));
      call.sendMetadata(headers);
    }
    callback(null, Buffer.from(result.value));
  } catch (err) {
    if (err instanceof MethodError) return callback({ code: err.code as number as status, details: err.message });
    log.error("gRPC call failed unexpectedly", { path, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    callback({ code: status.INTERNAL, details: "internal error" });
  }
}

function requestedHeight(metadata: Metadata): bigint {
  const values = metadata.get(HEIGHT_HEADER);
  if (values.length === 0) return 0n;
  const value = values[0];
  if (values.length > 1 || typeof value !== "string" || !HEIGHT.test(value)) {
    throw new MethodError(GrpcCode.invalidArgument, `${HEIGHT_HEADER} must be one non-negative integer`);
  }
  return BigInt(value);
}

/** Binds `address` ("host:port"); resolves with the port bound. */
export function listenGrpc(server: Server, address: string): Promise<number> {
  return new Promise((resolve, reject) =>
    server.bindAsync(address, ServerCredentials.createInsecure(), (err, port) => (err === null ? resolve(port) : reject(err))),
  );
}
