// aisd query <module> <method>: the commands made from the descriptors (autocli.ts) for every query
// method, and tx — JSON as the SDK's CLI prints it with -o json (exactly what the REST gateway serves).
import { Command } from "commander";
import { aisModules } from "../app/ais.js";
import { ModuleRegistry } from "../app/module.js";
import { descriptorRoot } from "../codec/descriptors.js";
import { GatewayJson } from "../rest/gateway-json.js";
import { GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { getTx } from "../grpc/tx-service.js";
import { queryCommands, registerQueryCommands } from "./autocli.js";
import { cometOf as comet, nodeOption } from "./common.js";
import { printJson } from "./format.js";

export function registerQuery(program: Command): void {
  const query = program.command("query").alias("q").description("query the chain through a node");

  query
    .command("tx")
    .description("a transaction by hash")
    .argument("<hash>")
    .addOption(nodeOption())
    .action(async (hash: string, opts: { node: string }) => {
      if (!/^(0x)?[0-9a-fA-F]{64}$/.test(hash)) throw new Error("the hash must be 64 hex digits");
      const found = GetTxResponse.encode(await getTx(comet(opts), hash.replace(/^0x/, ""))).finish();
      printJson(new GatewayJson(descriptorRoot()).encode("cosmos.tx.v1beta1.GetTxResponse", found));
    });

  // Made from the descriptors, which take a moment to load: only when a query is asked for.
  if (asksForQuery(process.argv.slice(2))) {
    const registry = new ModuleRegistry(aisModules().modules);
    const root = descriptorRoot();
    registerQueryCommands(query, queryCommands(root, (method) => registry.queryRoute(method) !== undefined), () => new GatewayJson(root));
  }
}

/** Whether the command line's first word is `query` (or `q`), so the generated commands are needed. */
function asksForQuery(args: readonly string[]): boolean {
  const first = args.find((a) => !a.startsWith("-"));
  return first === "query" || first === "q";
}
