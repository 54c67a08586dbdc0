// Crash points for fault tests, in the spirit of CometBFT's FAIL_TEST_INDEX: with
// AIS_CRASH_AT=<point>:<height> the process kills itself (SIGKILL) at one moment of that block:
//   finalize      the block is executed; FinalizeBlock is not answered (CometBFT saved no results)
//   before-write  FinalizeBlock answered and Commit received; the store's write has not started
//   commit        the store's write is in LMDB's writer thread, which may or may not have finished
//                 it; nothing has acknowledged it and Commit is not answered
//   after-write   the write has landed; Commit is not answered (CometBFT's state lags the app's)
// Only `aisd start` reads the variable, once; it wraps the ABCI application, and the state machine
// knows nothing of it. The crash line names the app hash FinalizeBlock returned for the block, which
// the chain must have for it after the restart.
import type { AbciApplication } from "../abci/application.js";
import type { Logger } from "../logger.js";
import { bind } from "./metrics.js";

export const CRASH_ENV = "AIS_CRASH_AT";

const POINTS = ["finalize", "before-write", "commit", "after-write"] as const;
type Point = (typeof POINTS)[number];

export interface CrashPoint {
  /** The application with the crash point armed; `app` itself when there is none. */
  wrap(app: AbciApplication, store: { flush(): Promise<void> }): AbciApplication;
}

export function crashPoint(spec: string | undefined, logger: Logger): CrashPoint {
  if (spec === undefined || spec === "") return { wrap: (app) => app };
  const match = /^([a-z-]+):(\d+)$/.exec(spec);
  if (match === null || !(POINTS as readonly string[]).includes(match[1]!)) {
    throw new Error(`${CRASH_ENV} must be <point>:<height>, the point one of ${POINTS.join(", ")}; not ${spec}`);
  }
  const point = match[1] as Point;
  const height = BigInt(match[2]!);
  let finalizing = 0n;
  let appHash = "";
  const die = (): never => {
    logger.error("crash point reached: killing the process", { point, height, app_hash: appHash });
    process.kill(process.pid, "SIGKILL");
    throw new Error("still running after SIGKILL"); // never reached: the signal is delivered first
  };
  return {
    wrap: (app, store) => ({
      ...bind(app),
      finalizeBlock: async (request) => {
        finalizing = request.height;
        const response = await app.finalizeBlock(request);
        if (request.height === height) appHash = Buffer.from(response.appHash).toString("hex").toUpperCase();
        if (point === "finalize" && request.height === height) die();
        return response;
      },
      commit: async (request) => {
        const here = finalizing === height;
        if (point === "before-write" && here) die();
        const response = await app.commit(request); // the store has queued its write transaction
        if (point === "commit" && here) {
          // lmdb-js starts a queued transaction on its writer thread from a setImmediate task of its
          // own; one more turn and the writer is running, while this thread holds Commit's answer.
          await new Promise((resolve) => setImmediate(resolve));
          die();
        }
        if (point === "after-write" && here) {
          await store.flush();
          die();
        }
        return response;
      },
    }),
  };
}
