#!/usr/bin/env node
// A wasmd node (a stock Cosmos SDK chain, built from CosmWasm/wasmd's Go module) to test AIS
// against: what a real SDK chain answers over CometBFT RPC, REST and gRPC is the reference.
//
//   node testnet/peers/wasmd.mjs install     build (or reuse) .bin/wasmd and print its path
//   npm run peer:wasmd -- --home DIR --rpc-port N [--chain-id wasmd-test-1]
//                         [--rest-port N+1] [--grpc-port N+2] [--p2p-port N+3]
// A home without genesis is initialised first (funded test keys in DIR/test-keys.json); a home
// with one is resumed. Everything listens on 127.0.0.1; the node runs in the foreground.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).config.wasmdVersion;
const module = "github.com/CosmWasm/wasmd";
/** The machine's Go 1.26 cannot build wasmd's bytedance/sonic v1.14.2; the go command fetches this one itself. */
const toolchain = "go1.25.7";
const binary = join(root, ".bin", "wasmd");
const stamp = join(root, ".bin", "wasmd.version");

/** Test keys created in a fresh home; each gets BALANCE in genesis, the validator bonds SELF_BOND. */
const KEYS = ["validator", "user1", "user2"];
const FEE_DENOM = "ucosm";
const BALANCE = `1000000000000stake,1000000000000${FEE_DENOM}`;
const SELF_BOND = "100000000stake";

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

