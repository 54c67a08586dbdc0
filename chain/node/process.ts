// Processes of a node home: the pid file `aisd start` keeps, and liveness checks.
import { existsSync, readFileSync } from "node:fs";
import { homePaths } from "./home.js";

/** Whether a process with this pid exists (signal 0 probes without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of the aisd running on `home`, if one is. */
export function runningPid(home: string): number | undefined {
  const file = homePaths(home).pidFile;
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}
