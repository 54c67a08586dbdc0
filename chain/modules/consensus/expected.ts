// What x/consensus needs from other modules.
import type { Context } from "../../app/context.js";
import type { EvidenceRetention } from "../evidence-age.js";

export interface ConsensusStaking {
  /** How long staking keeps what evidence needs (HistoricalInfo heights, the unbonding time). */
  evidenceRetention(ctx: Context): EvidenceRetention;
}
