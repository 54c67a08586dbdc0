// What CometBFT tells the application about a block besides its transactions: who signed the
// previous block and which misbehaviour it has evidence of. Slashing and distribution read it.
import type { CommitInfo, Misbehavior } from "cosmjs-types/tendermint/abci/types";

export interface BlockInfo {
  /** Votes of the previous block's validator set (empty at the first height). */
  decidedLastCommit: CommitInfo;
  misbehavior: readonly Misbehavior[];
}

export const EMPTY_BLOCK_INFO: BlockInfo = { decidedLastCommit: { round: 0, votes: [] }, misbehavior: [] };
