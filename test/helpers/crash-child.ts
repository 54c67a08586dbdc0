// Child process of chain/node/crash.test.ts: a new store at <path> driven block by block as CometBFT
// drives the app (FinalizeBlock, then Commit) for heights 1..<blocks>, with AIS_CRASH_AT <spec> armed.
import { RequestFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { createLogger } from "../../chain/logger.js";
import { crashPoint } from "../../chain/node/crash.js";
import { MultiStore } from "../../chain/store/multistore.js";
import { CRASH_STORES, crashTestApp } from "./crash-app.js";

const [path, spec, blocks] = process.argv.slice(2);
if (path === undefined || spec === undefined || blocks === undefined) throw new Error("usage: crash-child.ts <path> <spec> <blocks>");
const store = MultiStore.create({ path, storeNames: CRASH_STORES });
const app = crashPoint(spec, createLogger()).wrap(crashTestApp(store), store);
for (let height = 1; height <= Number(blocks); height++) {
  await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(height) }));
  await app.commit({});
}
await store.close();
