import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HEAP_FLAGS, nodeArgs } from "./heap.js";

const root = join(import.meta.dirname, "../..");
const child = join(root, "test/helpers/heap-child.ts");

/** Runs heap-child.ts with `flags`; resolves with what the process that ran the code printed and how the outer process exited. */
function run(flags: string[], arg: string, onReport?: (pid: number) => void) {
  const proc = spawn(process.execPath, [...flags, "--import", join(root, "test/helpers/ts-register.mjs"), child, arg], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  let reported = false;
  proc.stdout.on("data", (d: Buffer) => {
    out += d.toString();
    if (!reported && out.includes("\n")) {
      reported = true;
      onReport?.(proc.pid!);
    }
  });
  proc.stderr.on("data", (d: Buffer) => (err += d.toString()));
  return new Promise<{ outerPid: number; report: { pid: number; execArgv: string[] }; code: number | null }>((resolve, reject) =>
    proc.once("exit", (code) => {
      try {
        resolve({ outerPid: proc.pid!, report: JSON.parse(out), code });
      } catch {
        reject(new Error(`heap-child printed ${JSON.stringify(out)}, stderr ${err}`));
      }
    }),
  );
}

describe("the node's heap flags", () => {
  it("node arguments for a script put the flags before it", () => {
    expect(nodeArgs("/x/main.js", ["start", "--home", "h"])).toEqual([...HEAP_FLAGS, "/x/main.js", "start", "--home", "h"]);
  });

  it("a process started without them runs again with them, keeping its own flags, and exits with its child's code", async () => {
    const { outerPid, report, code } = await run([], "7");
    expect(report.pid).not.toBe(outerPid);
    for (const flag of HEAP_FLAGS) expect(report.execArgv).toContain(flag);
    expect(report.execArgv.some((a) => a.endsWith("ts-register.mjs"))).toBe(true);
    expect(code).toBe(7);
  });

  it("a process started with them, or with the operator's own value, runs as it is", async () => {
    const given = await run([...HEAP_FLAGS], "0");
    expect(given.report.pid).toBe(given.outerPid);
    const own = await run(["--max-semi-space-size=32"], "3");
    expect(own.report.pid).toBe(own.outerPid);
    expect(own.report.execArgv).not.toContain(HEAP_FLAGS[0]);
    expect(own.code).toBe(3);
  });

  it("passes SIGTERM on to the relaunched process, which stops cleanly", async () => {
    const { report, code } = await run([], "wait", (pid) => process.kill(pid, "SIGTERM"));
    expect(report.execArgv).toContain(HEAP_FLAGS[0]);
    expect(code).toBe(0);
  });
});
