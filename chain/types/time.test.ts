import { describe, expect, it } from "vitest";
import { formatRfc3339, parseRfc3339 } from "./time.js";

describe("RFC 3339 times", () => {
  it("agrees with Date over four centuries, both ways", () => {
    for (let seconds = -12_219_292_800n; seconds < 32_503_680_000n; seconds += 7_776_061n) {
      const text = formatRfc3339({ seconds, nanos: 0 });
      expect(text).toBe(new Date(Number(seconds) * 1000).toISOString().replace(".000Z", "Z"));
      expect(parseRfc3339(text)).toEqual({ seconds, nanos: 0 });
    }
  });

  it("keeps nanoseconds, drops trailing zeros, and writes years Date cannot", () => {
    expect(formatRfc3339({ seconds: 1n, nanos: 10 })).toBe("1970-01-01T00:00:01.00000001Z");
    expect(parseRfc3339("1970-01-01T00:00:01.00000001Z")).toEqual({ seconds: 1n, nanos: 10 });
    expect(formatRfc3339({ seconds: -62_135_596_800n, nanos: 0 })).toBe("0001-01-01T00:00:00Z");
    expect(parseRfc3339("0001-01-01T00:00:00Z").seconds).toBe(-62_135_596_800n);
    expect(formatRfc3339({ seconds: 253_402_300_800n, nanos: 0 })).toBe("10000-01-01T00:00:00Z");
  });

  it("refuses what is not an RFC 3339 UTC time", () => {
    for (const bad of ["2020-01-01", "2020-01-01T00:00:00+01:00", "2020-13-01T00:00:00Z", "2020-01-01T24:00:00Z", "2020-01-01T00:00:00.1234567890Z", ""]) {
      expect(() => parseRfc3339(bad), bad).toThrow(/not an RFC 3339 UTC time/);
    }
  });
});
