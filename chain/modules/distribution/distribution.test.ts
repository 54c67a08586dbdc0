// The N+2 payout rule end to end on an in-process chain: fees accrue to the validators that signed,
// move into custody at the epoch's close (community tax, withheld and forfeited rewards shared out,
// commission) and are paid from the first block of the epoch after next. Every expected amount is
// worked out by hand here, from the fees the test's own transactions paid.
import { afterEach, describe, expect, it } from "vitest";
import { secp256k1 } from "@noble/curves/secp256k1";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import {
  MsgSetWithdrawAddress,
  MsgWithdrawDelegatorReward,
  MsgWithdrawDelegatorRewardResponse,
  MsgWithdrawValidatorCommission,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import {
  QueryCommunityPoolRequest,
  QueryCommunityPoolResponse,
  QueryDelegationRewardsRequest,
  QueryDelegationRewardsResponse,
  QueryDelegationTotalRewardsRequest,
  QueryDelegationTotalRewardsResponse,
  QueryDelegatorWithdrawAddressRequest,
  QueryDelegatorWithdrawAddressResponse,
  QueryValidatorCommissionRequest,
  QueryValidatorCommissionResponse,
  QueryValidatorDistributionInfoRequest,
  QueryValidatorDistributionInfoResponse,
  QueryValidatorOutstandingRewardsRequest,
  QueryValidatorOutstandingRewardsResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Event, ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import {
  QueryCustodyRequest,
  QueryCustodyResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryPendingRewardsRequest,
  QueryPendingRewardsResponse,
  QueryTotalsRequest,
  QueryTotalsResponse,
} from "../../../codegen/ais/distribution/v1/query.js";
import { aisModules } from "../../app/ais.js";
import { DEFAULT_DISTRIBUTION_PARAMS, distributionParamsFromJson, distributionParamsToJson, validateDistributionParams } from "./params.js";
import { signTx as signGentx, type SigningKey } from "../../client/tx.js";
import { operatorAddressOf } from "../../node/gentx.js";
import { setEpochSeconds } from "../../node/genesis.js";
import { accAddress, accString, moduleAddress, secp256k1Address } from "../../types/address.js";
import { STORE_NAME as DISTRIBUTION_STORE } from "./keeper.js";
import { parseDec } from "../../types/dec.js";
import { GENESIS_TIME, TestChain, TEST_CHAIN_ID, consensusHex, testGenesis, testKeys, testValidator, type BlockOptions } from "../../../test/helpers/chain.js";
import { TEST_FEE, delegateMsg, redelegateMsg, undelegateMsg } from "../../../test/helpers/staking.js";
import { msgSend, signTx } from "../../../test/helpers/txs.js";

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

const AIS = 1_000_000n;
/** 10^18: DecCoin amounts are atomics. */
const ATOMICS = 10n ** 18n;
const EPOCH_SECONDS = 10n;
const DISTRIBUTION_ADDRESS = accString(moduleAddress("distribution"));

interface ValidatorSpec {
  moniker: string;
  /** Commission rate as a decimal string. */
  rate: string;
  /** Self-bond in uais (the operator is funded with 1.1M AIS). */
  bond: bigint;
}

interface ChainOptions {
  payoutBatchSize?: number;
  slashing?: Record<string, string>;
}

/**
 * A chain with genesis validators of chosen commission and self-bond (their gentxs are built here),
 * 10-second epochs and 30-second unbonding.
 */
async function startChain(specs: readonly ValidatorSpec[], options: ChainOptions = {}) {
  const keys = specs.map((s) => testValidator(s.moniker));
  const genesis = testGenesis(keys);
  setEpochSeconds(genesis, EPOCH_SECONDS);
  Object.assign((genesis.app_state.staking as { params: object }).params, { unbonding_time: "30s" });
  if (options.payoutBatchSize !== undefined) {
    Object.assign((genesis.app_state.distribution as { params: object }).params, { payout_batch_size: options.payoutBatchSize });
  }
  if (options.slashing !== undefined) Object.assign((genesis.app_state.slashing as { params: object }).params, options.slashing);
  (genesis.app_state.genutil as { gen_txs: string[] }).gen_txs = specs.map((spec, i) => {
    const key = keys[i]!;
    const message = MsgCreateValidator.fromPartial({
      description: { moniker: spec.moniker },
      commission: { rate: parseDec(spec.rate).toString(), maxRate: parseDec("0.5").toString(), maxChangeRate: parseDec("0.01").toString() },
      minSelfDelegation: "1",
      delegatorAddress: "",
      validatorAddress: operatorAddressOf(key.operator.address),
      pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: Buffer.from(key.consensusPubKey, "base64") }).finish() },
      value: { denom: "uais", amount: spec.bond.toString() },
    });
    // Genesis account numbers: the three holders, then the operators in order.
    const bytes = signGentx(
      { messages: [{ typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator", value: MsgCreateValidator.encode(message).finish() }], fee: [], gasLimit: 400_000n },
      key.operator,
      { chainId: TEST_CHAIN_ID, accountNumber: BigInt(3 + i), sequence: 0n },
    );
    return Buffer.from(bytes).toString("base64");
  });
  chain = await TestChain.start({ genesis });
  const validators = keys.map((k) => ({
    operator: k.operator,
    account: k.operator.address,
    valoper: operatorAddressOf(k.operator.address),
    consensus: consensusHex(k.consensusPubKey),
  }));
  return { c: chain, validators };
}

/** A signed transaction with the signer's next sequence (`offset` more for a second one in the same block). */
async function tx(c: TestChain, signer: SigningKey, messages: Any[], fee = TEST_FEE, offset = 0n): Promise<Uint8Array> {
  const account = c.account(signer.address)!;
  return signTx({
    signer,
    chainId: TEST_CHAIN_ID,
    accountNumber: account.accountNumber,
    sequence: account.sequence + offset,
    messages,
    gasLimit: 1_000_000n,
    fee: [{ denom: "uais", amount: fee.toString() }],
  });
}

function ok(result: ExecTxResult | undefined): ExecTxResult {
  expect(result, "missing tx result").toBeDefined();
  expect(result!.code, result!.log).toBe(0);
  return result!;
}

function epochOf(c: TestChain) {
  return aisModules().epochs.keeper.currentEpoch(c.readContext());
}

/** A block at exactly the current epoch's boundary: the first block of the next epoch. */
async function nextEpoch(c: TestChain, txs: Uint8Array[] = [], options: BlockOptions = {}) {
  const boundary = epochOf(c).nextBoundary.seconds;
  const result = await c.block(txs, boundary - c.time, options);
  return result;
}

function query<T>(c: TestChain, path: string, data: Uint8Array, decode: (b: Uint8Array) => T): T {
  const r = c.app.query({ path, data, height: 0n, prove: false });
  if (r.code !== 0) throw new Error(`${path}: ${r.log}`);
  return decode(r.value);
}

function custody(c: TestChain, valoper: string) {
  return query(c, "/ais.distribution.v1.Query/Custody", QueryCustodyRequest.encode({ validatorAddress: valoper }).finish(), QueryCustodyResponse.decode);
}

function pending(c: TestChain, delegator: string) {
  return query(c, "/ais.distribution.v1.Query/PendingRewards", QueryPendingRewardsRequest.encode({ delegatorAddress: delegator }).finish(), QueryPendingRewardsResponse.decode);
}

function totals(c: TestChain) {
  return query(c, "/ais.distribution.v1.Query/Totals", QueryTotalsRequest.encode({}).finish(), QueryTotalsResponse.decode);
}

function communityPool(c: TestChain): bigint {
  const { pool } = query(c, "/cosmos.distribution.v1beta1.Query/CommunityPool", QueryCommunityPoolRequest.encode({}).finish(), QueryCommunityPoolResponse.decode);
  return decAmount(pool);
}

function delegationRewards(c: TestChain, delegator: string, valoper: string): bigint {
  const request = QueryDelegationRewardsRequest.encode({ delegatorAddress: delegator, validatorAddress: valoper }).finish();
  return decAmount(query(c, "/cosmos.distribution.v1beta1.Query/DelegationRewards", request, QueryDelegationRewardsResponse.decode).rewards);
}

function outstanding(c: TestChain, valoper: string): bigint {
  const request = QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: valoper }).finish();
  return decAmount(query(c, "/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards", request, QueryValidatorOutstandingRewardsResponse.decode).rewards!.rewards);
}

