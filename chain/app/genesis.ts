// Genesis: app_state is a JSON object with one section per module. Sections are validated before
// any is applied; a missing section takes the module's default, an unknown one is an error.
import type { Context } from "./context.js";
import { sdkErrors } from "./errors.js";
import type { AppModule } from "./module.js";

export type AppState = Record<string, unknown>;

export function parseAppState(bytes: Uint8Array): AppState {
  if (bytes.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw sdkErrors.jsonUnmarshal.wrap(`app_state is not valid JSON: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw sdkErrors.jsonUnmarshal.wrap("app_state must be a JSON object");
  }
  return parsed as AppState;
}

/** Every module's section (given or default), validated; throws an AppError naming the module. */
export function validateAppState(modules: readonly AppModule[], appState: AppState): Map<string, unknown> {
  const known = new Set(modules.map((m) => m.name));
  const unknown = Object.keys(appState).filter((k) => !known.has(k));
  if (unknown.length > 0) throw sdkErrors.invalidRequest.wrap(`app_state has sections for unknown modules: ${unknown.join(", ")}`);
  const sections = new Map<string, unknown>();
  for (const module of modules) {
    if (module.genesis === undefined) {
      if (module.name in appState) throw sdkErrors.invalidRequest.wrap(`module ${module.name} takes no genesis state`);
      continue;
    }
    const section = appState[module.name] ?? module.genesis.defaultGenesis();
    try {
      module.genesis.validateGenesis(section);
    } catch (err) {
      throw sdkErrors.invalidRequest.wrap(`genesis of module ${module.name}: ${(err as Error).message}`);
    }
    sections.set(module.name, section);
  }
  return sections;
}

export function defaultAppState(modules: readonly AppModule[]): AppState {
  const state: AppState = {};
  for (const module of modules) if (module.genesis !== undefined) state[module.name] = module.genesis.defaultGenesis();
  return state;
}

/** Validates all sections, then initializes modules in registration order; returns the sections. */
export function initGenesis(ctx: Context, modules: readonly AppModule[], appStateBytes: Uint8Array): Map<string, unknown> {
  const sections = validateAppState(modules, parseAppState(appStateBytes));
  for (const module of modules) {
    const section = sections.get(module.name);
    if (section !== undefined) module.genesis!.initGenesis(ctx, section);
  }
  return sections;
}
