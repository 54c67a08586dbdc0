import type { AppModule } from "../../app/module.js";
import type { AccountKeeper } from "./expected.js";
import { bankGenesis } from "./genesis.js";
import { BankKeeper, STORE_NAME } from "./keeper.js";
import { bankMsgs } from "./msgs.js";
import { bankQueries } from "./queries.js";

export function bankModule(accounts: AccountKeeper, blocked: (address: Uint8Array) => boolean): AppModule & { keeper: BankKeeper } {
  const keeper = new BankKeeper(accounts, blocked);
  return {
    name: "bank",
    storeNames: [STORE_NAME],
    genesis: bankGenesis(keeper),
    msgs: bankMsgs(keeper),
    queries: bankQueries(keeper),
    keeper,
  };
}
