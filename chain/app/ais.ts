// The AIS application: its modules, in the order their genesis and block hooks run, and the ante
// decorators every transaction passes.
import type { Logger } from "../logger.js";
import type { MultiStore } from "../store/multistore.js";
import { consensusModule } from "../modules/consensus/module.js";
import { baseAnteDecorators } from "./ante.js";
import { AisApp } from "./app.js";
import type { AppModule } from "./module.js";

export interface AisModules {
  modules: AppModule[];
  consensus: ReturnType<typeof consensusModule>;
}

export function aisModules(): AisModules {
  const consensus = consensusModule();
  return { modules: [consensus], consensus };
}

/** Store names of the AIS multistore (fixed by the module set). */
export function aisStoreNames(): string[] {
  return [...new Set(aisModules().modules.flatMap((m) => m.storeNames))].sort();
}

export function createAisApp(options: { chainId: string; version: string; store: MultiStore; logger: Logger }): AisApp {
  const { modules, consensus } = aisModules();
  return new AisApp({ ...options, modules, consensus: consensus.keeper, anteDecorators: baseAnteDecorators });
}
