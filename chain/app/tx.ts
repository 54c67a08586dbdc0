// Decoding a Cosmos SDK transaction (TxRaw → TxBody, AuthInfo) and routing its messages. The raw
// body and auth-info bytes are kept: signatures are checked over them, never over a re-encoding.
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { decodeStrict } from "../codec/strict.js";
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

/**
 * Decodes a transaction strictly (chain/codec): unknown fields are refused in TxRaw, AuthInfo and
 * every message (Any contents included), and allowed in TxBody only in the non-critical range.
 */
export function decodeTx(bytes: Uint8Array, registry: ModuleRegistry): DecodedTx {
  if (bytes.length === 0) throw sdkErrors.txDecode.wrap("empty transaction");
  const raw = decodeStrict(TxRaw, bytes);
  // TxRaw is not signed: unknown fields or a reordering would give one transaction many hashes (ADR-027).
  if (!bytesEqual(TxRaw.encode(raw).finish(), bytes)) throw sdkErrors.txDecode.wrap("TxRaw is not canonically encoded");
  const body = decodeStrict(TxBody, raw.bodyBytes, { allowNonCritical: true });
  const authInfo = decodeStrict(AuthInfo, raw.authInfoBytes);
  if (body.messages.length === 0) throw sdkErrors.invalidRequest.wrap("must contain at least one message");
  if (body.messages.length > MAX_MSGS_PER_TX) {
    throw sdkErrors.invalidRequest.wrap(`too many messages: ${body.messages.length} > ${MAX_MSGS_PER_TX}`);
  }
  if (body.extensionOptions.length > 0 || body.nonCriticalExtensionOptions.length > 0) {
    throw sdkErrors.unknownExtensionOptions.wrap("extension options are not supported");
  }
  if (body.unordered) throw sdkErrors.notSupported.wrap("unordered transactions are not supported");
  const msgs = body.messages.map((any, index): RoutedMsg => {
    const route = registry.msgRoute(any.typeUrl);
    if (route === undefined) throw sdkErrors.unknownRequest.wrap(`unrecognized message type ${JSON.stringify(any.typeUrl)} at index ${index}`);
    // The body's scan has checked this value as the message its type URL names.
    const msg: unknown = route.codec.decode(any.value);
    route.validate?.(msg);
    return { typeUrl: any.typeUrl, msg, route };
  });
  return { bytes, hash: sha256(bytes), raw, body, authInfo, msgs };
}
