// The power index and the unbonding-validator queue: staking's EndBlock reads a number of keys set
// by max_validators and by the validators due, never by how many validators exist.
import { describe, expect, it } from "vitest";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { BondStatus, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { Context } from "../../app/context.js";
import { BasicGasMeter } from "../../app/gas.js";
import { MapStoreSet } from "../../app/state.js";
import { silentLogger } from "../../logger.js";
import { validatorAddress } from "../../crypto/cometbft.js";
import { compareBytes } from "../../store/encoding.js";
import { sha256 } from "../../store/hash.js";
import { CacheKVStore } from "../../store/cachekv.js";
import type { KVStore } from "../../store/kv.js";
import { completeUnbondingValidators, electValidators } from "./election.js";
import type { StakingBank } from "./expected.js";
import { StakingKeeper, STORE_NAME, operatorBytes, operatorString } from "./keeper.js";

const EMPTY: KVStore = {
  get: () => undefined,
  has: () => false,
  set: () => {
    throw new Error("read-only");
  },
  delete: () => {},
  *iterate() {},
};

/** Pools are not this test's subject: their moves are accepted and ignored. */
const bank: StakingBank = {
  sendCoinsFromAccountToModule: () => {},
  sendCoinsFromModuleToModule: () => {},
  sendCoinsFromModuleToAccount: () => {},
  balance: () => 0n,
};

function harness() {
  const store = new CacheKVStore(EMPTY);
  const stores = new MapStoreSet(new Map([[STORE_NAME, store]]));
  const keeper = new StakingKeeper(bank);
  let height = 1;
  let seconds = 1_000n;
  /** A context whose gas meter counts every read, write and iteration step: the work done. */
  const context = () => new Context({ chainId: "t", height, time: { seconds, nanos: 0 }, proposerAddress: new Uint8Array(20) } as never, "finalize", new BasicGasMeter(Number.MAX_SAFE_INTEGER), stores, silentLogger);
  return {
    keeper,
    context,
    advance(by: bigint) {
      height++;
      seconds += by;
    },
  };
}

function validator(i: number, tokens: bigint, overrides: Partial<Validator> = {}): Validator {
  const bytes = sha256(new TextEncoder().encode(`operator ${i}`)).slice(0, 20);
  return {
    operatorAddress: operatorString(bytes),
    consensusPubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: sha256(new TextEncoder().encode(`cons ${i}`)) }).finish() },
    jailed: false,
    status: BondStatus.BOND_STATUS_UNBONDED,
    tokens: tokens.toString(),
    delegatorShares: (tokens * 10n ** 18n).toString(),
    description: { moniker: `v${i}`, identity: "", website: "", securityContact: "", details: "" },
    unbondingHeight: 0n,
    unbondingTime: { seconds: 0n, nanos: 0 },
    commission: { commissionRates: { rate: "0", maxRate: "0", maxChangeRate: "0" }, updateTime: { seconds: 0n, nanos: 0 } },
    minSelfDelegation: "1",
    unbondingOnHoldRefCount: 0n,
    unbondingIds: [],
    ...overrides,
  };
}

/** Gas an election and the unbonding-validator pass use with `dormant` unelectable validators besides 30 candidates. */
function endBlockWork(dormant: number): { elect: number; unbonding: number; elected: string[] } {
  const { keeper, context } = harness();
  const setup = context();
  for (let i = 0; i < 30; i++) keeper.setValidator(setup, validator(i, BigInt(i + 1) * 1_000_000n));
  for (let i = 0; i < dormant; i++) keeper.setValidator(setup, validator(1_000 + i, i % 2 === 0 ? 1n : 5_000_000n, { jailed: i % 2 === 1 }));
  const elect = context();
  const updates = electValidators(elect, keeper);
  const unbonding = context();
  completeUnbondingValidators(unbonding, keeper);
  return { elect: elect.gasMeter.consumed, unbonding: unbonding.gasMeter.consumed, elected: updates.map((u) => Buffer.from(u.pubKey!.ed25519!).toString("hex")) };
}

