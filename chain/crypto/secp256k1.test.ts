import { describe, expect, it } from "vitest";
import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import { keyFromMnemonic } from "../node/wallet.js";
import { toBech32 } from "../types/address.js";
import { fromBech32 } from "../types/address.js";
import { highS } from "../../test/helpers/txs.js";
import { signSecp256k1, verifySecp256k1 } from "./secp256k1.js";

const key = keyFromMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
const message = new TextEncoder().encode("sign me");

describe("secp256k1", () => {
  it("derives the address cosmjs derives for the same mnemonic (reference vector)", () => {
    expect(toBech32("cosmos", fromBech32(key.address, "ais"))).toBe("cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0auqdal4");
  });

  it("produces low-S signatures that cosmjs verifies", async () => {
    const signature = signSecp256k1(message, key.privateKey);
    const parsed = Secp256k1Signature.fromFixedLength(signature);
    expect(await Secp256k1.verifySignature(parsed, sha256(message), key.publicKey)).toBe(true);
    expect(verifySecp256k1(signature, message, key.publicKey)).toBe(true);
  });

  it("verifies cosmjs signatures and rejects their high-S twins, other messages and other keys", async () => {
    const cosmjs = await Secp256k1.createSignature(sha256(message), key.privateKey);
    const signature = new Uint8Array([...cosmjs.r(32), ...cosmjs.s(32)]);
    expect(verifySecp256k1(signature, message, key.publicKey)).toBe(true);
    expect(verifySecp256k1(highS(signature), message, key.publicKey)).toBe(false);
    expect(verifySecp256k1(signature, new TextEncoder().encode("other"), key.publicKey)).toBe(false);
    const other = keyFromMnemonic("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong");
    expect(verifySecp256k1(signature, message, other.publicKey)).toBe(false);
    expect(verifySecp256k1(signature, message, new Uint8Array(33).fill(2))).toBe(false);
    expect(verifySecp256k1(signature.subarray(0, 63), message, key.publicKey)).toBe(false);
  });
});
