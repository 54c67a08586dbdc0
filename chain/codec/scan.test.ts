// The strict wire scan, rule by rule, against the SDK descriptors it runs with.
import { describe, expect, it } from "vitest";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { Any } from "cosmjs-types/google/protobuf/any";
import { AuthInfo, TxBody } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { AppError } from "../app/errors.js";
import { concat } from "../store/encoding.js";
import { schemas } from "./descriptors.js";
import { MAX_DEPTH, scanMessage } from "./scan.js";
import { decodeStrict } from "./strict.js";
import { isValidUtf8 } from "./utf8.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

function varint(value: bigint): number[] {
  const out: number[] = [];
  do {
    const byte = Number(value & 0x7fn);
    value >>= 7n;
    out.push(value > 0n ? byte | 0x80 : byte);
  } while (value > 0n);
  return out;
}

const tag = (number: number, wire: number) => varint(BigInt(number) * 8n + BigInt(wire));
const len = (number: number, content: Uint8Array) => Uint8Array.from([...tag(number, 2), ...varint(BigInt(content.length)), ...content]);

function refusal(bytes: Uint8Array, type: string, options = {}): string | undefined {
  try {
    scanMessage(bytes, schemas().schema(type)!, schemas(), options);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(2);
    return (err as AppError).log;
  }
}

const send = MsgSend.encode({ fromAddress: "ais1a", toAddress: "ais1b", amount: [{ denom: "uais", amount: "1" }] }).finish();

