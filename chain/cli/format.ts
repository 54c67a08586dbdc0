// How aisd prints things.

/** CometBFT's amino JSON of an ed25519 key → the SDK's proto JSON (what `simd tendermint show-validator` prints). */
export function toBase64Ed25519Json(pubKey: { type: string; value: string }): string {
  if (pubKey.type !== "tendermint/PubKeyEd25519") throw new Error(`unsupported consensus key type ${pubKey.type}`);
  return JSON.stringify({ "@type": "/cosmos.crypto.ed25519.PubKey", key: pubKey.value });
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}
