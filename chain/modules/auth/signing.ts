// The bytes a signer signs, in the two modes AIS accepts, and the signature check itself.
//   SIGN_MODE_DIRECT: the SignDoc of the transaction's raw body and auth-info bytes.
//   SIGN_MODE_LEGACY_AMINO_JSON: the SDK's AminoSignDoc as amino JSON (chain/codec/amino-json.ts),
//   what Ledger and cosmjs's amino signer sign.
// Verdicts are cached by what they depend on, so a transaction checked in CheckTx is not verified
// again in FinalizeBlock.
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { aminoJson } from "../../codec/descriptors.js";
import { goString } from "../../codec/amino-json.js";
import { verifySecp256k1 } from "../../crypto/secp256k1.js";
import { sha256 } from "../../store/hash.js";
import { concat, toHex } from "../../store/encoding.js";

export function signBytes(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  return SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish();
}

/** What SIGN_MODE_LEGACY_AMINO_JSON signs of a transaction, besides the signer's numbers. */
export interface AminoSignable {
  messages: readonly Any[];
  memo: string;
  timeoutHeight: bigint;
  timeoutTimestamp?: Timestamp | undefined;
  unordered?: boolean;
  fee: { amount: readonly Coin[]; gasLimit: bigint; payer: string; granter: string };
}

/**
 * x/tx's AminoSignDoc as amino JSON: keys sorted, timeout_height, payer and granter only when set.
 * Throws AminoJsonError for messages amino JSON cannot express.
 */
export function legacyAminoSignBytes(tx: AminoSignable, chainId: string, accountNumber: bigint, sequence: bigint): Uint8Array {
  const encoder = aminoJson();
  const coins = tx.fee.amount.map((coin) => encoder.encodeMessage("cosmos.base.v1beta1.Coin", Coin.encode(coin).finish()));
  const fee = [`"amount":[${coins.join(",")}]`, `"gas":"${tx.fee.gasLimit}"`];
  if (tx.fee.granter !== "") fee.push(`"granter":${goString(tx.fee.granter)}`);
  if (tx.fee.payer !== "") fee.push(`"payer":${goString(tx.fee.payer)}`);
  const doc = [
    `"account_number":"${accountNumber}"`,
    `"chain_id":${goString(chainId)}`,
    `"fee":{${fee.join(",")}}`,
    `"memo":${goString(tx.memo)}`,
    `"msgs":[${tx.messages.map((m) => encoder.encodeAny(m.typeUrl, m.value)).join(",")}]`,
    `"sequence":"${sequence}"`,
  ];
  if (tx.timeoutHeight !== 0n) doc.push(`"timeout_height":"${tx.timeoutHeight}"`);
  if (tx.timeoutTimestamp !== undefined) {
    doc.push(`"timeout_timestamp":${encoder.encodeMessage("google.protobuf.Timestamp", Timestamp.encode(tx.timeoutTimestamp).finish())}`);
  }
  if (tx.unordered === true) doc.push(`"unordered":true`);
  return new TextEncoder().encode(`{${doc.join(",")}}`);
}

/** Remembers successful verifications (a bounded set of recent ones). Purely a CPU saving. */
export class VerifiedSignatures {
  private recent = new Set<string>();
  private older = new Set<string>();

  constructor(private readonly capacity = 50_000) {}

  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
    const id = toHex(sha256(concat(publicKey, signature, sha256(message))));
    if (this.recent.has(id) || this.older.has(id)) return true;
    if (!verifySecp256k1(signature, message, publicKey)) return false;
    if (this.recent.size >= this.capacity) {
      this.older = this.recent;
      this.recent = new Set();
    }
    this.recent.add(id);
    return true;
  }
}
