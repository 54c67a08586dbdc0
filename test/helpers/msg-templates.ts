// One well-formed message of every type the chain routes, as the fuzzer's seeds: mutations start
// from something each handler would accept (or nearly), so they reach past decoding.
import { MsgMultiSend, MsgSend, MsgSetSendEnabled, MsgUpdateParams as BankUpdateParams } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgUpdateParams as AuthUpdateParams } from "cosmjs-types/cosmos/auth/v1beta1/tx";
import { MsgUpdateParams as ConsensusUpdateParams } from "cosmjs-types/cosmos/consensus/v1/tx";
import {
  MsgCommunityPoolSpend,
  MsgSetWithdrawAddress,
  MsgWithdrawDelegatorReward,
  MsgWithdrawValidatorCommission,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import * as govV1 from "cosmjs-types/cosmos/gov/v1/tx";
import * as govV1beta1 from "cosmjs-types/cosmos/gov/v1beta1/tx";
import { TextProposal, VoteOption } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import * as staking from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { SignedMsgType } from "cosmjs-types/tendermint/types/types";
import { MsgUpdateParams as DistributionUpdateParams } from "../../codegen/ais/distribution/v1/tx.js";
import { MsgUpdateParams as EpochsUpdateParams } from "../../codegen/ais/epochs/v1/tx.js";
import { MsgUpdateParams as FeesUpdateParams } from "../../codegen/ais/fees/v1/tx.js";
import { MsgUpdateParams as CommunityUpdateParams } from "../../codegen/ais/gov/v1/tx.js";
import { MsgSubmitMisbehaviour, MsgUpdateParams as SlashingUpdateParams } from "../../codegen/ais/slashing/v1/tx.js";
import { MsgUpdateParams as StakingUpdateParams } from "../../codegen/ais/staking/v1/tx.js";
import type { MessageCodec } from "../../chain/app/module.js";
import { GOV_AUTHORITY } from "../../chain/modules/authority.js";
import { DEFAULT_GOV_PARAMS } from "../../chain/modules/gov/params.js";

export interface TemplateParties {
  /** The signer's account address. */
  signer: string;
  /** Another account. */
  other: string;
  /** Operator addresses of two validators. */
  validator: string;
  otherValidator: string;
  /** The signer's own operator address (its validator, once created). */
  ownValidator: string;
  /** An ed25519 consensus key no validator has yet. */
  consensusKey: Uint8Array;
}

function pack<M>(codec: MessageCodec<M> & { fromPartial(p: object): M }, partial: object): Any {
  return { typeUrl: codec.typeUrl, value: codec.encode(codec.fromPartial(partial)).finish() };
}

const uais = (amount: bigint | number) => ({ denom: "uais", amount: amount.toString() });

/** Every routed message type → a message of it between the parties. */
export function messageTemplates(p: TemplateParties): Record<string, Any> {
  const vote = (blockHash: number) => ({
    type: SignedMsgType.SIGNED_MSG_TYPE_PREVOTE,
    height: 5n,
    round: 0,
    blockId: { hash: new Uint8Array(32).fill(blockHash), partSetHeader: { total: 1, hash: new Uint8Array(32).fill(blockHash) } },
    timestamp: { seconds: 1_795_000_005n, nanos: 0 },
    validatorAddress: new Uint8Array(20).fill(7),
    validatorIndex: 0,
    signature: new Uint8Array(64).fill(blockHash),
  });
  const updateParams = pack(BankUpdateParams, { authority: GOV_AUTHORITY, params: { defaultSendEnabled: true } });
  const templates: Any[] = [
    pack(MsgSend, { fromAddress: p.signer, toAddress: p.other, amount: [uais(1000)] }),
    pack(MsgMultiSend, { inputs: [{ address: p.signer, coins: [uais(30)] }], outputs: [{ address: p.other, coins: [uais(10)] }, { address: p.signer, coins: [uais(20)] }] }),
    pack(MsgSetSendEnabled, { authority: p.signer, sendEnabled: [{ denom: "uais", enabled: true }] }),
    pack(BankUpdateParams, { authority: p.signer, params: { defaultSendEnabled: true } }),
    pack(AuthUpdateParams, { authority: p.signer, params: { maxMemoCharacters: 256n, txSigLimit: 7n, txSizeCostPerByte: 10n, sigVerifyCostEd25519: 590n, sigVerifyCostSecp256k1: 1000n } }),
    pack(ConsensusUpdateParams, {
      authority: p.signer,
      block: { maxBytes: 22_020_096n, maxGas: 100_000_000n },
      evidence: { maxAgeNumBlocks: 10_000n, maxAgeDuration: { seconds: 172_800n, nanos: 0 }, maxBytes: 1_048_576n },
      validator: { pubKeyTypes: ["ed25519"] },
    }),
    pack(staking.MsgCreateValidator, {
      description: { moniker: "fuzzed" },
      commission: { rate: "100000000000000000", maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
      minSelfDelegation: "1",
      validatorAddress: p.ownValidator,
      pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: p.consensusKey }).finish() },
      value: uais(1_000_000),
    }),
    pack(staking.MsgEditValidator, { description: { moniker: "renamed", identity: "[do-not-modify]", website: "[do-not-modify]", securityContact: "[do-not-modify]", details: "[do-not-modify]" }, validatorAddress: p.ownValidator }),
    pack(staking.MsgDelegate, { delegatorAddress: p.signer, validatorAddress: p.validator, amount: uais(2_000_000) }),
    pack(staking.MsgUndelegate, { delegatorAddress: p.signer, validatorAddress: p.validator, amount: uais(1_000_000) }),
    pack(staking.MsgBeginRedelegate, { delegatorAddress: p.signer, validatorSrcAddress: p.validator, validatorDstAddress: p.otherValidator, amount: uais(500_000) }),
    pack(staking.MsgCancelUnbondingDelegation, { delegatorAddress: p.signer, validatorAddress: p.validator, amount: uais(100), creationHeight: 3n }),
    pack(staking.MsgUpdateParams, { authority: p.signer, params: { unbondingTime: { seconds: 60n, nanos: 0 }, maxValidators: 21, maxEntries: 7, historicalEntries: 100, bondDenom: "uais", minCommissionRate: "0" } }),
    pack(StakingUpdateParams, { authority: p.signer, params: { minSelfBond: "2000000" } }),
    pack(MsgSetWithdrawAddress, { delegatorAddress: p.signer, withdrawAddress: p.other }),
    pack(MsgWithdrawDelegatorReward, { delegatorAddress: p.signer, validatorAddress: p.validator }),
    pack(MsgWithdrawValidatorCommission, { validatorAddress: p.ownValidator }),
    pack(MsgCommunityPoolSpend, { authority: p.signer, recipient: p.other, amount: [uais(1)] }),
    pack(DistributionUpdateParams, { authority: p.signer }),
    pack(MsgUnjail, { validatorAddr: p.ownValidator }),
    pack(MsgSubmitMisbehaviour, { reporter: p.signer, voteA: vote(1), voteB: vote(2) }),
    pack(SlashingUpdateParams, { authority: p.signer }),
    pack(EpochsUpdateParams, { authority: p.signer, params: { epochDuration: { seconds: 10n, nanos: 0 } } }),
    pack(FeesUpdateParams, { authority: p.signer }),
    pack(CommunityUpdateParams, { authority: p.signer, params: { exchangeAddresses: [p.other] } }),
    pack(govV1.MsgSubmitProposal, { messages: [updateParams], initialDeposit: [uais(100_000_000)], proposer: p.signer, metadata: "", title: "Fuzz", summary: "A fuzzed proposal", expedited: false }),
    pack(govV1.MsgSubmitProposal, { messages: [], initialDeposit: [uais(100_000_000)], proposer: p.signer, metadata: "ipfs://signal", title: "Signal", summary: "A community proposal" }),
    pack(govV1.MsgDeposit, { proposalId: 1n, depositor: p.signer, amount: [uais(1_000_000)] }),
    pack(govV1.MsgVote, { proposalId: 1n, voter: p.signer, option: VoteOption.VOTE_OPTION_YES, metadata: "" }),
    pack(govV1.MsgVoteWeighted, { proposalId: 1n, voter: p.signer, options: [{ option: VoteOption.VOTE_OPTION_YES, weight: "0.5" }, { option: VoteOption.VOTE_OPTION_NO, weight: "0.5" }] }),
    pack(govV1.MsgCancelProposal, { proposalId: 1n, proposer: p.signer }),
    pack(govV1.MsgUpdateParams, { authority: p.signer, params: DEFAULT_GOV_PARAMS }),
    pack(govV1beta1.MsgSubmitProposal, {
      content: { typeUrl: TextProposal.typeUrl, value: TextProposal.encode({ title: "Old", description: "A v1beta1 proposal" }).finish() },
      initialDeposit: [uais(100_000_000)],
      proposer: p.signer,
    }),
    pack(govV1beta1.MsgDeposit, { proposalId: 1n, depositor: p.signer, amount: [uais(1_000_000)] }),
    pack(govV1beta1.MsgVote, { proposalId: 1n, voter: p.signer, option: VoteOption.VOTE_OPTION_NO }),
    pack(govV1beta1.MsgVoteWeighted, { proposalId: 1n, voter: p.signer, options: [{ option: VoteOption.VOTE_OPTION_ABSTAIN, weight: "1000000000000000000" }] }),
  ];
  const byType: Record<string, Any> = {};
  templates.forEach((any, index) => {
    byType[byType[any.typeUrl] === undefined ? any.typeUrl : `${any.typeUrl}#${index}`] = any;
  });
  return byType;
}
