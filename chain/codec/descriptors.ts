// The .proto descriptors AIS decodes with: ours (proto/), and the Cosmos SDK's and CometBFT's at the
// versions cosmjs-types 0.11 was generated from, brought into .protos/ from their Go modules by
// scripts/install-protos.mjs. Option protos (gogoproto, cosmos_proto, amino, google.api) come from
// the @protobufs npm packages: options do not change the wire format, so their age does not matter.
// Loaded once per process at start-up, before any block: the state machine itself reads no files.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";
import { AminoJsonEncoder } from "./amino-json.js";
import { SchemaRegistry } from "./schema.js";

/** The SDK packages whose messages a transaction may carry (tx, keys, and the modules AIS runs). */
const SDK_PACKAGES = ["auth", "bank", "base", "consensus", "crypto", "distribution", "gov", "slashing", "staking", "tx"] as const;

function projectRoot(): string {
  // chain/codec in the sources, dist/chain/codec once built.
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "proto"))) return dir;
    if (dirname(dir) === dir) throw new Error("cannot find the AIS project folder (with package.json and proto/)");
  }
}

function protoFiles(base: string, dir: string): string[] {
  const files: string[] = [];
  const pending = [join(base, dir)];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const entry of readdirSync(next).sort()) {
      const path = join(next, entry);
      if (statSync(path).isDirectory()) pending.push(path);
      else if (entry.endsWith(".proto")) files.push(relative(base, path));
    }
  }
  return files.sort();
}

/** The .proto files AIS loads and the folders their imports resolve against, in that order. */
export interface ProtoSources {
  includes: string[];
  files: string[];
}

/** The sources in the project folder; throws naming what is missing. */
export function protoSources(root = projectRoot()): ProtoSources {
  const installed = join(root, ".protos");
  const stamp = join(installed, "versions.json");
  if (!existsSync(stamp)) {
    throw new Error(`the Cosmos SDK and CometBFT protos are not installed in ${installed}: run npm run setup (node scripts/install-protos.mjs)`);
  }
  const config = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { config: { cosmosSdkVersion: string; cometbftVersion: string } }).config;
  const versions = JSON.parse(readFileSync(stamp, "utf8")) as Record<string, string>;
  if (versions["github.com/cosmos/cosmos-sdk"] !== config.cosmosSdkVersion || versions["github.com/cometbft/cometbft"] !== `v${config.cometbftVersion}`) {
    throw new Error(`the protos in ${installed} are not the pinned versions: run npm run setup`);
  }
  // Import paths resolve against these folders, in this order (CometBFT's own tendermint/ protos
  // before the copies the SDK carries).
  const includes = [join(root, "proto"), join(installed, "cometbft"), join(installed, "cosmos-sdk"), join(root, "node_modules", "@protobufs")];
  const sdk = join(installed, "cosmos-sdk");
  const files = [...SDK_PACKAGES.flatMap((name) => protoFiles(sdk, join("cosmos", name))), ...protoFiles(join(root, "proto"), "ais")];
  return { includes, files };
}

/** Loads the descriptors from the project folder; throws naming what is missing. */
export function loadDescriptors(root = projectRoot()): protobuf.Root {
  const { includes, files } = protoSources(root);
  const descriptors = new protobuf.Root();
  descriptors.resolvePath = (_origin, target) => includes.map((dir) => join(dir, target)).find((path) => existsSync(path)) ?? target;
  // `//` comments too: the CLI's help is the protos' own documentation.
  descriptors.loadSync(files, { keepCase: true, alternateCommentMode: true });
  descriptors.resolveAll();
  return descriptors;
}

interface Loaded {
  root: protobuf.Root;
  registry: SchemaRegistry;
  amino: AminoJsonEncoder;
}

let loaded: Loaded | undefined;

const load = (root: protobuf.Root): Loaded => ({ root, registry: new SchemaRegistry(root), amino: new AminoJsonEncoder(root) });

function descriptors(): Loaded {
  loaded ??= load(loadDescriptors());
  return loaded;
}

/** The process-wide amino JSON encoder (SIGN_MODE_LEGACY_AMINO_JSON's sign bytes). */
export function aminoJson(): AminoJsonEncoder {
  return descriptors().amino;
}

/** The process-wide schema registry (descriptors are loaded on the first call). */
export function schemas(): SchemaRegistry {
  return descriptors().registry;
}

/** The process-wide descriptors (loaded on the first call): services, their options, every message. */
export function descriptorRoot(): protobuf.Root {
  return descriptors().root;
}

/** Adds messages given as .proto text (modules that exist only in tests declare theirs this way). */
export function extendDescriptors(source: string): void {
  const { root } = descriptors();
  protobuf.parse(source, root, { keepCase: true, alternateCommentMode: true });
  root.resolveAll();
  loaded = load(root); // schemas and plans built before knew nothing of these
}
