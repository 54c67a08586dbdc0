import { describe, expect, it } from "vitest";
import { aisModules } from "../app/ais.js";
import { ModuleRegistry } from "../app/module.js";
import { descriptorRoot } from "../codec/descriptors.js";
import { queryCommands, toText } from "./autocli.js";

describe("query commands from the descriptors", () => {
  const registry = new ModuleRegistry(aisModules().modules);
  const commands = queryCommands(descriptorRoot(), (method) => registry.queryRoute(method) !== undefined);
  const find = (module: string, name: string) => commands.find((c) => c.module === module && c.name === name);

  it("names each answered query method once, with the REST path's fields as positional arguments", () => {
    expect(find("bank", "balances")).toMatchObject({ positional: ["address"], route: { method: "/cosmos.bank.v1beta1.Query/AllBalances" } });
    expect(find("bank", "total")?.route.method).toBe("/cosmos.bank.v1beta1.Query/TotalSupply");
    expect(find("staking", "validator-delegations")).toMatchObject({ positional: ["validator_addr"] });
    // In the path's order: /cosmos/staking/v1beta1/validators/{validator_addr}/delegations/{delegator_addr}.
    expect(find("staking", "delegation")?.positional).toEqual(["validator_addr", "delegator_addr"]);
    // gov v1 replaces v1beta1's same-named methods; AIS's own Params beside the SDK's is ais-params.
    expect(find("gov", "proposal")?.route.method).toBe("/cosmos.gov.v1.Query/Proposal");
    expect(find("distribution", "params")?.route.method).toBe("/cosmos.distribution.v1beta1.Query/Params");
    expect(find("distribution", "ais-params")?.route.method).toBe("/ais.distribution.v1.Query/Params");
    expect(find("epochs", "current-epoch")?.description).toMatch(/epoch/i);
    // Every answered method with an annotation has exactly one command.
    const methods = commands.map((c) => c.route.method);
    expect(new Set(methods).size).toBe(methods.length);
    const names = commands.map((c) => `${c.module} ${c.name}`);
    expect(new Set(names).size).toBe(names.length);
    expect(methods.every((m) => registry.queryRoute(m) !== undefined)).toBe(true);
  });

  it("prints text as the SDK's YAML does, quoting what would read as another type", () => {
    expect(toText({ balance: { denom: "uais", amount: "10" }, list: [], ok: true, none: null, items: [{ a: "x: y" }, "-1"] })).toBe(
      ["balance:", "  denom: uais", '  amount: "10"', "list: []", "ok: true", "none: null", "items:", "  -", '    a: "x: y"', '  - "-1"', ""].join("\n"),
    );
  });
});
