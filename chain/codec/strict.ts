// The one way untrusted protobuf enters AIS: the strict wire scan first, then the generated decoder.
// Transactions, the messages inside them, query requests, vote extensions and whatever later modules
// receive from outside decode through here.
import { sdkErrors } from "../app/errors.js";
import type { MessageCodec } from "../app/module.js";
import { schemas } from "./descriptors.js";
import { scanMessage, type ScanOptions } from "./scan.js";

/**
 * Decodes `bytes` with `codec` after the strict scan against the descriptor of the codec's type.
 * Throws a tx-parse AppError (code 2) for anything the scan refuses.
 */
export function decodeStrict<M>(codec: MessageCodec<M>, bytes: Uint8Array, options?: ScanOptions): M {
  const registry = schemas();
  const name = typeName(codec.typeUrl);
  const schema = registry.schema(name);
  if (schema === undefined) throw sdkErrors.txDecode.wrap(`no descriptor for ${name}`);
  scanMessage(bytes, schema, registry, options);
  return codec.decode(bytes);
}

/** The full protobuf name of a type URL ("/cosmos.bank.v1beta1.MsgSend" → "cosmos.bank.v1beta1.MsgSend"). */
export function typeName(typeUrl: string): string {
  return typeUrl.startsWith("/") ? typeUrl.slice(1) : typeUrl;
}