describe("staking EndBlock work does not grow with the number of validators", () => {
  it("elects the top max_validators by power from the index, whatever the number of dormant or jailed validators", () => {
    const few = endBlockWork(10);
    const many = endBlockWork(2_000);
    expect(many.elected).toEqual(few.elected);
    expect(few.elected).toHaveLength(21);
    // Same reads and writes: the 2,000 extra validators (1 uais each, or jailed) are never visited.
    expect(many.elect).toBe(few.elect);
    expect(many.unbonding).toBe(few.unbonding);
    expect(few.unbonding).toBeLessThan(100);
  });

  it("ranks equal powers by ascending operator, and a jailed or emptied validator leaves the index at once", () => {
    const { keeper, context } = harness();
    const ctx = context();
    const all = Array.from({ length: 5 }, (_, i) => validator(i, 3_000_000n));
    for (const v of all) keeper.setValidator(ctx, v);
    const byOperator = [...all].sort((a, b) => compareBytes(operatorBytes(a.operatorAddress), operatorBytes(b.operatorAddress)));
    expect(keeper.validatorsByPower(ctx, 5).map((v) => v.operatorAddress)).toEqual(byOperator.map((v) => v.operatorAddress));
    keeper.setValidator(ctx, { ...byOperator[0]!, jailed: true });
    keeper.setValidator(ctx, { ...byOperator[1]!, tokens: "999999" });
    keeper.setValidator(ctx, { ...byOperator[2]!, tokens: "9000000" });
    expect(keeper.validatorsByPower(ctx, 5).map((v) => v.operatorAddress)).toEqual([byOperator[2]!, byOperator[3]!, byOperator[4]!].map((v) => v.operatorAddress));
  });

  it("completes unbonding validators from the queue when their time comes, and deletes those no one delegates to", () => {
    const { keeper, context, advance } = harness();
    const ctx = context();
    const kept = validator(1, 2_000_000n, { status: BondStatus.BOND_STATUS_UNBONDING, unbondingTime: { seconds: 1_010n, nanos: 0 } });
    const empty = validator(2, 0n, { delegatorShares: "0", status: BondStatus.BOND_STATUS_UNBONDING, unbondingTime: { seconds: 1_010n, nanos: 0 } });
    const later = validator(3, 2_000_000n, { status: BondStatus.BOND_STATUS_UNBONDING, unbondingTime: { seconds: 1_020n, nanos: 0 } });
    for (const v of [kept, empty, later]) keeper.setValidator(ctx, v);
    advance(9n);
    completeUnbondingValidators(context(), keeper);
    expect(keeper.validator(context(), kept.operatorAddress)?.status).toBe(BondStatus.BOND_STATUS_UNBONDING);
    advance(1n);
    completeUnbondingValidators(context(), keeper);
    expect(keeper.validator(context(), kept.operatorAddress)?.status).toBe(BondStatus.BOND_STATUS_UNBONDED);
    expect(keeper.validator(context(), empty.operatorAddress)).toBeUndefined();
    expect(keeper.validatorByConsensusAddress(context(), consensusOf(empty))).toBeUndefined();
    expect(keeper.validator(context(), later.operatorAddress)?.status).toBe(BondStatus.BOND_STATUS_UNBONDING);
    // The queue key went with the status: a second pass at the same time visits nothing completed.
    const again = context();
    completeUnbondingValidators(again, keeper);
    expect(keeper.unbondingValidatorsDue(again, 1_010n)).toEqual([]);
  });

  it("refuses to delete a validator that still has stake or is not unbonded", () => {
    const { keeper, context } = harness();
    const ctx = context();
    const bonded = validator(1, 0n, { delegatorShares: "0", status: BondStatus.BOND_STATUS_BONDED });
    keeper.setValidator(ctx, bonded);
    expect(() => keeper.removeValidator(ctx, bonded)).toThrow(/not unbonded and empty/);
    const staked = validator(2, 5n);
    keeper.setValidator(ctx, staked);
    expect(() => keeper.removeValidator(ctx, staked)).toThrow(/not unbonded and empty/);
  });
});

function consensusOf(v: Validator): Uint8Array {
  return validatorAddress(Ed25519PubKey.decode(v.consensusPubkey!.value).key);
}
