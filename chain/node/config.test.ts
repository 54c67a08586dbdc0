// app.toml: what `aisd init` writes reads back as the defaults, and a bad store setting is refused
// with the setting's name rather than started with.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_APP_CONFIG, readAppConfig, renderAppToml, writeAppConfig } from "./config.js";

const appToml = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "ais-config-")), "app.toml");
  writeFileSync(path, text);
  return path;
};

describe("app.toml", () => {
  it("reads back what it writes", () => {
    const path = appToml("");
    writeAppConfig(path, DEFAULT_APP_CONFIG);
    expect(readAppConfig(path)).toEqual(DEFAULT_APP_CONFIG);
    writeAppConfig(path, { ...DEFAULT_APP_CONFIG, nodeCacheSize: 1_000, nodeCacheMiB: 0 });
    expect(readAppConfig(path)).toMatchObject({ nodeCacheSize: 1_000, nodeCacheMiB: 0 });
  });

  it("refuses store cache sizes it cannot use", () => {
    const withStore = (line: string) => appToml(renderAppToml(DEFAULT_APP_CONFIG).replace(/^node_cache_mib = .*$/m, line));
    expect(() => readAppConfig(withStore("node_cache_mib = -1"))).toThrow(/store\.node_cache_mib must be an integer >= 0 and <= \d+/);
    expect(() => readAppConfig(withStore("node_cache_mib = 1.5"))).toThrow(/store\.node_cache_mib/);
    expect(() => readAppConfig(withStore('node_cache_mib = "256"'))).toThrow(/store\.node_cache_mib/);
    expect(() => readAppConfig(withStore("node_cache_mib = 100000"))).toThrow(/store\.node_cache_mib/);
    expect(readAppConfig(withStore("node_cache_mib = 4095")).nodeCacheMiB).toBe(4095);
    const noDecoded = appToml(renderAppToml(DEFAULT_APP_CONFIG).replace(/^node_cache = .*$/m, "node_cache = 0"));
    expect(() => readAppConfig(noDecoded)).toThrow(/store\.node_cache must be an integer >= 1/);
  });
});