/** A DecCoin list of uais (empty = 0) as whole uais; the atomics must be a whole number. */
function decAmount(coins: readonly { denom: string; amount: string }[]): bigint {
  if (coins.length === 0) return 0n;
  expect(coins).toHaveLength(1);
  expect(coins[0]!.denom).toBe("uais");
  const atomics = BigInt(coins[0]!.amount);
  expect(atomics % ATOMICS).toBe(0n);
  return atomics / ATOMICS;
}

function balances(c: TestChain, addresses: readonly string[]): bigint[] {
  return addresses.map((a) => c.balance(a));
}

/**
 * Credits paid by the distribution module account, in event order: each coin_received that follows
 * a coin_spent of the module (one transfer, or one debit for a batch of credits).
 */
function payouts(events: readonly Event[]): { recipient: string; amount: string }[] {
  const credits: { recipient: string; amount: string }[] = [];
  let spender: string | undefined;
  for (const event of events) {
    const attributes = Object.fromEntries(event.attributes.map((a) => [a.key, a.value]));
    if (event.type === "coin_spent") spender = attributes.spender;
    else if (event.type === "coin_received" && spender === DISTRIBUTION_ADDRESS) credits.push({ recipient: attributes.receiver!, amount: attributes.amount! });
  }
  return credits;
}

/** A new account key (from a random private key: mnemonic derivation is slow). */
function freshKey(): SigningKey {
  const privateKey = secp256k1.utils.randomPrivateKey();
  const publicKey = secp256k1.getPublicKey(privateKey, true);
  return { address: accString(secp256k1Address(publicKey)), publicKey, privateKey };
}

function withdrawRewardMsg(delegator: string, valoper: string): Any {
  return {
    typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward",
    value: MsgWithdrawDelegatorReward.encode({ delegatorAddress: delegator, validatorAddress: valoper }).finish(),
  };
}

