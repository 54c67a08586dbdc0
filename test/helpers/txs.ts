// Signed transactions built the way cosmjs builds them (an implementation independent of the
// chain's verifier), with knobs to break each part for bad-input tests.
import { Secp256k1, sha256 } from "@cosmjs/crypto";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, SignDoc, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { makeSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { Registry } from "@cosmjs/proto-signing";
import { AminoTypes, createDefaultAminoConverters, defaultRegistryTypes } from "@cosmjs/stargate";
import type { SigningKey } from "../../chain/client/tx.js";

export interface SignOptions {
  signer: SigningKey;
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
  messages: Any[];
  fee?: Coin[];
  gasLimit?: bigint;
  memo?: string;
  timeoutHeight?: bigint;
  /** Presented public key (default: the signer's). */
  publicKey?: Uint8Array;
  /**
   * Sign mode written into the signer info (default SIGN_MODE_DIRECT). SIGN_MODE_LEGACY_AMINO_JSON
   * signs what cosmjs's amino signer signs (its default converters); other modes sign the SignDoc.
   */
  signMode?: SignMode;
  /** Amino JSON only: the memo put in the signed document when it should differ from the body's. */
  signedMemo?: string;
  /** Post-processing of the 64-byte signature (e.g. to make it high-S or corrupt it). */
  tamperSignature?: (signature: Uint8Array) => Uint8Array;
  /** Omit the signature entirely. */
  unsigned?: boolean;
}

export const SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

export function msgSend(from: string, to: string, amount: Coin[]): Any {
  return { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: from, toAddress: to, amount }).finish() };
}

/** The body and auth info of a transaction, as signTx encodes them. */
export function txParts(options: SignOptions): { bodyBytes: Uint8Array; authInfoBytes: Uint8Array } {
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({ messages: options.messages, memo: options.memo ?? "", timeoutHeight: options.timeoutHeight ?? 0n }),
  ).finish();
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: {
            typeUrl: "/cosmos.crypto.secp256k1.PubKey",
            value: PubKey.encode({ key: options.publicKey ?? options.signer.publicKey }).finish(),
          },
          modeInfo: { single: { mode: options.signMode ?? SignMode.SIGN_MODE_DIRECT } },
          sequence: options.sequence,
        },
      ],
      fee: { amount: options.fee ?? [{ denom: "uais", amount: "5000" }], gasLimit: options.gasLimit ?? 200_000n },
    }),
  ).finish();
  return { bodyBytes, authInfoBytes };
}

/** A SIGN_MODE_DIRECT signature (r ‖ s) over exactly these body and auth-info bytes. */
export async function signParts(signer: SigningKey, chainId: string, accountNumber: bigint, bodyBytes: Uint8Array, authInfoBytes: Uint8Array): Promise<Uint8Array> {
  return signBytes(signer, SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish());
}

async function signBytes(signer: SigningKey, message: Uint8Array): Promise<Uint8Array> {
  const signature = await Secp256k1.createSignature(sha256(message), signer.privateKey);
  return new Uint8Array([...signature.r(32), ...signature.s(32)]);
}

/** What cosmjs's Secp256k1HdWallet signs for these options (SIGN_MODE_LEGACY_AMINO_JSON). */
export function cosmjsAminoSignBytes(options: SignOptions): Uint8Array {
  const registry = new Registry(defaultRegistryTypes);
  const aminoTypes = new AminoTypes(createDefaultAminoConverters());
  const msgs = options.messages.map((m) => aminoTypes.toAmino({ typeUrl: m.typeUrl, value: registry.decode(m) }));
  const fee = { amount: options.fee ?? [{ denom: "uais", amount: "5000" }], gas: `${options.gasLimit ?? 200_000n}` };
  const memo = options.signedMemo ?? options.memo ?? "";
  const timeout = options.timeoutHeight === undefined || options.timeoutHeight === 0n ? undefined : options.timeoutHeight;
  return serializeSignDoc(makeSignDoc(msgs, fee, options.chainId, memo, `${options.accountNumber}`, `${options.sequence}`, timeout));
}

export async function signTx(options: SignOptions): Promise<Uint8Array> {
  const { bodyBytes, authInfoBytes } = txParts(options);
  let bytes =
    options.signMode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON
      ? await signBytes(options.signer, cosmjsAminoSignBytes(options))
      : await signParts(options.signer, options.chainId, options.accountNumber, bodyBytes, authInfoBytes);
  if (options.tamperSignature) bytes = options.tamperSignature(bytes);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: options.unsigned ? [] : [bytes] }).finish();
}

/** The same signature with s replaced by n − s: valid for ECDSA, rejected as malleable. */
export function highS(signature: Uint8Array): Uint8Array {
  const s = BigInt("0x" + Buffer.from(signature.subarray(32)).toString("hex"));
  const flipped = Buffer.from((SECP256K1_ORDER - s).toString(16).padStart(64, "0"), "hex");
  return new Uint8Array([...signature.subarray(0, 32), ...flipped]);
}
