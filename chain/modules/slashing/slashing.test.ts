import { VOTE_SIGNATURE_GAS } from "./evidence.js";
import { createHash, sign } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import {
  QueryParamsRequest,
  QueryParamsResponse,
  QuerySigningInfoRequest,
  QuerySigningInfoResponse,
} from "cosmjs-types/cosmos/slashing/v1beta1/query";
import { ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import {
  QueryUnbondingDelegationRequest,
  QueryUnbondingDelegationResponse,
  QueryValidatorRequest,
  QueryValidatorResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MsgEditValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { MisbehaviorType, type Event, type ExecTxResult, type Misbehavior } from "cosmjs-types/tendermint/abci/types";
import type { EvidenceParams } from "cosmjs-types/tendermint/types/params";
import { QueryCustodyRequest, QueryCustodyResponse, QueryTotalsRequest, QueryTotalsResponse } from "../../../codegen/ais/distribution/v1/query.js";
import { QueryValidatorSlashesRequest, QueryValidatorSlashesResponse } from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { ONE } from "../../types/dec.js";
import { QueryParamsRequest as AisQueryParamsRequest, QueryParamsResponse as AisQueryParamsResponse } from "../../../codegen/ais/slashing/v1/query.js";
import { MsgSubmitMisbehaviour, MsgSubmitMisbehaviourResponse, MsgUpdateParams } from "../../../codegen/ais/slashing/v1/tx.js";
import { SignedMsgType, type Vote } from "../../../codegen/tendermint/types/types.js";
import { voteSignBytes } from "../../crypto/cometbft.js";
import { GENESIS_SELF_BOND, operatorAddressOf } from "../../node/gentx.js";
import { setEpochSeconds } from "../../node/genesis.js";
import { toHex } from "../../store/encoding.js";
import { consensusAddressString } from "../../types/address.js";
import { STORE_NAME as DISTRIBUTION_STORE } from "../distribution/keeper.js";
import { STORE_NAME as SLASHING_STORE } from "./keeper.js";
import {
  GENESIS_TIME,
  TEST_CHAIN_ID,
  TestChain,
  consensusHex,
  testGenesis,
  testKeys,
  testValidator,
  type AccountKey,
} from "../../../test/helpers/chain.js";
import {
  TEST_FEE,
  delegateMsg,
  eventAttributes,
  redelegateMsg,
  send,
  sendInBlock,
  stakingQuery,
  stakingSnapshot,
  undelegateMsg,
} from "../../../test/helpers/staking.js";
import { signTx } from "../../../test/helpers/txs.js";
import { runProposal, shortGovernance } from "../../../test/helpers/gov.js";
import { aisModules } from "../../app/ais.js";
import { GOV_AUTHORITY } from "../authority.js";
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";

// Small numbers keep the tests fast: a 10-block window, withheld above 2 misses, jailed above 5.
const SLASHING_PARAMS = {
  signed_blocks_window: "10",
  reward_withhold_threshold: "0.2",
  downtime_jail_threshold: "0.5",
  downtime_jail_duration: "20s",
  slash_fraction_double_sign: "0.05",
  slash_fraction_downtime: "0.01",
  whistleblower_reward_fraction: "0.1",
};

/** Every genesis validator bonds 10^12 uais: consensus power 1 000 000. */
const POWER = GENESIS_SELF_BOND / 1_000_000n;
const DOUBLE_SIGN_JAIL_END = { seconds: 253_402_300_799n, nanos: 0 }; // 9999-12-31T23:59:59Z

type Spec = ReturnType<typeof testValidator>;

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

async function start(
  count: number,
  options: { maxValidators?: number; epochSeconds?: number; historicalEntries?: number; slashing?: Record<string, string>; evidence?: EvidenceParams } = {},
) {
  const validators = Array.from({ length: count }, (_, i) => testValidator(`v${i}`));
  const genesis = testGenesis(validators);
  setEpochSeconds(genesis, options.epochSeconds ?? 10);
  Object.assign((genesis.app_state.staking as { params: object }).params, {
    max_validators: options.maxValidators ?? 21,
    unbonding_time: "30s",
    ...(options.historicalEntries === undefined ? {} : { historical_entries: options.historicalEntries }),
  });
  genesis.app_state.slashing = { params: { ...SLASHING_PARAMS, ...options.slashing } };
  shortGovernance(genesis);
  const c = await TestChain.start({ genesis, consensusParams: options.evidence === undefined ? undefined : { evidence: options.evidence } });
  chain = c;
  return { c, validators };
}

const operatorOf = (spec: Spec) => operatorAddressOf(spec.operator.address);
const consensusBytes = (spec: Spec) => Uint8Array.from(Buffer.from(consensusHex(spec.consensusPubKey), "hex"));
const consensusAddressOf = (spec: Spec) => consensusAddressString(consensusBytes(spec));
const pubKeyOf = (spec: Spec) => new Uint8Array(Buffer.from(spec.consensusPubKey, "base64"));

function ok(result: ExecTxResult): ExecTxResult {
  expect(result.code, result.log).toBe(0);
  return result;
}

function query<T>(c: TestChain, path: string, data: Uint8Array, decode: (b: Uint8Array) => T): T {
  const r = c.app.query({ path, data, height: 0n, prove: false });
  if (r.code !== 0) throw new Error(r.log);
  return decode(r.value);
}

function validatorOf(c: TestChain, spec: Spec) {
  return stakingQuery(c, "Validator", QueryValidatorRequest.encode({ validatorAddr: operatorOf(spec) }).finish(), QueryValidatorResponse.decode).validator!;
}

function signingInfo(c: TestChain, spec: Spec): ValidatorSigningInfo {
  const data = QuerySigningInfoRequest.encode({ consAddress: consensusAddressOf(spec) }).finish();
  return query(c, "/cosmos.slashing.v1beta1.Query/SigningInfo", data, QuerySigningInfoResponse.decode).valSigningInfo;
}

function slashes(c: TestChain, spec: Spec, startingHeight: bigint, endingHeight: bigint) {
  const data = QueryValidatorSlashesRequest.encode(QueryValidatorSlashesRequest.fromPartial({ validatorAddress: operatorOf(spec), startingHeight, endingHeight })).finish();
  return query(c, "/cosmos.distribution.v1beta1.Query/ValidatorSlashes", data, QueryValidatorSlashesResponse.decode).slashes;
}

function custody(c: TestChain, spec: Spec) {
  const data = QueryCustodyRequest.encode({ validatorAddress: operatorOf(spec) }).finish();
  return query(c, "/ais.distribution.v1.Query/Custody", data, QueryCustodyResponse.decode);
}

function totals(c: TestChain): { slashedIn: bigint; paidOut: bigint } {
  const { totals } = query(c, "/ais.distribution.v1.Query/Totals", QueryTotalsRequest.encode({}).finish(), QueryTotalsResponse.decode);
  return { slashedIn: BigInt(totals.slashedIn), paidOut: BigInt(totals.paidOut) };
}
const slashedIn = (c: TestChain) => totals(c).slashedIn;

function unbondingBalances(c: TestChain, delegator: string, operator: string): { creationHeight: bigint; initialBalance: string; balance: string }[] {
  const data = QueryUnbondingDelegationRequest.encode({ delegatorAddr: delegator, validatorAddr: operator }).finish();
  return stakingQuery(c, "UnbondingDelegation", data, QueryUnbondingDelegationResponse.decode).unbond.entries.map((e) => ({
    creationHeight: e.creationHeight,
    initialBalance: e.initialBalance,
    balance: e.balance,
  }));
}

function eventsOf(events: readonly Event[], type: string): Record<string, string>[] {
  return events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}

/** A signed transaction of one message; `sequenceOffset` for a signer's second transaction in one block. */
async function signed(c: TestChain, signer: AccountKey, message: Any, sequenceOffset = 0n): Promise<Uint8Array> {
  const account = c.account(signer.address)!;
  return signTx({
    signer,
    chainId: TEST_CHAIN_ID,
    accountNumber: account.accountNumber,
    sequence: account.sequence + sequenceOffset,
    messages: [message],
    gasLimit: 400_000n,
    fee: [{ denom: "uais", amount: TEST_FEE.toString() }],
  });
}

function unjailMsg(spec: Spec): Any {
  return { typeUrl: "/cosmos.slashing.v1beta1.MsgUnjail", value: MsgUnjail.encode({ validatorAddr: operatorOf(spec) }).finish() };
}

function duplicateVote(spec: Spec, height: bigint, time: bigint, power = POWER): Misbehavior {
  return {
    type: MisbehaviorType.DUPLICATE_VOTE,
    validator: { address: consensusBytes(spec), power },
    height,
    time: { seconds: time, nanos: 0 },
    totalVotingPower: 3n * POWER,
  };
}

// --- conflicting votes ------------------------------------------------------------------------------

const blockHash = (label: string) => createHash("sha256").update(label).digest();

interface VoteOptions {
  height: bigint;
  block: string;
  round?: number;
  type?: SignedMsgType;
  /** Vote time in seconds (default: the time of that height's block with 1-second blocks). */
  time?: bigint;
  /** Signs with this validator's key instead (a forgery). */
  signer?: Spec;
}

/** A precommit signed with the validator's ed25519 consensus key over CometBFT's CanonicalVote bytes. */
function signedVote(spec: Spec, options: VoteOptions): Vote {
  const hash = blockHash(options.block);
  const blockId = { hash, partSetHeader: { total: 1, hash: blockHash(`parts of ${options.block}`) } };
  const type = options.type ?? SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT;
  const round = options.round ?? 0;
  const timestamp = { seconds: options.time ?? GENESIS_TIME + options.height, nanos: 0 };
  const bytes = voteSignBytes({ type: type as number, height: options.height, round: BigInt(round), blockId, timestamp }, TEST_CHAIN_ID);
  const signature = sign(null, bytes, (options.signer ?? spec).consensusPrivateKey);
  return { type, height: options.height, round, blockId, timestamp, validatorAddress: consensusBytes(spec), validatorIndex: 0, signature };
}

function reportMsg(reporter: string, voteA: Vote, voteB: Vote): Any {
  return { typeUrl: "/ais.slashing.v1.MsgSubmitMisbehaviour", value: MsgSubmitMisbehaviour.encode({ reporter, voteA, voteB }).finish() };
}

function reportResponse(result: ExecTxResult) {
  return MsgSubmitMisbehaviourResponse.decode(TxMsgData.decode(result.data).msgResponses[0]!.value);
}

/**
 * The state slashing may touch: the whole staking store and pools, the whole distribution store,
 * and the slashing store with each signing info's moving window position left out (every block
 * moves it for the validators that sign).
 */
function penaltySnapshot(c: TestChain): string[] {
  const ctx = c.readContext();
  const slashing = [...ctx.kv(SLASHING_STORE).iterate()].map(([k, v]) => {
    if (k[0] !== 0x01) return `${toHex(k)}=${toHex(v)}`;
    const { indexOffset: _moving, ...info } = ValidatorSigningInfo.decode(v);
    return `${toHex(k)}=${JSON.stringify(info, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value))}`;
  });
  const distribution = [...ctx.kv(DISTRIBUTION_STORE).iterate()].map(([k, v]) => `${toHex(k)}=${toHex(v)}`);
  return [...stakingSnapshot(c), ...slashing.map((s) => `slashing:${s}`), ...distribution.map((s) => `distribution:${s}`)];
}

describe("downtime", () => {
  it("withholds rewards, then jails and slashes 1% of the vote's power; unjail after jailed_until; back at the next epoch boundary", async () => {
    const { c, validators } = await start(3);
    const [offline, other] = validators as [Spec, Spec, Spec];
    const hex = consensusHex(offline.consensusPubKey);
    const absent = new Set([hex]);

    // A validator that is not jailed cannot be unjailed.
    const notJailed = await send(c, other.operator, unjailMsg(other));
    expect([notJailed.codespace, notJailed.code]).toEqual(["slashing", 5]);

    // Height 2: the first vote judged (the signing info starts here). Time is GENESIS_TIME + height.
    expect(c.height).toBe(2);
    expect(signingInfo(c, offline)).toMatchObject({ startHeight: 2n, missedBlocksCounter: 0n, tombstoned: false });
    const tokens = BigInt(validatorOf(c, offline).tokens);
    expect(tokens).toBe(GENESIS_SELF_BOND);
    const slashedBefore = slashedIn(c);

    // Heights 3 and 4: 1 and 2 misses of a 10-block window — not above 0.2 yet.
    for (let missed = 1n; missed <= 2n; missed++) {
      const { events } = await c.block([], 1n, { absent });
      expect(eventAttributes(events, "liveness")).toMatchObject({ missed_blocks: missed.toString() });
      expect(eventsOf(events, "withhold_rewards")).toEqual([]);
      expect(custody(c, offline).excluded).toBe(false);
    }
    // Height 5: 3 misses > 0.2 × 10 → this epoch's rewards are withheld.
    let block = await c.block([], 1n, { absent });
    expect(eventsOf(block.events, "withhold_rewards")).toEqual([{ validator: operatorOf(offline), epoch: "0" }]);
    expect(custody(c, offline).excluded).toBe(true);
    expect(custody(c, other).excluded).toBe(false);

    // Heights 6–12: above 0.5 × 10 from height 8, but not jailed until height > start (2) + window (10).
    const updates = [];
    for (let h = 6; h <= 12; h++) {
      block = await c.block([], 1n, { absent });
      updates.push(...block.validatorUpdates);
      expect(eventsOf(block.events, "jail")).toEqual([]);
      // Height 10 (GENESIS_TIME + 10) closes epoch 0, which ends the withholding; height 11 withholds epoch 1's.
      if (h === 10) expect(custody(c, offline)).toMatchObject({ currentEpoch: 1n, excluded: false });
      if (h === 11) {
        expect(eventsOf(block.events, "withhold_rewards")).toEqual([{ validator: operatorOf(offline), epoch: "1" }]);
        expect(custody(c, offline).excluded).toBe(true);
      }
    }
    expect(updates).toEqual([]);
    expect(validatorOf(c, offline).jailed).toBe(false);

    // Height 13: jailed, slashed 0.01 × 1 000 000 × 10^6 at infraction height 11, removed from the set at once.
    block = await c.block([], 1n, { absent });
    expect(c.height).toBe(13);
    const expectedSlash = (POWER * 1_000_000n) / 100n; // 10^10
    expect(eventsOf(block.events, "slash")).toEqual([
      { address: operatorOf(offline), power: POWER.toString(), infraction_height: "11", amount: expectedSlash.toString() },
    ]);
    expect(eventsOf(block.events, "jail")).toEqual([{ validator: operatorOf(offline), reason: "missing_signature" }]);
    expect(slashes(c, offline, 0n, BigInt(c.height)).map((e) => e.fraction)).toEqual([(ONE / 100n).toString()]);
    expect(eventsOf(block.events, "forfeit_rewards").map((e) => e.validator)).toEqual([operatorOf(offline)]);
    expect(block.validatorUpdates).toEqual([{ pubKey: { ed25519: pubKeyOf(offline) }, power: 0n }]);
    const jailed = validatorOf(c, offline);
    expect([jailed.jailed, jailed.status, BigInt(jailed.tokens)]).toEqual([true, BondStatus.BOND_STATUS_UNBONDING, tokens - expectedSlash]);
    expect(slashedIn(c)).toBe(slashedBefore + expectedSlash);
    const jailedUntil = { seconds: GENESIS_TIME + 13n + 20n, nanos: 0 };
    expect(signingInfo(c, offline)).toEqual({
      address: consensusAddressOf(offline),
      startHeight: 13n,
      indexOffset: 0n,
      jailedUntil,
      tombstoned: false,
      missedBlocksCounter: 0n,
    });
    expect(c.validatorSet(14).has(hex)).toBe(true); // CometBFT applies the removal at 13 + 2
    expect(c.validatorSet(15).has(hex)).toBe(false);

    // Before jailed_until: still jailed (code 4), up to the last second.
    const early = await send(c, offline.operator, unjailMsg(offline));
    expect([early.codespace, early.code]).toEqual(["slashing", 4]);
    while (c.time < jailedUntil.seconds - 2n) await c.block([]);
    const lastSecond = await send(c, offline.operator, unjailMsg(offline)); // at jailed_until − 1
    expect(c.time).toBe(jailedUntil.seconds - 1n);
    expect([lastSecond.codespace, lastSecond.code]).toEqual(["slashing", 4]);
    expect(validatorOf(c, offline).jailed).toBe(true);

    // At jailed_until: unjailed, but out of CometBFT's set until the next epoch boundary (GENESIS_TIME + 40).
    const unjailed = await sendInBlock(c, offline.operator, unjailMsg(offline));
    expect(c.time).toBe(jailedUntil.seconds);
    ok(unjailed.results[0]!);
    expect(eventAttributes(unjailed.results[0]!.events, "unjail")).toEqual({ validator: operatorOf(offline) });
    expect(unjailed.validatorUpdates).toEqual([]);
    expect(validatorOf(c, offline).jailed).toBe(false);
    const waiting = [];
    while (c.time < GENESIS_TIME + 39n) waiting.push(...(await c.block([])).validatorUpdates);
    expect(waiting).toEqual([]);
    expect(c.validatorSet(c.height + 2).has(hex)).toBe(false);
    const boundary = await c.block([]);
    expect(boundary.events.map((e) => e.type)).toContain("epoch_start");
    expect(boundary.validatorUpdates).toEqual([{ pubKey: { ed25519: pubKeyOf(offline) }, power: (tokens - expectedSlash) / 1_000_000n }]);
    expect(c.validatorSet(c.height + 2).get(hex)).toBe(990_000n);
    expect(validatorOf(c, offline).status).toBe(BondStatus.BOND_STATUS_BONDED);
  });
});

/** Keys of the validator's missed-block bitmap in the slashing store (0x02 ‖ len ‖ address ‖ index). */
function missedKeys(c: TestChain, spec: Spec): string[] {
  const prefix = toHex(Uint8Array.of(0x02, 20, ...consensusBytes(spec)));
  return [...c.readContext().kv(SLASHING_STORE).iterate()].map(([k]) => toHex(k)).filter((k) => k.startsWith(prefix));
}

describe("a new signed_blocks_window", () => {
  const paramsMsg = (c: TestChain, changes: Partial<MsgUpdateParams["params"]>): Any => {
    const params = { ...aisModules().slashing.keeper.params(c.readContext()), ...changes };
    return { typeUrl: "/ais.slashing.v1.MsgUpdateParams", value: MsgUpdateParams.encode({ authority: GOV_AUTHORITY, params }).finish() };
  };

  it("resets every validator's missed blocks, as the SDK does: misses of the old window never jail under the new one", async () => {
    const { c, validators } = await start(3, { slashing: { signed_blocks_window: "100", reward_withhold_threshold: "0.5" } });
    const [offline] = validators as [Spec, Spec, Spec];
    const absent = new Set([consensusHex(offline.consensusPubKey)]);
    // 30 misses of a 100-block window: below the jail threshold (50).
    for (let i = 0; i < 30; i++) await c.block([], 1n, { absent });
    expect(signingInfo(c, offline)).toMatchObject({ missedBlocksCounter: 30n, indexOffset: 30n });
    expect(missedKeys(c, offline)).toHaveLength(30);

    // Governance shrinks the window to 10 (jailed above 5 misses); the validator signs from now on.
    const proposal = await runProposal(c, validators.map((v) => v.operator), [paramsMsg(c, { signedBlocksWindow: 10n })]);
    expect(proposal.status, proposal.failedReason).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    // The window starts afresh, for queries at once; the old bits go when the validator's next vote is judged.
    expect(signingInfo(c, offline)).toMatchObject({ missedBlocksCounter: 0n, indexOffset: 0n, startHeight: 2n });
    expect(missedKeys(c, offline)).toHaveLength(30);
    await c.block([]);
    expect(missedKeys(c, offline)).toEqual([]);
    expect(signingInfo(c, offline)).toMatchObject({ missedBlocksCounter: 0n, indexOffset: 1n });
    for (let i = 0; i < 15; i++) await c.block([]);
    expect(validatorOf(c, offline).jailed).toBe(false);
    expect(signingInfo(c, offline)).toMatchObject({ missedBlocksCounter: 0n, indexOffset: 16n });

    // The new window judges its own misses: the 6th of 10 jails.
    for (let i = 1; i <= 6; i++) {
      const { events } = await c.block([], 1n, { absent });
      expect(eventsOf(events, "jail")).toEqual(i < 6 ? [] : [{ validator: operatorOf(offline), reason: "missing_signature" }]);
    }
  });

  it("keeps the missed blocks when a proposal changes other slashing params", async () => {
    const { c, validators } = await start(3, { slashing: { signed_blocks_window: "100", reward_withhold_threshold: "0.5" } });
    const [offline] = validators as [Spec, Spec, Spec];
    for (let i = 0; i < 7; i++) await c.block([], 1n, { absent: new Set([consensusHex(offline.consensusPubKey)]) });
    const proposal = await runProposal(c, validators.map((v) => v.operator), [paramsMsg(c, { signedBlocksWindow: 100n, slashFractionDowntime: "20000000000000000" })]);
    expect(proposal.status, proposal.failedReason).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(aisModules().slashing.keeper.params(c.readContext()).slashFractionDowntime).toBe("20000000000000000");
    await c.block([]);
    expect(signingInfo(c, offline)).toMatchObject({ missedBlocksCounter: 7n });
    expect(missedKeys(c, offline)).toHaveLength(7);
  });
});

describe("double signing reported by CometBFT", () => {
  it("slashes 5%, jails and tombstones at once; repeated or unknown evidence changes nothing; no unjail", async () => {
    const { c, validators } = await start(3);
    const [, offender] = validators as [Spec, Spec, Spec];
    await c.block([]);
    await c.block([]); // height 3
    const tokens = BigInt(validatorOf(c, offender).tokens);
    const slashedBefore = slashedIn(c);

    const block = await c.block([], 1n, { misbehavior: [duplicateVote(offender, 3n, GENESIS_TIME + 3n)] });
    const expectedSlash = (POWER * 1_000_000n * 5n) / 100n; // 5 × 10^10
    expect(eventsOf(block.events, "double_sign")).toEqual([
      {
        validator: operatorOf(offender),
        consensus_address: consensusAddressOf(offender),
        infraction_height: "3",
        slashed: expectedSlash.toString(),
        whistleblower_reward: "0",
      },
    ]);
    expect(eventsOf(block.events, "slash")).toEqual([
      { address: operatorOf(offender), power: POWER.toString(), infraction_height: "2", amount: expectedSlash.toString() },
    ]);
    expect(eventsOf(block.events, "jail")).toEqual([{ validator: operatorOf(offender), reason: "double_sign" }]);
    expect(block.validatorUpdates).toEqual([{ pubKey: { ed25519: pubKeyOf(offender) }, power: 0n }]);
    expect(BigInt(validatorOf(c, offender).tokens)).toBe(tokens - expectedSlash);
    expect(slashedIn(c)).toBe(slashedBefore + expectedSlash);
    expect(signingInfo(c, offender)).toMatchObject({ tombstoned: true, jailedUntil: DOUBLE_SIGN_JAIL_END });
    // Distribution's record of it (ValidatorSlashes), by the height of the block that slashed.
    const slashHeight = BigInt(c.height);
    expect(slashes(c, offender, 0n, 1_000n)).toEqual([{ validatorPeriod: 0n, fraction: (ONE / 20n).toString() }]);
    expect(slashes(c, offender, slashHeight + 1n, 1_000n)).toEqual([]);
    expect(slashes(c, offender, slashHeight, slashHeight)).toHaveLength(1);
    expect(() => slashes(c, offender, 5n, 4n)).toThrow("starting height greater than ending height (5 > 4)");

    // The same offence again, and evidence against an address no validator has: ignored.
    for (const misbehavior of [duplicateVote(offender, 4n, GENESIS_TIME + 4n), { ...duplicateVote(offender, 4n, GENESIS_TIME + 4n), validator: { address: blockHash("nobody").subarray(0, 20), power: POWER } }]) {
      const before = penaltySnapshot(c);
      const again = await c.block([], 1n, { misbehavior: [misbehavior] });
      for (const type of ["double_sign", "slash", "jail", "forfeit_rewards"]) expect(eventsOf(again.events, type)).toEqual([]);
      expect(again.validatorUpdates).toEqual([]);
      expect(penaltySnapshot(c)).toEqual(before);
    }

    // Tombstoned: never unjailed, whatever the time.
    await c.block([], 60n);
    const unjail = await send(c, offender.operator, unjailMsg(offender));
    expect([unjail.codespace, unjail.code]).toEqual(["slashing", 4]);
    expect(validatorOf(c, offender).jailed).toBe(true);
  });

  it("ignores evidence against a validator that has finished unbonding (as the SDK does) instead of halting", async () => {
    const { c, validators } = await start(3);
    const [, leaver] = validators as [Spec, Spec, Spec];
    const delegator = testKeys.technology;
    ok(await send(c, delegator, delegateMsg(delegator.address, operatorOf(leaver), 1_000_000n))); // height 2
    // Height 3: the operator takes its whole self-bond out: jailed, it leaves the set (from height 5)
    // and is unbonded 30 s later, still holding the delegator's tokens.
    ok(await send(c, leaver.operator, undelegateMsg(leaver.operator.address, operatorOf(leaver), GENESIS_SELF_BOND)));
    await c.block([], 31n);
    // The epoch clock catches up one boundary per block (GENESIS_TIME + 20, + 30) and pays epoch 0 and 1 out.
    for (let i = 0; i < 3; i++) await c.block([]);
    expect(c.time).toBe(GENESIS_TIME + 37n);
    const status = validatorOf(c, leaver);
    expect([status.status, status.jailed, BigInt(status.tokens)]).toEqual([BondStatus.BOND_STATUS_UNBONDED, true, 1_000_000n]);
    const before = penaltySnapshot(c);
    const block = await c.block([], 1n, { misbehavior: [duplicateVote(leaver, 3n, GENESIS_TIME + 3n)] });
    expect(eventsOf(block.events, "double_sign")).toEqual([]);
    expect(penaltySnapshot(c)).toEqual(before);
    // A whistleblower's report of the same offence is refused (code 20), not an internal error.
    const report = await send(c, delegator, reportMsg(delegator.address, signedVote(leaver, { height: 3n, block: "A" }), signedVote(leaver, { height: 3n, block: "B" })));
    expect([report.codespace, report.code, report.log]).toEqual(["slashing", 20, "the validator has finished unbonding: invalid misbehaviour report"]);
  });
});

describe("MsgSubmitMisbehaviour", () => {
  it("punishes two conflicting signed votes once, pays the reporter its share, and rejects bad reports without a state change", async () => {
    // 4 genesis validators, 3 seats: one is never in CometBFT's set. Long epochs keep elections out of the way.
    const evidence: EvidenceParams = { maxAgeNumBlocks: 10n, maxAgeDuration: { seconds: 30n, nanos: 0 }, maxBytes: 1_048_576n };
    const { c, validators } = await start(4, { maxValidators: 3, epochSeconds: 3600, evidence }); // next boundary: GENESIS_TIME + 3200
    const inSet = (spec: Spec) => c.genesisValidators.some((u) => Buffer.from(u.pubKey!.ed25519!).equals(pubKeyOf(spec)));
    const [offender, honest, third] = validators.filter(inSet) as [Spec, Spec, Spec];
    const [outsider] = validators.filter((v) => !inSet(v)) as [Spec];
    const reporter = testKeys.institutions;
    await c.block([]); // height 2

    // Height 3: two precommits of height 2, round 0, for different blocks.
    const voteA = signedVote(offender, { height: 2n, block: "A" });
    const voteB = signedVote(offender, { height: 2n, block: "B" });
    const balance = c.balance(reporter.address);
    const tokens = BigInt(validatorOf(c, offender).tokens);
    const totalsBefore = totals(c);
    const { results, validatorUpdates } = await sendInBlock(c, reporter, reportMsg(reporter.address, voteA, voteB));
    ok(results[0]!);
    const slashed = (POWER * 1_000_000n * 5n) / 100n; // 5 × 10^10
    const reward = slashed / 10n; // floor(slashed × 0.1)
    expect(reportResponse(results[0]!)).toEqual({ slashed: slashed.toString(), reward: reward.toString() });
    expect(eventAttributes(results[0]!.events, "slash")).toMatchObject({ infraction_height: "1", amount: slashed.toString() });
    expect(c.balance(reporter.address)).toBe(balance - TEST_FEE + reward);
    expect(totals(c)).toEqual({ slashedIn: totalsBefore.slashedIn + slashed, paidOut: totalsBefore.paidOut + reward });
    expect(BigInt(validatorOf(c, offender).tokens)).toBe(tokens - slashed);
    expect(validatorUpdates).toEqual([{ pubKey: { ed25519: pubKeyOf(offender) }, power: 0n }]);
    expect(signingInfo(c, offender)).toMatchObject({ tombstoned: true, jailedUntil: DOUBLE_SIGN_JAIL_END });

    /** `fee`: whether the ante handler ran (a report failing stateless validation is refused before it). */
    const expectRejected = async (a: Vote, b: Vote, code: number, fee = TEST_FEE) => {
      await c.block([]); // the last transaction's fee accrues here, not in the block compared
      const before = penaltySnapshot(c);
      const reporterBalance = c.balance(reporter.address);
      const result = await send(c, reporter, reportMsg(reporter.address, a, b));
      expect([result.codespace, result.code], result.log).toEqual(["slashing", code]);
      expect(penaltySnapshot(c)).toEqual(before);
      expect(c.balance(reporter.address)).toBe(reporterBalance - fee);
    };
    // The same offence again: already tombstoned.
    await expectRejected(voteA, voteB, 22);
    // A signature by another key.
    await expectRejected(signedVote(honest, { height: 2n, block: "A" }), signedVote(honest, { height: 2n, block: "B", signer: third }), 23);
    // Each signature check is charged before it runs, so a block of forged reports costs the
    // proposer's gas, not free verification time (bench:block): this one paid for both checks.
    await c.block([]);
    const forged = await send(c, reporter, reportMsg(reporter.address, signedVote(honest, { height: 2n, block: "A" }), signedVote(honest, { height: 2n, block: "B", signer: third })));
    expect(forged.code).toBe(23);
    expect(forged.gasUsed).toBeGreaterThan(2n * BigInt(VOTE_SIGNATURE_GAS));
    // Not a conflict: different heights, rounds or types, or the same block.
    await expectRejected(signedVote(honest, { height: 2n, block: "A" }), signedVote(honest, { height: 3n, block: "B" }), 20, 0n);
    await expectRejected(signedVote(honest, { height: 2n, block: "A" }), signedVote(honest, { height: 2n, block: "B", round: 1 }), 20, 0n);
    await expectRejected(
      signedVote(honest, { height: 2n, block: "A" }),
      signedVote(honest, { height: 2n, block: "B", type: SignedMsgType.SIGNED_MSG_TYPE_PREVOTE }),
      20,
      0n,
    );
    await expectRejected(signedVote(honest, { height: 2n, block: "A" }), signedVote(honest, { height: 2n, block: "A", time: GENESIS_TIME + 3n }), 20, 0n);
    // Votes of two validators.
    await expectRejected(signedVote(honest, { height: 2n, block: "A" }), signedVote(third, { height: 2n, block: "B" }), 20, 0n);
    // A key no validator has.
    const stranger = testValidator("stranger");
    await expectRejected(signedVote(stranger, { height: 2n, block: "A" }), signedVote(stranger, { height: 2n, block: "B" }), 2);
    // A validator that was not in CometBFT's set at that height.
    await expectRejected(signedVote(outsider, { height: 2n, block: "A" }), signedVote(outsider, { height: 2n, block: "B" }), 20);
    // The tombstoned offender after it left the set (updates of height 3 apply at 5): not in the set either.
    await expectRejected(signedVote(offender, { height: 6n, block: "A" }), signedVote(offender, { height: 6n, block: "B" }), 20);
    // A height not yet past (the report runs at c.height + 2, after expectRejected's extra block).
    await expectRejected(signedVote(honest, { height: BigInt(c.height + 2), block: "A" }), signedVote(honest, { height: BigInt(c.height + 2), block: "B" }), 20);

    // Expiry needs both limits exceeded: more than 10 blocks AND more than 30 s (CometBFT's rule).
    const old = { height: 3n, time: GENESIS_TIME + 3n };
    expect(c.time).toBe(GENESIS_TIME + BigInt(c.height)); // 1-second blocks so far
    // Many blocks old, but within 30 s: punished.
    expect(BigInt(c.height + 1) - old.height).toBeGreaterThan(10n);
    expect(c.time + 1n - old.time).toBeLessThanOrEqual(30n);
    // The votes' own timestamps, which the offender signs, cannot make it look older than its block.
    const backdated = { ...old, time: GENESIS_TIME - 1_000n };
    const fresh = await sendInBlock(c, reporter, reportMsg(reporter.address, signedVote(third, { ...backdated, block: "A" }), signedVote(third, { ...backdated, block: "B" })));
    expect(reportResponse(ok(fresh.results[0]!))).toEqual({ slashed: slashed.toString(), reward: reward.toString() });
    // Past both limits: expired. (The offender's unbonding, due at GENESIS_TIME + 33, completes in this jump, before the snapshot.)
    await c.block([], old.time + 31n - c.time);
    await expectRejected(signedVote(honest, { ...old, block: "A" }), signedVote(honest, { ...old, block: "B" }), 21);
  });
});

describe("the age of a reported offence", () => {
  it("is never taken from the offender's vote timestamps: once its block's header is pruned, height alone judges it", async () => {
    // HistoricalInfo keeps the last 10 headers, as many as the evidence age in blocks.
    const evidence: EvidenceParams = { maxAgeNumBlocks: 10n, maxAgeDuration: { seconds: 30n, nanos: 0 }, maxBytes: 1_048_576n };
    const { c, validators } = await start(3, { epochSeconds: 3600, evidence, historicalEntries: 10 });
    const [offender] = validators as [Spec, Spec, Spec];
    const reporter = testKeys.institutions;
    // The offence at height 2; 40 one-second blocks later it is past both limits (10 blocks, 30 s).
    while (c.height < 42) await c.block([]);
    expect(aisModules().staking.keeper.params(c.readContext()).historicalEntries).toBe(10);
    // Votes the offender time-stamped "now": they would make the offence look a second old.
    const fresh = { height: 2n, time: c.time };
    const before = penaltySnapshot(c);
    const report = await send(c, reporter, reportMsg(reporter.address, signedVote(offender, { ...fresh, block: "A" }), signedVote(offender, { ...fresh, block: "B" })));
    expect([report.codespace, report.code], report.log).toEqual(["slashing", 21]);
    expect(validatorOf(c, offender).jailed).toBe(false);
    expect(penaltySnapshot(c)).toEqual(before);
  });
});

describe("slashing reaches stake that left the validator after the infraction", () => {
  it("slashes unbonding entries begun at or after the infraction height, and follows a redelegation undelegated at the destination", async () => {
    const { c, validators } = await start(3);
    const [v0, v1] = validators as [Spec, Spec, Spec];
    const [source, destination] = [operatorOf(v0), operatorOf(v1)];
    const d1 = testKeys.technology;
    const d2 = testKeys.private;
    // Height 2: both delegate 100 AIS to v0.
    let block = await c.block([await signed(c, d1, delegateMsg(d1.address, source, 100_000_000n)), await signed(c, d2, delegateMsg(d2.address, source, 100_000_000n))]);
    block.results.forEach(ok);
    // Height 3: d1 unbonds 10 AIS, before the infraction.
    ok(await send(c, d1, undelegateMsg(d1.address, source, 10_000_000n)));
    await c.block([]); // height 4: the infraction height (the stake that signed height 5 was set here)
    await c.block([]); // height 5: v0 double-signs
    // Height 6: after the infraction, d1 unbonds 20 AIS and d2 redelegates 50 AIS to v1 …
    block = await c.block([await signed(c, d1, undelegateMsg(d1.address, source, 20_000_000n)), await signed(c, d2, redelegateMsg(d2.address, source, destination, 50_000_000n))]);
    block.results.forEach(ok);
    // … height 7: and undelegates them at v1 (GHSA-86h5-xcpx-cfqc's escape).
    ok(await send(c, d2, undelegateMsg(d2.address, destination, 50_000_000n)));
    const tokens = BigInt(validatorOf(c, v0).tokens);
    expect(tokens).toBe(GENESIS_SELF_BOND + 200_000_000n - 10_000_000n - 20_000_000n - 50_000_000n);
    const destinationTokens = BigInt(validatorOf(c, v1).tokens);

    // Height 8: CometBFT's evidence of height 5 (power 1 000 000 in the set then: epochs are 10 s).
    block = await c.block([], 1n, { misbehavior: [duplicateVote(v0, 5n, GENESIS_TIME + 5n)] });
    const target = (POWER * 1_000_000n * 5n) / 100n; // 5 × 10^10 in all
    const fromUnbonding = (20_000_000n * 5n) / 100n; // 1 000 000 of the entry begun at height 6
    const fromRedelegation = (50_000_000n * 5n) / 100n; // 2 500 000, taken from the unbonding entry at v1
    expect(eventsOf(block.events, "slash")).toEqual([{ address: source, power: POWER.toString(), infraction_height: "4", amount: target.toString() }]);
    expect(unbondingBalances(c, d1.address, source)).toEqual([
      { creationHeight: 3n, initialBalance: "10000000", balance: "10000000" }, // before the infraction: untouched
      { creationHeight: 6n, initialBalance: "20000000", balance: (20_000_000n - fromUnbonding).toString() },
    ]);
    expect(unbondingBalances(c, d2.address, destination)).toEqual([
      { creationHeight: 7n, initialBalance: "50000000", balance: (50_000_000n - fromRedelegation).toString() },
    ]);
    // The rest comes from the validator; v1's own stake is not touched.
    expect(BigInt(validatorOf(c, v0).tokens)).toBe(tokens - (target - fromUnbonding - fromRedelegation));
    expect(BigInt(validatorOf(c, v1).tokens)).toBe(destinationTokens);

    // At maturity the delegators receive what is left.
    const [b1, b2] = [c.balance(d1.address), c.balance(d2.address)];
    await c.block([], 30n);
    expect(c.balance(d1.address) - b1).toBe(10_000_000n + 20_000_000n - fromUnbonding);
    expect(c.balance(d2.address) - b2).toBe(50_000_000n - fromRedelegation);
  });
});

describe("slashing entries as the SDK's Slash does", () => {
  const DOUBLE_SIGN = 5n; // %, the default slash_fraction_double_sign
  const percent = (amount: bigint, pct: bigint) => (amount * pct) / 100n;

  it("charges the bonded stake only what the redelegation entries should have given, not what the slashed destination could give", async () => {
    const { c, validators } = await start(3);
    const [v0, v1] = validators as [Spec, Spec, Spec];
    const [source, destination] = [operatorOf(v0), operatorOf(v1)];
    const d = testKeys.private;
    ok(await send(c, d, delegateMsg(d.address, source, 100_000_000n))); // height 2
    for (let h = 3; h <= 5; h++) await c.block([]); // v0 double-signs height 5 (infraction height 4)
    ok(await send(c, d, redelegateMsg(d.address, source, destination, 50_000_000n))); // height 6: 50 AIS at risk for v0's fault move to v1
    await c.block([]); // height 7: v1 double-signs
    // Height 8: v1 is slashed first, so the 50 AIS of d's shares at v1 are now worth less.
    await c.block([], 1n, { misbehavior: [duplicateVote(v1, 7n, GENESIS_TIME + 7n)] });
    const dst = validatorOf(c, v1);
    const sharesDst = 50_000_000n * 10n ** 18n;
    const nominal = percent(50_000_000n, DOUBLE_SIGN); // 2 500 000: what the entry should give
    const taken = (percent(sharesDst, DOUBLE_SIGN) * BigInt(dst.tokens)) / BigInt(dst.delegatorShares); // what its shares give now
    expect(taken).toBeLessThan(nominal);
    const tokens = BigInt(validatorOf(c, v0).tokens);

    // Height 9: v0's evidence. The entry gives what it can; v0's bonded stake is charged the target
    // less the entry's NOMINAL amount, so the shortfall does not fall on v0's remaining delegators.
    const block = await c.block([], 1n, { misbehavior: [duplicateVote(v0, 5n, GENESIS_TIME + 5n)] });
    const target = percent(POWER * 1_000_000n, DOUBLE_SIGN);
    expect(BigInt(validatorOf(c, v0).tokens)).toBe(tokens - (target - nominal));
    expect(BigInt(validatorOf(c, v1).tokens)).toBe(BigInt(dst.tokens) - taken);
    expect(eventsOf(block.events, "slash")).toEqual([{ address: source, power: POWER.toString(), infraction_height: "4", amount: (target - nominal + taken).toString() }]);
  });

  it("charges the bonded stake only what the unbonding entries should have given, not what an earlier slash left in them", async () => {
    const { c, validators } = await start(3, { slashing: { slash_fraction_double_sign: "0.6" } });
    const [v0, , v2] = validators as [Spec, Spec, Spec];
    const d = testKeys.private;
    ok(await send(c, d, delegateMsg(d.address, operatorOf(v2), 100_000_000n))); // height 2
    for (let h = 3; h <= 5; h++) await c.block([]); // v0 and v2 double-sign height 5
    ok(await send(c, d, redelegateMsg(d.address, operatorOf(v2), operatorOf(v0), 50_000_000n))); // height 6
    ok(await send(c, d, undelegateMsg(d.address, operatorOf(v0), 50_000_000n))); // height 7: the 50 AIS unbond from v0
    // Height 8: v2's slash follows its redelegation into the unbonding entry at v0 and takes 60% of it.
    await c.block([], 1n, { misbehavior: [duplicateVote(v2, 5n, GENESIS_TIME + 5n)] });
    expect(unbondingBalances(c, d.address, operatorOf(v0))).toEqual([{ creationHeight: 7n, initialBalance: "50000000", balance: "20000000" }]);
    const tokens = BigInt(validatorOf(c, v0).tokens);

    // Height 9: v0's own slash should take 60% of the entry's 50 AIS (30), finds 20: the 10 missing
    // are not taken from v0's bonded stake instead.
    const block = await c.block([], 1n, { misbehavior: [duplicateVote(v0, 5n, GENESIS_TIME + 5n)] });
    const target = percent(POWER * 1_000_000n, 60n);
    expect(unbondingBalances(c, d.address, operatorOf(v0))).toEqual([{ creationHeight: 7n, initialBalance: "50000000", balance: "0" }]);
    expect(BigInt(validatorOf(c, v0).tokens)).toBe(tokens - (target - 30_000_000n));
    expect(eventsOf(block.events, "slash")).toEqual([{ address: operatorOf(v0), power: POWER.toString(), infraction_height: "4", amount: (target - 30_000_000n + 20_000_000n).toString() }]);
  });

  it("jails the destination validator when the redelegation slash takes its operator's self-delegation below the minimum", async () => {
    const { c, validators } = await start(3);
    const [v0, v1] = validators as [Spec, Spec, Spec];
    const [source, destination] = [operatorOf(v0), operatorOf(v1)];
    const operator = v1.operator; // v1's operator delegates to v0, then moves that stake to its own validator
    ok(await send(c, operator, delegateMsg(operator.address, source, 100_000_000n))); // height 2
    for (let h = 3; h <= 5; h++) await c.block([]); // v0 double-signs height 5
    ok(await send(c, operator, redelegateMsg(operator.address, source, destination, 100_000_000n))); // height 6
    // Height 7: v1's minimum self-delegation rises to all of its operator's stake.
    const selfDelegation = GENESIS_SELF_BOND + 100_000_000n;
    ok(await send(c, operator, editMinSelfDelegationMsg(destination, selfDelegation)));
    expect(validatorOf(c, v1).jailed).toBe(false);

    // Height 8: v0's slash unbonds 5% of the redelegated shares at v1, from v1's operator: below the minimum.
    const block = await c.block([], 1n, { misbehavior: [duplicateVote(v0, 5n, GENESIS_TIME + 5n)] });
    expect(eventsOf(block.events, "jail")).toContainEqual({ validator: destination, reason: "self_delegation_below_minimum" });
    expect(validatorOf(c, v1).jailed).toBe(true);
    // It leaves CometBFT's set in the same block, as after an undelegation below the minimum.
    expect(block.validatorUpdates).toContainEqual({ pubKey: { ed25519: pubKeyOf(v1) }, power: 0n });
  });
});

function editMinSelfDelegationMsg(operator: string, minSelfDelegation: bigint): Any {
  const keep = "[do-not-modify]";
  const value = MsgEditValidator.encode({
    description: { moniker: keep, identity: keep, website: keep, securityContact: keep, details: keep },
    validatorAddress: operator,
    commissionRate: "",
    minSelfDelegation: minSelfDelegation.toString(),
  }).finish();
  return { typeUrl: "/cosmos.staking.v1beta1.MsgEditValidator", value };
}

describe("CometBFT's power is always backed by slashable stake", () => {
  const KEPT = 1_000_000n; // the operator keeps 1 AIS: power 1, above its minimum self-delegation

  /** v0's operator takes all but 1 AIS of its self-bond out in block U, long before the next election. */
  async function unbondAfterElection() {
    const { c, validators } = await start(3, { epochSeconds: 3600 });
    const [offender] = validators as [Spec, Spec, Spec];
    await c.block([]);
    const { results, validatorUpdates } = await sendInBlock(c, offender.operator, undelegateMsg(offender.operator.address, operatorOf(offender), GENESIS_SELF_BOND - KEPT));
    ok(results[0]!);
    const unbondHeight = BigInt(c.height);
    // The lower power goes to CometBFT in the same block's updates (in force at U + 2), not at the election.
    expect(validatorUpdates.map((u) => [Buffer.from(u.pubKey!.ed25519!).toString("base64"), u.power])).toEqual([[offender.consensusPubKey, KEPT / 1_000_000n]]);
    return { c, offender, unbondHeight };
  }

  it("an offence signed at the old power (before U + 2) is slashed on the unbonding stake that backed it", async () => {
    const { c, offender, unbondHeight } = await unbondAfterElection();
    await c.block([]);
    await c.block([]);
    const infraction = unbondHeight + 1n;
    const block = await c.block([], 1n, { misbehavior: [duplicateVote(offender, infraction, GENESIS_TIME + infraction)] });
    const [slash] = eventsOf(block.events, "slash");
    // The slash event names the distribution height (the infraction's height − 1, as the SDK's).
    expect(slash).toMatchObject({ power: POWER.toString(), infraction_height: (infraction - 1n).toString(), amount: ((GENESIS_SELF_BOND * 5n) / 100n).toString() });
    const [entry] = unbondingBalances(c, offender.operator.address, operatorOf(offender));
    expect(BigInt(entry!.balance)).toBe(GENESIS_SELF_BOND - KEPT - (GENESIS_SELF_BOND * 5n) / 100n + (KEPT * 5n) / 100n);
  });

  it("an offence signed after U + 2 is slashed at the lower power, all of it found in stake", async () => {
    const { c, offender, unbondHeight } = await unbondAfterElection();
    for (let i = 0; i < 4; i++) await c.block([]);
    const infraction = unbondHeight + 3n;
    expect(c.validatorSet(Number(infraction)).get(consensusHex(offender.consensusPubKey))).toBe(KEPT / 1_000_000n);
    const block = await c.block([], 1n, { misbehavior: [duplicateVote(offender, infraction, GENESIS_TIME + infraction, KEPT / 1_000_000n)] });
    const [slash] = eventsOf(block.events, "slash");
    // 5% of the power CometBFT gave it at the infraction, taken in full from the stake still bonded.
    expect(slash).toMatchObject({ power: "1", infraction_height: (infraction - 1n).toString(), amount: ((KEPT * 5n) / 100n).toString() });
    expect(BigInt(validatorOf(c, offender).tokens)).toBe(KEPT - (KEPT * 5n) / 100n);
  });
});

describe("params", () => {
  it("shows min_signed_per_window = 1 − downtime_jail_threshold and refuses updates not signed by gov", async () => {
    const { c } = await start(1, { slashing: { downtime_jail_threshold: "0.6" } });
    const { params } = query(c, "/cosmos.slashing.v1beta1.Query/Params", QueryParamsRequest.encode({}).finish(), QueryParamsResponse.decode);
    const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
    expect({
      signedBlocksWindow: params.signedBlocksWindow,
      minSignedPerWindow: text(params.minSignedPerWindow),
      downtimeJailDuration: params.downtimeJailDuration,
      slashFractionDoubleSign: text(params.slashFractionDoubleSign),
      slashFractionDowntime: text(params.slashFractionDowntime),
    }).toEqual({
      signedBlocksWindow: 10n,
      minSignedPerWindow: "400000000000000000", // 0.4 as 18-decimal atomics
      downtimeJailDuration: { seconds: 20n, nanos: 0 },
      slashFractionDoubleSign: "50000000000000000",
      slashFractionDowntime: "10000000000000000",
    });

    const aisParams = () => query(c, "/ais.slashing.v1.Query/Params", AisQueryParamsRequest.encode({}).finish(), AisQueryParamsResponse.decode).params;
    const current = aisParams();
    expect(current).toEqual({
      signedBlocksWindow: 10n,
      rewardWithholdThreshold: "200000000000000000",
      downtimeJailThreshold: "600000000000000000",
      downtimeJailDuration: { seconds: 20n, nanos: 0 },
      slashFractionDoubleSign: "50000000000000000",
      slashFractionDowntime: "10000000000000000",
      whistleblowerRewardFraction: "100000000000000000",
    });
    const signer = testKeys.technology;
    const update = MsgUpdateParams.encode({ authority: signer.address, params: { ...current, slashFractionDowntime: "0" } }).finish();
    const result = await send(c, signer, { typeUrl: "/ais.slashing.v1.MsgUpdateParams", value: update });
    expect([result.codespace, result.code]).toEqual(["sdk", 4]);
    expect(aisParams()).toEqual(current);
  });
});
