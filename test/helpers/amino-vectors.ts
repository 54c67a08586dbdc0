// Checks a SIGN_MODE_LEGACY_AMINO_JSON vector recorded from the SDK (scripts/record-amino-vectors.mjs):
// the signature the SDK made must verify over the sign bytes AIS computes for the same transaction.
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { verifySecp256k1 } from "../../chain/crypto/secp256k1.js";
import { legacyAminoSignBytes } from "../../chain/modules/auth/signing.js";

export interface AminoVectorSigner {
  chain_id: string;
  account_number: string;
  sequence: string;
}

export interface AminoVector {
  name: string;
  /** The signed TxRaw, base64. */
  tx: string;
  /** The sign doc AIS computed when the vector was recorded (for reading, and to notice changes). */
  sign_doc?: string;
}

export function verifyAminoVector(signer: AminoVectorSigner, vector: AminoVector): { verified: boolean; signDoc: string } {
  const raw = TxRaw.decode(Buffer.from(vector.tx, "base64"));
  const body = TxBody.decode(raw.bodyBytes);
  const authInfo = AuthInfo.decode(raw.authInfoBytes);
  const fee = authInfo.fee!;
  const bytes = legacyAminoSignBytes(
    { ...body, fee: { amount: fee.amount, gasLimit: fee.gasLimit, payer: fee.payer, granter: fee.granter } },
    signer.chain_id,
    BigInt(signer.account_number),
    BigInt(signer.sequence),
  );
  const publicKey = PubKey.decode(authInfo.signerInfos[0]!.publicKey!.value).key;
  return { verified: verifySecp256k1(raw.signatures[0]!, bytes, publicKey), signDoc: new TextDecoder().decode(bytes) };
}
