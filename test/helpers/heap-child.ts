// A process that relaunches itself with the heap flags (chain/node/heap.test.ts): the relaunched
// child reports its node flags, then exits with the code given as argv[2], or on "wait" stays until
// SIGTERM and exits 0 from its handler.
import { relaunchWithHeapFlags } from "../../chain/node/heap.js";

await relaunchWithHeapFlags();
// The handler is in place before the report, which is what tells the test to send the signal.
if (process.argv[2] === "wait") {
  const keepAlive = setInterval(() => {}, 1_000);
  process.once("SIGTERM", () => {
    clearInterval(keepAlive);
    process.exitCode = 0;
  });
} else {
  process.exitCode = Number(process.argv[2]);
}
process.stdout.write(`${JSON.stringify({ pid: process.pid, execArgv: process.execArgv })}\n`);
