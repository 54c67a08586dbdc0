import { afterEach, describe, expect, it } from "vitest";
import {
  QueryDelegationRequest,
  QueryDelegationResponse,
  QueryRedelegationsRequest,
  QueryRedelegationsResponse,
  QueryValidatorRequest,
  QueryValidatorResponse,
  QueryValidatorsRequest,
  QueryValidatorsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MsgBeginRedelegateResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { GENESIS_SELF_BOND, operatorAddressOf } from "../../node/gentx.js";
import { parseDec } from "../../types/dec.js";
import { testKeys, type TestChain } from "../../../test/helpers/chain.js";
import {
  TEST_FEE,
  TEST_UNBONDING_SECONDS,
  delegateMsg,
  eventAttributes,
  pool,
  redelegateMsg,
  send,
  sendInBlock,
  stakingQuery,
  stakingSnapshot,
  startStakingChain,
  undelegateMsg,
} from "../../../test/helpers/staking.js";

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

async function start(count: number, maxValidators = 21) {
  const started = await startStakingChain(count, maxValidators);
  chain = started.chain;
  return { c: started.chain, operators: started.validators.map((v) => operatorAddressOf(v.operator.address)), validators: started.validators };
}

const delegator = testKeys.technology;

function delegationBalance(c: TestChain, address: string, operator: string): string | undefined {
  const request = QueryDelegationRequest.encode({ delegatorAddr: address, validatorAddr: operator }).finish();
  try {
    return stakingQuery(c, "Delegation", request, QueryDelegationResponse.decode).delegationResponse?.balance?.amount;
  } catch {
    return undefined; // no delegation
  }
}

interface RedelegationsFilter {
  delegatorAddr?: string;
  srcValidatorAddr?: string;
  dstValidatorAddr?: string;
  pagination?: { key?: Uint8Array; limit?: bigint };
}

function redelegations(c: TestChain, filter: RedelegationsFilter) {
  const request: QueryRedelegationsRequest = {
    delegatorAddr: filter.delegatorAddr ?? "",
    srcValidatorAddr: filter.srcValidatorAddr ?? "",
    dstValidatorAddr: filter.dstValidatorAddr ?? "",
    pagination: filter.pagination === undefined ? undefined : PageRequest.fromPartial(filter.pagination),
  };
  return stakingQuery(c, "Redelegations", QueryRedelegationsRequest.encode(request).finish(), QueryRedelegationsResponse.decode);
}

function completionTimeOf(result: ExecTxResult) {
  return MsgBeginRedelegateResponse.decode(TxMsgData.decode(result.data).msgResponses[0]!.value).completionTime;
}

function ok(result: ExecTxResult): ExecTxResult {
  expect(result.code, result.log).toBe(0);
  return result;
}

function validator(c: TestChain, operator: string) {
  return stakingQuery(c, "Validator", QueryValidatorRequest.encode({ validatorAddr: operator }).finish(), QueryValidatorResponse.decode).validator!;
}

describe("redelegation", () => {
  it("moves the shares to the destination at once and keeps the entry until the unbonding time", async () => {
    const { c, operators } = await start(2);
    const [v0, v1] = operators as [string, string];
    ok(await send(c, delegator, delegateMsg(delegator.address, v0, 1_000_000n)));
    const poolsBefore = pool(c);

    const result = ok(await send(c, delegator, redelegateMsg(delegator.address, v0, v1, 400_000n)));
    const completion = { seconds: c.time + TEST_UNBONDING_SECONDS, nanos: 0 };
    expect(completionTimeOf(result)).toEqual(completion);
    expect(eventAttributes(result.events, "redelegate")).toEqual({
      source_validator: v0,
      destination_validator: v1,
      amount: "400000uais",
      completion_time: completion.seconds.toString(),
    });
    expect([delegationBalance(c, delegator.address, v0), delegationBalance(c, delegator.address, v1)]).toEqual(["600000", "400000"]);
    expect(pool(c)).toEqual(poolsBefore); // bonded to bonded: the tokens stay in the bonded pool

    const { redelegationResponses } = redelegations(c, { delegatorAddr: delegator.address });
    expect(redelegationResponses).toEqual([
      {
        redelegation: { delegatorAddress: delegator.address, validatorSrcAddress: v0, validatorDstAddress: v1, entries: [] },
        entries: [
          {
            redelegationEntry: {
              creationHeight: BigInt(c.height),
              completionTime: completion,
              initialBalance: "400000",
              sharesDst: parseDec("400000").toString(),
              unbondingId: 0n,
              unbondingOnHoldRefCount: 0n,
            },
            balance: "400000",
          },
        ],
      },
    ]);
    // The same record by source, by destination and by the whole triple.
    expect(redelegations(c, { srcValidatorAddr: v0 }).redelegationResponses).toEqual(redelegationResponses);
    expect(redelegations(c, { dstValidatorAddr: v1 }).redelegationResponses).toEqual(redelegationResponses);
    expect(redelegations(c, { delegatorAddr: delegator.address, srcValidatorAddr: v0, dstValidatorAddr: v1 }).redelegationResponses).toEqual(redelegationResponses);

    const balance = c.balance(delegator.address);
    await c.block([], 20n);
    expect(redelegations(c, { delegatorAddr: delegator.address }).redelegationResponses).toHaveLength(1);
    const { events } = await c.block([], 15n); // past the 30 s unbonding time
    expect(eventAttributes(events, "complete_redelegation")).toEqual({ amount: "400000uais", delegator: delegator.address, source_validator: v0, destination_validator: v1 });
    expect(redelegations(c, { delegatorAddr: delegator.address }).redelegationResponses).toEqual([]);
    expect(() => redelegations(c, { delegatorAddr: delegator.address, srcValidatorAddr: v0, dstValidatorAddr: v1 })).toThrow(/redelegation not found/);
    // Completion moves no tokens: they are the destination's already.
    expect(c.balance(delegator.address)).toBe(balance);
    expect(delegationBalance(c, delegator.address, v1)).toBe("400000");
    // With nothing left in progress into v1, redelegating out of it is no longer transitive.
    ok(await send(c, delegator, redelegateMsg(delegator.address, v1, v0, 100_000n)));
  });

  it("moves tokens between the pools when the statuses differ, and completes at once out of an unbonded validator", async () => {
    const { c } = await start(2, 1);
    const listed = stakingQuery(c, "Validators", QueryValidatorsRequest.encode({ status: "" }).finish(), QueryValidatorsResponse.decode).validators;
    const bonded = listed.find((v) => v.status === BondStatus.BOND_STATUS_BONDED)!.operatorAddress;
    const unbonded = listed.find((v) => v.status === BondStatus.BOND_STATUS_UNBONDED)!.operatorAddress;
    // Amounts below one unit of power keep the election's outcome as it is.
    ok(await send(c, delegator, delegateMsg(delegator.address, unbonded, 500_000n)));

    let before = pool(c);
    const immediate = ok(await send(c, delegator, redelegateMsg(delegator.address, unbonded, bonded, 200_000n)));
    expect(completionTimeOf(immediate)).toEqual({ seconds: c.time, nanos: 0 });
    expect(redelegations(c, { delegatorAddr: delegator.address }).redelegationResponses).toEqual([]); // nothing to remember
    expect(pool(c)).toEqual({ bonded: before.bonded + 200_000n, notBonded: before.notBonded - 200_000n });
    expect(delegationBalance(c, delegator.address, bonded)).toBe("200000");

    // No entry into `bonded` exists, so redelegating out of it is allowed; out of a bonded validator it is remembered.
    before = pool(c);
    const remembered = ok(await send(c, delegator, redelegateMsg(delegator.address, bonded, unbonded, 50_000n)));
    expect(completionTimeOf(remembered)).toEqual({ seconds: c.time + TEST_UNBONDING_SECONDS, nanos: 0 });
    expect(pool(c)).toEqual({ bonded: before.bonded - 50_000n, notBonded: before.notBonded + 50_000n });
    const [entry] = redelegations(c, { delegatorAddr: delegator.address }).redelegationResponses[0]!.entries;
    expect([entry!.redelegationEntry.initialBalance, entry!.balance]).toEqual(["50000", "50000"]);
  });

  it("ends with the source's unbonding out of an unbonding validator", async () => {
    const { c, operators, validators } = await start(2);
    const [v0, v1] = operators as [string, string];
    ok(await send(c, delegator, delegateMsg(delegator.address, v0, 1_000_000n)));
    // The operator takes its whole self-delegation out: v0 is jailed and starts unbonding at once.
    ok(await send(c, validators[0]!.operator, undelegateMsg(validators[0]!.operator.address, v0, GENESIS_SELF_BOND)));
    const source = validator(c, v0);
    expect(source.status).toBe(BondStatus.BOND_STATUS_UNBONDING);

    await c.block([], 5n);
    const before = pool(c);
    const result = ok(await send(c, delegator, redelegateMsg(delegator.address, v0, v1, 400_000n)));
    expect(completionTimeOf(result)).toEqual(source.unbondingTime);
    const [entry] = redelegations(c, { delegatorAddr: delegator.address }).redelegationResponses[0]!.entries;
    expect(entry!.redelegationEntry.completionTime).toEqual(source.unbondingTime);
    expect(entry!.redelegationEntry.creationHeight).toBe(source.unbondingHeight);
    expect(pool(c)).toEqual({ bonded: before.bonded + 400_000n, notBonded: before.notBonded - 400_000n });

    // It completes with the source's unbonding, 30 s after it began rather than after the redelegation.
    await c.block([], source.unbondingTime.seconds - c.time);
    expect(redelegations(c, { delegatorAddr: delegator.address }).redelegationResponses).toEqual([]);
  });

  it("jails an operator whose self-delegation falls below its minimum by redelegating it", async () => {
    const { c, operators, validators } = await start(2);
    const [v0, v1] = operators as [string, string];
    const spec = validators[0]!;
    const { results, validatorUpdates } = await sendInBlock(c, spec.operator, redelegateMsg(spec.operator.address, v0, v1, GENESIS_SELF_BOND));
    ok(results[0]!);
    expect(eventAttributes(results[0]!.events, "jail")).toEqual({ validator: v0, reason: "self_delegation_below_minimum" });
    expect(validatorUpdates).toContainEqual({ pubKey: { ed25519: new Uint8Array(Buffer.from(spec.consensusPubKey, "base64")) }, power: 0n });
    expect(delegationBalance(c, spec.operator.address, v1)).toBe(GENESIS_SELF_BOND.toString());
  });

  it("pages through redelegations and filters them by source and destination", async () => {
    const { c, operators } = await start(3);
    const [v0, v1, v2] = operators as [string, string, string];
    ok(await send(c, delegator, delegateMsg(delegator.address, v0, 1_000_000n)));
    ok(await send(c, delegator, redelegateMsg(delegator.address, v0, v1, 100_000n)));
    ok(await send(c, delegator, redelegateMsg(delegator.address, v0, v2, 200_000n)));

    const first = redelegations(c, { delegatorAddr: delegator.address, pagination: { limit: 1n } });
    expect(first.redelegationResponses).toHaveLength(1);
    const second = redelegations(c, { delegatorAddr: delegator.address, pagination: { key: first.pagination!.nextKey, limit: 1n } });
    expect(second.redelegationResponses).toHaveLength(1);
    expect(second.pagination!.nextKey).toHaveLength(0);
    const destinations = [...first.redelegationResponses, ...second.redelegationResponses].map((r) => r.redelegation.validatorDstAddress);
    expect(destinations.sort()).toEqual([v1, v2].sort());

    const toV2 = redelegations(c, { delegatorAddr: delegator.address, dstValidatorAddr: v2 }).redelegationResponses;
    expect(toV2.map((r) => r.entries[0]!.balance)).toEqual(["200000"]);
    expect(redelegations(c, { srcValidatorAddr: v0, dstValidatorAddr: v1 }).redelegationResponses.map((r) => r.entries[0]!.balance)).toEqual(["100000"]);
    expect(redelegations(c, { srcValidatorAddr: v1 }).redelegationResponses).toEqual([]);
    expect(() => redelegations(c, {})).toThrow(/is required/);
  });

  it("rejects bad redelegations with the SDK's codes and changes no staking state", async () => {
    const { c, operators } = await start(2);
    const [v0, v1] = operators as [string, string];
    const stranger = operatorAddressOf(testKeys.private.address); // not a validator
    ok(await send(c, delegator, delegateMsg(delegator.address, v0, 1_000_000n)));
    ok(await send(c, delegator, redelegateMsg(delegator.address, v0, v1, 1_000n)));

    /** `fee`: whether the ante handler ran (a message failing stateless validation is refused before it). */
    const expectRejected = async (signer: typeof delegator, message: ReturnType<typeof redelegateMsg>, codespace: string, code: number, fee = TEST_FEE) => {
      const snapshot = stakingSnapshot(c);
      const balance = c.balance(signer.address);
      const result = await send(c, signer, message);
      expect([result.codespace, result.code], result.log).toEqual([codespace, code]);
      expect(stakingSnapshot(c)).toEqual(snapshot);
      expect(c.balance(signer.address)).toBe(balance - fee); // at most the fee
    };
    await expectRejected(delegator, redelegateMsg(delegator.address, v0, v0, 1_000n), "staking", 29);
    await expectRejected(delegator, redelegateMsg(delegator.address, stranger, v1, 1_000n), "staking", 3);
    await expectRejected(delegator, redelegateMsg(delegator.address, v0, stranger, 1_000n), "staking", 31);
    await expectRejected(delegator, redelegateMsg(delegator.address, v0, v1, 1_000_000n), "staking", 24); // 999 000 left
    await expectRejected(testKeys.institutions, redelegateMsg(testKeys.institutions.address, v0, v1, 1_000n), "staking", 19);
    await expectRejected(delegator, redelegateMsg(delegator.address, v1, v0, 1_000n), "staking", 32); // v0 → v1 is in progress
    await expectRejected(delegator, redelegateMsg(delegator.address, v0, v1, 1_000n, "uother"), "sdk", 18);
    await expectRejected(delegator, redelegateMsg(delegator.address, v0, v1, 0n), "sdk", 18, 0n);

    // max_entries (7) per (delegator, source, destination): one exists, six more fit, the eighth does not.
    for (let i = 0; i < 6; i++) ok(await send(c, delegator, redelegateMsg(delegator.address, v0, v1, 1_000n)));
    expect(redelegations(c, { delegatorAddr: delegator.address }).redelegationResponses[0]!.entries).toHaveLength(7);
    await expectRejected(delegator, redelegateMsg(delegator.address, v0, v1, 1_000n), "staking", 33);
  });
});
