import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Keyring } from "./keyring.js";

const MNEMONIC = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const home = () => {
  const dir = mkdtempSync(join(tmpdir(), "ais-keyring-"));
  dirs.push(dir);
  return dir;
};

describe("keyring", () => {
  it("seals the mnemonic with the password and opens it only with the same password", async () => {
    const dir = home();
    const keyring = new Keyring(dir, "file", async () => "correct horse battery");
    const info = await keyring.add("alice", MNEMONIC);
    expect(info.address).toBe("ais19rl4cm2hmr8afy4kldpxz3fka4jguq0aa7e005");
    const file = join(dir, "keyring-file", "alice.json");
    expect(readFileSync(file, "utf8")).not.toContain("abandon");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect((await keyring.unlock("alice")).mnemonic).toBe(MNEMONIC);
    await expect(new Keyring(dir, "file", async () => "wrong password").unlock("alice")).rejects.toThrow("wrong keyring password");
  });

  it("refuses weak passwords, duplicate names, duplicate addresses and bad names", async () => {
    await expect(new Keyring(home(), "file", async () => "short").add("a", MNEMONIC)).rejects.toThrow(/at least 8/);
    const keyring = new Keyring(home(), "test", async () => "");
    await keyring.add("a", MNEMONIC);
    await expect(keyring.add("a", MNEMONIC)).rejects.toThrow(/already exists/);
    await expect(keyring.add("b", MNEMONIC)).rejects.toThrow(/already holds/);
    await expect(keyring.add("../x", MNEMONIC)).rejects.toThrow(/invalid key name/);
    await expect(keyring.add("c", "not a mnemonic")).rejects.toThrow(/invalid mnemonic/);
  });

  it("exports and imports records between keyrings of the same backend", async () => {
    const source = new Keyring(home(), "file", async () => "a long password");
    await source.add("alice", MNEMONIC);
    const target = new Keyring(home(), "file", async () => "a long password");
    target.importRecord("alice2", source.exportRecord("alice"));
    expect((await target.unlock("alice2")).address).toBe("ais19rl4cm2hmr8afy4kldpxz3fka4jguq0aa7e005");
    expect(() => new Keyring(home(), "test", async () => "").importRecord("x", source.exportRecord("alice"))).toThrow(/does not match/);
    target.delete("alice2");
    expect(target.list()).toEqual([]);
    expect(() => target.show("alice2")).toThrow(/not found/);
  });
});
