// The shape of a module, as the Cosmos SDK's AppModule: its stores, genesis, message and query
// handlers and block hooks. The app wires modules together only through these declarations.
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import type { BlockInfo } from "./block.js";
import type { Context } from "./context.js";

export interface MessageCodec<M> {
  /** "/" + the message's full protobuf name (cosmjs-types and our codegen carry it). */
  readonly typeUrl: string;
  decode(bytes: Uint8Array): M;
  encode(message: M): { finish(): Uint8Array };
}

export interface MsgRoute<M> {
  /** e.g. "/cosmos.bank.v1beta1.MsgSend" */
  typeUrl: string;
  codec: MessageCodec<M>;
  /** Stateless checks (the SDK's ValidateBasic); throws an AppError. */
  validate?(msg: M): void;
  /** Bech32 addresses that must have signed. */
  signers(msg: M): string[];
  /**
   * Sent by governance alone (its signer is the gov account): only such messages may ride in a
   * proposal, so a proposal can never move the deposits the gov account holds in escrow.
   */
  governance?: boolean;
  /** Executes the message; returns its response packed as an Any for TxMsgData. */
  handle(ctx: Context, msg: M): Any;
}

export interface QueryRoute<Req, Res> {
  /** gRPC method path, e.g. "/cosmos.bank.v1beta1.Query/Balance" */
  path: string;
  request: MessageCodec<Req>;
  response: MessageCodec<Res>;
  handle(ctx: Context, request: Req): Res;
}

// Routes of one module carry different message types; the registry holds them type-erased, and
// `msgRoute` / `queryRoute` check each route against its codecs where it is written.
export type AnyMsgRoute = MsgRoute<any>;
export type AnyQueryRoute = QueryRoute<any, any>;

export function msgRoute<M>(route: MsgRoute<M>): AnyMsgRoute {
  return route;
}

export function queryRoute<Req, Res>(route: QueryRoute<Req, Res>): AnyQueryRoute {
  return route;
}

export interface ModuleGenesis {
  /** The module's section of app_state when genesis does not give one. */
  defaultGenesis(): unknown;
  /** Throws an AppError naming what is wrong. */
  validateGenesis(state: unknown): void;
  initGenesis(ctx: Context, state: unknown): void;
  /** The module's state as a genesis section (modules without it cannot be exported yet). */
  exportGenesis?(ctx: Context): unknown;
}

export interface AppModule {
  /** Unique; also the key of its section in app_state. */
  name: string;
  /** Stores the module owns (committed into the app hash). */
  storeNames: readonly string[];
  genesis?: ModuleGenesis;
  // Routes are heterogeneous: each route checks its own message type.
  msgs?: readonly AnyMsgRoute[];
  queries?: readonly AnyQueryRoute[];
  beginBlock?(ctx: Context, block: BlockInfo): void;
  /** Validator updates are returned by at most one module (staking). */
  endBlock?(ctx: Context): ValidatorUpdate[] | void;
}

/** Routes and stores of a set of modules, with duplicates rejected at start-up. */
export class ModuleRegistry {
  private readonly msgRoutes = new Map<string, AnyMsgRoute>();
  private readonly queryRoutes = new Map<string, AnyQueryRoute>();
  readonly storeNames: readonly string[];

  constructor(readonly modules: readonly AppModule[]) {
    const names = new Set<string>();
    const stores = new Set<string>();
    for (const module of modules) {
      if (names.has(module.name)) throw new Error(`module ${module.name} is registered twice`);
      names.add(module.name);
      for (const store of module.storeNames) {
        if (stores.has(store)) throw new Error(`store ${store} is claimed by two modules`);
        stores.add(store);
      }
      for (const route of module.msgs ?? []) {
        if (this.msgRoutes.has(route.typeUrl)) throw new Error(`message ${route.typeUrl} is routed twice`);
        this.msgRoutes.set(route.typeUrl, route);
      }
      for (const route of module.queries ?? []) {
        if (this.queryRoutes.has(route.path)) throw new Error(`query ${route.path} is routed twice`);
        this.queryRoutes.set(route.path, route);
      }
    }
    this.storeNames = [...stores].sort();
  }

  msgRoute(typeUrl: string): AnyMsgRoute | undefined {
    return this.msgRoutes.get(typeUrl);
  }

  queryRoute(path: string): AnyQueryRoute | undefined {
    return this.queryRoutes.get(path);
  }

  msgRoutesList(): AnyMsgRoute[] {
    return [...this.msgRoutes.values()];
  }

  get messageTypes(): string[] {
    return [...this.msgRoutes.keys()].sort();
  }
}
