// Account keys from BIP39 mnemonics on the Cosmos HD path m/44'/118'/0'/0/0 — the same addresses
// cosmjs and Keplr derive from the same words.
import { HDKey } from "@scure/bip32";
import { generateMnemonic, mnemonicToSeedSync, validateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english";
import { accString, secp256k1Address } from "../types/address.js";

export const COSMOS_HD_PATH = "m/44'/118'/0'/0/0";

export interface AccountKey {
  mnemonic: string;
  address: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export function newMnemonic(): string {
  return generateMnemonic(wordlist, 256);
}

export function keyFromMnemonic(mnemonic: string, hdPath = COSMOS_HD_PATH): AccountKey {
  if (!validateMnemonic(mnemonic, wordlist)) throw new Error("invalid mnemonic");
  const node = HDKey.fromMasterSeed(mnemonicToSeedSync(mnemonic)).derive(hdPath);
  if (node.privateKey === null || node.publicKey === null) throw new Error("key derivation failed");
  return {
    mnemonic,
    address: accString(secp256k1Address(node.publicKey)),
    publicKey: node.publicKey,
    privateKey: node.privateKey,
  };
}
