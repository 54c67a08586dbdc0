// The AIS state machine behind CometBFT: the block lifecycle (InitChain, FinalizeBlock, Commit),
// the transaction pipeline (decode → ante → messages, each on its own branch of state), mempool
// checks and queries. Deterministic: the block header is the only clock.
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import {
  ResponseApplySnapshotChunk_Result,
  ResponseOfferSnapshot_Result,
  ResponseProcessProposal_ProposalStatus,
  ResponseVerifyVoteExtension_VerifyStatus,
  type Event,
  type ExecTxResult,
  type RequestCheckTx,
  type RequestFinalizeBlock,
  type RequestInitChain,
  type RequestPrepareProposal,
  type RequestProcessProposal,
  type RequestQuery,
  type RequestVerifyVoteExtension,
  type ResponseCheckTx,
  type ResponseCommit,
  type ResponseFinalizeBlock,
  type ResponseInfo,
  type ResponseInitChain,
  type ResponsePrepareProposal,
  type ResponseProcessProposal,
  type ResponseQuery,
  type ValidatorUpdate,
} from "cosmjs-types/tendermint/abci/types";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { AbciApplication } from "../abci/application.js";
import type { Logger } from "../logger.js";
import { bytesEqual, toHex, uvarintLength } from "../store/encoding.js";
import { TreeKVStore } from "../store/kv.js";
import type { MultiStore } from "../store/multistore.js";
import { ConsensusKeeper } from "../modules/consensus/keeper.js";
import { EMPTY_COMMIT, type BlockInfo } from "./block.js";
import { chainAnte, type AnteDecorator } from "./ante.js";
import { Context, type BlockHeader, type ExecMode } from "./context.js";
import { AppError, sdkErrors, toAppError } from "./errors.js";
import { BasicGasMeter, BlockGasMeter, InfiniteGasMeter, type GasMeter } from "./gas.js";
import { initGenesis } from "./genesis.js";
import type { AppModule } from "./module.js";
import { ModuleRegistry } from "./module.js";
import { QueryRouter } from "./query.js";
import { BranchStoreSet, MapStoreSet, ReadonlyStore, type StoreSet } from "./state.js";
import { decodeTx, type DecodedTx } from "./tx.js";
import { decodeStrict } from "../codec/strict.js";

const SIMULATE_PATH = "/cosmos.tx.v1beta1.Service/Simulate";

/** The SDK's module name of a message type URL: its second dotted part ("/cosmos.bank.v1beta1.MsgSend" → "bank"). */
function moduleOfTypeUrl(typeUrl: string): string {
  return typeUrl.split(".")[1] ?? "";
}

/** Bumped whenever the state machine changes incompatibly (ResponseInfo.app_version). */
export const APP_PROTOCOL_VERSION = 1n;

export interface AppOptions {
  chainId: string;
  /** Software version reported by Info and /app/version. */
  version: string;
  modules: readonly AppModule[];
  consensus: ConsensusKeeper;
  anteDecorators: readonly AnteDecorator[];
  store: MultiStore;
  logger: Logger;
  /** Genesis transactions to deliver after every module's genesis (the genutil section). */
  genesisTxs?: (sections: ReadonlyMap<string, unknown>) => Uint8Array[];
  /** The initial validator set once genesis (and its transactions) are applied; empty: genesis.json's. */
  genesisValidators?: (ctx: Context) => ValidatorUpdate[];
  /** Checked after every `period` blocks; a broken invariant fails FinalizeBlock (the node halts). */
  invariants?: { period: number; check: (ctx: Context) => string | undefined };
}

/** The outcome of one transaction in any mode. */
export interface TxOutcome {
  code: number;
  codespace: string;
  log: string;
  data: Uint8Array;
  gasWanted: number;
  gasUsed: number;
  events: Event[];
}

export class AisApp implements AbciApplication {
  readonly registry: ModuleRegistry;
  private readonly store: MultiStore;
  private readonly logger: Logger;
  private readonly ante: AnteDecorator;
  private readonly queries: QueryRouter;
  /** CheckTx state: a branch of the last commit, discarded at every Commit. */
  private checkState: BranchStoreSet;
  private checkHeader: BlockHeader;
  /** Set between FinalizeBlock and Commit. */
  private finalized: { header: BlockHeader; txs: number; appHash: Uint8Array } | undefined;

