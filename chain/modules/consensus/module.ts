import type { AppModule } from "../../app/module.js";
import { ConsensusKeeper, STORE_NAME } from "./keeper.js";
import { consensusMsgs } from "./msgs.js";
import { consensusQueries } from "./queries.js";

export function consensusModule(keeper = new ConsensusKeeper()): AppModule & { keeper: ConsensusKeeper } {
  return { name: "consensus", storeNames: [STORE_NAME], msgs: consensusMsgs(keeper), queries: consensusQueries(keeper), keeper };
}
