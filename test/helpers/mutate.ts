// Structure-aware mutations of protobuf messages at the field level: what an attacker varies when
// crafting transactions (unknown and non-critical fields, groups, wrong wire types, duplicated,
// dropped and reordered fields, edge-case numbers and strings, foreign Any types, deep nesting),
// not only flipped bits.
import type { Random } from "./random.js";
import { messagesOf, serialize, writeVarint, type WireField, type WireMessage } from "./wire-tree.js";

const INTERESTING_VARINTS = [0n, 1n, 2n, 127n, 128n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n + 1n, 2n ** 63n - 1n, 2n ** 64n - 1n];

const utf8 = (text: string) => new TextEncoder().encode(text);

const INTERESTING_STRINGS: readonly Uint8Array[] = [
  utf8(""),
  utf8("0"),
  utf8("-1"),
  utf8("1.5"),
  utf8("0.000000000000000001"),
  utf8("1000000000000000000000000000000000000000000000000000000000000000000000000000000"),
  utf8("18446744073709551616"),
  utf8("1e6"),
  utf8(" 100"),
  utf8("uais"),
  utf8("UAIS"),
  utf8("ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"),
  utf8("AIS1"),
  utf8("aisvaloper1"),
  utf8("ünïcödé ✓ 𝄞"),
  Uint8Array.of(0xff), // not UTF-8
  Uint8Array.of(0xc0, 0x80), // overlong NUL
  Uint8Array.of(0xed, 0xa0, 0x80), // a surrogate
  Uint8Array.of(0xf4, 0x90, 0x80, 0x80), // above U+10FFFF
  Uint8Array.of(0xe2, 0x82), // truncated
];

const FIELD_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 100, 1023, 1024, 1025, 2047, 2048, 2 ** 29 - 1];

function tag(number: number, wire: number): number[] {
  return writeVarint(BigInt(number) * 8n + BigInt(wire));
}

/** `depth` nested groups under field `number` (what overflowed the old recursive skipper). */
export function nestedGroups(number: number, depth: number, closed = true): Uint8Array {
  const open = tag(number, 3);
  const close = tag(number, 4);
  const out: number[] = [];
  for (let i = 0; i < depth; i++) out.push(...open);
  if (closed) for (let i = 0; i < depth; i++) out.push(...close);
  return Uint8Array.from(out);
}

function randomValue(rng: Random, number: number): WireField {
  switch (rng.int(4)) {
    case 0:
      return { number, wire: 0, value: { kind: "varint", value: rng.pick(INTERESTING_VARINTS) } };
    case 1:
      return { number, wire: 1, value: { kind: "fixed64", bytes: rng.bytes(8) } };
    case 2:
      return { number, wire: 5, value: { kind: "fixed32", bytes: rng.bytes(4) } };
    default:
      return { number, wire: 2, value: { kind: "bytes", bytes: rng.int(2) === 0 ? rng.pick(INTERESTING_STRINGS) : rng.bytes(rng.int(40)) } };
  }
}

type Mutation = (message: WireMessage, rng: Random) => boolean;

