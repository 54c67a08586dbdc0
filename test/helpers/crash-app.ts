// A stand-in application over a real MultiStore for crash-point tests: each block writes keys that
// depend only on its height, so a replayed block reproduces its app hash exactly.
import { ResponseFinalizeBlock, type RequestFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import type { AbciApplication } from "../../chain/abci/application.js";
import { toHex, utf8 } from "../../chain/store/encoding.js";
import type { MultiStore } from "../../chain/store/multistore.js";

export const CRASH_STORES = ["blocks"];

/** Executes block `height` on the working state; returns its app hash (upper-case hex, as logged). */
export function executeBlock(store: MultiStore, height: number): string {
  const tree = store.tree("blocks");
  for (let i = 0; i < 400; i++) tree.set(utf8.encode(`key-${(height * 7919 + i) % 1500}`), utf8.encode(`${height}:${i}`.repeat(20)));
  return toHex(store.workingAppHash()).toUpperCase();
}

/** The two block calls crash points wrap, as the AIS application answers them. */
export function crashTestApp(store: MultiStore): AbciApplication {
  const app: Pick<AbciApplication, "finalizeBlock" | "commit"> = {
    finalizeBlock: (request: RequestFinalizeBlock) => {
      executeBlock(store, Number(request.height));
      return ResponseFinalizeBlock.fromPartial({ appHash: store.workingAppHash() });
    },
    commit: async () => {
      await store.commit();
      return { retainHeight: 0n };
    },
  };
  return app as AbciApplication; // bind() reaches the other methods only when they are called
}
