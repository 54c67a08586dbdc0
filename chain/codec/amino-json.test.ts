// Amino JSON against the SDK (golden vectors signed by wasmd), against cosmjs (its converters and
// its sign-doc serialization), and on the inputs it must refuse.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { AminoTypes, createDefaultAminoConverters } from "@cosmjs/stargate";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { Duration } from "cosmjs-types/google/protobuf/duration";
import { MsgSubmitMisbehaviour, MsgUpdateParams as SlashingUpdateParams } from "../../codegen/ais/slashing/v1/tx.js";
import { MsgUpdateParams as FeesUpdateParams } from "../../codegen/ais/fees/v1/tx.js";
import { SignedMsgType } from "../../codegen/tendermint/types/types.js";
import { aisAminoConverters, aisAminoTypes, aisRegistry, aisRegistryTypes, allRegistryTypes } from "../client/amino.js";
import { DEFAULT_FEES_PARAMS } from "../modules/fees/params.js";
import { DEFAULT_SLASHING_PARAMS } from "../modules/slashing/params.js";
import { legacyAminoSignBytes } from "../modules/auth/signing.js";
import { GOV_AUTHORITY } from "../modules/authority.js";
import { AminoJsonError, goString } from "./amino-json.js";
import { aminoJson, extendDescriptors } from "./descriptors.js";
import { verifyAminoVector, type AminoVector, type AminoVectorSigner } from "../../test/helpers/amino-vectors.js";

const golden = JSON.parse(readFileSync(join(import.meta.dirname, "../../test/vectors/amino/wasmd.json"), "utf8")) as AminoVectorSigner & { vectors: AminoVector[] };
const registry = aisRegistry();

describe("amino JSON against the Cosmos SDK (wasmd's signatures)", () => {
  it.each(golden.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    const { verified, signDoc } = verifyAminoVector(golden, vector);
    expect(signDoc).toBe(vector.sign_doc);
    expect(verified).toBe(true);
  });

  it("reads every vector's messages back from their amino JSON (cosmjs's fromAmino) to the same protobuf", () => {
    const encoder = aminoJson();
    let messages = 0;
    for (const vector of golden.vectors) {
      for (const any of TxBody.decode(TxRaw.decode(Buffer.from(vector.tx, "base64")).bodyBytes).messages) {
        const name = any.typeUrl.slice(1);
        const back = encoder.fromJson(name, JSON.parse(encoder.encodeValue(name, any.value)));
        expect(Buffer.from(registry.encode({ typeUrl: any.typeUrl, value: registry.decode({ typeUrl: any.typeUrl, value: back }) })).toString("hex"), vector.name).toBe(Buffer.from(any.value).toString("hex"));
        messages++;
      }
    }
    expect(messages).toBeGreaterThanOrEqual(golden.vectors.length);
  });
});

/** What cosmjs's amino signer signs for one message converted by `types`. */
function cosmjsSignBytes(types: AminoTypes, message: { typeUrl: string; value: unknown }): Uint8Array {
  const fee = { amount: [{ denom: "uais", amount: "2500" }], gas: "100000" };
  return serializeSignDoc(makeSignDoc([types.toAmino(message)], fee, "ais-test-1", "m", "4", "9"));
}

function aisSignBytes(message: { typeUrl: string; value: unknown }): Uint8Array {
  const value = registry.encode(message);
  const fee = { amount: [{ denom: "uais", amount: "2500" }], gasLimit: 100_000n, payer: "", granter: "" };
  return legacyAminoSignBytes({ messages: [{ typeUrl: message.typeUrl, value }], memo: "m", timeoutHeight: 0n, fee }, "ais-test-1", 4n, 9n);
}

