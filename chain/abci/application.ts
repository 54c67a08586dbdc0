// What the socket server needs from the state machine: one handler per ABCI 2.0 method. Echo and
// Flush are answered by the server itself.
import type {
  RequestApplySnapshotChunk,
  RequestCheckTx,
  RequestCommit,
  RequestExtendVote,
  RequestFinalizeBlock,
  RequestInfo,
  RequestInitChain,
  RequestListSnapshots,
  RequestLoadSnapshotChunk,
  RequestOfferSnapshot,
  RequestPrepareProposal,
  RequestProcessProposal,
  RequestQuery,
  RequestVerifyVoteExtension,
  ResponseApplySnapshotChunk,
  ResponseCheckTx,
  ResponseCommit,
  ResponseExtendVote,
  ResponseFinalizeBlock,
  ResponseInfo,
  ResponseInitChain,
  ResponseListSnapshots,
  ResponseLoadSnapshotChunk,
  ResponseOfferSnapshot,
  ResponsePrepareProposal,
  ResponseProcessProposal,
  ResponseQuery,
  ResponseVerifyVoteExtension,
} from "cosmjs-types/tendermint/abci/types";

type Handler<Req, Res> = (request: Req) => Res | Promise<Res>;

export interface AbciApplication {
  info: Handler<RequestInfo, ResponseInfo>;
  initChain: Handler<RequestInitChain, ResponseInitChain>;
  query: Handler<RequestQuery, ResponseQuery>;
  checkTx: Handler<RequestCheckTx, ResponseCheckTx>;
  prepareProposal: Handler<RequestPrepareProposal, ResponsePrepareProposal>;
  processProposal: Handler<RequestProcessProposal, ResponseProcessProposal>;
  extendVote: Handler<RequestExtendVote, ResponseExtendVote>;
  verifyVoteExtension: Handler<RequestVerifyVoteExtension, ResponseVerifyVoteExtension>;
  finalizeBlock: Handler<RequestFinalizeBlock, ResponseFinalizeBlock>;
  commit: Handler<RequestCommit, ResponseCommit>;
  listSnapshots: Handler<RequestListSnapshots, ResponseListSnapshots>;
  offerSnapshot: Handler<RequestOfferSnapshot, ResponseOfferSnapshot>;
  loadSnapshotChunk: Handler<RequestLoadSnapshotChunk, ResponseLoadSnapshotChunk>;
  applySnapshotChunk: Handler<RequestApplySnapshotChunk, ResponseApplySnapshotChunk>;
}
