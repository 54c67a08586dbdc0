// A minimal module for driving the transaction pipeline in tests: it stores string notes, can be
// told to fail, and answers one query. Messages are protobuf with string fields 1..3.
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { TxBody, AuthInfo, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { AppModule, MessageCodec } from "../../chain/app/module.js";
import { registerError } from "../../chain/app/errors.js";
import { utf8 } from "../../chain/store/encoding.js";
import { extendDescriptors } from "../../chain/codec/descriptors.js";

export const NOTES_STORE = "notes";
export const MSG_PUT_NOTE = "/ais.test.v1.MsgPutNote";
export const errNoteRejected = registerError("notes", 2, "note rejected");

type Strings = string[];

extendDescriptors(`
  syntax = "proto3";
  package ais.test.v1;
  message MsgPutNote { string owner = 1; string key = 2; string value = 3; }
  message QueryNoteRequest { string key = 1; }
  message QueryNoteResponse { string value = 1; }
`);

/** A protobuf message whose fields 1..n are strings. */
function stringsCodec(typeUrl: string, fields: number): MessageCodec<Strings> {
  return {
    typeUrl,
    encode(values) {
      const writer = BinaryWriter.create();
      values.slice(0, fields).forEach((v, i) => v !== "" && writer.uint32(((i + 1) << 3) | 2).string(v));
      return writer;
    },
    decode(bytes) {
      const reader = new BinaryReader(bytes);
      const values: string[] = Array(fields).fill("");
      while (reader.pos < reader.len) {
        const tag = reader.uint32();
        const field = tag >>> 3;
        if (field >= 1 && field <= fields && (tag & 7) === 2) values[field - 1] = reader.string();
        else reader.skipType(tag & 7);
      }
      return values;
    },
  };
}

export const putNoteCodec = stringsCodec(MSG_PUT_NOTE, 3); // [owner, key, value]
const noteRequestCodec = stringsCodec("/ais.test.v1.QueryNoteRequest", 1);
const noteResponseCodec = stringsCodec("/ais.test.v1.QueryNoteResponse", 1);

export function notesModule(): AppModule {
  return {
    name: "notes",
    storeNames: [NOTES_STORE],
    genesis: {
      defaultGenesis: () => ({ notes: [] }),
      validateGenesis(state) {
        const notes = (state as { notes?: unknown }).notes;
        if (!Array.isArray(notes)) throw new Error("notes must be a list");
        for (const n of notes as { key?: unknown; value?: unknown }[]) {
          if (typeof n.key !== "string" || n.key === "" || typeof n.value !== "string" || n.value === "") {
            throw new Error("every note needs a non-empty key and value");
          }
        }
      },
      initGenesis(ctx, state) {
        for (const n of (state as { notes: { key: string; value: string }[] }).notes) {
          ctx.kv(NOTES_STORE).set(utf8.encode(n.key), utf8.encode(n.value));
        }
      },
      exportGenesis(ctx) {
        return { notes: [...ctx.kv(NOTES_STORE).iterate()].map(([k, v]) => ({ key: utf8.decode(k), value: utf8.decode(v) })) };
      },
    },
    msgs: [
      {
        typeUrl: MSG_PUT_NOTE,
        codec: putNoteCodec,
        validate: ([, key]: Strings) => {
          if (key === "") throw errNoteRejected.wrap("empty key");
        },
        signers: ([owner]: Strings) => [owner!],
        handle(ctx, [owner, key, value]: Strings) {
          ctx.kv(NOTES_STORE).set(utf8.encode(key!), utf8.encode(value!));
          if (value === "fail") throw errNoteRejected.wrap(`note ${key} asked to fail`);
          if (value === "bug") throw new Error(`a bug of ours at note ${key}`);
          if (value === "engine") (null as unknown as { field: number }).field; // a TypeError from V8
          ctx.events.emit("note_put", { owner: owner!, key: key! });
          return { typeUrl: "/ais.test.v1.MsgPutNoteResponse", value: new Uint8Array(0) };
        },
      },
    ],
    queries: [
      {
        path: "/ais.test.v1.Query/Note",
        request: noteRequestCodec,
        response: noteResponseCodec,
        handle: (ctx, [key]: Strings) => [utf8.decode(ctx.kv(NOTES_STORE).get(utf8.encode(key!)) ?? new Uint8Array(0))],
      },
    ],
  };
}

export interface NoteTxOptions {
  notes: [key: string, value: string][];
  gasLimit?: bigint;
  memo?: string;
  timeoutHeight?: bigint;
  typeUrl?: string;
}

/** An unsigned TxRaw carrying MsgPutNote messages (signatures arrive with the auth module). */
export function noteTx(options: NoteTxOptions): Uint8Array {
  const body = TxBody.fromPartial({
    messages: options.notes.map(([key, value]) => ({
      typeUrl: options.typeUrl ?? MSG_PUT_NOTE,
      value: putNoteCodec.encode(["owner", key, value]).finish(),
    })),
    memo: options.memo ?? "",
    timeoutHeight: options.timeoutHeight ?? 0n,
  });
  const authInfo = AuthInfo.fromPartial({ fee: { amount: [], gasLimit: options.gasLimit ?? 200_000n } });
  return TxRaw.encode({
    bodyBytes: TxBody.encode(body).finish(),
    authInfoBytes: AuthInfo.encode(authInfo).finish(),
    signatures: [],
  }).finish();
}
