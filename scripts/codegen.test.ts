// codegen/ must be what `npm run codegen` makes of proto/ today.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("codegen", () => {
  it("is up to date with proto/", () => {
    const out = mkdtempSync(join(tmpdir(), "ais-codegen-"));
    try {
      // Telescope writes "@latest" instead of its version into headers when NODE_ENV is "test".
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_ENV" && !k.startsWith("VITEST")));
      execFileSync(process.execPath, [join(root, "scripts/codegen.mjs"), "--out", out], { stdio: "ignore", env });
      const committed = files(join(root, "codegen")).map((f) => relative(join(root, "codegen"), f)).sort();
      const fresh = files(out).map((f) => relative(out, f)).sort();
      expect(fresh).toEqual(committed);
      for (const file of fresh) {
        expect(readFileSync(join(out, file), "utf8"), file).toBe(readFileSync(join(root, "codegen", file), "utf8"));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
