// An in-process AIS app for the benchmarks: a fresh store, genesis, and blocks driven the way
// CometBFT drives them (every genesis validator signing), without a network.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { RequestFinalizeBlock, RequestInitChain, type ExecTxResult, type VoteInfo } from "cosmjs-types/tendermint/abci/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { aisStoreNames, createAisApp, type AisAppOptions } from "../chain/app/ais.js";
import type { AisApp } from "../chain/app/app.js";
import { validatorAddress as consensusAddressOf } from "../chain/crypto/cometbft.js";
import { silentLogger } from "../chain/logger.js";
import { relaunchWithHeapFlags } from "../chain/node/heap.js";
import { MultiStore } from "../chain/store/multistore.js";
import { GENESIS_TIME, TEST_CHAIN_ID } from "../test/helpers/chain.js";

// The app runs in this process: it gets the heap `aisd start` gives it.
await relaunchWithHeapFlags();

export interface BenchChain {
  app: AisApp;
  height(): number;
  time(): bigint;
  /** Executes and commits a block `seconds` after the last one; returns FinalizeBlock's time in ms. */
  block(seconds?: bigint): Promise<number>;
  /** The same with transactions, also returning their results. */
  blockWith(txs: Uint8Array[], seconds?: bigint): Promise<{ ms: number; results: ExecTxResult[] }>;
  close(): Promise<void>;
}

export function startBenchChain(
  name: string,
  appState: unknown,
  options: { seedModules?: AisAppOptions["seedModules"]; startTime?: bigint; maxGas?: bigint } = {},
): BenchChain {
  const dir = mkdtempSync(join(tmpdir(), `ais-bench-${name}-`));
  const store = MultiStore.create({ path: dir, storeNames: aisStoreNames() });
  const app = createAisApp({ chainId: TEST_CHAIN_ID, version: "bench", store, logger: silentLogger, seedModules: options.seedModules });
  const init = app.initChain(
    RequestInitChain.fromPartial({
      chainId: TEST_CHAIN_ID,
      initialHeight: 1n,
      time: { seconds: GENESIS_TIME, nanos: 0 },
      consensusParams: { block: { maxBytes: 22_020_096n, maxGas: options.maxGas ?? 100_000_000n } },
      appStateBytes: new TextEncoder().encode(JSON.stringify(appState)),
    }),
  );
  const votes: VoteInfo[] = init.validators.map((v) => ({ validator: { address: consensusAddressOf(v.pubKey!.ed25519!), power: v.power }, blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT }));
  let height = 0;
  let time = options.startTime ?? GENESIS_TIME;
  const blockWith = async (txs: Uint8Array[], seconds = 5n) => {
    height++;
    time += seconds;
    const start = performance.now();
    const response = app.finalizeBlock(
      RequestFinalizeBlock.fromPartial({ height: BigInt(height), time: { seconds: time, nanos: 0 }, txs, decidedLastCommit: { round: 0, votes: height === 1 ? [] : votes } }),
    );
    const ms = performance.now() - start;
    // BENCH_TRACE=1 names the slow blocks, to read beside `node --trace-gc`'s collections.
    if (process.env.BENCH_TRACE && ms > 60) console.log(`[slow block] height ${height}: ${ms.toFixed(1)} ms`);
    await app.commit();
    return { ms, results: response.txResults };
  };
  return {
    app,
    height: () => height,
    time: () => time,
    block: async (seconds = 5n) => (await blockWith([], seconds)).ms,
    blockWith,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
