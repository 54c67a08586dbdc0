import type { AppModule } from "../../app/module.js";
import type { ConsensusStaking } from "./expected.js";
import { ConsensusKeeper, STORE_NAME } from "./keeper.js";
import { consensusMsgs } from "./msgs.js";
import { consensusQueries } from "./queries.js";

export function consensusModule(staking: ConsensusStaking, keeper = new ConsensusKeeper()): AppModule & { keeper: ConsensusKeeper } {
  return { name: "consensus", storeNames: [STORE_NAME], msgs: consensusMsgs(keeper, staking), queries: consensusQueries(keeper), keeper };
}