  constructor(private readonly options: AppOptions) {
    this.registry = new ModuleRegistry(options.modules);
    this.store = options.store;
    this.logger = options.logger.with({ module: "app" });
    this.ante = chainAnte(options.anteDecorators);
    this.queries = new QueryRouter(options.store, this.registry, options.chainId, options.version, this.logger);
    const missing = this.registry.storeNames.filter((n) => !options.store.storeNames.includes(n));
    if (missing.length > 0) throw new Error(`the multistore lacks the stores ${missing.join(", ")}`);
    this.checkState = this.newCheckState();
    this.checkHeader = this.header(this.store.latestVersion + 1, { seconds: 0n, nanos: 0 }, new Uint8Array(0));
  }

  // --- handshake and genesis -------------------------------------------------------------------

  info(): ResponseInfo {
    return {
      data: "ais",
      version: this.options.version,
      appVersion: APP_PROTOCOL_VERSION,
      lastBlockHeight: BigInt(this.store.latestVersion),
      lastBlockAppHash: this.store.lastAppHash,
    };
  }

  initChain(request: RequestInitChain): ResponseInitChain {
    if (request.chainId !== this.options.chainId) {
      throw new Error(`genesis chain id ${request.chainId} differs from the configured chain id ${this.options.chainId}`);
    }
    if (this.store.latestVersion !== 0) throw new Error("InitChain on a chain that already has committed blocks");
    const initialHeight = Math.max(1, Number(request.initialHeight));
    this.store.rollback(); // a crash after an earlier InitChain but before the first Commit
    this.store.setInitialVersion(initialHeight);
    const time = { seconds: request.time?.seconds ?? 0n, nanos: request.time?.nanos ?? 0 };
    const ctx = new Context(
      this.header(initialHeight, time, new Uint8Array(0)),
      "genesis",
      new InfiniteGasMeter(),
      this.workingStores(),
      this.logger,
    );
    if (request.consensusParams !== undefined) this.options.consensus.setParams(ctx, request.consensusParams);
    const sections = initGenesis(ctx, this.options.modules, request.appStateBytes);
    const stores = this.workingStores();
    (this.options.genesisTxs?.(sections) ?? []).forEach((tx, index) => {
      const outcome = this.runTx("genesis", tx, stores, ctx.header);
      if (outcome.code !== 0) throw new Error(`genesis transaction ${index} failed: ${outcome.log}`);
    });
    const validators = this.options.genesisValidators?.(ctx) ?? [];
    const appHash = this.store.workingAppHash();
    this.logger.info("initialized chain from genesis", {
      chain_id: request.chainId,
      initial_height: initialHeight,
      validators: validators.length,
      app_hash: toHex(appHash).toUpperCase(),
    });
    return { consensusParams: undefined, validators, appHash };
  }

  // --- block lifecycle ---------------------------------------------------------------------------

  prepareProposal(request: RequestPrepareProposal): ResponsePrepareProposal {
    // Keep the mempool's order; leave out what does not decode or does not fit, within the byte limit
    // CometBFT enforces (each tx costs its bytes plus protobuf framing) and the block's max_gas in
    // summed gas limits, which ProcessProposal checks.
    const maxGas = this.maxBlockGas();
    const txs: Uint8Array[] = [];
    let size = 0n;
    let gas = 0n;
    for (const tx of request.txs) {
      const gasWanted = this.proposalGasWanted(tx);
      if (gasWanted === undefined) continue;
      const cost = BigInt(1 + uvarintLength(tx.length) + tx.length);
      if (size + cost > request.maxTxBytes || (maxGas !== undefined && gas + gasWanted > maxGas)) continue;
      size += cost;
      gas += gasWanted;
      txs.push(tx);
      if (size >= request.maxTxBytes || (maxGas !== undefined && gas >= maxGas)) break;
    }
    return { txs };
  }

  /**
   * A proposal is valid when every transaction decodes strictly and their summed gas limits stay
   * within max_gas (the SDK's default ProcessProposal): a byzantine proposer cannot make every
   * validator execute more than a block's worth of gas.
   */
  processProposal(request: RequestProcessProposal): ResponseProcessProposal {
    const maxGas = this.maxBlockGas();
    let gas = 0n;
    for (const [index, tx] of request.txs.entries()) {
      const gasWanted = this.proposalGasWanted(tx);
      if (gasWanted === undefined) return this.rejectProposal(request.height, `transaction ${index} is not a valid transaction`);
      gas += gasWanted;
      if (maxGas !== undefined && gas > maxGas) return this.rejectProposal(request.height, `transactions ask ${gas} gas, above max_gas ${maxGas}`);
    }
    return { status: ResponseProcessProposal_ProposalStatus.ACCEPT };
  }

  private rejectProposal(height: bigint, reason: string): ResponseProcessProposal {
    this.logger.info("rejected proposal", { height, reason });
    return { status: ResponseProcessProposal_ProposalStatus.REJECT };
  }