describe("strict wire scan", () => {
  it("accepts what the generated encoders write, and the decode matches", () => {
    expect(refusal(send, "cosmos.bank.v1beta1.MsgSend")).toBeUndefined();
    expect(decodeStrict(MsgSend, send).toAddress).toBe("ais1b");
    const body = TxBody.encode(TxBody.fromPartial({ messages: [{ typeUrl: MsgSend.typeUrl, value: send }], memo: "hi", timeoutHeight: 5n })).finish();
    expect(refusal(body, "cosmos.tx.v1beta1.TxBody")).toBeUndefined();
  });

  it("refuses unknown fields, allowing non-critical ones only where asked", () => {
    expect(refusal(concat(send, Uint8Array.from([...tag(4, 0), 1])), "cosmos.bank.v1beta1.MsgSend")).toMatch(/MsgSend: unknown field 4/);
    const body = concat(TxBody.encode(TxBody.fromPartial({})).finish(), len(1025, Uint8Array.of(9)));
    expect(refusal(body, "cosmos.tx.v1beta1.TxBody")).toMatch(/unknown field 1025/);
    expect(refusal(body, "cosmos.tx.v1beta1.TxBody", { allowNonCritical: true })).toBeUndefined();
    // Critical (bit 11 clear) stays refused even where non-critical ones pass.
    expect(refusal(concat(body, len(1023 + 2048, Uint8Array.of())), "cosmos.tx.v1beta1.TxBody", { allowNonCritical: true })).toMatch(/unknown field 3071/);
  });

  it("refuses groups, wrong and invalid wire types", () => {
    expect(refusal(Uint8Array.from([...tag(1, 3), ...tag(1, 4)]), "cosmos.bank.v1beta1.MsgSend")).toMatch(/field 1 is a group/);
    const nonCriticalGroup = Uint8Array.from([...tag(1025, 3), ...tag(1025, 4)]);
    expect(refusal(nonCriticalGroup, "cosmos.tx.v1beta1.TxBody", { allowNonCritical: true })).toMatch(/is a group/);
    expect(refusal(Uint8Array.from([...tag(1, 0), 5]), "cosmos.bank.v1beta1.MsgSend")).toMatch(/field 1 \(from_address\) has wire type 0, expected 2/);
    expect(refusal(Uint8Array.from([...tag(1, 6)]), "cosmos.bank.v1beta1.MsgSend")).toMatch(/invalid wire type 6/);
    expect(refusal(Uint8Array.from([0x00, 0x00]), "cosmos.bank.v1beta1.MsgSend")).toMatch(/invalid field number 0/);
  });

  it("refuses a singular field given twice, but not a repeated one", () => {
    expect(refusal(concat(len(1, utf8("a")), len(1, utf8("b"))), "cosmos.bank.v1beta1.MsgSend")).toMatch(/field 1 \(from_address\) is given twice/);
    const coin = len(3, utf8("\n\x04uais\x12\x011"));
    expect(refusal(concat(coin, coin), "cosmos.bank.v1beta1.MsgSend")).toBeUndefined();
  });

  it("accepts packed and unpacked repeated scalars, and refuses a packed one cut mid-value", () => {
    // A repeated uint32: refetch_chunks (field 2) of CometBFT's ResponseApplySnapshotChunk.
    const type = "tendermint.abci.ResponseApplySnapshotChunk";
    expect(schemas().schema(type)?.fields.get(2)).toMatchObject({ repeated: true, wire: 0 });
    expect(refusal(len(2, Uint8Array.of(1, 2, 0x80, 1)), type)).toBeUndefined();
    expect(refusal(Uint8Array.from([...tag(2, 0), 7, ...tag(2, 0), 8]), type)).toBeUndefined();
    expect(refusal(len(2, Uint8Array.of(1, 0x80)), type)).toMatch(/truncated varint/);
  });

  it("refuses truncated and overlong varints and lengths", () => {
    expect(refusal(Uint8Array.from([...tag(1, 2), 5, 0x61]), "cosmos.bank.v1beta1.MsgSend")).toMatch(/length beyond the end/);
    expect(refusal(Uint8Array.from([...tag(1, 2), 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), "cosmos.bank.v1beta1.MsgSend")).toMatch(/length does not fit 32 bits/);
    const timeout = [...tag(3, 0), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02];
    expect(refusal(Uint8Array.from(timeout), "cosmos.tx.v1beta1.TxBody")).toMatch(/varint overflows 64 bits/);
    expect(refusal(Uint8Array.from([...tag(3, 0), 0xff]), "cosmos.tx.v1beta1.TxBody")).toMatch(/truncated varint/);
  });

  it("refuses strings that are not well-formed UTF-8", () => {
    expect(refusal(len(2, Uint8Array.of(0xed, 0xa0, 0x80)), "cosmos.bank.v1beta1.MsgSend")).toMatch(/field 2 \(to_address\) is not valid UTF-8/);
    expect(refusal(len(2, utf8("ünïcödé 𝄞")), "cosmos.bank.v1beta1.MsgSend")).toBeUndefined();
  });

  it("checks an Any's value as the type its URL names, and refuses URLs that name nothing", () => {
    const pubKey = (value: Uint8Array) => Any.encode({ typeUrl: "/cosmos.crypto.secp256k1.PubKey", value }).finish();
    const info = (any: Uint8Array) => len(1, len(1, any));
    const key = PubKey.encode({ key: new Uint8Array(33).fill(2) }).finish();
    expect(refusal(info(pubKey(key)), "cosmos.tx.v1beta1.AuthInfo")).toBeUndefined();
    expect(refusal(info(pubKey(concat(key, Uint8Array.from([...tag(2, 0), 1])))), "cosmos.tx.v1beta1.AuthInfo")).toMatch(/PubKey: unknown field 2/);
    for (const url of ["", "cosmos.crypto.secp256k1.PubKey", "/cosmos.crypto.secp256k1", "/no.such.Type", "/cosmos.crypto.secp256k1.PubKey/x"]) {
      const any = Any.encode({ typeUrl: url, value: key }).finish();
      expect(refusal(info(any), "cosmos.tx.v1beta1.AuthInfo"), url).toMatch(/unable to resolve type URL/);
    }
    expect(AuthInfo.decode(info(pubKey(key))).signerInfos[0]!.publicKey!.typeUrl).toBe("/cosmos.crypto.secp256k1.PubKey");
  });

  it(`refuses messages nested deeper than ${MAX_DEPTH}, without recursing however deep the input`, () => {
    // google.protobuf.DescriptorProto holds itself (field 3, nested_type): 200,000 levels, built
    // from the inside out in one buffer, would overflow any recursive scanner.
    const levels = 200_000;
    const buffer = new Uint8Array(levels * 4);
    let start = buffer.length;
    for (let level = 0; level < levels; level++) {
      const length = varint(BigInt(buffer.length - start));
      buffer.set([...tag(3, 2), ...length], start - 1 - length.length);
      start -= 1 + length.length;
    }
    expect(refusal(buffer.subarray(start), "google.protobuf.DescriptorProto")).toMatch(/nested deeper than 32/);
    expect(refusal(buffer.subarray(buffer.length - 2 * (MAX_DEPTH - 1)), "google.protobuf.DescriptorProto")).toBeUndefined();
  });
});

describe("UTF-8", () => {
  it("follows RFC 3629", () => {
    const valid = [[], [0x7f], [0xc2, 0x80], [0xe0, 0xa0, 0x80], [0xef, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf]];
    const invalid = [[0x80], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xff]];
    for (const bytes of valid) expect(isValidUtf8(Uint8Array.from(bytes)), String(bytes)).toBe(true);
    for (const bytes of invalid) expect(isValidUtf8(Uint8Array.from(bytes)), String(bytes)).toBe(false);
  });
});
