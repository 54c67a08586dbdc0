// What CometBFT tells the application about a block besides its transactions: who signed the
// previous block and which misbehaviour it has evidence of. Slashing and distribution read it.
import type { CommitInfo, Misbehavior } from "cosmjs-types/tendermint/abci/types";

export interface BlockInfo {
  /** Header fields beyond the context's: the state hash after the previous block, the next set's hash. */
  lastAppHash: Uint8Array;
  nextValidatorsHash: Uint8Array;
  /** Votes of the previous block's validator set (empty at the first height). */
  decidedLastCommit: CommitInfo;
  misbehavior: readonly Misbehavior[];
}

export const EMPTY_COMMIT: CommitInfo = { round: 0, votes: [] };
