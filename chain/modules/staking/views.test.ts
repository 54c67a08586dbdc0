// The views staking hands to other modules are read-only: frozen objects of read functions that
// return decoded copies, never a store — the compiler refuses a write through them, and at run time
// there is nothing to call. A view pages a validator's delegations in bounded, resumable pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DistributionStaking } from "../distribution/expected.js";
import type { GovStaking } from "../gov/expected.js";
import { aisModules } from "../../app/ais.js";
import { operatorAddressOf } from "../../node/gentx.js";
import { accAddress } from "../../types/address.js";
import { bytesEqual } from "../../store/encoding.js";
import { testKeys, type TestChain } from "../../../test/helpers/chain.js";
import { delegateMsg, send, startStakingChain } from "../../../test/helpers/staking.js";
import { govStakingView } from "./gov-adapter.js";
import { stakingReadView } from "./views.js";

let chain: TestChain;
let operator: string;
const delegators = [testKeys.private, testKeys.technology, testKeys.institutions];

beforeAll(async () => {
  const started = await startStakingChain(1);
  chain = started.chain;
  operator = operatorAddressOf(started.validators[0]!.operator.address);
  for (const key of delegators) expect((await send(chain, key, delegateMsg(key.address, operator, 1_000_000n))).code).toBe(0);
});

afterAll(async () => {
  await chain.close();
});

const keeper = () => aisModules().staking.keeper;

describe("staking's views for other modules", () => {
  it("expose read functions only, frozen", () => {
    const read = stakingReadView(keeper());
    const gov = govStakingView(keeper());
    expect(Object.keys(read).sort()).toEqual(["activeValidators", "bondDenom", "delegation", "delegatorValidators", "delegatorsOf", "validator", "validatorByConsensusAddress"]);
    expect(Object.keys(gov).sort()).toEqual(["bondDenom", "bondedValidators", "delegationShares", "delegations", "delegatorsOf", "unbondingTokens", "validator"]);
    for (const view of [read, gov]) {
      expect(Object.isFrozen(view)).toBe(true);
      // Nothing can be added to reach the keeper through them (ES modules run in strict mode).
      expect(() => Object.assign(view, { setValidator: () => undefined })).toThrow(TypeError);
    }
  });

  it("cannot write: no setter exists at run time, and the compiler refuses one", () => {
    const ctx = chain.readContext();
    const distribution: DistributionStaking = stakingReadView(keeper());
    const gov: GovStaking = govStakingView(keeper());
    const validator = distribution.validator(ctx, operator)!;
    // @ts-expect-error distribution's view of staking has no setter
    expect(() => distribution.setValidator(ctx, { ...validator, tokens: "0" })).toThrow(TypeError);
    // @ts-expect-error nor a raw store of staking's to write into
    expect(() => distribution.validatorDelegatorStore(ctx, operator)).toThrow(TypeError);
    // @ts-expect-error gov's view cannot change a delegation
    expect(() => gov.setDelegation(ctx, accAddress(testKeys.private.address), {})).toThrow(TypeError);
    // @ts-expect-error nor reach the raw stores it is computed from
    expect(() => gov.delegatorDelegationStore(ctx, accAddress(testKeys.private.address))).toThrow(TypeError);
    // The modules hold these views, not the keeper.
    const modules = aisModules();
    // @ts-expect-error distribution's keeper sees staking through DistributionStaking only
    expect(modules.distribution.keeper.staking.setDelegation).toBeUndefined();
  });

  it("reads without writing, and what it returns is a copy", () => {
    // A committed version: any write through it would throw.
    const ctx = chain.readContext();
    const before = chain.stateDigest();
    const read = stakingReadView(keeper());
    const gov = govStakingView(keeper());
    const delegator = accAddress(testKeys.technology.address);
    const validator = read.validator(ctx, operator)!;
    validator.tokens = "0"; // changes the copy only
    expect(read.validator(ctx, operator)!.tokens).not.toBe("0");
    expect(read.bondDenom(ctx)).toBe("uais");
    expect(read.delegation(ctx, delegator, operator)?.shares).toBeDefined();
    expect(read.delegatorValidators(ctx, delegator)).toEqual([operator]);
    expect(read.activeValidators(ctx).map((v) => v.operator)).toEqual([operator]);
    expect(read.delegatorsOf(ctx, operator, { limit: 10 }).delegations.length).toBe(4); // the operator and three delegators
    expect(gov.bondedValidators(ctx).map((v) => v.operator)).toEqual([operator]);
    expect(gov.validator(ctx, operator)?.bonded).toBe(true);
    expect(gov.delegations(ctx, delegator)).toEqual([{ operator, shares: 1_000_000n * 10n ** 18n }]);
    expect(gov.unbondingTokens(ctx, delegator)).toBe(0n);
    expect(chain.stateDigest()).toBe(before);
  });

  it("pages a validator's delegations in a stable order, bounded, resuming after the last delegator listed", () => {
    const ctx = chain.readContext();
    const read = stakingReadView(keeper());
    const all = read.delegatorsOf(ctx, operator, { limit: 100 });
    expect(all.more).toBe(false);
    expect(all.delegations).toHaveLength(4);
    for (const { delegator, shares } of all.delegations) expect(shares).toBe(BigInt(read.delegation(ctx, delegator, operator)!.shares));
    // One at a time, each page resuming after the last delegator of the one before.
    const paged: Uint8Array[] = [];
    let after: Uint8Array | undefined;
    for (;;) {
      const page = read.delegatorsOf(ctx, operator, { after, limit: 1 });
      expect(page.delegations.length).toBeLessThanOrEqual(1);
      paged.push(...page.delegations.map((d) => d.delegator));
      if (!page.more) break;
      after = page.delegations[0]!.delegator;
    }
    expect(paged.length).toBe(4);
    paged.forEach((d, i) => expect(bytesEqual(d, all.delegations[i]!.delegator)).toBe(true));
    // A zero limit lists nothing and says whether anything follows.
    expect(read.delegatorsOf(ctx, operator, { limit: 0 })).toEqual({ delegations: [], more: true });
    expect(read.delegatorsOf(ctx, operator, { after: paged[3], limit: 0 })).toEqual({ delegations: [], more: false });
  });
});