  /** A proposed transaction's gas limit; undefined when it does not decode strictly or fails its stateless checks. */
  private proposalGasWanted(tx: Uint8Array): bigint | undefined {
    try {
      return decodeTx(tx, this.registry).authInfo.fee?.gasLimit ?? 0n;
    } catch (err) {
      if (err instanceof AppError) return undefined;
      throw err;
    }
  }

  /** The consensus max_gas as of the last commit (undefined: unlimited). */
  private maxBlockGas(): bigint | undefined {
    const ctx = new Context(this.checkHeader, "query", new InfiniteGasMeter(), this.newCheckState(), this.logger);
    const max = this.options.consensus.maxBlockGas(ctx);
    return max === undefined ? undefined : BigInt(max);
  }

  extendVote(): { voteExtension: Uint8Array } {
    return { voteExtension: new Uint8Array(0) };
  }

  verifyVoteExtension(request: RequestVerifyVoteExtension): { status: ResponseVerifyVoteExtension_VerifyStatus } {
    return {
      status:
        request.voteExtension.length === 0
          ? ResponseVerifyVoteExtension_VerifyStatus.ACCEPT
          : ResponseVerifyVoteExtension_VerifyStatus.REJECT,
    };
  }

  finalizeBlock(request: RequestFinalizeBlock): ResponseFinalizeBlock {
    const height = Number(request.height);
    if (this.finalized !== undefined) {
      throw new Error(`FinalizeBlock ${height} before Commit of ${this.finalized.header.height}`);
    }
    if (height !== this.store.workingVersion) {
      throw new Error(`FinalizeBlock for height ${height}, but the next height of the state is ${this.store.workingVersion}`);
    }
    const time = { seconds: request.time?.seconds ?? 0n, nanos: request.time?.nanos ?? 0 };
    const header = this.header(height, time, request.proposerAddress);
    const stores = this.workingStores();
    const blockCtx = new Context(header, "finalize", new InfiniteGasMeter(), stores, this.logger);
    const consensusAtStart = encodedConsensusParams(this.options.consensus, blockCtx);

    const block: BlockInfo = {
      lastAppHash: this.store.lastAppHash,
      nextValidatorsHash: request.nextValidatorsHash,
      decidedLastCommit: request.decidedLastCommit ?? EMPTY_COMMIT,
      misbehavior: request.misbehavior,
    };
    for (const module of this.options.modules) module.beginBlock?.(blockCtx, block);
    const blockGas = new BlockGasMeter(this.options.consensus.maxBlockGas(blockCtx));
    const txResults: ExecTxResult[] = request.txs.map((tx) => toTxResult(this.runTx("finalize", tx, stores, header, blockGas)));
    let validatorUpdates: ValidatorUpdate[] = [];
    for (const module of this.options.modules) {
      const updates = module.endBlock?.(blockCtx);
      if (updates !== undefined && updates.length > 0) validatorUpdates = updates;
    }
    const consensusChanged = !bytesEqual(consensusAtStart, encodedConsensusParams(this.options.consensus, blockCtx));
    const invariants = this.options.invariants;
    if (invariants !== undefined && invariants.period > 0 && height % invariants.period === 0) {
      const broken = invariants.check(blockCtx);
      if (broken !== undefined) throw new Error(`invariant broken at height ${height}: ${broken}`);
    }
    const appHash = this.store.workingAppHash();
    this.finalized = { header, txs: request.txs.length, appHash };
    return {
      events: [...blockCtx.events.events],
      txResults,
      validatorUpdates,
      consensusParamUpdates: consensusChanged ? consensusParamUpdate(this.options.consensus.getParams(blockCtx)) : undefined,
      appHash,
    };
  }

  async commit(): Promise<ResponseCommit> {
    const finalized = this.finalized;
    if (finalized === undefined) throw new Error("Commit without FinalizeBlock");
    await this.store.commit(finalized.header.time);
    this.finalized = undefined;
    this.checkState = this.newCheckState();
    // CheckTx sees the next height and the last block's time, as in the SDK.
    this.checkHeader = { ...finalized.header, height: finalized.header.height + 1 };
    this.logger.info("committed state", {
      height: finalized.header.height,
      txs: finalized.txs,
      app_hash: toHex(finalized.appHash).toUpperCase(),
    });
    return { retainHeight: 0n };
  }

  // --- mempool and queries -----------------------------------------------------------------------

  checkTx(request: RequestCheckTx): ResponseCheckTx {
    const mode: ExecMode = request.type === 1 ? "recheck" : "check";
    return toTxResult(this.runTx(mode, request.tx, this.checkState, this.checkHeader));
  }

