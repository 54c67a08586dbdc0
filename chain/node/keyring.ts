// The operator's keys, one JSON file per key under <home>/keyring-<backend>/, shaped after the
// SDK's keyring backends: "file" encrypts each mnemonic with a password (scrypt + AES-256-GCM),
// "test" stores it in the clear for throwaway devnets.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { keyFromMnemonic, COSMOS_HD_PATH, type AccountKey } from "./wallet.js";

export type KeyringBackend = "file" | "test";

const SCRYPT = { N: 1 << 15, r: 8, p: 1, keyLength: 32 } as const;

interface Sealed {
  kdf: "scrypt";
  kdfparams: { n: number; r: number; p: number; salt: string };
  cipher: "aes-256-gcm";
  iv: string;
  ciphertext: string;
  tag: string;
}

export interface KeyRecord {
  name: string;
  type: "local";
  address: string;
  /** Base64 compressed secp256k1 public key. */
  pubkey: string;
  hd_path: string;
  /** Present with the "test" backend only. */
  mnemonic?: string;
  /** Present with the "file" backend only. */
  crypto?: Sealed;
}

export interface KeyInfo {
  name: string;
  type: "local";
  address: string;
  pubkey: string;
}

const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export class Keyring {
  readonly dir: string;

  constructor(
    home: string,
    readonly backend: KeyringBackend,
    /** Asked only when a "file" key must be sealed or opened. */
    private readonly password: () => Promise<string>,
  ) {
    this.dir = join(home, `keyring-${backend}`);
  }

  list(): KeyInfo[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => info(this.read(f.slice(0, -5))));
  }

  show(name: string): KeyInfo {
    return info(this.read(name));
  }

  /** Adds a key from a mnemonic; refuses to overwrite a name or store one address twice. */
  async add(name: string, mnemonic: string): Promise<KeyInfo> {
    if (!NAME.test(name)) throw new Error(`invalid key name ${JSON.stringify(name)} (letters, digits, _ . -)`);
    if (existsSync(this.file(name))) throw new Error(`a key named ${name} already exists`);
    const key = keyFromMnemonic(mnemonic.trim().split(/\s+/).join(" "));
    const duplicate = this.list().find((k) => k.address === key.address);
    if (duplicate !== undefined) throw new Error(`the key ${duplicate.name} already holds ${key.address}`);
    const record: KeyRecord = {
      name,
      type: "local",
      address: key.address,
      pubkey: Buffer.from(key.publicKey).toString("base64"),
      hd_path: COSMOS_HD_PATH,
      ...(this.backend === "test" ? { mnemonic: key.mnemonic } : { crypto: seal(key.mnemonic, await this.password()) }),
    };
    this.write(record);
    return info(record);
  }

  /** The key's secret material (asks for the password with the "file" backend). */
  async unlock(name: string): Promise<AccountKey> {
    const record = this.read(name);
    if (record.mnemonic !== undefined) return keyFromMnemonic(record.mnemonic, record.hd_path);
    if (record.crypto === undefined) throw new Error(`key ${name} holds no secret`);
    return keyFromMnemonic(open(record.crypto, await this.password()), record.hd_path);
  }

  /** The stored record, to move a key to another keyring (still sealed with the "file" backend). */
  exportRecord(name: string): KeyRecord {
    return this.read(name);
  }

  importRecord(name: string, record: KeyRecord): KeyInfo {
    if (!NAME.test(name)) throw new Error(`invalid key name ${JSON.stringify(name)}`);
    if (existsSync(this.file(name))) throw new Error(`a key named ${name} already exists`);
    if ((record.crypto === undefined) === (this.backend === "file")) {
      throw new Error(`the record's format does not match the ${this.backend} backend`);
    }
    const imported = { ...record, name };
    this.write(imported);
    return info(imported);
  }

  delete(name: string): void {
    this.read(name);
    rmSync(this.file(name));
  }

  private file(name: string): string {
    return join(this.dir, `${name}.json`);
  }

  private read(name: string): KeyRecord {
    if (!NAME.test(name) || !existsSync(this.file(name))) throw new Error(`key ${name} not found in ${this.dir}`);
    return JSON.parse(readFileSync(this.file(name), "utf8")) as KeyRecord;
  }

  private write(record: KeyRecord): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    writeFileSync(this.file(record.name), JSON.stringify(record, null, 2) + "\n", { mode: 0o600 });
  }
}

function info(record: KeyRecord): KeyInfo {
  return { name: record.name, type: record.type, address: record.address, pubkey: record.pubkey };
}

function seal(secret: string, password: string): Sealed {
  if (password.length < 8) throw new Error("the keyring password must have at least 8 characters");
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = scryptSync(password, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem: 64 * 1024 * 1024 });
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return {
    kdf: "scrypt",
    kdfparams: { n: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: salt.toString("base64") },
    cipher: "aes-256-gcm",
    iv: iv.toString("base64"),
    ciphertext: ciphertext.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
  };
}

function open(sealed: Sealed, password: string): string {
  const { n, r, p, salt } = sealed.kdfparams;
  const key = scryptSync(password, Buffer.from(salt, "base64"), SCRYPT.keyLength, { N: n, r, p, maxmem: 256 * 1024 * 1024 });
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv, "base64"));
  decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("wrong keyring password");
  }
}