const mutations: readonly Mutation[] = [
  // drop a field
  (m, rng) => m.fields.length > 0 && (m.fields.splice(rng.int(m.fields.length), 1), true),
  // give a field twice
  (m, rng) => m.fields.length > 0 && (m.fields.push(structuredClone(rng.pick(m.fields))), true),
  // reorder two fields
  (m, rng) => {
    if (m.fields.length < 2) return false;
    const [i, j] = [rng.int(m.fields.length), rng.int(m.fields.length)];
    [m.fields[i], m.fields[j]] = [m.fields[j]!, m.fields[i]!];
    return true;
  },
  // an unknown (or known, wrongly typed) field with some value
  (m, rng) => (m.fields.splice(rng.int(m.fields.length + 1), 0, randomValue(rng, rng.pick(FIELD_NUMBERS))), true),
  // groups: balanced and nested, or left open
  (m, rng) => {
    const bytes = nestedGroups(rng.pick(FIELD_NUMBERS), 1 + rng.int(rng.int(4) === 0 ? 20_000 : 40), rng.int(5) !== 0);
    m.fields.splice(rng.int(m.fields.length + 1), 0, { number: 0, wire: 3, value: { kind: "raw", bytes } });
    return true;
  },
  // change a field's wire type, keeping its number
  (m, rng) => {
    if (m.fields.length === 0) return false;
    const index = rng.int(m.fields.length);
    m.fields[index] = randomValue(rng, m.fields[index]!.number);
    return true;
  },
  // edge-case numbers
  (m, rng) => {
    const varints = m.fields.filter((f) => f.value.kind === "varint");
    if (varints.length === 0) return false;
    rng.pick(varints).value = { kind: "varint", value: rng.pick(INTERESTING_VARINTS) };
    return true;
  },
  // edge-case strings and bytes
  (m, rng) => {
    const lens = m.fields.filter((f) => f.value.kind === "bytes");
    if (lens.length === 0) return false;
    rng.pick(lens).value = { kind: "bytes", bytes: rng.int(8) === 0 ? new Uint8Array(1 + rng.int(5000)).fill(0x61) : rng.pick(INTERESTING_STRINGS) };
    return true;
  },
  // a nested message replaced by other bytes, or cut short
  (m, rng) => {
    const nested = m.fields.filter((f) => f.value.kind === "message");
    if (nested.length === 0) return false;
    const field = rng.pick(nested);
    const bytes = serialize((field.value as { message: WireMessage }).message);
    field.value = { kind: "bytes", bytes: rng.int(2) === 0 ? bytes.subarray(0, rng.int(bytes.length + 1)) : rng.bytes(rng.int(30)) };
    return true;
  },
  // a field number moved to its neighbour
  (m, rng) => {
    if (m.fields.length === 0) return false;
    const field = rng.pick(m.fields);
    field.number = Math.max(1, field.number + (rng.int(2) === 0 ? 1 : -1));
    return true;
  },
  // a message nested inside itself, deeply (recursion through Any and nested messages)
  (m, rng) => {
    const nested = m.fields.filter((f) => f.value.kind === "message");
    if (nested.length === 0) return false;
    const field = rng.pick(nested);
    const inner = (field.value as { message: WireMessage }).message;
    let wrapped = inner;
    for (let i = 0, n = 1 + rng.int(60); i < n; i++) wrapped = { type: inner.type, fields: [...inner.fields, { number: field.number, wire: 2, value: { kind: "message", message: wrapped } }] };
    field.value = { kind: "message", message: wrapped };
    return true;
  },
  // a length prefix that lies
  (m, rng) => {
    const lens = m.fields.filter((f) => f.wire === 2 && f.value.kind !== "raw");
    if (lens.length === 0) return false;
    const field = rng.pick(lens);
    const content = field.value.kind === "message" ? serialize(field.value.message) : (field.value as { bytes: Uint8Array }).bytes;
    const lie = BigInt(content.length) + BigInt(rng.pick([1, 2, 100, 2 ** 31, -1]));
    const bytes = [...tag(field.number, 2), ...writeVarint(lie), ...content];
    m.fields[m.fields.indexOf(field)] = { number: field.number, wire: 2, value: { kind: "raw", bytes: Uint8Array.from(bytes) } };
    return true;
  },
];

/** Another type URL for an Any in the tree (a foreign, unknown or malformed one). */
function retypeAny(root: WireMessage, rng: Random, typeUrls: readonly string[]): boolean {
  const anys = messagesOf(root).filter(({ message }) => message.type === "google.protobuf.Any");
  if (anys.length === 0) return false;
  const any = rng.pick(anys).message;
  const url = any.fields.find((f) => f.number === 1);
  const next = rng.int(4) === 0 ? rng.pick(["", "cosmos.bank.v1beta1.MsgSend", "/", "/google.protobuf.Any", "/ais.nothing.v1.Msg"]) : rng.pick(typeUrls);
  if (url === undefined) any.fields.push({ number: 1, wire: 2, value: { kind: "bytes", bytes: utf8(next) } });
  else url.value = { kind: "bytes", bytes: utf8(next) };
  return true;
}

/**
 * Changes only values, keeping the structure valid: numbers to edge cases, string fields to other
 * well-formed strings (amounts, denoms, addresses) — what reaches the handlers' own checks.
 */
export function mutateValues(root: WireMessage, rng: Random): void {
  const wellFormed = INTERESTING_STRINGS.filter((s) => new TextDecoder("utf-8", { fatal: false }).decode(s).indexOf("\ufffd") < 0);
  const candidates = messagesOf(root).flatMap(({ message }) => message.fields.filter((f) => f.value.kind === "varint" || (f.value.kind === "bytes" && isText(f.value.bytes))));
  if (candidates.length === 0) return;
  for (let i = 0, n = 1 + rng.int(2); i < n; i++) {
    const field = rng.pick(candidates);
    field.value = field.value.kind === "varint" ? { kind: "varint", value: rng.pick(INTERESTING_VARINTS) } : { kind: "bytes", bytes: rng.pick(wellFormed) };
  }
}

/** Printable ASCII: a string field the seed filled in (addresses, amounts, denoms), not raw bytes. */
function isText(bytes: Uint8Array): boolean {
  return bytes.length > 0 && bytes.every((b) => b >= 0x20 && b < 0x7f);
}

/** Applies 1–3 mutations at random places in the tree (in place). */
export function mutateMessage(root: WireMessage, rng: Random, typeUrls: readonly string[]): void {
  for (let applied = 0, wanted = 1 + rng.int(3), tries = 0; applied < wanted && tries < 20; tries++) {
    if (rng.int(8) === 0) {
      if (retypeAny(root, rng, typeUrls)) applied++;
      continue;
    }
    const { message } = rng.pick(messagesOf(root));
    if (rng.pick(mutations)(message, rng)) applied++;
  }
}
