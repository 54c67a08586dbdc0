// `aisd query <module> <method>` for every query method the app answers, made from the service
// descriptors (the SDK's autocli): the fields of the method's REST path are positional arguments,
// the other scalar fields are flags (--kebab-name), PageRequest is --limit/--offset/--page-key/
// --count-total/--reverse, and help comes from the protos' comments. The request is bound and the
// response written by the REST gateway's own machinery, so the CLI prints what REST serves.
import { Command, Option } from "commander";
import protobuf from "protobufjs";
import { abciQueryBytes } from "../client/query.js";
import { annotatedRoutes, bindRequest, type GatewayRoute } from "../rest/gateway.js";
import type { GatewayJson } from "../rest/gateway-json.js";
import { cometOf, nodeOption, withPagination, type PaginationOptions } from "./common.js";
import { printJson } from "./format.js";

export interface QueryCommand {
  module: string;
  name: string;
  route: GatewayRoute;
  /** Positional arguments: the REST path's fields in path order, unless the SDK's autocli orders them otherwise ("?": optional). */
  positional: readonly string[];
  description: string;
}

/**
 * What the SDK's own autocli options (each module's autocli.go, v0.53) say where the method name is
 * not what users type, or the positional arguments are not the REST path's fields in path order;
 * and AIS's short names for its own. A positional ending in "?" is optional.
 */
const AUTOCLI: Readonly<Record<string, { name?: string; positional?: readonly string[] }>> = {
  "/cosmos.bank.v1beta1.Query/AllBalances": { name: "balances" },
  "/cosmos.bank.v1beta1.Query/TotalSupply": { name: "total" },
  "/cosmos.distribution.v1beta1.Query/ValidatorCommission": { name: "commission" },
  "/cosmos.distribution.v1beta1.Query/DelegationTotalRewards": { name: "rewards" },
  "/cosmos.distribution.v1beta1.Query/DelegationRewards": { name: "rewards-by-validator" },
  "/cosmos.distribution.v1beta1.Query/DelegatorWithdrawAddress": { name: "withdraw-addr" },
  "/cosmos.staking.v1beta1.Query/ValidatorDelegations": { name: "delegations-to" },
  "/cosmos.staking.v1beta1.Query/ValidatorUnbondingDelegations": { name: "unbonding-delegations-from" },
  "/cosmos.staking.v1beta1.Query/Delegation": { positional: ["delegator_addr", "validator_addr"] },
  "/cosmos.staking.v1beta1.Query/UnbondingDelegation": { positional: ["delegator_addr", "validator_addr"] },
  "/cosmos.staking.v1beta1.Query/DelegatorDelegations": { name: "delegations" },
  "/cosmos.staking.v1beta1.Query/DelegatorUnbondingDelegations": { name: "unbonding-delegations" },
  // The SDK's `redelegation` takes all three addresses; here source and destination are optional flags.
  "/cosmos.staking.v1beta1.Query/Redelegations": { name: "redelegations" },
  "/cosmos.gov.v1.Query/Params": { positional: ["params_type?"] },
  "/cosmos.gov.v1.Query/TallyResult": { name: "tally" },
  "/ais.distribution.v1.Query/PendingRewards": { name: "pending" },
  "/ais.gov.v1.Query/Params": { name: "exchange-list" },
};

const kebab = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/_/g, "-").toLowerCase();

/**
 * The query commands, one per answered `…Query` method with a REST annotation. A module's cosmos
 * service comes first (v1 before v1beta1, whose same-named methods it replaces); an AIS service of
 * the same module adds its methods, prefixed `ais-` where a name is taken.
 */
export function queryCommands(root: protobuf.Root, answers: (method: string) => boolean): QueryCommand[] {
  const first = new Map<string, GatewayRoute>();
  for (const route of annotatedRoutes(root, answers)) if (!first.has(route.method)) first.set(route.method, route);
  const rank = (method: string) => (method.startsWith("/cosmos.") ? (/\.v1\./.test(method) ? 0 : 1) : 2);
  const methods = [...first.keys()].filter((m) => /\.Query\//.test(m)).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const taken = new Set<string>();
  const cosmosMethods = new Set<string>();
  const commands: QueryCommand[] = [];
  for (const method of methods) {
    const [service, methodName] = method.slice(1).split("/") as [string, string];
    const module = service.split(".")[1]!;
    // gov v1's methods replace v1beta1's of the same name, whatever the command is called.
    if (method.startsWith("/cosmos.")) {
      if (cosmosMethods.has(`${module} ${methodName}`)) continue;
      cosmosMethods.add(`${module} ${methodName}`);
    }
    const options = AUTOCLI[method] ?? {};
    let name = options.name ?? kebab(methodName);
    if (taken.has(`${module} ${name}`)) {
      if (!method.startsWith("/ais.")) continue;
      name = `ais-${name}`;
    }
    taken.add(`${module} ${name}`);
    const route = first.get(method)!;
    const comment = root.lookupService(service).methods[methodName]?.comment ?? "";
    const positional = options.positional ?? [...route.pathFields.values()];
    commands.push({ module, name, route, positional, description: comment.replace(/\s+/g, " ").trim() || method });
  }
  return commands;
}

interface FlagField {
  flag: string;
  attribute: string;
  path: string;
  field: protobuf.Field;
}

/** The request's top-level scalar fields that are not positional, as flags. */
function flagFields(type: protobuf.Type, positional: readonly string[]): { flags: FlagField[]; paginated: boolean } {
  const flags: FlagField[] = [];
  let paginated = false;
  for (const field of type.fieldsArray) {
    if (positional.includes(field.name)) continue;
    const resolved = field.resolve().resolvedType;
    if (resolved instanceof protobuf.Type) {
      if (resolved.fullName === ".cosmos.base.query.v1beta1.PageRequest" && field.name === "pagination") paginated = true;
      continue;
    }
    const flag = kebab(field.name);
    flags.push({ flag, attribute: flag.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()), path: field.name, field });
  }
  return { flags, paginated };
}

