// The message types the REST server can show inside an Any.
import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { TextProposal } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { ModuleRegistry } from "../app/module.js";
import { ProtoJson, type JsonCodec } from "./protojson.js";

const FIXED: [string, JsonCodec][] = [
  ["/cosmos.auth.v1beta1.BaseAccount", BaseAccount],
  ["/cosmos.auth.v1beta1.ModuleAccount", ModuleAccount],
  ["/cosmos.crypto.secp256k1.PubKey", Secp256k1PubKey],
  ["/cosmos.crypto.ed25519.PubKey", Ed25519PubKey],
  ["/cosmos.tx.v1beta1.Tx", Tx],
  ["/cosmos.gov.v1beta1.TextProposal", TextProposal],
];

/** Accounts, keys and every message the app routes (their cosmjs-types codecs carry toJSON). */
export function protoJsonFor(registry: ModuleRegistry): ProtoJson {
  const types = new Map<string, JsonCodec>(FIXED);
  for (const route of registry.msgRoutesList()) {
    if (typeof (route.codec as Partial<JsonCodec>).toJSON === "function") types.set(route.typeUrl, route.codec as unknown as JsonCodec);
  }
  return new ProtoJson(
    types,
    new Map([
      ["/cosmos.auth.v1beta1.BaseAccount", ["pub_key"]],
      ["/cosmos.auth.v1beta1.ModuleAccount", ["base_account.pub_key"]],
      ["/cosmos.tx.v1beta1.GetTxsEventResponse", ["pagination"]],
    ]),
  );
}
