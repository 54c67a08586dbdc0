// Integration tests run the built `aisd` against the real CometBFT, and beside a real wasmd: make
// sure all exist and are current before any test starts (the steps of `npm run setup`, and the
// wasmd build, minutes on a clean machine, done here once rather than inside a test's timeout).
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function setup(): void {
  const root = join(import.meta.dirname, "..");
  execFileSync(process.execPath, [join(root, "scripts/install-cometbft.mjs")], { stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "scripts/install-protos.mjs")], { stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "testnet/peers/wasmd.mjs"), "install"], { stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], {
    stdio: "inherit",
  });
}
