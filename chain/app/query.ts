// abci_query: raw store reads with ICS-23 proofs ("store/<name>/key", with or without the leading
// slash) and gRPC-over-ABCI module queries ("/<service>/<Method>"), answered at a committed height.
import type { RequestQuery, ResponseQuery } from "cosmjs-types/tendermint/abci/types";
import type { Logger } from "../logger.js";
import { MultiStore, VersionUnavailableError } from "../store/multistore.js";
import { queryProofOps } from "../store/proof.js";
import { Context } from "./context.js";
import { AppError, sdkErrors, toAppError } from "./errors.js";
import { InfiniteGasMeter } from "./gas.js";
import { decodeStrict } from "../codec/strict.js";
import type { ModuleRegistry } from "./module.js";
import { MapStoreSet, ReadonlyStore } from "./state.js";

export class QueryRouter {
  constructor(
    private readonly store: MultiStore,
    private readonly registry: ModuleRegistry,
    private readonly chainId: string,
    private readonly appVersion: string,
    private readonly logger: Logger,
  ) {}

  query(request: RequestQuery): ResponseQuery {
    let height = 0;
    try {
      height = this.resolveHeight(request.height);
      const storePath = /^\/?store\/([^/]+)\/key$/.exec(request.path);
      if (storePath !== null) return this.queryStore(storePath[1]!, request.data, height, request.prove);
      if (request.path === "/app/version" || request.path === "app/version") {
        return result(height, request.data, new TextEncoder().encode(this.appVersion));
      }
      const route = this.registry.queryRoute(request.path);
      if (route === undefined) throw sdkErrors.unknownRequest.wrap(`unknown query path ${request.path}`);
      if (request.prove) throw sdkErrors.invalidRequest.wrap("proofs are served for store paths only (store/<name>/key)");
      const decoded: unknown = decodeStrict(route.request, request.data);
      const response = route.handle(this.context(height), decoded);
      return result(height, new Uint8Array(0), route.response.encode(response).finish());
    } catch (err) {
      const error = this.refusal(request.path, err);
      return {
        code: error.code,
        log: error.log,
        info: "",
        index: 0n,
        key: new Uint8Array(0),
        value: new Uint8Array(0),
        proofOps: undefined,
        height: BigInt(height),
        codespace: error.codespace,
      };
    }
  }

  /** Queries never halt the node: an engine error is refused with the fixed "internal" text. */
  private refusal(path: string, err: unknown): AppError {
    if (err instanceof VersionUnavailableError) return sdkErrors.invalidHeight.wrap(err.message);
    if (err instanceof AppError) return err;
    this.logger.error("query failed unexpectedly", { path, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    try {
      return toAppError(err);
    } catch {
      return sdkErrors.internal.error();
    }
  }

  private resolveHeight(requested: bigint): number {
    const latest = this.store.latestVersion;
    if (requested < 0n) throw sdkErrors.invalidRequest.wrap(`cannot query with height < 0; please provide a valid height`);
    if (requested === 0n) return latest;
    if (requested > BigInt(latest)) {
      throw sdkErrors.invalidRequest.wrap(`cannot query with height in the future; please provide a valid height`);
    }
    return Number(requested);
  }

  private queryStore(name: string, key: Uint8Array, height: number, prove: boolean): ResponseQuery {
    if (!this.store.storeNames.includes(name)) throw sdkErrors.unknownRequest.wrap(`no such store: ${name}`);
    if (key.length === 0) throw sdkErrors.invalidRequest.wrap("query key must not be empty");
    if (prove && height <= 1) throw sdkErrors.invalidRequest.wrap("cannot query with proof when height <= 1");
    if (height === 0) throw sdkErrors.invalidRequest.wrap("no committed state yet");
    const tree = this.store.treeAt(name, height);
    const value = tree.get(key) ?? new Uint8Array(0);
    const response = result(height, key, value);
    if (prove) response.proofOps = queryProofOps(tree, this.store.commitInfoAt(height), name, key);
    return response;
  }

  private context(height: number): Context {
    const stores = new Map(
      this.store.storeNames.map((name) => [name, new ReadonlyStore(this.store.treeAt(name, height))] as const),
    );
    // As the SDK: a query's "now" is the time of the block it reads (maturities, payable rewards).
    const time = height === 0 ? { seconds: 0n, nanos: 0 } : this.store.commitInfoAt(height).timestamp;
    const header = { chainId: this.chainId, height, time, proposerAddress: new Uint8Array(0) };
    return new Context(header, "query", new InfiniteGasMeter(), new MapStoreSet(stores), this.logger);
  }
}

function result(height: number, key: Uint8Array, value: Uint8Array): ResponseQuery {
  return { code: 0, log: "", info: "", index: 0n, key, value, proofOps: undefined, height: BigInt(height), codespace: "" };
}
