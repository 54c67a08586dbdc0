// Unit tests decode through the Cosmos SDK and CometBFT descriptors: install them first (a no-op
// once .protos/ holds the pinned versions; the same step as in `npm run setup`).
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, "..", "scripts/install-protos.mjs")], { stdio: "inherit" });
}
