// Prometheus metrics of the application, measured around the ABCI calls (outside consensus code:
// the state machine itself never reads a clock).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { AbciApplication } from "../abci/application.js";

export class AppMetrics {
  readonly registry = new Registry();
  private readonly height = new Gauge({ name: "ais_block_height", help: "Height of the last finalized block", registers: [this.registry] });
  private readonly blockTxs = new Gauge({ name: "ais_block_txs", help: "Transactions in the last finalized block", registers: [this.registry] });
  private readonly txs = new Counter({
    name: "ais_txs_total",
    help: "Transactions executed in blocks, by result",
    labelNames: ["result"] as const,
    registers: [this.registry],
  });
  private readonly checkTxs = new Counter({
    name: "ais_check_txs_total",
    help: "CheckTx calls, by result",
    labelNames: ["result"] as const,
    registers: [this.registry],
  });
  private readonly finalizeSeconds = new Histogram({
    name: "ais_finalize_block_seconds",
    help: "Time to execute a block (FinalizeBlock)",
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly commitSeconds = new Histogram({
    name: "ais_commit_seconds",
    help: "Time to commit a block's state (Commit)",
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor(storeStats: () => { cachedNodes: number; encodedCache: { bytes: number } }) {
    new Gauge({
      name: "ais_store_cached_nodes",
      help: "Decoded tree nodes held in the store's cache",
      registers: [this.registry],
      collect() {
        this.set(storeStats().cachedNodes);
      },
    });
    new Gauge({
      name: "ais_store_encoded_cache_bytes",
      help: "Bytes of encoded tree nodes held in the store's off-heap cache",
      registers: [this.registry],
      collect() {
        this.set(storeStats().encodedCache.bytes);
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: "ais_" });
  }

  /** The application with its block calls timed and counted. */
  instrument(app: AbciApplication): AbciApplication {
    return {
      ...bind(app),
      checkTx: async (request) => {
        const response = await app.checkTx(request);
        this.checkTxs.inc({ result: response.code === 0 ? "ok" : "rejected" });
        return response;
      },
      finalizeBlock: async (request) => {
        const stop = this.finalizeSeconds.startTimer();
        const response = await app.finalizeBlock(request);
        stop();
        this.height.set(Number(request.height));
        this.blockTxs.set(request.txs.length);
        for (const result of response.txResults) this.txs.inc({ result: result.code === 0 ? "ok" : "failed" });
        return response;
      },
      commit: async (request) => {
        const stop = this.commitSeconds.startTimer();
        const response = await app.commit(request);
        stop();
        return response;
      },
    };
  }
}

/** An AbciApplication object whose methods keep their `this` (class instances lose it when spread). */
export function bind(app: AbciApplication): AbciApplication {
  return {
    info: (r) => app.info(r),
    initChain: (r) => app.initChain(r),
    query: (r) => app.query(r),
    checkTx: (r) => app.checkTx(r),
    prepareProposal: (r) => app.prepareProposal(r),
    processProposal: (r) => app.processProposal(r),
    extendVote: (r) => app.extendVote(r),
    verifyVoteExtension: (r) => app.verifyVoteExtension(r),
    finalizeBlock: (r) => app.finalizeBlock(r),
    commit: (r) => app.commit(r),
    listSnapshots: (r) => app.listSnapshots(r),
    offerSnapshot: (r) => app.offerSnapshot(r),
    loadSnapshotChunk: (r) => app.loadSnapshotChunk(r),
    applySnapshotChunk: (r) => app.applySnapshotChunk(r),
  };
}
