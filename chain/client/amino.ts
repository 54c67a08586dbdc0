// cosmjs's Registry and AminoTypes for AIS, so SigningStargateClient can sign every message AIS
// accepts with an amino signer (Secp256k1HdWallet, Ledger): the SDK's messages and AIS's own.
// The converters are derived from the protos' (amino.name) options and convert through the same
// amino JSON (chain/codec/amino-json.ts) the chain verifies signatures against, so what cosmjs
// signs is what a validator rebuilds. cosmjs's own converters cover fewer messages and predate
// SDK 0.50's rules (omitted empty fields, v1 gov messages); these replace them.
import { Registry, type GeneratedType, type TsProtoGeneratedType } from "@cosmjs/proto-signing";
import { AminoTypes, type AminoConverters } from "@cosmjs/stargate";
import * as authTx from "cosmjs-types/cosmos/auth/v1beta1/tx";
import * as bankTx from "cosmjs-types/cosmos/bank/v1beta1/tx";
import * as consensusTx from "cosmjs-types/cosmos/consensus/v1/tx";
import * as distributionTx from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import * as govV1Tx from "cosmjs-types/cosmos/gov/v1/tx";
import * as govV1beta1Tx from "cosmjs-types/cosmos/gov/v1beta1/tx";
import * as slashingTx from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import * as stakingTx from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { registry as distribution } from "../../codegen/ais/distribution/v1/tx.registry.js";
import { registry as epochs } from "../../codegen/ais/epochs/v1/tx.registry.js";
import { registry as fees } from "../../codegen/ais/fees/v1/tx.registry.js";
import { registry as gov } from "../../codegen/ais/gov/v1/tx.registry.js";
import { registry as slashing } from "../../codegen/ais/slashing/v1/tx.registry.js";
import { registry as staking } from "../../codegen/ais/staking/v1/tx.registry.js";
import { aminoJson } from "../codec/descriptors.js";
import { typeName } from "../codec/strict.js";

/** AIS's own message types, as Telescope generated them from proto/. */
export const aisRegistryTypes: ReadonlyArray<[string, GeneratedType]> = [...distribution, ...epochs, ...fees, ...gov, ...slashing, ...staking];

/** The messages of the SDK modules AIS runs, as cosmjs-types generated them. */
export const sdkRegistryTypes: ReadonlyArray<[string, GeneratedType]> = [authTx, bankTx, consensusTx, distributionTx, govV1Tx, govV1beta1Tx, slashingTx, stakingTx].flatMap((module) =>
  Object.values(module as Record<string, unknown>)
    .filter((codec): codec is TsProtoGeneratedType & { typeUrl: string } => typeof (codec as { typeUrl?: unknown }).typeUrl === "string")
    .filter((codec) => /\.Msg[A-Za-z]+$/.test(codec.typeUrl) && !codec.typeUrl.endsWith("Response"))
    .map((codec): [string, GeneratedType] => [codec.typeUrl, codec]),
);

/** Every message type AIS accepts: the SDK modules' and AIS's own. */
export const allRegistryTypes: ReadonlyArray<[string, GeneratedType]> = [...sdkRegistryTypes, ...aisRegistryTypes];

export function aisRegistry(): Registry {
  return new Registry(allRegistryTypes);
}

/** An amino converter for every type whose protobuf message has an amino name. */
export function aisAminoConverters(types: ReadonlyArray<[string, GeneratedType]> = allRegistryTypes): AminoConverters {
  const encoder = aminoJson();
  const converters: AminoConverters = {};
  for (const [typeUrl, type] of types) {
    const name = typeName(typeUrl);
    let aminoType: string | undefined;
    try {
      aminoType = encoder.aminoName(name);
    } catch {
      continue; // a type cosmjs knows and AIS loads no descriptor for: AIS would refuse it anyway
    }
    if (aminoType === undefined) continue;
    const codec = type as TsProtoGeneratedType;
    converters[typeUrl] = {
      aminoType,
      toAmino: (value: unknown) => JSON.parse(encoder.encodeValue(name, codec.encode(codec.fromPartial(value as object)).finish())) as unknown,
      fromAmino: (json: unknown) => codec.decode(encoder.fromJson(name, json)),
    };
  }
  return converters;
}

export function aisAminoTypes(): AminoTypes {
  return new AminoTypes(aisAminoConverters());
}
