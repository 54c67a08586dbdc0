// Finding and running the pinned CometBFT binary. `npm run setup` installs it into the project's
// .bin/ (scripts/install-cometbft.mjs); AIS_COMETBFT or PATH may provide it instead.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

const packageJson = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as {
  version: string;
  config: { cometbftVersion: string };
};

export const COMETBFT_VERSION = packageJson.config.cometbftVersion;
export const AIS_VERSION = packageJson.version;

export class CometBFTMissingError extends Error {
  override name = "CometBFTMissingError";
}

function versionOf(binary: string): string | undefined {
  try {
    return execFileSync(binary, ["version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

let resolved: string | undefined;

/** The path of a cometbft binary of the pinned version, or a one-line error saying how to get one. */
export function resolveCometBFT(): string {
  if (resolved !== undefined) return resolved;
  const candidates = [process.env.AIS_COMETBFT, join(projectRoot, ".bin", "cometbft"), "cometbft"].filter(
    (c): c is string => c !== undefined && c !== "",
  );
  const found: string[] = [];
  for (const candidate of candidates) {
    const version = versionOf(candidate);
    if (version === COMETBFT_VERSION) return (resolved = candidate);
    if (version !== undefined) found.push(`${candidate} is ${version}`);
  }
  throw new CometBFTMissingError(
    `CometBFT v${COMETBFT_VERSION} not found${found.length > 0 ? ` (${found.join("; ")})` : ""}: ` +
      `run \`npm run setup\` (needs Go >= 1.22) or set AIS_COMETBFT to a cometbft v${COMETBFT_VERSION} binary`,
  );
}

/** Runs a cometbft subcommand to completion and returns its standard output. */
export function cometbft(args: string[]): string {
  try {
    return execFileSync(resolveCometBFT(), args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? "";
    throw new Error(`cometbft ${args.join(" ")} failed: ${stderr.trim() || (err as Error).message}`);
  }
}