export function registerQueryCommands(query: Command, commands: readonly QueryCommand[], json: () => GatewayJson): void {
  const byModule = new Map<string, string[]>();
  for (const spec of commands) byModule.set(spec.module, [...(byModule.get(spec.module) ?? []), spec.name]);
  query.addHelpText("after", `\nMethods of each module (aisd query <module> <method> --help):\n${[...byModule].map(([m, names]) => `  ${m}: ${names.join(", ")}`).join("\n")}\n`);
  for (const spec of commands) {
    const module = query.commands.find((c) => c.name() === spec.module) ?? query.command(spec.module).description(`${spec.module} queries`);
    // A hand-written command of the same name is a human shortcut over the same query: it stays.
    if (module.commands.some((c) => c.name() === spec.name)) continue;
    const command = module.command(spec.name).description(spec.description);
    const positional = spec.positional.map((p) => ({ field: p.replace(/\?$/, ""), optional: p.endsWith("?") }));
    for (const p of positional) command.argument(p.optional ? `[${kebab(p.field)}]` : `<${kebab(p.field)}>`);
    const { flags, paginated } = flagFields(spec.route.request, positional.map((p) => p.field));
    for (const f of flags) {
      const type = f.field.resolve().resolvedType instanceof protobuf.Enum ? "enum" : f.field.type;
      command.addOption(new Option(`--${f.flag} <${type}>`, f.field.comment?.replace(/\s+/g, " ").trim() || f.path));
    }
    if (paginated) withPagination(command);
    command
      .addOption(nodeOption())
      .option("--height <n>", "query the state at this height (default: the latest)")
      .addOption(new Option("--output <format>", "json or text").choices(["json", "text"]).default("json"))
      .action(async (...args: unknown[]) => {
        const opts = args[positional.length] as Record<string, unknown> & PaginationOptions & { node: string; height?: string; output: "json" | "text" };
        const path: Record<string, string> = {};
        const params: Record<string, unknown> = {};
        const paramOf = new Map([...spec.route.pathFields].map(([param, field]) => [field, param]));
        positional.forEach((p, i) => {
          if (args[i] === undefined) return;
          const param = paramOf.get(p.field);
          if (param !== undefined) path[param] = String(args[i]);
          else params[p.field] = args[i];
        });
        for (const f of flags) if (opts[f.attribute] !== undefined) params[f.path] = opts[f.attribute];
        if (paginated) {
          const page = { limit: opts.limit, offset: opts.offset, key: opts.pageKey, count_total: opts.countTotal ? "true" : undefined, reverse: opts.reverse ? "true" : undefined };
          for (const [key, value] of Object.entries(page)) if (value !== undefined) params[`pagination.${key}`] = value;
        }
        if (opts.height !== undefined && !/^[0-9]{1,19}$/.test(opts.height)) throw new Error("--height must be a non-negative integer");
        const request = bindRequest(spec.route.request, path, params, spec.route.pathFields);
        const bytes = await abciQueryBytes(cometOf(opts), spec.route.method, request, BigInt(opts.height ?? "0"));
        const response = json().encode(spec.route.responseType, bytes);
        if (opts.output === "text") process.stdout.write(toText(response));
        else printJson(response);
      });
  }
}

/** The SDK's text output: YAML-like, one key per line, lists as "- ". */
export function toText(value: unknown, indent = ""): string {
  if (value === null || typeof value !== "object") return `${indent}${scalarText(value)}\n`;
  const lines: string[] = [];
  const entries = Array.isArray(value) ? value.map((v) => ["-", v] as const) : Object.entries(value);
  if (entries.length === 0) return `${indent}${Array.isArray(value) ? "[]" : "{}"}\n`;
  for (const [key, item] of entries) {
    const label = key === "-" && Array.isArray(value) ? "-" : `${key}:`;
    if (item !== null && typeof item === "object" && (Array.isArray(item) ? item.length > 0 : Object.keys(item).length > 0)) {
      lines.push(`${indent}${label}\n${toText(item, `${indent}  `)}`.trimEnd());
    } else {
      lines.push(`${indent}${label} ${item !== null && typeof item === "object" ? (Array.isArray(item) ? "[]" : "{}") : scalarText(item)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** A string YAML would read as something else (a number, a bool, null) or could not read is quoted, as Go's yaml does. */
const scalarText = (value: unknown): string => {
  if (typeof value !== "string") return value === null ? "null" : String(value);
  const ambiguous = value === "" || /^[-+]?(\.?[0-9][0-9_.e+-]*|\.inf|\.nan)$/i.test(value) || /^(true|false|yes|no|on|off|null|~|y|n)$/i.test(value);
  return ambiguous || /[:#\n"'{}[\],&*!|>%@`]|^\s|\s$|^-/.test(value) ? JSON.stringify(value) : value;
};