  query(request: RequestQuery): ResponseQuery {
    if (request.path === SIMULATE_PATH) return this.simulateQuery(request);
    return this.queries.query(request);
  }

  /** Whether `query` answers this gRPC method path ("/<service>/<Method>"). */
  answersQuery(path: string): boolean {
    return path === SIMULATE_PATH || this.registry.queryRoute(path) !== undefined;
  }

  /** cosmos.tx.v1beta1.Service/Simulate: what cosmjs's gas "auto" calls (signatures may be empty). */
  private simulateQuery(request: RequestQuery): ResponseQuery {
    const height = BigInt(this.store.latestVersion);
    const base = { info: "", index: 0n, key: new Uint8Array(0), proofOps: undefined, height };
    let txBytes: Uint8Array;
    try {
      const simulate = decodeStrict(SimulateRequest, request.data);
      txBytes = simulate.txBytes.length > 0 ? simulate.txBytes : simulate.tx !== undefined ? Tx.encode(simulate.tx).finish() : new Uint8Array(0);
    } catch (err) {
      const error = this.refusal("simulate", err);
      return { ...base, code: error.code, codespace: error.codespace, log: error.log, value: new Uint8Array(0) };
    }
    const outcome = this.simulate(txBytes);
    if (outcome.code !== 0) return { ...base, code: outcome.code, codespace: outcome.codespace, log: outcome.log, value: new Uint8Array(0) };
    const response = SimulateResponse.encode({
      gasInfo: { gasWanted: BigInt(outcome.gasWanted), gasUsed: BigInt(outcome.gasUsed) },
      result: {
        data: new Uint8Array(0),
        log: "",
        events: outcome.events,
        msgResponses: TxMsgData.decode(outcome.data).msgResponses,
      },
    }).finish();
    return { ...base, code: 0, codespace: "", log: "", value: response };
  }

  /** Runs a transaction against a throwaway branch of the last commit, with unlimited gas. */
  simulate(txBytes: Uint8Array): TxOutcome {
    return this.runTx("simulate", txBytes, this.newCheckState(), this.checkHeader);
  }

  // --- state sync: not offered yet ----------------------------------------------------------------

  listSnapshots(): { snapshots: [] } {
    return { snapshots: [] };
  }

  offerSnapshot(): { result: ResponseOfferSnapshot_Result } {
    this.logger.error("state sync requested, but this node does not support snapshots yet; sync by replaying blocks");
    return { result: ResponseOfferSnapshot_Result.ABORT };
  }

  loadSnapshotChunk(): { chunk: Uint8Array } {
    return { chunk: new Uint8Array(0) };
  }

  applySnapshotChunk(): { result: ResponseApplySnapshotChunk_Result; refetchChunks: number[]; rejectSenders: string[] } {
    return { result: ResponseApplySnapshotChunk_Result.ABORT, refetchChunks: [], rejectSenders: [] };
  }

  // --- the transaction pipeline -------------------------------------------------------------------

  /**
   * One transaction: decode, ante (its writes are kept even when a message fails, and so are its
   * events, as the SDK does), then every message on one branch. In FinalizeBlock the block's gas
   * meter takes what the transaction used; a transaction that finds it exhausted does not run, one
   * that would overrun it fails and its messages' writes are dropped (the SDK's consumeBlockGas).
   */
  private runTx(mode: ExecMode, bytes: Uint8Array, parent: StoreSet, header: BlockHeader, blockGas?: BlockGasMeter): TxOutcome {
    let gasWanted = 0;
    let meter: GasMeter = new InfiniteGasMeter();
    const events: Event[] = [];
    let blockGasCharged = false;
    try {
      if (blockGas?.exhausted === true) throw sdkErrors.outOfGas.wrap("no block gas left to run tx");
      const tx = decodeTx(bytes, this.registry);
      gasWanted = this.gasLimitOf(tx, parent, header);
      meter = mode === "simulate" ? new InfiniteGasMeter() : new BasicGasMeter(gasWanted);

      const anteStores = new BranchStoreSet(parent);
      const anteCtx = new Context(header, mode, meter, anteStores, this.logger);
      this.ante(anteCtx, tx);
      anteStores.write();
      for (const event of anteCtx.events.events) events.push(event);
      if (mode === "check" || mode === "recheck") return success(gasWanted, meter.consumed, new Uint8Array(0), events);

      const msgStores = new BranchStoreSet(parent);
      const msgCtx = new Context(header, mode, meter, msgStores, this.logger);
      const responses: Any[] = tx.msgs.map(({ typeUrl, msg, route }, index) => {
        // As baseapp writes it: what explorers and cosmjs's searchTx match ("message.sender='…'").
        msgCtx.events.emit("message", { action: typeUrl, sender: route.signers(msg)[0] ?? "", module: moduleOfTypeUrl(typeUrl), msg_index: String(index) });
        return route.handle(msgCtx, msg);
      });
      if (blockGas !== undefined) {
        blockGasCharged = true;
        blockGas.consume(meter.consumed);
      }
      msgStores.write();
      // No spread: one transaction (a large MsgMultiSend) may emit more events than a call takes arguments.
      for (const event of msgCtx.events.events) events.push(event);
      const data = TxMsgData.encode({ data: [], msgResponses: responses }).finish();
      return success(gasWanted, meter.consumed, data, events);
    } catch (err) {
      const error = this.refusal(mode, err);
      const gasUsed = Math.min(meter.consumed, meter.limit);
      if (blockGas !== undefined && !blockGasCharged) blockGas.charge(gasUsed);
      return { code: error.code, codespace: error.codespace, log: error.log, data: new Uint8Array(0), gasWanted, gasUsed, events };
    }
  }

