// Governance in unit tests: short periods in genesis, and a proposal carried to the end of its vote
// by the validators' yes votes (parameter changes reach state only this way).
import * as v1 from "cosmjs-types/cosmos/gov/v1/tx";
import { QueryProposalRequest, QueryProposalResponse } from "cosmjs-types/cosmos/gov/v1/query";
import { VoteOption, type Proposal } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { aisModules } from "../../chain/app/ais.js";
import type { SigningKey as AccountKey } from "../../chain/client/tx.js";
import type { GenesisDoc } from "../../chain/node/genesis.js";
import { TEST_CHAIN_ID, TestChain, testKeys } from "./chain.js";
import { TEST_FEE } from "./staking.js";
import { signTx } from "./txs.js";

/** A proposal is funded at once and voted on for 5 s. */
export function shortGovernance(genesis: GenesisDoc): void {
  Object.assign((genesis.app_state.gov as { params: object }).params, { max_deposit_period: "10s", voting_period: "5s", expedited_voting_period: "2s" });
}

async function signed(c: TestChain, signer: AccountKey, message: Any): Promise<Uint8Array> {
  const account = c.account(signer.address)!;
  return signTx({
    signer,
    chainId: TEST_CHAIN_ID,
    accountNumber: account.accountNumber,
    sequence: account.sequence,
    messages: [message],
    gasLimit: 1_000_000n,
    fee: [{ denom: "uais", amount: TEST_FEE.toString() }],
  });
}

/**
 * Submits `messages` with the whole minimum deposit (from the private holder), has `voters` vote
 * yes in the next block and runs the block that ends the vote; returns the proposal as it ended.
 */
export async function runProposal(c: TestChain, voters: readonly AccountKey[], messages: Any[]): Promise<Proposal> {
  const proposer = testKeys.private;
  const { minDeposit } = aisModules().gov.keeper.params(c.readContext());
  const submit = {
    typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
    value: v1.MsgSubmitProposal.encode({ messages, initialDeposit: minDeposit, proposer: proposer.address, metadata: "", title: "A change", summary: "A change", expedited: false }).finish(),
  };
  const [submitted] = (await c.block([await signed(c, proposer, submit)])).results;
  if (submitted!.code !== 0) throw new Error(`proposal refused: ${submitted!.log}`);
  const id = v1.MsgSubmitProposalResponse.decode(TxMsgData.decode(submitted!.data).msgResponses[0]!.value).proposalId;
  const vote = (voter: AccountKey) => ({
    typeUrl: "/cosmos.gov.v1.MsgVote",
    value: v1.MsgVote.encode({ proposalId: id, voter: voter.address, option: VoteOption.VOTE_OPTION_YES, metadata: "" }).finish(),
  });
  const votes = await c.block(await Promise.all(voters.map((voter) => signed(c, voter, vote(voter)))));
  for (const result of votes.results) if (result.code !== 0) throw new Error(`vote refused: ${result.log}`);
  const proposal = () => {
    const r = c.app.query({ path: "/cosmos.gov.v1.Query/Proposal", data: QueryProposalRequest.encode({ proposalId: id }).finish(), height: 0n, prove: false });
    return QueryProposalResponse.decode(r.value).proposal!;
  };
  await c.block([], proposal().votingEndTime!.seconds - c.time);
  return proposal();
}