describe("amino JSON against cosmjs", () => {
  const vote = (hash: number) => ({
    type: SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT,
    height: 12n,
    round: 1,
    blockId: { hash: new Uint8Array(32).fill(hash), partSetHeader: { total: 1, hash: new Uint8Array(32).fill(7) } },
    timestamp: { seconds: 1_700_000_000n, nanos: 120_000_000 },
    validatorAddress: new Uint8Array(20).fill(3),
    validatorIndex: 0,
    signature: new Uint8Array(64).fill(9),
    extension: new Uint8Array(),
    extensionSignature: new Uint8Array(),
  });
  const ais = [
    { typeUrl: MsgSubmitMisbehaviour.typeUrl, value: MsgSubmitMisbehaviour.fromPartial({ reporter: "ais1reporter", voteA: vote(1), voteB: vote(2) }) },
    { typeUrl: SlashingUpdateParams.typeUrl, value: SlashingUpdateParams.fromPartial({ authority: GOV_AUTHORITY, params: DEFAULT_SLASHING_PARAMS }) },
    { typeUrl: FeesUpdateParams.typeUrl, value: FeesUpdateParams.fromPartial({ authority: GOV_AUTHORITY, params: DEFAULT_FEES_PARAMS }) },
  ];

  it("registers a converter for every AIS message, under the amino name its proto gives", () => {
    const converters = aisAminoConverters();
    for (const [typeUrl] of aisRegistryTypes.filter(([url]) => url.startsWith("/ais.") && /\.Msg[A-Za-z]+$/.test(url) && !url.endsWith("Response"))) {
      expect(converters[typeUrl]?.aminoType, typeUrl).toBe(aminoJson().aminoName(typeUrl.slice(1)));
      expect(converters[typeUrl]?.aminoType, typeUrl).toMatch(/^ais\/[a-z]+\/Msg/);
    }
  });

  it.each(ais.map((m) => [m.typeUrl, m] as const))("%s: cosmjs's AminoTypes sign what the chain verifies, and fromAmino gives the message back", (_url, message) => {
    const types = aisAminoTypes();
    expect(new TextDecoder().decode(cosmjsSignBytes(types, message))).toBe(new TextDecoder().decode(aisSignBytes(message)));
    const back = types.fromAmino(types.toAmino(message));
    expect(registry.encode(back)).toEqual(registry.encode(message));
  });

  it("writes LegacyDec as decimal text and Duration as nanoseconds, as x/tx does", () => {
    const json = JSON.parse(aminoJson().encodeValue("ais.slashing.v1.MsgUpdateParams", registry.encode(ais[1]!))) as { params: Record<string, string> };
    expect(json.params.slash_fraction_double_sign).toBe("0.050000000000000000");
    expect(json.params.downtime_jail_duration).toMatch(/^\d+$/);
  });

  it("agrees with cosmjs's own converters on what wallets sign most (send, delegate, vote, withdraw)", () => {
    const theirs = new AminoTypes(createDefaultAminoConverters());
    const messages = [
      { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: "ais1a", toAddress: "ais1b", amount: [{ denom: "uais", amount: "5" }] } },
      { typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value: MsgDelegate.fromPartial({ delegatorAddress: "ais1a", validatorAddress: "aisvaloper1v", amount: { denom: "uais", amount: "7" } }) },
      { typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate", value: { delegatorAddress: "ais1a", validatorAddress: "aisvaloper1v", amount: { denom: "uais", amount: "7" } } },
      { typeUrl: "/cosmos.gov.v1beta1.MsgVote", value: { proposalId: 3n, voter: "ais1a", option: 1 } },
      { typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", value: { delegatorAddress: "ais1a", validatorAddress: "aisvaloper1v" } },
    ];
    for (const message of messages) {
      const full = { typeUrl: message.typeUrl, value: registry.decode({ typeUrl: message.typeUrl, value: registry.encode(message) }) };
      expect(new TextDecoder().decode(cosmjsSignBytes(theirs, full)), message.typeUrl).toBe(new TextDecoder().decode(aisSignBytes(full)));
    }
  });

  it("covers every registered type that has an amino name", () => {
    const named = allRegistryTypes.filter(([url]) => {
      try {
        return aminoJson().aminoName(url.slice(1)) !== undefined;
      } catch {
        return false;
      }
    });
    expect(Object.keys(aisAminoConverters()).sort()).toEqual(named.map(([url]) => url).sort());
  });
});

describe("amino JSON refuses what it cannot express, with its own errors", () => {
  extendDescriptors(`
    syntax = "proto3";
    package aminotest.v1;
    import "amino/amino.proto";
    import "google/protobuf/timestamp.proto";
    import "google/protobuf/duration.proto";
    message WithMap { map<string, string> labels = 1; }
    message WithFloat { double ratio = 1; }
    message Required { Inner inner = 1 [ (amino.dont_omitempty) = true ]; repeated Inner many = 2 [ (amino.dont_omitempty) = true ]; string note = 3 [ (amino.dont_omitempty) = true ]; }
    message Inner { string text = 1 [ (amino.field_name) = "renamed" ]; }
    message Named { option (amino.name) = "aminotest/Named"; uint64 n = 1; }
    message Unnamed { oneof sum { string a = 1; string b = 2; } }
    message Oneof { oneof sum { string a = 1 [ (amino.oneof_name) = "aminotest/A" ]; uint64 b = 2 [ (amino.oneof_name) = "aminotest/B" ]; } }
    message Times { google.protobuf.Timestamp at = 1; google.protobuf.Duration after = 2; sint64 delta = 3; int32 small = 4; repeated uint64 packed = 5; }
  `);
  const encoder = aminoJson();

  it("refuses maps, floats, a oneof without amino.oneof_name, and unknown type URLs", () => {
    expect(() => encoder.encodeValue("aminotest.v1.WithMap", new Uint8Array())).toThrow(new AminoJsonError("aminotest.v1.WithMap: maps are not supported"));
    expect(() => encoder.encodeValue("aminotest.v1.WithFloat", new Uint8Array())).toThrow(/double, which amino JSON does not encode/);
    expect(() => encoder.encodeValue("aminotest.v1.Unnamed", new Uint8Array())).toThrow(/oneof field a has no amino.oneof_name/);
    expect(() => encoder.encodeAny("/nothing.v1.Nothing", new Uint8Array())).toThrow(new AminoJsonError("no descriptor for nothing.v1.Nothing"));
  });

  it("refuses a dont_omitempty message that is absent (as x/tx does); writes empty lists and strings", () => {
    expect(() => encoder.encodeValue("aminotest.v1.Required", new Uint8Array())).toThrow(/the field inner must be set/);
    expect(encoder.encodeValue("aminotest.v1.Required", Uint8Array.of(0x0a, 0x02, 0x0a, 0x00))).toBe(`{"inner":{},"many":[],"note":""}`);
    expect(encoder.encodeValue("aminotest.v1.Required", Uint8Array.of(0x0a, 0x03, 0x0a, 0x01, 0x78))).toBe(`{"inner":{"renamed":"x"},"many":[],"note":""}`);
  });

  it("refuses malformed protobuf with an AminoJsonError, not an engine error", () => {
    expect(() => encoder.encodeValue("aminotest.v1.Named", Uint8Array.of(0x08, 0xff))).toThrow(AminoJsonError);
    expect(() => encoder.encodeValue("aminotest.v1.Inner", Uint8Array.of(0x0a, 0x05, 0x01))).toThrow(AminoJsonError);
    expect(() => MsgDelegate.decode(Uint8Array.of(0x1a, 0x00)) && encoder.encodeValue("cosmos.staking.v1beta1.MsgDelegate", Uint8Array.of(0x1a, 0x00))).not.toThrow();
    expect(() => encoder.encodeValue("cosmos.staking.v1beta1.MsgDelegate", new Uint8Array())).toThrow(/the field amount must be set/);
  });

  it("wraps named messages and writes oneofs as x/tx does", () => {
    expect(encoder.encodeMessage("aminotest.v1.Named", Uint8Array.of(0x08, 0x05))).toBe(`{"type":"aminotest/Named","value":{"n":"5"}}`);
    expect(encoder.encodeValue("aminotest.v1.Oneof", new Uint8Array())).toBe(`{"Sum":null}`);
    expect(encoder.encodeValue("aminotest.v1.Oneof", Uint8Array.of(0x10, 0x00))).toBe(`{"Sum":{"type":"aminotest/B","value":{"b":"0"}}}`);
    expect(encoder.fromJson("aminotest.v1.Oneof", { Sum: { type: "aminotest/A", value: { a: "x" } } })).toEqual(Uint8Array.of(0x0a, 0x01, 0x78));
  });

  it("writes times as Go's time.Format(RFC3339[Nano]) does, durations as nanoseconds, and reads them back", () => {
    const times = (at: { seconds: bigint; nanos: number }, after = { seconds: 0n, nanos: 0 }) =>
      new Uint8Array(Buffer.concat([Uint8Array.of(0x0a), lengthPrefixed(Timestamp.encode(at).finish()), Uint8Array.of(0x12), lengthPrefixed(Duration.encode(after).finish())]));
    const cases: [bigint, number, string][] = [
      [0n, 0, "1970-01-01T00:00:00Z"],
      [1_700_000_000n, 120_000_000, "2023-11-14T22:13:20.12Z"],
      [-1n, 999_999_999, "1969-12-31T23:59:59.999999999Z"],
      [951_782_400n, 0, "2000-02-29T00:00:00Z"],
      [253_402_300_800n, 0, "10000-01-01T00:00:00Z"],
      [-62_135_596_800n, 0, "0001-01-01T00:00:00Z"],
    ];
    for (const [seconds, nanos, text] of cases) {
      const bytes = times({ seconds, nanos }, { seconds: 86_400n, nanos: 5 });
      const json = encoder.encodeValue("aminotest.v1.Times", bytes);
      expect(json).toBe(`{"after":"86400000000005","at":"${text}"}`);
      if (seconds < 253_402_300_800n) expect(encoder.fromJson("aminotest.v1.Times", JSON.parse(json))).toEqual(bytes);
    }
    expect(() => encoder.encodeValue("aminotest.v1.Times", times({ seconds: 0n, nanos: -1 }))).toThrow(/negative nanos/);
    expect(() => encoder.encodeValue("aminotest.v1.Times", times({ seconds: 0n, nanos: 0 }, { seconds: 9_300_000_000n, nanos: 0 }))).toThrow(/overflows/);
  });

  it("writes signed, zigzag, 32-bit and packed integers as Go does", () => {
    // delta = -3 (zigzag 5), small = -1 (ten-byte varint), packed [1, 300]
    const bytes = Uint8Array.of(0x18, 0x05, 0x20, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x2a, 0x03, 0x01, 0xac, 0x02);
    const json = encoder.encodeValue("aminotest.v1.Times", bytes);
    expect(json).toBe(`{"delta":"-3","packed":["1","300"],"small":-1}`);
    expect(encoder.encodeValue("aminotest.v1.Times", encoder.fromJson("aminotest.v1.Times", JSON.parse(json)))).toBe(json);
  });

  it("escapes strings as Go's encoding/json does (HTML-safe, U+2028 and U+2029)", () => {
    expect(goString(`a<b>&"\\\n\r\t\b\f\u0001\u001f\u2028\u2029☃`)).toBe(`"a\\u003cb\\u003e\\u0026\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u001f\\u2028\\u2029☃"`);
  });

  it("refuses a LegacyDec that is not integer units, and reads decimals back to units", () => {
    const bad = { typeUrl: FeesUpdateParams.typeUrl, value: FeesUpdateParams.fromPartial({ authority: GOV_AUTHORITY, params: { minGasPrices: [{ denom: "uais", amount: "0.5" }] } }) };
    expect(() => aisSignBytes(bad)).toThrow(/"0.5" is not a decimal/);
    expect(() => encoder.fromJson("cosmos.base.v1beta1.DecCoin", { denom: "uais", amount: "1e5" })).toThrow(/is not a decimal/);
  });
});

function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from([bytes.length, ...bytes]);
}

