// Crash points for fault tests, in the spirit of CometBFT's FAIL_TEST_INDEX: with
// AIS_CRASH_AT=finalize:<height> the process kills itself (SIGKILL) after executing that block but
// before answering FinalizeBlock; with commit:<height>, right after the block's database write has
// been started. Only `aisd start` reads the variable; consensus code knows nothing of it.
import type { AbciApplication } from "../abci/application.js";
import type { Logger } from "../logger.js";
import { bind } from "./metrics.js";

export const CRASH_ENV = "AIS_CRASH_AT";

export function withCrashPoint(app: AbciApplication, spec: string | undefined, logger: Logger): AbciApplication {
  if (spec === undefined || spec === "") return app;
  const match = /^(finalize|commit):(\d+)$/.exec(spec);
  if (match === null) throw new Error(`${CRASH_ENV} must be finalize:<height> or commit:<height>, not ${spec}`);
  const [, point, heightText] = match;
  const height = BigInt(heightText!);
  const die = (where: string) => {
    logger.error("crash point reached: killing the process", { point: where, height });
    process.kill(process.pid, "SIGKILL");
  };
  let finalizing = 0n;
  return {
    ...bind(app),
    finalizeBlock: async (request) => {
      finalizing = request.height;
      const response = await app.finalizeBlock(request);
      if (point === "finalize" && request.height === height) die("finalize");
      return response;
    },
    commit: async (request) => {
      if (point === "commit" && finalizing === height) {
        void Promise.resolve(app.commit(request)); // the write starts synchronously; die while it is in flight
        die("commit");
      }
      return app.commit(request);
    },
  };
}
