import type { AppModule } from "../../app/module.js";
import { authGenesis } from "./genesis.js";
import { AuthKeeper, STORE_NAME } from "./keeper.js";
import { authMsgs } from "./msgs.js";
import { authQueries } from "./queries.js";

export function authModule(moduleAccountPermissions: Record<string, readonly string[]>): AppModule & { keeper: AuthKeeper } {
  const keeper = new AuthKeeper(moduleAccountPermissions);
  return { name: "auth", storeNames: [STORE_NAME], genesis: authGenesis(keeper), msgs: authMsgs(keeper), queries: authQueries(keeper), keeper };
}
