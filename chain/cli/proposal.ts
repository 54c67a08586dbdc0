// The proposal file of `aisd tx gov submit-proposal`, in the SDK CLI's format:
//   {"messages": [{"@type": "/ais.epochs.v1.MsgUpdateParams", "authority": "ais1…", "params": {…}}],
//    "metadata": "…", "deposit": "10000000uais", "title": "…", "summary": "…", "expedited": false}
// A MsgUpdateParams carries its params in the form genesis.json uses for that module ("600s",
// "0.05"), and all of them: the message replaces every parameter, so a missing one is an error,
// not a silent reset to a default. Other messages are proto JSON with snake_case field names.
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { ModuleRegistry } from "../app/module.js";
import { authParamsFromJson, authParamsToJson } from "../modules/auth/params.js";
import { distributionParamsFromJson, distributionParamsToJson } from "../modules/distribution/params.js";
import { epochsParamsFromJson, epochsParamsToJson } from "../modules/epochs/params.js";
import { feesParamsFromJson, feesParamsToJson } from "../modules/fees/params.js";
import { communityParamsFromJson, communityParamsToJson, govParamsFromJson, govParamsToJson } from "../modules/gov/params.js";
import { slashingParamsFromJson, slashingParamsToJson } from "../modules/slashing/params.js";
import { stakingParamsFromJson, stakingParamsToJson } from "../modules/staking/params.js";
import { parseCoinsArgument } from "./common.js";

export interface ProposalFile {
  messages: Any[];
  metadata: string;
  deposit: Coin[];
  title: string;
  summary: string;
  expedited: boolean;
}

interface ParamsForm {
  fromJson(json: unknown): unknown;
  toJson(params: never): Record<string, unknown>;
}

/** Module params in their genesis form, by the MsgUpdateParams that carries them. */
const PARAMS_FORMS: Record<string, ParamsForm> = {
  "/cosmos.auth.v1beta1.MsgUpdateParams": { fromJson: authParamsFromJson, toJson: authParamsToJson },
  "/cosmos.staking.v1beta1.MsgUpdateParams": { fromJson: stakingParamsFromJson, toJson: stakingParamsToJson },
  "/cosmos.gov.v1.MsgUpdateParams": { fromJson: govParamsFromJson, toJson: govParamsToJson },
  "/ais.gov.v1.MsgUpdateParams": { fromJson: communityParamsFromJson, toJson: communityParamsToJson },
  "/ais.fees.v1.MsgUpdateParams": { fromJson: feesParamsFromJson, toJson: feesParamsToJson },
  "/ais.epochs.v1.MsgUpdateParams": { fromJson: epochsParamsFromJson, toJson: epochsParamsToJson },
  "/ais.slashing.v1.MsgUpdateParams": { fromJson: slashingParamsFromJson, toJson: slashingParamsToJson },
  "/ais.distribution.v1.MsgUpdateParams": { fromJson: distributionParamsFromJson, toJson: distributionParamsToJson },
};

interface JsonMessageCodec {
  fromJSON(object: unknown): unknown;
  encode(message: unknown): { finish(): Uint8Array };
}

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** snake_case keys to the camelCase ts-proto reads; "600s" in a *_duration or *_period field to a Duration. */
function protoJson(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => protoJson(item));
  if (typeof value === "string" && /(_duration|_period|Duration|Period)$/.test(key)) {
    const match = /^([0-9]{1,12})(?:\.([0-9]{1,9}))?s$/.exec(value);
    if (match === null) throw new Error(`${key} must be a duration like "600s", got ${JSON.stringify(value)}`);
    return { seconds: match[1], nanos: Number((match[2] ?? "").padEnd(9, "0")) };
  }
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), protoJson(v, k)]));
}

function messageOf(registry: ModuleRegistry, json: unknown, index: number): Any {
  if (typeof json !== "object" || json === null) throw new Error(`messages[${index}] must be an object`);
  const { "@type": typeUrl, ...fields } = json as Record<string, unknown>;
  if (typeof typeUrl !== "string") throw new Error(`messages[${index}] has no "@type"`);
  const route = registry.msgRoute(typeUrl);
  if (route === undefined) throw new Error(`messages[${index}]: the chain does not know ${typeUrl}`);
  const codec = route.codec as unknown as JsonMessageCodec;
  const form = PARAMS_FORMS[typeUrl];
  let message: unknown;
  if (form !== undefined) {
    const given = fields.params;
    if (typeof given !== "object" || given === null) throw new Error(`messages[${index}] (${typeUrl}) needs "params"`);
    const expected = Object.keys(form.toJson(form.fromJson({}) as never));
    const missing = expected.filter((name) => !(name in given));
    if (missing.length > 0) throw new Error(`messages[${index}] (${typeUrl}) replaces every parameter; missing: ${missing.join(", ")}`);
    const unknown = Object.keys(given).filter((name) => !expected.includes(name));
    if (unknown.length > 0) throw new Error(`messages[${index}] (${typeUrl}): unknown parameters ${unknown.join(", ")}`);
    message = { ...(codec.fromJSON({ authority: fields.authority }) as object), params: form.fromJson(given) };
  } else {
    message = codec.fromJSON(protoJson(fields));
  }
  try {
    route.validate?.(message as never);
  } catch (err) {
    throw new Error(`messages[${index}] (${typeUrl}): ${(err as Error).message}`);
  }
  return { typeUrl, value: codec.encode(message).finish() };
}

export function parseProposalFile(registry: ModuleRegistry, text: string): ProposalFile {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`the proposal file is not JSON: ${(err as Error).message}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error("the proposal file must hold a JSON object");
  const text_ = (name: string) => {
    const value = json[name] ?? "";
    if (typeof value !== "string") throw new Error(`${name} must be a string`);
    return value;
  };
  const messages = json.messages ?? [];
  if (!Array.isArray(messages)) throw new Error("messages must be a list");
  const deposit = text_("deposit");
  if (json.expedited !== undefined && typeof json.expedited !== "boolean") throw new Error("expedited must be true or false");
  return {
    messages: messages.map((m, i) => messageOf(registry, m, i)),
    metadata: text_("metadata"),
    deposit: deposit === "" ? [] : parseCoinsArgument(deposit),
    title: text_("title"),
    summary: text_("summary"),
    expedited: json.expedited === true,
  };
}
