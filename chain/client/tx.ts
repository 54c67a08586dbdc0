// Building, signing and broadcasting a transaction, as cosmjs does, for the CLI and benchmarks:
// SIGN_MODE_DIRECT, or SIGN_MODE_LEGACY_AMINO_JSON over the same sign bytes the chain verifies.
// Signatures are low-S (libsecp256k1 normalizes them).
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { legacyAminoSignBytes, signBytes } from "../modules/auth/signing.js";
import { signSecp256k1 } from "../crypto/secp256k1.js";
import type { CometClient } from "./comet.js";
import { abciQuery } from "./query.js";

export interface SigningKey {
  address: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export interface UnsignedTx {
  messages: Any[];
  memo?: string;
  fee: Coin[];
  gasLimit: bigint;
}

export type SignModeName = "direct" | "amino-json";

export function signTx(
  tx: UnsignedTx,
  key: SigningKey,
  signer: { chainId: string; accountNumber: bigint; sequence: bigint },
  mode: SignModeName = "direct",
): Uint8Array {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: tx.messages, memo: tx.memo ?? "" })).finish();
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: PubKey.encode({ key: key.publicKey }).finish() },
          modeInfo: { single: { mode: mode === "direct" ? SignMode.SIGN_MODE_DIRECT : SignMode.SIGN_MODE_LEGACY_AMINO_JSON } },
          sequence: signer.sequence,
        },
      ],
      fee: { amount: tx.fee, gasLimit: tx.gasLimit },
    }),
  ).finish();
  const signed =
    mode === "direct"
      ? signBytes(bodyBytes, authInfoBytes, signer.chainId, signer.accountNumber)
      : legacyAminoSignBytes(
          { messages: tx.messages, memo: tx.memo ?? "", timeoutHeight: 0n, fee: { amount: tx.fee, gasLimit: tx.gasLimit, payer: "", granter: "" } },
          signer.chainId,
          signer.accountNumber,
          signer.sequence,
        );
  const signature = signSecp256k1(signed, key.privateKey);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}

/** Account number and sequence of an existing base account. */
export async function accountOf(comet: CometClient, address: string): Promise<{ accountNumber: bigint; sequence: bigint }> {
  const response = await abciQuery(comet, "/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest, { address }, QueryAccountResponse);
  if (response.account?.typeUrl !== "/cosmos.auth.v1beta1.BaseAccount") throw new Error(`${address} is not a base account`);
  const account = BaseAccount.decode(response.account.value);
  return { accountNumber: account.accountNumber, sequence: account.sequence };
}

/** Gas a transaction uses, by simulation (signatures are not checked). */
export async function simulateGas(comet: CometClient, tx: Omit<UnsignedTx, "fee" | "gasLimit">, key: SigningKey, sequence: bigint): Promise<bigint> {
  const bytes = signTx({ ...tx, fee: [], gasLimit: 0n }, key, { chainId: "", accountNumber: 0n, sequence });
  const response = await abciQuery(comet, "/cosmos.tx.v1beta1.Service/Simulate", SimulateRequest, { txBytes: bytes }, SimulateResponse);
  return response.gasInfo?.gasUsed ?? 0n;
}

export interface BroadcastResult {
  code: number;
  codespace: string;
  log: string;
  hash: string;
}

export async function broadcastSync(comet: CometClient, tx: Uint8Array): Promise<BroadcastResult> {
  return comet.call<BroadcastResult>("broadcast_tx_sync", { tx: Buffer.from(tx).toString("base64") });
}
