#!/usr/bin/env node
// Brings the .proto sources of the Cosmos SDK and CometBFT versions AIS speaks (the ones cosmjs-types
// 0.11 was generated from) out of their Go modules into the project-local .protos/, unless they are
// already there. The app loads them at run time (chain/codec/descriptors.ts) to decode strictly;
// nothing upstream is committed. The npm packages that ship cosmos protos stop at SDK 0.46/0.47.
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const config = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).config;
/** Go module → the folder of its .proto files, copied to .protos/<name>. */
const modules = [
  { name: "cosmos-sdk", module: "github.com/cosmos/cosmos-sdk", version: config.cosmosSdkVersion, protoDir: "proto" },
  { name: "cometbft", module: "github.com/cometbft/cometbft", version: `v${config.cometbftVersion}`, protoDir: "proto" },
];
const target = join(root, ".protos");
const stamp = join(target, "versions.json");
const wanted = JSON.stringify(Object.fromEntries(modules.map((m) => [m.module, m.version])));

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) process.exit(0);

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const { name, module, version, protoDir } of modules) {
  let info;
  try {
    const out = execFileSync("go", ["mod", "download", "-json", `${module}@${version}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, GOFLAGS: "-mod=mod" },
    });
    info = JSON.parse(out);
  } catch {
    fail(`the protos of ${module}@${version} come from its Go module: install Go >= 1.22 (go mod download failed, see above)`);
  }
  if (info.Error !== undefined || typeof info.Dir !== "string") fail(`go mod download ${module}@${version}: ${info.Error ?? "no directory"}`);
  cpSync(join(info.Dir, protoDir), join(target, name), { recursive: true });
}
makeWritable(target);
writeFileSync(stamp, wanted);

/** The Go module cache is read-only; the copies must be removable by the next install. */
function makeWritable(path) {
  const mode = statSync(path).mode;
  chmodSync(path, mode | 0o200);
  if ((mode & 0o170000) === 0o040000) for (const entry of readdirSync(path)) makeWritable(join(path, entry));
}
