import { describe, expect, it } from "vitest";
import { aisModules } from "../app/ais.js";
import { ModuleRegistry } from "../app/module.js";
import { descriptorRoot } from "../codec/descriptors.js";
import { queryCommands, toText } from "./autocli.js";

describe("query commands from the descriptors", () => {
  const registry = new ModuleRegistry(aisModules().modules);
  const commands = queryCommands(descriptorRoot(), (method) => registry.queryRoute(method) !== undefined);
  const find = (module: string, name: string) => commands.find((c) => c.module === module && c.name === name);

  it("names each answered query method once, with the REST path's fields as positional arguments unless the SDK's autocli orders them", () => {
    expect(find("bank", "balances")).toMatchObject({ positional: ["address"], route: { method: "/cosmos.bank.v1beta1.Query/AllBalances" } });
    expect(find("bank", "total")?.route.method).toBe("/cosmos.bank.v1beta1.Query/TotalSupply");
    expect(find("staking", "delegations-to")).toMatchObject({ positional: ["validator_addr"], route: { method: "/cosmos.staking.v1beta1.Query/ValidatorDelegations" } });
    // The SDK's autocli order, not the path's (/cosmos/staking/v1beta1/validators/{validator_addr}/delegations/{delegator_addr}).
    expect(find("staking", "delegation")?.positional).toEqual(["delegator_addr", "validator_addr"]);
    expect(find("staking", "delegations")?.route.method).toBe("/cosmos.staking.v1beta1.Query/DelegatorDelegations");
    expect(find("staking", "historical-info")?.positional).toEqual(["height"]);
    expect(find("gov", "tally")?.route.method).toBe("/cosmos.gov.v1.Query/TallyResult");
    expect(find("gov", "params")?.positional).toEqual(["params_type?"]);
    expect(find("gov", "vote")?.positional).toEqual(["proposal_id", "voter"]);
    expect(find("gov", "exchange-list")?.route.method).toBe("/ais.gov.v1.Query/Params");
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
