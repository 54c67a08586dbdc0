// Integration tests run the built `aisd` against the real CometBFT: make sure both exist and are
// current before any test starts (the same steps as `npm run setup`).
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function setup(): void {
  const root = join(import.meta.dirname, "..");
  execFileSync(process.execPath, [join(root, "scripts/install-cometbft.mjs")], { stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "scripts/install-protos.mjs")], { stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], {
    stdio: "inherit",
  });
}
