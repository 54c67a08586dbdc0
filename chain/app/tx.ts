// Decoding a Cosmos SDK transaction (TxRaw → TxBody, AuthInfo) and routing its messages. The raw
// body and auth-info bytes are kept: signatures are checked over them, never over a re-encoding.
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { bytesEqual } from "../store/encoding.js";
import { sha256 } from "../store/hash.js";
import { sdkErrors } from "./errors.js";
import type { ModuleRegistry, MsgRoute } from "./module.js";

export interface RoutedMsg {
  typeUrl: string;
  msg: unknown;
  route: MsgRoute<unknown>;
}

export interface DecodedTx {
  bytes: Uint8Array;
  /** SHA-256 of the tx bytes: CometBFT's tx hash. */
  hash: Uint8Array;
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  msgs: RoutedMsg[];
}

/** Messages per transaction: a protocol limit that bounds the work of decoding and routing. */
export const MAX_MSGS_PER_TX = 32;

export function decodeTx(bytes: Uint8Array, registry: ModuleRegistry): DecodedTx {
  if (bytes.length === 0) throw sdkErrors.txDecode.wrap("empty transaction");
  let raw: TxRaw;
  let body: TxBody;
  let authInfo: AuthInfo;
  try {
    raw = TxRaw.decode(bytes);
    body = TxBody.decode(raw.bodyBytes);
    authInfo = AuthInfo.decode(raw.authInfoBytes);
  } catch (err) {
    throw sdkErrors.txDecode.wrap((err as Error).message);
  }
  // TxRaw is not signed: unknown fields or a reordering would give one transaction many hashes.
  if (!bytesEqual(TxRaw.encode(raw).finish(), bytes)) throw sdkErrors.txDecode.wrap("TxRaw is not canonically encoded");
  if (body.messages.length === 0) throw sdkErrors.invalidRequest.wrap("must contain at least one message");
  if (body.messages.length > MAX_MSGS_PER_TX) {
    throw sdkErrors.invalidRequest.wrap(`too many messages: ${body.messages.length} > ${MAX_MSGS_PER_TX}`);
  }
  if (body.extensionOptions.length > 0 || body.nonCriticalExtensionOptions.length > 0) {
    throw sdkErrors.unknownExtensionOptions.wrap("extension options are not supported");
  }
  const msgs = body.messages.map((any, index): RoutedMsg => {
    const route = registry.msgRoute(any.typeUrl);
    if (route === undefined) throw sdkErrors.unknownRequest.wrap(`unrecognized message type ${JSON.stringify(any.typeUrl)} at index ${index}`);
    let msg: unknown;
    try {
      msg = route.codec.decode(any.value);
    } catch (err) {
      throw sdkErrors.txDecode.wrap(`message ${index} (${any.typeUrl}): ${(err as Error).message}`);
    }
    route.validate?.(msg);
    return { typeUrl: any.typeUrl, msg, route };
  });
  return { bytes, hash: sha256(bytes), raw, body, authInfo, msgs };
}
