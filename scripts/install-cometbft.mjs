#!/usr/bin/env node
// Installs the pinned CometBFT into the project-local .bin/ with `go install`, unless a binary of
// the pinned version is already there or on PATH. Every consensus test and `aisd` use that binary.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).config.cometbftVersion;
const local = join(root, ".bin", "cometbft");

function versionOf(binary) {
  try {
    return execFileSync(binary, ["version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

if (versionOf(local) === version) process.exit(0);
if (versionOf("cometbft") === version) process.exit(0);

let goVersion;
try {
  goVersion = execFileSync("go", ["env", "GOVERSION"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
} catch {
  fail(`CometBFT v${version} is required: install Go >= 1.22 (this script then runs go install) or put cometbft v${version} on PATH`);
}

const [major, minor] = goVersion.replace(/^go/, "").split(".").map(Number);
if (major < 1 || (major === 1 && minor < 22)) {
  fail(`CometBFT v${version} needs Go >= 1.22 to build, found ${goVersion}; upgrade Go or put cometbft v${version} on PATH`);
}

mkdirSync(dirname(local), { recursive: true });
console.error(`installing cometbft v${version} into ${dirname(local)} (go install, about a minute)…`);
try {
  execFileSync("go", ["install", `github.com/cometbft/cometbft/cmd/cometbft@v${version}`], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, GOBIN: dirname(local), CGO_ENABLED: "0", GOFLAGS: "-mod=mod" },
  });
} catch {
  fail(`go install github.com/cometbft/cometbft/cmd/cometbft@v${version} failed (see the output above)`);
}
const installed = versionOf(local);
if (!existsSync(local) || installed !== version) {
  fail(`expected cometbft ${version} in ${local}, found ${installed ?? "nothing"}`);
}