function tail(text, lines = 30) {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

// ---------------------------------------------------------------------------------------------
// install

async function install() {
  if (typeof version !== "string" || !/^v\d+\.\d+\.\d+/.test(version)) fail("package.json config.wasmdVersion is missing or not a version like v0.61.14");
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === version && runs(binary)) return binary;

  const go = spawnSync("go", ["env", "GOVERSION"], { encoding: "utf8" });
  if (go.error !== undefined || go.status !== 0) fail(`wasmd ${version} is built from source: install Go (>= 1.22, with a C compiler for cgo); \`go env GOVERSION\` failed`);

  const download = spawnSync("go", ["mod", "download", "-json", `${module}@${version}`], { encoding: "utf8", maxBuffer: 16 << 20, env: { ...process.env, GOFLAGS: "-mod=mod" } });
  let info;
  try {
    info = JSON.parse(download.stdout);
  } catch {
    fail(`go mod download ${module}@${version} failed:\n${tail(`${download.stdout ?? ""}${download.stderr ?? ""}`)}`);
  }
  if (info.Error !== undefined || typeof info.Dir !== "string") fail(`go mod download ${module}@${version}: ${info.Error ?? "no directory in its answer"}`);

  // The module cache is read-only: build in a writable copy outside the project, removed afterwards.
  const work = mkdtempSync(join(tmpdir(), "wasmd-build-"));
  const partial = `${binary}.partial-${process.pid}`;
  // process.exit skips `finally`: note failures and signals, clean up, then report.
  let failure;
  let build;
  const onSignal = (signal) => {
    failure = `the build of wasmd ${version} was interrupted (${signal})`;
    try {
      if (build?.pid !== undefined) process.kill(-build.pid, "SIGTERM"); // go and its compilers
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  try {
    const source = join(work, "wasmd");
    cpSync(info.Dir, source, { recursive: true });
    makeWritable(source);
    mkdirSync(dirname(binary), { recursive: true });
    const ldflags = [
      "-checklinkname=0", // as wasmd's Makefile: sonic's go:linkname into the runtime
      "-X github.com/cosmos/cosmos-sdk/version.Name=wasm",
      "-X github.com/cosmos/cosmos-sdk/version.AppName=wasmd",
      `-X github.com/cosmos/cosmos-sdk/version.Version=${version.replace(/^v/, "")}`,
      "-X github.com/cosmos/cosmos-sdk/version.BuildTags=netgo",
    ].join(" ");
    console.error(`building wasmd ${version} into ${dirname(binary)} (go build with ${toolchain}, 3–8 minutes the first time)…`);
    const started = Date.now();
    // Asynchronous and in its own process group, so that a signal to this script stops the build.
    build = spawn("go", ["build", "-mod=readonly", "-tags", "netgo", "-trimpath", "-ldflags", ldflags, "-o", partial, "./cmd/wasmd"], {
      cwd: source,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      // CGO is required: wasmvm links the prebuilt libwasmvm shared library that ships in its Go module.
      env: { ...process.env, GOTOOLCHAIN: toolchain, CGO_ENABLED: "1", GOFLAGS: "-buildvcs=false" },
    });
    let output = "";
    build.stdout.on("data", (d) => (output = (output + d).slice(-65536)));
    build.stderr.on("data", (d) => (output = (output + d).slice(-65536)));
    const result = await new Promise((resolve) => {
      build.once("error", (error) => resolve({ error }));
      build.once("close", (status, signal) => resolve({ status, signal }));
    });
    if (failure !== undefined) {
      // interrupted
    } else if (result.error !== undefined || result.status !== 0) {
      const why = result.error ? ` (${result.error.message})` : result.signal ? ` (${result.signal})` : "";
      failure = `go build ./cmd/wasmd of ${module}@${version} failed${why}:\n${tail(output)}`;
    } else {
      renameSync(partial, binary);
      console.error(`built wasmd ${version} in ${Math.round((Date.now() - started) / 1000)}s`);
    }
  } catch (err) {
    failure = `building wasmd ${version} in ${work} failed: ${err.message}`;
  } finally {
    rmSync(partial, { force: true });
    makeWritable(work);
    rmSync(work, { recursive: true, force: true });
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  }
  if (failure !== undefined) fail(failure);
  if (!runs(binary)) fail(`the freshly built ${binary} does not run (\`wasmd version\` failed)`);
  writeFileSync(stamp, `${version}\n`);
  return binary;
}

/** The binary links libwasmvm from the Go module cache: a cleaned cache makes it unusable, so check. */
function runs(path) {
  const result = spawnSync(path, ["version"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return result.status === 0;
}

function makeWritable(path) {
  const mode = statSync(path).mode;
  chmodSync(path, mode | 0o200);
  if ((mode & 0o170000) === 0o040000) for (const entry of readdirSync(path)) makeWritable(join(path, entry));
}

// ---------------------------------------------------------------------------------------------
// start

function port(name, value, fallback) {
  if (value === undefined) {
    if (fallback === undefined) fail(`--${name} is required`);
    if (fallback > 65535) fail(`--${name} defaults to ${fallback}, which is not a port: give --${name} or a lower --rpc-port`);
    return fallback;
  }
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) fail(`--${name} must be a port number 1–65535, got "${value}"`);
  return Number(value);
}

/** Runs a wasmd subcommand to completion; returns its stdout, fails with its output otherwise. */
function wasmd(args, home) {
  const result = spawnSync(binary, [...args, "--home", home], { encoding: "utf8", maxBuffer: 16 << 20, stdio: ["ignore", "pipe", "pipe"] });
  if (result.error !== undefined || result.status !== 0) fail(`wasmd ${args.join(" ")} failed:\n${tail(`${result.stdout ?? ""}${result.stderr ?? ""}`)}`);
  return result.stdout;
}

function initHome(home, chainId) {
  wasmd(["init", "wasmd-peer", "--chain-id", chainId, "--default-denom", "stake"], home);
  const keys = [];
  for (const name of KEYS) {
    const out = JSON.parse(wasmd(["keys", "add", name, "--keyring-backend", "test", "--output", "json"], home));
    if (typeof out.address !== "string" || typeof out.mnemonic !== "string") fail(`wasmd keys add ${name} gave no address/mnemonic`);
    keys.push({ name, address: out.address, mnemonic: out.mnemonic });
    wasmd(["genesis", "add-genesis-account", out.address, BALANCE], home);
  }
  wasmd(["genesis", "gentx", "validator", SELF_BOND, "--chain-id", chainId, "--keyring-backend", "test"], home);
  wasmd(["genesis", "collect-gentxs"], home);
  wasmd(["genesis", "validate"], home);
  writeFileSync(join(home, "test-keys.json"), `${JSON.stringify(keys, null, 2)}\n`);
}

/** Sets `key = value` in `[section]` (or at the top when section is "") of a TOML file wasmd wrote. */
function setToml(text, section, key, value) {
  const lines = text.split("\n");
  let current = "";
  for (let i = 0; i < lines.length; i++) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(lines[i]);
    if (header) current = header[1].trim();
    else if (current === section && new RegExp(`^\\s*${key.replace(/[.-]/g, "\\$&")}\\s*=`).test(lines[i])) {
      lines[i] = `${key} = ${JSON.stringify(value)}`;
      return lines.join("\n");
    }
  }
  fail(`no ${key} in [${section}] of a wasmd config file; has wasmd ${version} changed its layout?`);
}

function editToml(path, settings) {
  let text = readFileSync(path, "utf8");
  for (const [section, key, value] of settings) text = setToml(text, section, key, value);
  writeFileSync(path, text);
}

async function start(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        home: { type: "string" },
        "rpc-port": { type: "string" },
        "rest-port": { type: "string" },
        "grpc-port": { type: "string" },
        "p2p-port": { type: "string" },
        "chain-id": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    fail(`${err.message}\nusage: node testnet/peers/wasmd.mjs [install] | --home DIR --rpc-port N [--chain-id ID] [--rest-port N] [--grpc-port N] [--p2p-port N]`);
  }
  if (values.home === undefined || values.home === "") fail("--home DIR is required");
  const home = resolve(values.home);
  const rpc = port("rpc-port", values["rpc-port"]);
  const ports = { rpc, rest: port("rest-port", values["rest-port"], rpc + 1), grpc: port("grpc-port", values["grpc-port"], rpc + 2), p2p: port("p2p-port", values["p2p-port"], rpc + 3) };
  if (new Set(Object.values(ports)).size !== 4) fail(`the rpc, rest, grpc and p2p ports must differ, got ${JSON.stringify(ports)}`);

  await install();
  const genesisPath = join(home, "config", "genesis.json");
  let chainId = values["chain-id"] ?? "wasmd-test-1";
  if (existsSync(genesisPath)) {
    const existing = JSON.parse(readFileSync(genesisPath, "utf8")).chain_id;
    if (values["chain-id"] !== undefined && values["chain-id"] !== existing) fail(`${home} holds chain ${existing}, not ${values["chain-id"]}; use another --home`);
    chainId = existing;
  } else {
    mkdirSync(home, { recursive: true });
    console.error(`initialising ${home} for chain ${chainId}…`);
    initHome(home, chainId);
  }

  // Ports are written on every start, so a resumed home may move to other ports.
  editToml(join(home, "config", "config.toml"), [
    ["rpc", "laddr", `tcp://127.0.0.1:${ports.rpc}`],
    ["rpc", "pprof_laddr", ""],
    ["p2p", "laddr", `tcp://127.0.0.1:${ports.p2p}`],
    ["p2p", "addr_book_strict", false],
    ["consensus", "timeout_commit", "300ms"],
    ["instrumentation", "prometheus", false],
  ]);
  editToml(join(home, "config", "app.toml"), [
    ["", "minimum-gas-prices", "0stake"],
    ["api", "enable", true],
    ["api", "address", `tcp://127.0.0.1:${ports.rest}`],
    ["grpc", "enable", true],
    ["grpc", "address", `127.0.0.1:${ports.grpc}`],
  ]);
  writeFileSync(join(home, "config", "client.toml"), setToml(setToml(readFileSync(join(home, "config", "client.toml"), "utf8"), "", "chain-id", chainId), "", "node", `tcp://127.0.0.1:${ports.rpc}`));

  console.log(
    [
      `wasmd ${version} peer`,
      `  chain-id  ${chainId}`,
      `  rpc       http://127.0.0.1:${ports.rpc}`,
      `  rest      http://127.0.0.1:${ports.rest}`,
      `  grpc      127.0.0.1:${ports.grpc}`,
      `  p2p       tcp://127.0.0.1:${ports.p2p}`,
      `  home      ${home}`,
      `  keys      ${join(home, "test-keys.json")}`,
    ].join("\n"),
  );

  const child = spawn(binary, ["start", "--home", home, ...(process.stdout.isTTY ? [] : ["--log_no_color"])], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("error", (err) => fail(`could not start ${binary}: ${err.message}`));
  child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1)));
}

const [command, ...rest] = process.argv.slice(2);
if (command === "install") {
  if (rest.length > 0) fail(`install takes no arguments, got ${rest.join(" ")}`);
  console.log(await install());
} else if (command === "start") {
  await start(rest);
} else {
  await start(process.argv.slice(2));
}
