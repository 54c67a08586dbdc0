// One source for every client surface: a module whose query exists only as a .proto service and a
// handler is served over gRPC, on its annotated REST path and as an `aisd query` command, with no
// code written for any of the three.
import { Client, credentials, type Server, type ServiceError } from "@grpc/grpc-js";
import { Command } from "commander";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryCommands, registerQueryCommands } from "../cli/autocli.js";
import { descriptorRoot, extendDescriptors } from "../codec/descriptors.js";
import { MethodDispatcher } from "../grpc/dispatch.js";
import { createGrpcServer, listenGrpc } from "../grpc/server.js";
import { createLogger } from "../logger.js";
import { GatewayJson } from "../rest/gateway-json.js";
import { createRestServer } from "../rest/server.js";
import { grpcError } from "./errors.js";
import type { AppModule, MessageCodec } from "./module.js";
import { TestChain } from "../../test/helpers/chain.js";

// The whole definition of the query: a service in a .proto…
extendDescriptors(`
  syntax = "proto3";
  package ais.shelf.v1;
  import "google/api/annotations.proto";

  // Query answers questions about the shelf.
  service Query {
    // Book returns the book with this id: its title and page count.
    rpc Book(QueryBookRequest) returns (QueryBookResponse) {
      option (google.api.http).get = "/ais/shelf/v1/books/{id}";
    }
  }
  message QueryBookRequest { uint64 id = 1; bool large_print = 2; }
  message QueryBookResponse { Book book = 1; }
  message Book { uint64 id = 1; string title = 2; uint32 pages = 3; }
`);

/** A codec straight from the descriptors (a real module would use its Telescope codegen). */
function codec<M extends object>(name: string): MessageCodec<M> {
  const type = descriptorRoot().lookupType(name);
  return {
    typeUrl: `/${name}`,
    decode: (bytes) => type.toObject(type.decode(bytes), { longs: String, defaults: true }) as M,
    encode: (message) => ({ finish: () => type.encode(type.fromObject(message)).finish() }),
  };
}

// …and the module's handler. Nothing else below is written for it.
const shelf: AppModule = {
  name: "shelf",
  storeNames: [],
  queries: [
    {
      path: "/ais.shelf.v1.Query/Book",
      request: codec<{ id: string; large_print: boolean }>("ais.shelf.v1.QueryBookRequest"),
      response: codec<object>("ais.shelf.v1.QueryBookResponse"),
      handle: (_ctx, { id, large_print }) => {
        if (id === "0") throw grpcError("NotFound", "book 0 not found");
        return { book: { id, title: `Book ${id}`, pages: large_print ? 400 : 200 } };
      },
    },
  ],
};

describe("a query added to a .proto appears on all three surfaces", () => {
  let chain: TestChain;
  let methods: MethodDispatcher;
  let server: Server;
  let client: Client;

  beforeAll(async () => {
    chain = await TestChain.start({ seedModules: () => [shelf] });
    await chain.block([]);
    methods = new MethodDispatcher(chain.app, new Map());
    server = createGrpcServer({ methods, logger: createLogger({ level: "error" }) });
    const port = await listenGrpc(server, "127.0.0.1:0");
    client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  });

  afterAll(async () => {
    client?.close();
    server?.forceShutdown();
    await chain?.close();
  });

  const Request = descriptorRoot().lookupType("ais.shelf.v1.QueryBookRequest");
  const Response = descriptorRoot().lookupType("ais.shelf.v1.QueryBookResponse");
  const callBook = (request: object) =>
    new Promise<Record<string, unknown>>((resolve, reject) =>
      client.makeUnaryRequest(
        "/ais.shelf.v1.Query/Book",
        (m: object) => Buffer.from(Request.encode(Request.fromObject(m)).finish()),
        (b: Buffer) => Response.toObject(Response.decode(b), { longs: String }),
        request,
        (err: ServiceError | null, value?: Record<string, unknown>) => (err !== null ? reject(err) : resolve(value!)),
      ),
    );

  it("gRPC: the method is served, errors keep their gRPC code", async () => {
    expect(await callBook({ id: 7, large_print: true })).toEqual({ book: { id: "7", title: "Book 7", pages: 400 } });
    await expect(callBook({ id: 0 })).rejects.toMatchObject({ code: 5, details: expect.stringContaining("book 0 not found") });
  });

  it("REST: the annotated path, with path and query parameters bound as grpc-gateway binds them", async () => {
    const rest = createRestServer({
      methods,
      metrics: new Registry(),
      logger: createLogger({ level: "error" }),
    });
    try {
      const found = await rest.inject({ url: "/ais/shelf/v1/books/12?large_print=true" });
      expect([found.statusCode, found.json()]).toEqual([200, { book: { id: "12", title: "Book 12", pages: 400 } }]);
      const missing = await rest.inject({ url: "/ais/shelf/v1/books/0" });
      expect([missing.statusCode, (missing.json() as { code: number }).code]).toEqual([404, 5]);
      expect((await rest.inject({ url: "/ais/shelf/v1/books/twelve" })).statusCode).toBe(400);
    } finally {
      await rest.close();
    }
  });

  it("CLI: `aisd query shelf book <id> [--large-print]`, its help from the proto comment", () => {
    const commands = queryCommands(descriptorRoot(), (method) => methods.answers(method));
    const book = commands.find((c) => c.module === "shelf" && c.name === "book");
    expect(book).toMatchObject({ positional: ["id"], description: "Book returns the book with this id: its title and page count." });
    const query = new Command("query");
    registerQueryCommands(query, commands, () => new GatewayJson(descriptorRoot()));
    const shelfCommand = query.commands.find((c) => c.name() === "shelf")!;
    expect(shelfCommand.helpInformation()).toContain("Book returns the book with this id");
    const bookCommand = shelfCommand.commands.find((c) => c.name() === "book")!;
    expect(bookCommand.options.map((o) => o.long)).toContain("--large-print");
    expect(bookCommand.registeredArguments.map((a) => a.name())).toEqual(["id"]);
  });
});