  /**
   * The result of a failed transaction or query. Engine errors (see toAppError) halt FinalizeBlock
   * and InitChain by propagating; elsewhere they are refused with the fixed "internal" text.
   */
  private refusal(mode: ExecMode, err: unknown): AppError {
    try {
      const error = toAppError(err);
      if (!(err instanceof AppError)) this.logger.error("transaction failed unexpectedly", { mode, error: describe(err) });
      return error;
    } catch (fault) {
      if (mode === "finalize" || mode === "genesis") throw fault;
      this.logger.error("transaction met an engine error; refused", { mode, error: describe(err) });
      return sdkErrors.internal.error();
    }
  }

  private gasLimitOf(tx: DecodedTx, stores: StoreSet, header: BlockHeader): number {
    const limit = tx.authInfo.fee?.gasLimit ?? 0n;
    const ctx = new Context(header, "query", new InfiniteGasMeter(), stores, this.logger);
    const blockMax = this.options.consensus.maxBlockGas(ctx);
    if (blockMax !== undefined && limit > BigInt(blockMax)) {
      throw sdkErrors.invalidGasLimit.wrap(`tx gas limit ${limit} exceeds block max gas ${blockMax}`);
    }
    if (limit > BigInt(Number.MAX_SAFE_INTEGER)) throw sdkErrors.invalidGasLimit.wrap(`tx gas limit ${limit} is too large`);
    return Number(limit);
  }

  private workingStores(): MapStoreSet {
    return new MapStoreSet(new Map(this.store.storeNames.map((n) => [n, new TreeKVStore(this.store.tree(n))] as const)));
  }

  private newCheckState(): BranchStoreSet {
    const committed = new Map(
      this.store.storeNames.map((n) => [n, new ReadonlyStore(this.store.tree(n).committed())] as const),
    );
    return new BranchStoreSet(new MapStoreSet(committed));
  }

  private header(height: number, time: BlockHeader["time"], proposerAddress: Uint8Array): BlockHeader {
    return { chainId: this.options.chainId, height, time, proposerAddress };
  }
}

/** The consensus params in state, encoded (empty when none are stored). */
function encodedConsensusParams(keeper: ConsensusKeeper, ctx: Context): Uint8Array {
  const params = keeper.getParams(ctx);
  return params === undefined ? new Uint8Array(0) : ConsensusParams.encode(params).finish();
}

/**
 * What FinalizeBlock tells CometBFT after governance changed the params. CometBFT sets the block
 * header's app version from the params of every update, so they carry the version Info reports
 * (otherwise genesis's version.app, usually 0, would replace it).
 */
function consensusParamUpdate(params: ConsensusParams | undefined): ConsensusParams | undefined {
  return params === undefined ? undefined : { ...params, version: { app: APP_PROTOCOL_VERSION } };
}

function success(gasWanted: number, gasUsed: number, data: Uint8Array, events: Event[]): TxOutcome {
  return { code: 0, codespace: "", log: "", data, gasWanted, gasUsed, events };
}

/** ExecTxResult and ResponseCheckTx carry the same fields. */
function toTxResult(outcome: TxOutcome): ExecTxResult & ResponseCheckTx {
  return {
    code: outcome.code,
    data: outcome.data,
    log: outcome.log,
    info: "",
    gasWanted: BigInt(outcome.gasWanted),
    gasUsed: BigInt(outcome.gasUsed),
    events: outcome.events,
    codespace: outcome.codespace,
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
