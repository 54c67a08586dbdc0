import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fromHex, toHex, utf8 } from "./encoding.js";
import { hashInner, hashLeaf } from "./node.js";
import { EMPTY_HASH } from "./hash.js";
import { appHash } from "./commit-info.js";

// Vectors from ../shared/reference/ibc-store.md §1.1 and §2.2 (checked there against Go iavl).
describe("IAVL node hashing", () => {
  it("hashes leaves as cosmos/iavl writeHashBytes does", () => {
    expect(toHex(hashLeaf(utf8.encode("a"), utf8.encode("1"), 1))).toBe(
      "bbe33cd0a785b97b9fb1f964aa71159dacd9e0ade84df7403dc0f9dc24818404",
    );
    expect(toHex(hashLeaf(utf8.encode("b"), utf8.encode("2"), 1))).toBe(
      "33865dc40cf30b37d7125737a8ea8285e3e6bb7ae2fe836b7dd6b0f95f85b70c",
    );
  });

  it("hashes inner nodes over their children", () => {
    const a = hashLeaf(utf8.encode("a"), utf8.encode("1"), 1);
    const b = hashLeaf(utf8.encode("b"), utf8.encode("2"), 1);
    expect(toHex(hashInner(1, 2, 1, a, b))).toBe("94b037ab65e50f94eb827902a873ee796cb04e3c9ad38c9860d84cbad668a9e7");
  });

  it("uses sha256 of nothing as the empty root", () => {
    expect(toHex(EMPTY_HASH)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("encodes versions beyond one varint byte", () => {
    // version 300 → zig-zag 600 → uvarint d8 04
    const h1 = hashLeaf(utf8.encode("k"), utf8.encode("v"), 300);
    const h2 = hashLeaf(utf8.encode("k"), utf8.encode("v"), 301);
    expect(toHex(h1)).not.toBe(toHex(h2));
  });
});

describe("multistore app hash", () => {
  const sha = (hex: string) => createHash("sha256").update(Buffer.from(hex, "hex")).digest("hex");
  const root = (byte: string) => byte.repeat(32);
  // KVPair bytes: uvarint(len name) ‖ name ‖ 0x20 ‖ sha256(root); leaf = sha256(0x00 ‖ kv); inner = sha256(0x01 ‖ l ‖ r)
  const leaf = (name: string, rootHex: string) =>
    sha("00" + Buffer.from([name.length]).toString("hex") + Buffer.from(name).toString("hex") + "20" + sha(rootHex));

  it("is the CometBFT leaf of the only store", () => {
    const hash = appHash({ version: 1, stores: [{ name: "ibc", hash: fromHex(root("ab")) }] });
    expect(toHex(hash)).toBe(leaf("ibc", root("ab")));
  });

  it("splits three stores at the largest power of two below the count", () => {
    const stores = [
      { name: "acc", hash: fromHex(root("01")) },
      { name: "bank", hash: fromHex(root("02")) },
      { name: "ibc", hash: fromHex(root("03")) },
    ];
    const left = sha("01" + leaf("acc", root("01")) + leaf("bank", root("02")));
    expect(toHex(appHash({ version: 7, stores }))).toBe(sha("01" + left + leaf("ibc", root("03"))));
  });
});
