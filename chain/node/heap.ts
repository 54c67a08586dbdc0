// V8's young generation sized for a block. A block's garbage (cache-wrapped stores, decoded tree
// nodes, events) outgrows the default 16 MiB semi-space, so it is promoted before it dies and
// freed by mark-compacts of 70-150 ms that land in whichever block is running (bench:gov at
// 100,000 votes: 4-9 of 10,000 blocks over 100 ms). With 64 MiB it dies young: the slowest block
// of that run is 52 ms, and payout blocks lose their 0.5 s stalls (bench/RESULTS.md). The size is
// fixed when V8 creates the heap, so it can only be given on node's command line.
import { spawn } from "node:child_process";
import { constants } from "node:os";

export const HEAP_FLAGS: readonly string[] = ["--max-semi-space-size=64"];

/** node's arguments to run the script `entry` with `args` and the heap flags. */
export function nodeArgs(entry: string, args: readonly string[]): string[] {
  return [...HEAP_FLAGS, entry, ...args];
}

/**
 * Whether this process was started with the heap flags, on node's command line or in NODE_OPTIONS.
 * A flag given with another value counts: an operator's own choice is kept.
 */
export function hasHeapFlags(): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].map(flagName);
  return HEAP_FLAGS.every((flag) => given.includes(flagName(flag)));
}

const flagName = (arg: string): string => arg.split("=", 1)[0]!.replaceAll("_", "-");

const FORWARDED: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Returns at once in a process that has the heap flags. Otherwise runs this same command again in a
 * child that has them and never returns: signals are passed on and this process exits as the child
 * does. The child gets its own process group, so a terminal's Ctrl-C reaches it once, through here.
 */
export async function relaunchWithHeapFlags(): Promise<void> {
  if (hasHeapFlags()) return;
  const child = spawn(process.execPath, [...process.execArgv, ...HEAP_FLAGS, ...process.argv.slice(1)], {
    stdio: "inherit",
    detached: true,
  });
  for (const signal of FORWARDED) process.on(signal, () => child.kill(signal));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (c, s) => resolve([c, s]));
  });
  // A child killed by a signal exits this process the way a shell reports it (128 + number).
  process.exit(code ?? 128 + (signal !== null ? constants.signals[signal] : 0));
}