function withdrawCommissionMsg(valoper: string): Any {
  return { typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission", value: MsgWithdrawValidatorCommission.encode({ validatorAddress: valoper }).finish() };
}

function setWithdrawAddressMsg(delegator: string, withdraw: string): Any {
  return { typeUrl: "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", value: MsgSetWithdrawAddress.encode({ delegatorAddress: delegator, withdrawAddress: withdraw }).finish() };
}

function withdrawnAmount(result: ExecTxResult): { denom: string; amount: string }[] {
  return MsgWithdrawDelegatorRewardResponse.decode(TxMsgData.decode(result.data).msgResponses[0]!.value).amount;
}

const sink = freshKey().address;

/** A bank send of 1 uais from the private holder that pays `fee`: fee income for the validators. */
async function feeTx(c: TestChain, fee: bigint, offset = 0n): Promise<Uint8Array> {
  return tx(c, testKeys.private, [msgSend(testKeys.private.address, sink, [{ denom: "uais", amount: "1" }])], fee, offset);
}


/** On schedule (epoch N closed by the block at its end boundary), N is payable exactly when N+2 starts. */
const payoutTimeOf = (epoch: bigint) => ({ seconds: GENESIS_TIME + EPOCH_SECONDS * (epoch + 2n), nanos: 0 });

/** floor(amount × rate) for a rate given in thousandths. */
const permille = (amount: bigint, thousandths: bigint) => (amount * thousandths) / 1000n;
/** The default community tax, 0.02. */
const tax = (amount: bigint) => (amount * 2n) / 100n;

describe("distribution: the N+2 rule", () => {
  it("pays epoch N's fees exactly at the first block of N+2: commission, delegators pro rata, community tax and remainder", async () => {
    const { c, validators } = await startChain([{ moniker: "a", rate: "0.137", bond: 1_000_000n * AIS }]);
    const a = validators[0]!;
    const d1 = testKeys.technology;
    const d2 = testKeys.institutions;
    const watched = [a.account, d1.address, d2.address];

    // Epoch 0: two delegators join (300k and 170k AIS beside the operator's 1M) and fees are paid.
    const r = await c.block([
      await tx(c, d1, [delegateMsg(d1.address, a.valoper, 300_000n * AIS)]),
      await tx(c, d2, [delegateMsg(d2.address, a.valoper, 170_000n * AIS)]),
      await feeTx(c, 987_653n),
    ]);
    r.results.forEach(ok);
    await c.block([]); // allocates the block's fees to the signers (the only validator)
    expect(epochOf(c).number).toBe(0n);
    const fees = 10_000n + 10_000n + 987_653n;
    expect(custody(c, a.valoper)).toMatchObject({ currentEpoch: 0n, accrued: fees.toString(), excluded: false, records: [] });
    const before = balances(c, watched);

    // The close of epoch 0, at the first block of epoch 1.
    const close = await nextEpoch(c);
    expect(epochOf(c).number).toBe(1n);
    expect(payouts(close.events)).toEqual([]);
    const communityTax = tax(fees); // 20 153
    const net = fees - communityTax; // 987 500
    const commission = permille(net, 137n); // 135 287 (135 287.5 rounded down)
    const delegatorRewards = net - commission; // 852 213
    expect([communityTax, net, commission, delegatorRewards]).toEqual([20_153n, 987_500n, 135_287n, 852_213n]);
    expect(custody(c, a.valoper).records).toEqual([
      {
        validatorAddress: a.valoper,
        epoch: 0n,
        payoutEpoch: 2n,
        payoutTime: payoutTimeOf(0n),
        commission: commission.toString(),
        commissionPaid: false,
        delegatorRewards: delegatorRewards.toString(),
        delegatorShares: (1_470_000n * AIS * ATOMICS).toString(),
        delegatorPaid: "0",
        forfeited: false,
      },
    ]);
    expect(communityPool(c)).toBe(communityTax);

    // Nothing is paid during epoch 1.
    while (c.time + 1n < epochOf(c).nextBoundary.seconds) {
      const { events } = await c.block([]);
      expect(payouts(events)).toEqual([]);
      expect(balances(c, watched)).toEqual(before);
    }
    expect(epochOf(c).number).toBe(1n);

    // First block of epoch 2: everything is paid. Shares: operator 1000, d1 300, d2 170 (of 1470).
    const operatorShare = (delegatorRewards * 1000n) / 1470n; // 579 736
    const d1Share = (delegatorRewards * 300n) / 1470n; // 173 921
    const d2Share = (delegatorRewards * 170n) / 1470n; // 98 555
    expect([operatorShare, d1Share, d2Share]).toEqual([579_736n, 173_921n, 98_555n]);
    const remainder = delegatorRewards - operatorShare - d1Share - d2Share;
    expect(remainder).toBe(1n);

    const payout = await nextEpoch(c);
    expect(epochOf(c).number).toBe(2n);
    expect(payouts(payout.events)).toEqual(
      expect.arrayContaining([
        { recipient: a.account, amount: `${commission}uais` },
        { recipient: a.account, amount: `${operatorShare}uais` },
        { recipient: d1.address, amount: `${d1Share}uais` },
        { recipient: d2.address, amount: `${d2Share}uais` },
      ]),
    );
    expect(payouts(payout.events)).toHaveLength(4);
    expect(payouts(payout.events)[0]).toEqual({ recipient: a.account, amount: `${commission}uais` }); // commission first
    expect(balances(c, watched)).toEqual([before[0]! + commission + operatorShare, before[1]! + d1Share, before[2]! + d2Share]);
    expect(communityPool(c)).toBe(communityTax + remainder);
    expect(custody(c, a.valoper).records).toEqual([]);
    expect(totals(c)).toEqual({
      totals: { feesCollected: fees.toString(), slashedIn: "0", paidOut: (commission + operatorShare + d1Share + d2Share).toString(), communityFunded: "0" },
      communityPool: (communityTax + remainder).toString(),
    });

    // And nothing more afterwards.
    const after = balances(c, watched);
    for (let i = 0; i < 3; i++) expect(payouts((await c.block([])).events)).toEqual([]);
    expect(balances(c, watched)).toEqual(after);
  });

  it("after a halt, pays epoch N no sooner than min_payout_delay after the block that closed it, though the catching-up clock reaches N+2 at once", async () => {
    const { c, validators } = await startChain([{ moniker: "a", rate: "0.1", bond: 1_000_000n * AIS }]);
    const a = validators[0]!;
    const d = testKeys.technology;
    (await c.block([await tx(c, d, [delegateMsg(d.address, a.valoper, 500_000n * AIS)]), await feeTx(c, 600_000n)])).results.forEach(ok);
    const fees = TEST_FEE + 600_000n;
    const net = fees - tax(fees);
    const commission = net / 10n;
    const rewards = net - commission;
    const dShare = (rewards * 500n) / 1500n;
    const operatorShare = (rewards * 1000n) / 1500n;

    // The chain halts; its next block comes 45 s later, four boundaries behind: it closes epoch 0.
    await c.block([], 45n);
    const closedAt = c.time;
    expect(epochOf(c).number).toBe(1n);
    expect(custody(c, a.valoper).records).toMatchObject([{ epoch: 0n, payoutEpoch: 2n, payoutTime: { seconds: closedAt + EPOCH_SECONDS, nanos: 0 } }]);
    expect(pending(c, d.address).rewards).toEqual([
      { validatorAddress: a.valoper, epoch: 0n, payoutEpoch: 2n, amount: dShare.toString(), payoutTime: { seconds: closedAt + EPOCH_SECONDS, nanos: 0 } },
    ]);

    // The next block starts epoch 2, but epoch 0 closed only a second ago: evidence still has the
    // whole delay to arrive. Nothing is paid, a claim pays nothing, nothing shows as claimable.
    const before = balances(c, [a.account, d.address]);
    const { events } = await c.block([]);
    expect(epochOf(c).number).toBe(2n);
    expect(payouts(events)).toEqual([]);
    const claim = ok((await c.block([await tx(c, d, [withdrawRewardMsg(d.address, a.valoper)])])).results[0]);
    expect(withdrawnAmount(claim)).toEqual([]);
    const commissionClaim = (await c.block([await tx(c, a.operator, [withdrawCommissionMsg(a.valoper)])])).results[0]!;
    expect([commissionClaim.codespace, commissionClaim.code]).toEqual(["distribution", 7]);
    while (c.time + 1n < closedAt + EPOCH_SECONDS) {
      expect(payouts((await c.block([])).events)).toEqual([]);
      expect(delegationRewards(c, d.address, a.valoper)).toBe(0n);
      expect(delegationRewards(c, a.account, a.valoper)).toBe(0n);
    }
    expect(balances(c, [a.account, d.address])).toEqual([before[0]! - TEST_FEE, before[1]! - TEST_FEE]);

    // min_payout_delay after the close: paid in full, the claimed share from its settled entry.
    const paid = await c.block([]);
    expect(c.time).toBe(closedAt + EPOCH_SECONDS);
    expect(payouts(paid.events)).toEqual([
      { recipient: a.account, amount: `${commission}uais` },
      { recipient: a.account, amount: `${operatorShare}uais` },
      { recipient: d.address, amount: `${dShare}uais` },
    ]);
    expect(custody(c, a.valoper).records.map((r) => r.epoch)).not.toContain(0n);
  });

  it("drops the start-epoch record of a delegation that is fully undelegated, and still pays it every epoch it earned", async () => {
    const { c, validators } = await startChain([{ moniker: "a", rate: "0.1", bond: 1_000_000n * AIS }]);
    const a = validators[0]!;
    const d = testKeys.technology;
    const start = () => aisModules().distribution.keeper.startEpoch(c.readContext(), accAddress(d.address), a.valoper);
    const record = (epoch: bigint) => custody(c, a.valoper).records.find((r) => r.epoch === epoch)!;
    const shareOf = (r: { delegatorRewards: string; delegatorShares: string }) => (BigInt(r.delegatorRewards) * 500_000n * AIS * ATOMICS) / BigInt(r.delegatorShares);

    // Epochs 0 and 1: d holds 500k AIS of the 1500k at both closes.
    (await c.block([await tx(c, d, [delegateMsg(d.address, a.valoper, 500_000n * AIS)]), await feeTx(c, 300_000n)])).results.forEach(ok);
    expect(start()).toBe(0n);
    await nextEpoch(c, [await feeTx(c, 200_000n)]);
    const share0 = shareOf(record(0n));
    const atStart = c.balance(d.address);
    await nextEpoch(c); // epoch 2: epoch 0 is paid to d
    expect(c.balance(d.address)).toBe(atStart + share0);
    const share1 = shareOf(record(1n));
    expect([share0, share1].every((x) => x > 0n)).toBe(true);
    expect(start()).toBe(1n);

    // Epoch 2: d takes everything out. Epoch 1, not payable until epoch 3, is settled for it.
    const before = c.balance(d.address);
    ok((await c.block([await tx(c, d, [undelegateMsg(d.address, a.valoper, 500_000n * AIS)])])).results[0]);
    expect(aisModules().staking.keeper.delegation(c.readContext(), accAddress(d.address), a.valoper)).toBeUndefined();
    expect(start()).toBeUndefined();
    expect(pending(c, d.address).rewards).toEqual([{ validatorAddress: a.valoper, epoch: 1n, payoutEpoch: 3n, amount: share1.toString(), payoutTime: payoutTimeOf(1n) }]);
    // A claim before epoch 3 pays nothing and brings no record back.
    expect(withdrawnAmount(ok((await c.block([await tx(c, d, [withdrawRewardMsg(d.address, a.valoper)])])).results[0]))).toEqual([]);
    expect(start()).toBeUndefined();

    // Epoch 3 pays the settled entry; nothing is left owed, nothing stays behind.
    await nextEpoch(c);
    expect(c.balance(d.address)).toBe(before - 2n * TEST_FEE + share1);
    expect(pending(c, d.address).rewards).toEqual([]);
    const delegatorKeys = [...c.readContext().kv(DISTRIBUTION_STORE).iterate()].filter(([k]) => Buffer.from(k).includes(Buffer.from(accAddress(d.address))));
    expect(delegatorKeys).toEqual([]);

    // Delegating again starts afresh from the current epoch.
    ok((await c.block([await tx(c, d, [delegateMsg(d.address, a.valoper, 1_000n * AIS)])])).results[0]);
    expect(start()).toBe(3n);
  });

  it("takes an upper-case validator address for the same validator: queries and claims find the rewards settled with it", async () => {
    const { c, validators } = await startChain([{ moniker: "a", rate: "0.1", bond: 1_000_000n * AIS }], { payoutBatchSize: 1 });
    const a = validators[0]!;
    const upper = a.valoper.toUpperCase();
    const d = testKeys.technology;
    (await c.block([await tx(c, d, [delegateMsg(d.address, a.valoper, 500_000n * AIS)]), await feeTx(c, 300_000n)])).results.forEach(ok);
    await nextEpoch(c);
    const record = custody(c, upper).records[0]!;
    expect(record.validatorAddress).toBe(a.valoper);
    const share = (BigInt(record.delegatorRewards) * 500n) / 1500n;
    // Epoch 1: d leaves; its epoch-0 reward is kept as a settled entry.
    ok((await c.block([await tx(c, d, [undelegateMsg(d.address, a.valoper, 500_000n * AIS)])])).results[0]);
    // Epoch 2, first block: one credit, the commission; d's entry is payable and still unpaid.
    await nextEpoch(c);
    expect([delegationRewards(c, d.address, a.valoper), delegationRewards(c, d.address, upper)]).toEqual([share, share]);
    const claim = ok((await c.block([await tx(c, d, [withdrawRewardMsg(d.address, upper)])])).results[0]);
    expect(withdrawnAmount(claim)).toEqual([{ denom: "uais", amount: share.toString() }]);
    expect(pending(c, d.address).rewards).toEqual([]);
  });

  it("pays N to whoever held the shares at N's close: a delegator leaving in N+1 is paid, one joining in N+1 is not", async () => {
    const { c, validators } = await startChain([{ moniker: "a", rate: "0.25", bond: 1_000_000n * AIS }]);
    const a = validators[0]!;
    const leaver = testKeys.technology;
    const joiner = testKeys.institutions;

    // Epoch 0: the leaver delegates 400k AIS; fees 10 000 + 500 001.
    (await c.block([await tx(c, leaver, [delegateMsg(leaver.address, a.valoper, 400_000n * AIS)]), await feeTx(c, 500_001n)])).results.forEach(ok);
    await nextEpoch(c);
    const fees0 = 10_000n + 500_001n;

    // Epoch 1: the joiner delegates 250k AIS, the leaver undelegates everything; fees 10 000 × 2 + 77 777.
    ok((await c.block([await tx(c, joiner, [delegateMsg(joiner.address, a.valoper, 250_000n * AIS)])])).results[0]);
    ok((await c.block([await tx(c, leaver, [undelegateMsg(leaver.address, a.valoper, 400_000n * AIS)]), await feeTx(c, 77_777n)])).results[0]);
    await c.block([]);
    expect(epochOf(c).number).toBe(1n);
    const fees1 = 10_000n + 10_000n + 77_777n;

    // Epoch 0's custody: tax 10 200, commission 124 950 (of 499 801), delegators 374 851 over 1400k AIS.
    const net0 = fees0 - tax(fees0);
    const commission0 = (net0 * 25n) / 100n;
    const rewards0 = net0 - commission0;
    expect([tax(fees0), net0, commission0, rewards0]).toEqual([10_200n, 499_801n, 124_950n, 374_851n]);
    const leaverShare0 = (rewards0 * 400n) / 1400n; // 107 100
    const operatorShare0 = (rewards0 * 1000n) / 1400n; // 267 750
    expect([leaverShare0, operatorShare0]).toEqual([107_100n, 267_750n]);

    // The leaver's epoch-0 reward was settled when it left; the joiner has nothing of epoch 0.
    expect(pending(c, leaver.address)).toEqual({ currentEpoch: 1n, rewards: [{ validatorAddress: a.valoper, epoch: 0n, payoutEpoch: 2n, amount: leaverShare0.toString(), payoutTime: payoutTimeOf(0n) }] });
    expect(pending(c, joiner.address)).toEqual({ currentEpoch: 1n, rewards: [] });
    expect(custody(c, a.valoper).records.map((r) => [r.epoch, r.delegatorShares])).toEqual([[0n, (1_400_000n * AIS * ATOMICS).toString()]]);

    const before = balances(c, [a.account, leaver.address, joiner.address]);
    await nextEpoch(c); // epoch 2: epoch 0 is paid
    expect(balances(c, [a.account, leaver.address, joiner.address])).toEqual([before[0]! + commission0 + operatorShare0, before[1]! + leaverShare0, before[2]!]);
    expect(communityPool(c)).toBe(tax(fees0) + (rewards0 - leaverShare0 - operatorShare0) + tax(fees1));

    // Epoch 1's custody counted the joiner (1000k + 250k AIS) and not the leaver.
    const net1 = fees1 - tax(fees1);
    const commission1 = (net1 * 25n) / 100n;
    const rewards1 = net1 - commission1;
    expect([tax(fees1), commission1, rewards1]).toEqual([1_955n, 23_955n, 71_867n]);
    expect(custody(c, a.valoper).records).toMatchObject([
      { epoch: 1n, payoutEpoch: 3n, commission: commission1.toString(), delegatorRewards: rewards1.toString(), delegatorShares: (1_250_000n * AIS * ATOMICS).toString() },
    ]);
    const joinerShare1 = (rewards1 * 250n) / 1250n; // 14 373
    const operatorShare1 = (rewards1 * 1000n) / 1250n; // 57 493
    const middle = balances(c, [a.account, leaver.address, joiner.address]);
    await nextEpoch(c); // epoch 3: epoch 1 is paid (the leaver's unbonding completes only at epoch 4)
    expect(balances(c, [a.account, leaver.address, joiner.address])).toEqual([middle[0]! + commission1 + operatorShare1, middle[1]!, middle[2]! + joinerShare1]);
    expect(custody(c, a.valoper).records).toEqual([]);
    expect(pending(c, leaver.address).rewards).toEqual([]);
    expect(pending(c, joiner.address).rewards).toEqual([]);
  });

  it("MsgWithdrawDelegatorReward pays nothing before maturity, exactly the matured reward after, and the payout never pays twice", async () => {
    const { c, validators } = await startChain([{ moniker: "a", rate: "0.08", bond: 1_000_000n * AIS }]);
    const a = validators[0]!;
    const d1 = testKeys.technology;
    const d2 = testKeys.institutions;
    const stranger = testKeys.private; // no delegation with a

    (await c.block([
      await tx(c, d1, [delegateMsg(d1.address, a.valoper, 200_000n * AIS)]),
      await tx(c, d2, [delegateMsg(d2.address, a.valoper, 350_000n * AIS)]),
      await feeTx(c, 333_334n),
    ])).results.forEach(ok);
    await nextEpoch(c);
    const fees0 = 10_000n + 10_000n + 333_334n;
    const net0 = fees0 - tax(fees0); // 346 268
    const commission0 = (net0 * 8n) / 100n; // 27 701
    const rewards0 = net0 - commission0; // 318 567
    const d1Share = (rewards0 * 200n) / 1550n; // 41 105
    const d2Share = (rewards0 * 350n) / 1550n; // 71 934
    const operatorShare = (rewards0 * 1000n) / 1550n; // 205 527
    expect([net0, commission0, rewards0, d1Share, d2Share, operatorShare]).toEqual([346_268n, 27_701n, 318_567n, 41_105n, 71_934n, 205_527n]);

    // Epoch 1: nothing has matured.
    const watched = [a.account, d1.address, d2.address];
    const start = balances(c, watched);
    const early = ok((await c.block([await tx(c, d1, [withdrawRewardMsg(d1.address, a.valoper)])])).results[0]);
    expect(withdrawnAmount(early)).toEqual([]);
    expect(c.balance(d1.address)).toBe(start[1]! - TEST_FEE); // only the fee
    // Still owed, now as an entry settled for epoch 0 and paid at epoch 2.
    expect(pending(c, d1.address).rewards).toEqual([{ validatorAddress: a.valoper, epoch: 0n, payoutEpoch: 2n, amount: d1Share.toString(), payoutTime: payoutTimeOf(0n) }]);
    expect(delegationRewards(c, d1.address, a.valoper)).toBe(0n);

    const noCommission = (await c.block([await tx(c, a.operator, [withdrawCommissionMsg(a.valoper)])])).results[0]!;
    expect([noCommission.codespace, noCommission.code]).toEqual(["distribution", 7]);
    expect(c.balance(a.account)).toBe(start[0]! - TEST_FEE);

    const unknown = operatorAddressOf(freshKey().address);
    const noValidator = (await c.block([await tx(c, d1, [withdrawRewardMsg(d1.address, unknown)])])).results[0]!;
    expect([noValidator.codespace, noValidator.code]).toEqual(["distribution", 12]);
    const noDelegation = (await c.block([await tx(c, stranger, [withdrawRewardMsg(stranger.address, a.valoper)])])).results[0]!;
    expect([noDelegation.codespace, noDelegation.code]).toEqual(["distribution", 5]);
    const notAValidator = (await c.block([await tx(c, stranger, [withdrawCommissionMsg(operatorAddressOf(stranger.address))])])).results[0]!;
    expect([notAValidator.codespace, notAValidator.code]).toEqual(["distribution", 12]);
    expect(custody(c, a.valoper).records[0]).toMatchObject({ epoch: 0n, commissionPaid: false, delegatorPaid: "0" });

    // First block of epoch 2: the claims run before the block's automatic payout.
    const beforeClaims = balances(c, watched);
    const claims = await nextEpoch(c, [
      await tx(c, d1, [withdrawRewardMsg(d1.address, a.valoper)]),
      await tx(c, d2, [withdrawRewardMsg(d2.address, a.valoper)]),
      await tx(c, a.operator, [withdrawCommissionMsg(a.valoper)]),
    ]);
    claims.results.forEach(ok);
    expect(epochOf(c).number).toBe(2n);
    expect(withdrawnAmount(claims.results[0]!)).toEqual([{ denom: "uais", amount: d1Share.toString() }]); // the settled entry
    expect(withdrawnAmount(claims.results[1]!)).toEqual([{ denom: "uais", amount: d2Share.toString() }]); // settled and paid at once
    // The payout then pays only the operator's delegation: the commission and both claims are done.
    expect(payouts(claims.events)).toEqual([{ recipient: a.account, amount: `${operatorShare}uais` }]);
    expect(balances(c, watched)).toEqual([
      beforeClaims[0]! + commission0 + operatorShare - TEST_FEE,
      beforeClaims[1]! + d1Share - TEST_FEE,
      beforeClaims[2]! + d2Share - TEST_FEE,
    ]);
    expect(custody(c, a.valoper).records.map((r) => r.epoch)).toEqual([1n]); // epoch 0 is done
    // Epoch 0's remainder, and the taxes of epochs 0 and 1 (five transactions' fees in epoch 1).
    const fees1 = 5n * TEST_FEE;
    expect(communityPool(c)).toBe(tax(fees0) + (rewards0 - d1Share - d2Share - operatorShare) + tax(fees1));

    // The rest of epoch 2 pays nothing more; a second claim pays nothing.
    const after = balances(c, watched);
    const again = ok((await c.block([await tx(c, d2, [withdrawRewardMsg(d2.address, a.valoper)])])).results[0]);
    expect(withdrawnAmount(again)).toEqual([]);
    // Epoch 1's commission matures only at epoch 3.
    const early1 = (await c.block([await tx(c, a.operator, [withdrawCommissionMsg(a.valoper)])])).results[0]!;
    expect([early1.codespace, early1.code]).toEqual(["distribution", 7]);
    while (c.time + 1n < epochOf(c).nextBoundary.seconds) expect(payouts((await c.block([])).events)).toEqual([]);
    expect(epochOf(c).number).toBe(2n);
    expect(balances(c, watched)).toEqual([after[0]! - TEST_FEE, after[1]!, after[2]! - TEST_FEE]);

    // At epoch 3 the claim of epoch 1's commission (taxed 50 000 → 49 000, 8 %) pays exactly 3 920.
    const commission1 = ((fees1 - tax(fees1)) * 8n) / 100n;
    expect(commission1).toBe(3_920n);
    const late = await nextEpoch(c, [await tx(c, a.operator, [withdrawCommissionMsg(a.valoper)])]);
    ok(late.results[0]);
    expect(epochOf(c).number).toBe(3n);
    expect(c.balance(a.account)).toBe(after[0]! - TEST_FEE + commission1 - TEST_FEE + (((fees1 - tax(fees1) - commission1) * 1000n) / 1550n));
    expect(payouts(late.events).filter((p) => p.amount === `${commission1}uais`)).toEqual([]); // not paid again by the payout
  });

  it("pays a custody record in batches of payout_batch_size credits, over several blocks, to the exact total", async () => {
    const { c, validators } = await startChain([{ moniker: "a", rate: "0.12", bond: 1_000_000n * AIS }], { payoutBatchSize: 3 });
    const a = validators[0]!;
    expect(query(c, "/ais.distribution.v1.Query/Params", QueryParamsRequest.encode({}).finish(), QueryParamsResponse.decode).params).toEqual({
      communityTax: (ATOMICS / 50n).toString(),
      payoutBatchSize: 3,
      minPayoutDelay: { seconds: EPOCH_SECONDS, nanos: 0 },
    });
    // Ten delegators of 10k, 20k, … 100k AIS.
    const delegators = Array.from({ length: 10 }, () => freshKey());
    const stake = (i: number) => BigInt(i + 1) * 10_000n * AIS;
    const funding = delegators.map((d, i) => msgSend(testKeys.private.address, d.address, [{ denom: "uais", amount: (stake(i) + TEST_FEE).toString() }]));
    ok((await c.block([await tx(c, testKeys.private, funding)])).results[0]);
    const joined = await c.block([...(await Promise.all(delegators.map((d, i) => tx(c, d, [delegateMsg(d.address, a.valoper, stake(i))])))), await feeTx(c, 4_321_987n)]);
    joined.results.forEach(ok);
    for (const d of delegators) expect(c.balance(d.address)).toBe(0n);
    await nextEpoch(c);

    const fees = TEST_FEE + 10n * TEST_FEE + 4_321_987n; // the funding transaction, ten delegations, one more
    const net = fees - tax(fees); // 4 343 348
    const commission = (net * 12n) / 100n; // 521 201
    const rewards = net - commission; // 3 822 147
    expect([tax(fees), commission, rewards]).toEqual([88_639n, 521_201n, 3_822_147n]);
    // Shares in units of 10k AIS: the operator 100, delegator i (i + 1); 155 in all.
    const operatorShare = (rewards * 100n) / 155n;
    const shares = delegators.map((_, i) => (rewards * BigInt(i + 1)) / 155n);
    const remainder = rewards - operatorShare - shares.reduce((x, y) => x + y, 0n);
    expect(remainder).toBe(1n);

    while (c.time + 1n < epochOf(c).nextBoundary.seconds) await c.block([]);
    const operatorBefore = c.balance(a.account);
    const pool = communityPool(c);

    // 12 credits (the commission and 11 delegations) at 3 per block: 4 blocks.
    const perBlock: { recipient: string; amount: string }[][] = [];
    perBlock.push(payouts((await nextEpoch(c)).events));
    expect(epochOf(c).number).toBe(2n);
    for (let i = 0; i < 4; i++) perBlock.push(payouts((await c.block([])).events));
    expect(perBlock.map((p) => p.length)).toEqual([3, 3, 3, 3, 0]);
    expect(perBlock[0]![0]).toEqual({ recipient: a.account, amount: `${commission}uais` });

    // Each delegator once, with its exact share; the operator its commission and its share.
    const paid = perBlock.flat();
    for (const [i, d] of delegators.entries()) {
      expect(paid.filter((p) => p.recipient === d.address)).toEqual([{ recipient: d.address, amount: `${shares[i]}uais` }]);
      expect(c.balance(d.address)).toBe(shares[i]);
    }
    expect(c.balance(a.account)).toBe(operatorBefore + commission + operatorShare);
    expect(paid.map((p) => BigInt(p.amount.replace("uais", ""))).reduce((x, y) => x + y, 0n)).toBe(commission + rewards - remainder);
    expect(communityPool(c)).toBe(pool + remainder);
    expect(custody(c, a.valoper).records).toEqual([]);
  });

  it("withholds a validator's epoch when it missed more than 10% of the window: its accrual goes to the others pro rata", async () => {
    const { c, validators } = await startChain(
      [
        { moniker: "a", rate: "0.1", bond: 1_000_000n * AIS },
        { moniker: "b", rate: "0.05", bond: 600_000n * AIS },
        { moniker: "c", rate: "0.2", bond: 900_000n * AIS },
      ],
      { slashing: { signed_blocks_window: "10", reward_withhold_threshold: "0.1", downtime_jail_threshold: "0.9" } },
    );
    const [a, b, v] = validators as [(typeof validators)[0], (typeof validators)[0], (typeof validators)[0]];
    const absentA = { absent: new Set([a.consensus]) };

    ok((await c.block([await feeTx(c, 123_457n)])).results[0]); // h2
    ok((await c.block([await feeTx(c, 55_555n)])).results[0]); // h3: h2's fees to a, b, c (powers 1000k, 600k, 900k)
    await c.block([], 1n, absentA); // h4: a missed h3, whose fees go to b and c (powers 600k, 900k)
    expect(custody(c, a.valoper)).toMatchObject({ accrued: "49382", excluded: false });
    await c.block([], 1n, absentA); // h5: a's second miss of 10: above 0.1 → withheld
    expect(custody(c, a.valoper)).toMatchObject({ currentEpoch: 0n, accrued: "49382", excluded: true });
    expect(custody(c, b.valoper)).toMatchObject({ excluded: false });

    // Allocation by hand (floor; the rest to the community pool).
    const accA = (123_457n * 1000n) / 2500n; // 49 382
    const accB = (123_457n * 600n) / 2500n + (55_555n * 600n) / 1500n; // 29 629 + 22 222
    const accC = (123_457n * 900n) / 2500n + (55_555n * 900n) / 1500n; // 44 444 + 33 333
    expect([accA, accB, accC]).toEqual([49_382n, 51_851n, 77_777n]);
    const allocationRest = 123_457n + 55_555n - accA - accB - accC; // 2
    expect(custody(c, b.valoper).accrued).toBe(accB.toString());
    expect(custody(c, v.valoper).accrued).toBe(accC.toString());
    expect(communityPool(c)).toBe(allocationRest);
    expect(outstanding(c, a.valoper)).toBe(0n); // withheld: no longer counted as the validator's

    await nextEpoch(c); // close of epoch 0
    // b and c pay the tax on their own accrual; a's accrual is shared by their net amounts.
    const netB = accB - tax(accB); // 50 814
    const netC = accC - tax(accC); // 76 222
    const poolB = (accA * netB) / (netB + netC); // 19 752
    const poolC = (accA * netC) / (netB + netC); // 29 629
    expect([netB, netC, poolB, poolC]).toEqual([50_814n, 76_222n, 19_752n, 29_629n]);
    const totalB = netB + poolB;
    const totalC = netC + poolC;
    const commissionB = (totalB * 5n) / 100n; // 3 528
    const commissionC = (totalC * 20n) / 100n; // 21 170
    expect(custody(c, a.valoper).records).toEqual([]); // nothing for a in epoch 0
    expect(custody(c, b.valoper).records).toMatchObject([{ epoch: 0n, commission: commissionB.toString(), delegatorRewards: (totalB - commissionB).toString() }]);
    expect(custody(c, v.valoper).records).toMatchObject([{ epoch: 0n, commission: commissionC.toString(), delegatorRewards: (totalC - commissionC).toString() }]);
    expect([commissionB, totalB - commissionB, commissionC, totalC - commissionC]).toEqual([3_528n, 67_038n, 21_170n, 84_681n]);
    const communityAfterClose = allocationRest + tax(accB) + tax(accC) + (accA - poolB - poolC);
    expect(communityPool(c)).toBe(communityAfterClose);
    expect(outstanding(c, a.valoper)).toBe(0n);
    expect(outstanding(c, b.valoper)).toBe(totalB);

    // At epoch 2, each operator (its validator's only delegator) receives all of it; a nothing.
    const operators = [a.account, b.account, v.account];
    const before = balances(c, operators);
    await nextEpoch(c);
    expect(balances(c, operators)).toEqual([before[0]!, before[1]! + totalB, before[2]! + totalC]);
    expect(communityPool(c)).toBe(communityAfterClose);
    expect(totals(c).totals).toEqual({ feesCollected: (123_457n + 55_555n).toString(), slashedIn: "0", paidOut: (totalB + totalC).toString(), communityFunded: "0" });
  });

  it("forfeits epoch N's custody of a validator jailed for downtime during N+1 and shares it, with the slashed stake, at N+1's close", async () => {
    const { c, validators } = await startChain(
      [
        { moniker: "a", rate: "0.1", bond: 1_000_000n * AIS },
        { moniker: "b", rate: "0.05", bond: 600_000n * AIS },
        { moniker: "c", rate: "0.2", bond: 900_000n * AIS },
      ],
      { slashing: { signed_blocks_window: "10", reward_withhold_threshold: "0.1", downtime_jail_threshold: "0.5" } },
    );
    const [a, b, v] = validators as [(typeof validators)[0], (typeof validators)[0], (typeof validators)[0]];
    const operators = [a.account, b.account, v.account];
    const absentA = { absent: new Set([a.consensus]) };

    // Epoch 1 (N): fees of 300 001, signed by all three.
    await nextEpoch(c);
    ok((await c.block([await feeTx(c, 300_001n)])).results[0]);
    while (c.time + 1n < epochOf(c).nextBoundary.seconds) await c.block([]);
    expect(epochOf(c).number).toBe(1n);
    const a1 = (300_001n * 1000n) / 2500n; // 120 000
    const b1 = (300_001n * 600n) / 2500n; // 72 000
    const c1 = (300_001n * 900n) / 2500n; // 108 000
    const commission = (net: bigint, percent: bigint) => (net * percent) / 100n;
    const recordA = { commission: commission(a1 - tax(a1), 10n), rewards: a1 - tax(a1) - commission(a1 - tax(a1), 10n) };
    expect(recordA).toEqual({ commission: 11_760n, rewards: 105_840n });

    // Epoch 2 (N+1): its first block carries fees of 44 447; from the next block on, a does not sign.
    ok((await nextEpoch(c, [await feeTx(c, 44_447n)])).results[0]);
    expect(epochOf(c).number).toBe(2n);
    expect(custody(c, a.valoper).records).toMatchObject([{ epoch: 1n, commission: "11760", delegatorRewards: "105840", forfeited: false }]);
    const bondedBefore = aisModules().staking.keeper.validator(c.readContext(), a.valoper)!.tokens;
    let jailedAt = 0;
    for (let i = 1; i <= 8; i++) {
      const { events } = await c.block([], 1n, absentA);
      if (jailedAt === 0 && events.some((e) => e.type === "slash")) jailedAt = i;
    }
    expect(jailedAt).toBe(6); // the 6th miss of the 10-block window is above 0.5
    expect(epochOf(c).number).toBe(2n);
    const slashed = (1_000_000n * AIS) / 100n; // 1% of the stake its power (1 000 000) stood for
    const validatorA = aisModules().staking.keeper.validator(c.readContext(), a.valoper)!;
    expect(validatorA.jailed).toBe(true);
    expect(BigInt(bondedBefore) - BigInt(validatorA.tokens)).toBe(slashed);
    expect(custody(c, a.valoper)).toMatchObject({
      accrued: "0",
      excluded: true,
      records: [{ epoch: 1n, commission: "11760", delegatorRewards: "105840", delegatorPaid: "0", forfeited: true }],
    });
    expect(outstanding(c, a.valoper)).toBe(0n);
    expect(totals(c).totals.slashedIn).toBe(slashed.toString());

    // Epoch 2's fees went to b and c only (a's vote for the block that paid them was absent).
    const b2 = (44_447n * 600n) / 1500n; // 17 778
    const c2 = (44_447n * 900n) / 1500n; // 26 668
    expect([custody(c, b.valoper).accrued, custody(c, v.valoper).accrued]).toEqual([b2.toString(), c2.toString()]);

    // Close of epoch 2 (the first block of 3, which also pays epoch 1 to b and c, and nothing to a).
    const before = balances(c, operators);
    const pool0 = communityPool(c);
    const close = await nextEpoch(c, [], absentA);
    expect(epochOf(c).number).toBe(3n);
    const redistributed = recordA.commission + recordA.rewards + slashed; // 10 000 117 600
    const netB = b2 - tax(b2); // 17 423
    const netC = c2 - tax(c2); // 26 135
    const shareB = (redistributed * netB) / (netB + netC);
    const shareC = (redistributed * netC) / (netB + netC);
    expect([netB, netC, shareB, shareC]).toEqual([17_423n, 26_135n, 4_000_001_123n, 6_000_116_476n]);
    const totalB = netB + shareB;
    const totalC = netC + shareC;
    expect(custody(c, b.valoper).records).toMatchObject([
      { epoch: 2n, payoutEpoch: 4n, commission: commission(totalB, 5n).toString(), delegatorRewards: (totalB - commission(totalB, 5n)).toString(), forfeited: false },
    ]);
    expect(custody(c, v.valoper).records).toMatchObject([
      { epoch: 2n, payoutEpoch: 4n, commission: commission(totalC, 20n).toString(), delegatorRewards: (totalC - commission(totalC, 20n)).toString(), forfeited: false },
    ]);
    expect(custody(c, a.valoper).records).toEqual([]); // the forfeited record is dropped, nothing for epoch 2

    // Epoch 1 paid at the same block: b and c their whole records (sole delegators), a nothing.
    const paidB1 = b1 - tax(b1); // commission + delegators = the net amount
    const paidC1 = c1 - tax(c1);
    expect(balances(c, operators)).toEqual([before[0]!, before[1]! + paidB1, before[2]! + paidC1]);
    expect(payouts(close.events).filter((p) => p.recipient === a.account)).toEqual([]);
    const communityTaxes = tax(b2) + tax(c2);
    expect(communityPool(c)).toBe(pool0 + communityTaxes + (redistributed - shareB - shareC));

    // Epoch 3 is empty; at epoch 4, b and c are paid epoch 2 including a's forfeited rewards and the slashed stake.
    const middle = balances(c, operators);
    await nextEpoch(c, [], absentA);
    expect(balances(c, operators)).toEqual([middle[0]!, middle[1]! + totalB, middle[2]! + totalC]);
    expect(totals(c).totals).toEqual({
      feesCollected: (300_001n + 44_447n).toString(),
      slashedIn: slashed.toString(),
      paidOut: (paidB1 + paidC1 + totalB + totalC).toString(),
      communityFunded: "0",
    });
  });

  it("answers the cosmos and ais queries consistently through accrual, custody, a batched payout and its end", async () => {
    const { c, validators } = await startChain([{ moniker: "a", rate: "0.1", bond: 1_000_000n * AIS }], { payoutBatchSize: 2 });
    const a = validators[0]!;
    const d1 = testKeys.technology;
    const d2 = testKeys.institutions;
    const totalRewards = (delegator: string) =>
      query(
        c,
        "/cosmos.distribution.v1beta1.Query/DelegationTotalRewards",
        QueryDelegationTotalRewardsRequest.encode({ delegatorAddress: delegator }).finish(),
        QueryDelegationTotalRewardsResponse.decode,
      );
    const validatorCommission = () =>
      decAmount(
        query(c, "/cosmos.distribution.v1beta1.Query/ValidatorCommission", QueryValidatorCommissionRequest.encode({ validatorAddress: a.valoper }).finish(), QueryValidatorCommissionResponse.decode)
          .commission!.commission,
      );

    (await c.block([
      await tx(c, d1, [delegateMsg(d1.address, a.valoper, 100_000n * AIS)]),
      await tx(c, d2, [delegateMsg(d2.address, a.valoper, 300_000n * AIS)]),
      await feeTx(c, 654_321n),
    ])).results.forEach(ok);
    await c.block([]);
    const fees = 10_000n + 10_000n + 654_321n;

    // Epoch 0: accrued, nothing closed.
    expect(custody(c, a.valoper)).toEqual({ currentEpoch: 0n, accrued: fees.toString(), excluded: false, records: [] });
    expect(outstanding(c, a.valoper)).toBe(fees);
    expect(pending(c, d1.address)).toEqual({ currentEpoch: 0n, rewards: [] });
    expect(delegationRewards(c, d1.address, a.valoper)).toBe(0n);
    expect(totalRewards(d1.address)).toEqual({ rewards: [{ validatorAddress: a.valoper, reward: [] }], total: [] });
    expect(totals(c)).toEqual({ totals: { feesCollected: fees.toString(), slashedIn: "0", paidOut: "0", communityFunded: "0" }, communityPool: "0" });
    expect(communityPool(c)).toBe(0n);

    // Epoch 1: in custody, owed but not claimable.
    await nextEpoch(c);
    const communityTax = tax(fees); // 13 486
    const net = fees - communityTax; // 660 835
    const commission = net / 10n; // 66 083
    const rewards = net - commission; // 594 752
    const shareOf = { [a.account]: (rewards * 1000n) / 1400n, [d1.address]: (rewards * 100n) / 1400n, [d2.address]: (rewards * 300n) / 1400n };
    expect([communityTax, commission, rewards, shareOf[a.account], shareOf[d1.address], shareOf[d2.address]]).toEqual([
      13_486n, 66_083n, 594_752n, 424_822n, 42_482n, 127_446n,
    ]);
    expect(custody(c, a.valoper)).toMatchObject({ currentEpoch: 1n, accrued: "0", records: [{ epoch: 0n, payoutEpoch: 2n, commission: "66083", delegatorRewards: "594752" }] });
    expect(outstanding(c, a.valoper)).toBe(net);
    expect(validatorCommission()).toBe(0n);
    for (const delegator of [a.account, d1.address, d2.address]) {
      expect(pending(c, delegator)).toEqual({ currentEpoch: 1n, rewards: [{ validatorAddress: a.valoper, epoch: 0n, payoutEpoch: 2n, amount: shareOf[delegator]!.toString(), payoutTime: payoutTimeOf(0n) }] });
      expect(delegationRewards(c, delegator, a.valoper)).toBe(0n);
    }
    expect(totalRewards(d2.address)).toEqual({ rewards: [{ validatorAddress: a.valoper, reward: [] }], total: [] });
    expect(communityPool(c)).toBe(communityTax);
    expect(totals(c)).toEqual({ totals: { feesCollected: fees.toString(), slashedIn: "0", paidOut: "0", communityFunded: "0" }, communityPool: communityTax.toString() });

    // First block of epoch 2: 2 credits, the commission and one delegation; the other two are matured and claimable.
    const first = payouts((await nextEpoch(c)).events);
    expect(first).toHaveLength(2);
    expect(first[0]).toEqual({ recipient: a.account, amount: `${commission}uais` });
    const paidFirst = first[1]!.recipient;
    expect(first[1]!.amount).toBe(`${shareOf[paidFirst]}uais`);
    const unpaid = [a.account, d1.address, d2.address].filter((d) => d !== paidFirst);
    expect(unpaid).toHaveLength(2);
    expect(custody(c, a.valoper).records).toMatchObject([{ epoch: 0n, commissionPaid: true, delegatorPaid: shareOf[paidFirst]!.toString() }]);
    expect(outstanding(c, a.valoper)).toBe(rewards - shareOf[paidFirst]!);
    expect(validatorCommission()).toBe(0n);
    expect(delegationRewards(c, paidFirst, a.valoper)).toBe(0n);
    expect(pending(c, paidFirst).rewards).toEqual([]);
    for (const delegator of unpaid) {
      expect(delegationRewards(c, delegator, a.valoper)).toBe(shareOf[delegator]);
      const total = totalRewards(delegator);
      expect(total.rewards).toEqual([{ validatorAddress: a.valoper, reward: [{ denom: "uais", amount: (shareOf[delegator]! * ATOMICS).toString() }] }]);
      expect(decAmount(total.total)).toBe(shareOf[delegator]);
      expect(pending(c, delegator)).toEqual({ currentEpoch: 2n, rewards: [{ validatorAddress: a.valoper, epoch: 0n, payoutEpoch: 2n, amount: shareOf[delegator]!.toString(), payoutTime: payoutTimeOf(0n) }] });
    }
    expect(totals(c).totals.paidOut).toBe((commission + shareOf[paidFirst]!).toString());
    // The validator page's view: the operator's own matured rewards, and the commission (paid).
    const info = query(
      c,
      "/cosmos.distribution.v1beta1.Query/ValidatorDistributionInfo",
      QueryValidatorDistributionInfoRequest.encode({ validatorAddress: a.valoper }).finish(),
      QueryValidatorDistributionInfoResponse.decode,
    );
    expect(info.operatorAddress).toBe(a.account);
    expect(decAmount(info.selfBondRewards)).toBe(paidFirst === a.account ? 0n : shareOf[a.account]);
    expect(decAmount(info.commission)).toBe(0n);

    // Second block: the last two; the rounding remainder (2) goes to the community pool.
    const second = payouts((await c.block([])).events);
    expect(second.map((p) => p.recipient).sort()).toEqual([...unpaid].sort());
    const remainder = rewards - shareOf[a.account]! - shareOf[d1.address]! - shareOf[d2.address]!;
    expect(remainder).toBe(2n);
    expect(custody(c, a.valoper)).toEqual({ currentEpoch: 2n, accrued: "0", excluded: false, records: [] });
    expect(outstanding(c, a.valoper)).toBe(0n);
    for (const delegator of [a.account, d1.address, d2.address]) {
      expect(delegationRewards(c, delegator, a.valoper)).toBe(0n);
      expect(pending(c, delegator).rewards).toEqual([]);
    }
    expect(communityPool(c)).toBe(communityTax + remainder);
    expect(totals(c)).toEqual({
      totals: { feesCollected: fees.toString(), slashedIn: "0", paidOut: (commission + rewards - remainder).toString(), communityFunded: "0" },
      communityPool: (communityTax + remainder).toString(),
    });
    // Totals balance: fees in = paid out + still held (here only the community pool).
    expect(fees).toBe(commission + rewards - remainder + communityTax + remainder);
    expect(c.balance(DISTRIBUTION_ADDRESS)).toBe(communityTax + remainder);
  });

  it("MsgSetWithdrawAddress redirects payouts; a module account is refused", async () => {
    const { c, validators } = await startChain([{ moniker: "a", rate: "0.1", bond: 1_000_000n * AIS }]);
    const a = validators[0]!;
    const d1 = testKeys.technology;
    const w1 = freshKey().address;
    const w2 = freshKey().address;
    const withdrawAddressOf = (delegator: string) =>
      query(
        c,
        "/cosmos.distribution.v1beta1.Query/DelegatorWithdrawAddress",
        QueryDelegatorWithdrawAddressRequest.encode({ delegatorAddress: delegator }).finish(),
        QueryDelegatorWithdrawAddressResponse.decode,
      ).withdrawAddress;
    expect(withdrawAddressOf(d1.address)).toBe(d1.address);

    (await c.block([
      await tx(c, d1, [delegateMsg(d1.address, a.valoper, 500_000n * AIS), setWithdrawAddressMsg(d1.address, w1)]),
      await tx(c, a.operator, [setWithdrawAddressMsg(a.account, w2)]),
      await feeTx(c, 250_003n),
    ])).results.forEach(ok);
    for (const module of ["distribution", "fee_collector", "bonded_tokens_pool"]) {
      const refused = (await c.block([await tx(c, d1, [setWithdrawAddressMsg(d1.address, accString(moduleAddress(module)))])])).results[0]!;
      expect([refused.codespace, refused.code]).toEqual(["sdk", 4]);
    }
    expect(withdrawAddressOf(d1.address)).toBe(w1);
    expect(withdrawAddressOf(a.account)).toBe(w2);
    await nextEpoch(c);

    const fees = 2n * TEST_FEE + 250_003n + 3n * TEST_FEE; // the three refused transactions paid their fees too
    const net = fees - tax(fees); // 300 003 − 6 000
    const commission = net / 10n; // 29 400
    const rewards = net - commission; // 264 603
    const operatorShare = (rewards * 1000n) / 1500n; // 176 402
    const d1Share = (rewards * 500n) / 1500n; // 88 201
    expect([net, commission, rewards, operatorShare, d1Share]).toEqual([294_003n, 29_400n, 264_603n, 176_402n, 88_201n]);
    const watched = [a.account, d1.address, w1, w2];
    const before = balances(c, watched);
    expect(before.slice(2)).toEqual([0n, 0n]);
    await nextEpoch(c);
    expect(epochOf(c).number).toBe(2n);
    expect(balances(c, watched)).toEqual([before[0]!, before[1]!, d1Share, commission + operatorShare]);
    expect(communityPool(c)).toBe(tax(fees) + (rewards - operatorShare - d1Share));
  });

  it("a delegator redelegating during N+1 is paid N by the source and starts earning at the destination from N+1", async () => {
    const { c, validators } = await startChain([
      { moniker: "a", rate: "0.1", bond: 1_000_000n * AIS },
      { moniker: "b", rate: "0.2", bond: 1_000_000n * AIS },
    ]);
    const [a, b] = validators as [(typeof validators)[0], (typeof validators)[0]];
    const d = testKeys.technology;
    (await c.block([await tx(c, d, [delegateMsg(d.address, a.valoper, 500_000n * AIS)]), await feeTx(c, 400_003n)])).results.forEach(ok);
    await nextEpoch(c);
    // Epoch 1, second block: d moves everything to b (CometBFT's powers are still 1M and 1M for its fee).
    ok((await c.block([await tx(c, d, [redelegateMsg(d.address, a.valoper, b.valoper, 500_000n * AIS)])])).results[0]);
    const fees0 = TEST_FEE + 400_003n;
    const acc0 = fees0 / 2n; // 205 001 each, 1 to the community pool
    const net0 = acc0 - tax(acc0); // 200 901
    const rewardsA0 = net0 - net0 / 10n; // 180 811 for 1500k AIS of shares at a
    const dShare0 = (rewardsA0 * 500n) / 1500n; // 60 270
    expect([acc0, net0, rewardsA0, dShare0]).toEqual([205_001n, 200_901n, 180_811n, 60_270n]);
    expect(pending(c, d.address).rewards).toEqual([{ validatorAddress: a.valoper, epoch: 0n, payoutEpoch: 2n, amount: dShare0.toString(), payoutTime: payoutTimeOf(0n) }]);

    const dBefore = c.balance(d.address);
    await nextEpoch(c); // epoch 2: epoch 0 paid; b's record of epoch 0 had only its operator's shares
    expect(c.balance(d.address)).toBe(dBefore + dShare0);
    expect(custody(c, b.valoper).records).toMatchObject([{ epoch: 1n, delegatorShares: (1_500_000n * AIS * ATOMICS).toString() }]);
    expect(custody(c, a.valoper).records).toMatchObject([{ epoch: 1n, delegatorShares: (1_000_000n * AIS * ATOMICS).toString() }]);
    // Epoch 1's only fee (the redelegation's, 10 000) split 5 000 / 5 000; at b: net 4 900, commission 980, delegators 3 920.
    const dShare1 = ((4_900n - 980n) * 500n) / 1500n; // 1 306
    expect(pending(c, d.address).rewards).toEqual([{ validatorAddress: b.valoper, epoch: 1n, payoutEpoch: 3n, amount: dShare1.toString(), payoutTime: payoutTimeOf(1n) }]);
    await nextEpoch(c); // epoch 3
    expect(c.balance(d.address)).toBe(dBefore + dShare0 + dShare1);
  });

  it("pays a delegation that changes in the middle of a batched payout once, at once", async () => {
    const { c, validators } = await startChain([{ moniker: "a", rate: "0.1", bond: 1_000_000n * AIS }], { payoutBatchSize: 2 });
    const a = validators[0]!;
    const delegators = [testKeys.technology, testKeys.institutions, testKeys.private];
    const stakes = [100_000n * AIS, 200_000n * AIS, 300_000n * AIS];
    (await c.block([...(await Promise.all(delegators.map((d, i) => tx(c, d, [delegateMsg(d.address, a.valoper, stakes[i]!)])))), await feeTx(c, 765_431n, 1n)])).results.forEach(ok);
    await nextEpoch(c);
    const fees = 3n * TEST_FEE + 765_431n;
    const net = fees - tax(fees);
    const commission = net / 10n;
    const rewards = net - commission;
    const shares = [1n, 2n, 3n].map((k) => (rewards * k) / 16n); // 100k, 200k, 300k of 1600k AIS
    const operatorShare = (rewards * 10n) / 16n;
    const remainder = rewards - operatorShare - shares.reduce((x, y) => x + y, 0n);
    while (c.time + 1n < epochOf(c).nextBoundary.seconds) await c.block([]);
    const before = balances(c, delegators.map((d) => d.address));
    const pool = communityPool(c);

    // Epoch 2, first block: the commission and one delegation (2 credits).
    const first = payouts((await nextEpoch(c)).events);
    expect(first).toHaveLength(2);
    // Second block: every delegator undelegates a tenth before the payout goes on; the unpaid ones are paid by the hook.
    const second = await c.block(await Promise.all(delegators.map((d, i) => tx(c, d, [undelegateMsg(d.address, a.valoper, stakes[i]! / 10n)]))));
    second.results.forEach(ok);
    const unpaid = delegators.filter((d) => !first.some((p) => p.recipient === d.address));
    expect(unpaid.length).toBeGreaterThanOrEqual(2);
    // Those were paid inside their transactions (the hook), by exactly their share.
    expect(second.results.flatMap((r) => payouts(r.events)).sort((x, y) => (x.recipient < y.recipient ? -1 : 1))).toEqual(
      unpaid.map((d) => ({ recipient: d.address, amount: `${shares[delegators.indexOf(d)]}uais` })).sort((x, y) => (x.recipient < y.recipient ? -1 : 1)),
    );
    for (let i = 0; i < 3; i++) await c.block([]);
    expect(custody(c, a.valoper).records).toEqual([]);
    // Each got its share exactly once (the unbonding tokens are not back yet: 30 s).
    expect(balances(c, delegators.map((d) => d.address))).toEqual(before.map((b, i) => b + shares[i]! - TEST_FEE));
    expect(communityPool(c)).toBe(pool + remainder);
    expect(totals(c).totals.paidOut).toBe((commission + rewards - remainder).toString());
  });
});

describe("distribution params", () => {
  it("takes min_payout_delay as whole seconds from 1 s to a year, one default epoch (a day) when absent", () => {
    expect(distributionParamsToJson(distributionParamsFromJson({}))).toEqual({ community_tax: "0.020000000000000000", payout_batch_size: 100, min_payout_delay: "86400s" });
    expect(distributionParamsFromJson({ min_payout_delay: "172800s" }).minPayoutDelay).toEqual({ seconds: 172_800n, nanos: 0 });
    for (const bad of ["0s", "1.5s", "31622401s", 3600]) expect(() => distributionParamsFromJson({ min_payout_delay: bad })).toThrow(/min_payout_delay/);
    expect(() => validateDistributionParams({ ...DEFAULT_DISTRIBUTION_PARAMS, minPayoutDelay: { seconds: 10n, nanos: 1 } })).toThrow(/min_payout_delay/);
  });
});
