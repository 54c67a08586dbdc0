import { afterEach, describe, expect, it } from "vitest";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { QueryUnbondingDelegationRequest, QueryUnbondingDelegationResponse, QueryDelegationRequest, QueryDelegationResponse, QueryPoolRequest, QueryPoolResponse, QueryValidatorsRequest, QueryValidatorsResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MsgCancelUnbondingDelegation, MsgCreateValidator, MsgDelegate, MsgEditValidator, MsgUndelegate, MsgUndelegateResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { QueryParamsRequest as AisQueryParamsRequest, QueryParamsResponse as AisQueryParamsResponse } from "../../../codegen/ais/staking/v1/query.js";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { GENESIS_SELF_BOND, operatorAddressOf, type GenesisValidatorSpec } from "../../node/gentx.js";
import { parseDec } from "../../types/dec.js";
import { TestChain, TEST_CHAIN_ID, testGenesis, testKeys, testValidator } from "../../../test/helpers/chain.js";
import { signTx } from "../../../test/helpers/txs.js";
import type { SigningKey as AccountKey } from "../../client/tx.js";

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

/** A chain with `count` genesis validators, `maxValidators` active, 10-second epochs, 30-second unbonding. */
async function start(count: number, maxValidators = 21) {
  const validators = Array.from({ length: count }, (_, i) => testValidator(`v${i}`));
  const genesis = testGenesis(validators);
  genesis.app_state.epochs = { params: { epoch_duration: "10s" } };
  Object.assign((genesis.app_state.staking as { params: object }).params, { max_validators: maxValidators, unbonding_time: "30s" });
  chain = await TestChain.start({ genesis });
  return { chain, validators };
}

async function sendInBlock(c: TestChain, signer: AccountKey, message: Any) {
  const account = c.account(signer.address)!;
  const bytes = await signTx({ signer, chainId: TEST_CHAIN_ID, accountNumber: account.accountNumber, sequence: account.sequence, messages: [message], gasLimit: 400_000n, fee: [{ denom: "uais", amount: "10000" }] });
  return c.block([bytes]);
}

async function send(c: TestChain, signer: AccountKey, message: Any) {
  return (await sendInBlock(c, signer, message)).results[0]!;
}

function createValidatorMsg(spec: GenesisValidatorSpec, amount: bigint, overrides: Partial<MsgCreateValidator> = {}): Any {
  const msg = MsgCreateValidator.fromPartial({
    description: { moniker: spec.moniker },
    commission: { rate: parseDec("0.1").toString(), maxRate: parseDec("0.2").toString(), maxChangeRate: parseDec("0.01").toString() },
    minSelfDelegation: "1",
    validatorAddress: operatorAddressOf(spec.operator.address),
    pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: Buffer.from(spec.consensusPubKey, "base64") }).finish() },
    value: { denom: "uais", amount: amount.toString() },
    ...overrides,
  });
  return { typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator", value: MsgCreateValidator.encode(msg).finish() };
}

function delegateMsg(delegator: string, validator: string, amount: bigint, denom = "uais"): Any {
  return { typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value: MsgDelegate.encode({ delegatorAddress: delegator, validatorAddress: validator, amount: { denom, amount: amount.toString() } }).finish() };
}

function query<T>(c: TestChain, path: string, data: Uint8Array, decode: (b: Uint8Array) => T): T {
  const r = c.app.query({ path: `/cosmos.staking.v1beta1.Query/${path}`, data, height: 0n, prove: false });
  if (r.code !== 0) throw new Error(r.log);
  return decode(r.value);
}

async function fund(c: TestChain, to: string, amount: bigint) {
  const { msgSend } = await import("../../../test/helpers/txs.js");
  const result = await send(c, testKeys.private, msgSend(testKeys.private.address, to, [{ denom: "uais", amount: amount.toString() }]));
  expect(result.code, result.log).toBe(0);
}

function undelegateMsg(delegator: string, validator: string, amount: bigint): Any {
  return { typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate", value: MsgUndelegate.encode({ delegatorAddress: delegator, validatorAddress: validator, amount: { denom: "uais", amount: amount.toString() } }).finish() };
}

describe("undelegation", () => {
  it("returns the tokens after the unbonding time, and not before", async () => {
    const { chain: c, validators } = await start(2);
    const operator = operatorAddressOf(validators[0]!.operator.address);
    const delegator = testKeys.technology;
    expect((await send(c, delegator, delegateMsg(delegator.address, operator, 1_000_000n))).code).toBe(0);
    const before = c.balance(delegator.address);
    const result = await send(c, delegator, undelegateMsg(delegator.address, operator, 400_000n));
    expect(result.code, result.log).toBe(0);
    expect(MsgUndelegateResponse.decode(TxMsgData.decode(result.data).msgResponses[0]!.value).amount).toEqual({ denom: "uais", amount: "400000" });
    const ubd = query(c, "UnbondingDelegation", QueryUnbondingDelegationRequest.encode({ delegatorAddr: delegator.address, validatorAddr: operator }).finish(), QueryUnbondingDelegationResponse.decode).unbond;
    expect(ubd.entries.map((e) => e.balance)).toEqual(["400000"]);
    await c.block([], 20n);
    expect(c.balance(delegator.address)).toBe(before - 10_000n); // only the fee so far
    await c.block([], 15n); // past the 30 s unbonding time
    expect(c.balance(delegator.address)).toBe(before - 10_000n + 400_000n);
    const remaining = query(c, "Delegation", QueryDelegationRequest.encode({ delegatorAddr: delegator.address, validatorAddr: operator }).finish(), QueryDelegationResponse.decode);
    expect(remaining.delegationResponse?.balance?.amount).toBe("600000");
  });

  it("cancels part of an unbonding entry back into the delegation", async () => {
    const { chain: c, validators } = await start(1);
    const operator = operatorAddressOf(validators[0]!.operator.address);
    const delegator = testKeys.technology;
    await send(c, delegator, delegateMsg(delegator.address, operator, 1_000_000n));
    await send(c, delegator, undelegateMsg(delegator.address, operator, 1_000_000n));
    const creationHeight = BigInt(c.height);
    const cancel = (amount: bigint, height = creationHeight) => ({
      typeUrl: "/cosmos.staking.v1beta1.MsgCancelUnbondingDelegation",
      value: MsgCancelUnbondingDelegation.encode({ delegatorAddress: delegator.address, validatorAddress: operator, amount: { denom: "uais", amount: amount.toString() }, creationHeight: height }).finish(),
    });
    expect((await send(c, delegator, cancel(300_000n))).code).toBe(0);
    const delegation = query(c, "Delegation", QueryDelegationRequest.encode({ delegatorAddr: delegator.address, validatorAddr: operator }).finish(), QueryDelegationResponse.decode);
    expect(delegation.delegationResponse?.balance?.amount).toBe("300000");
    const bad = await send(c, delegator, cancel(1n, creationHeight + 50n));
    expect([bad.codespace, bad.code]).toEqual(["sdk", 38]);
    const tooMuch = await send(c, delegator, cancel(800_000n));
    expect([tooMuch.codespace, tooMuch.code]).toEqual(["sdk", 18]);
  });

  it("refuses undelegating more than delegated, and more entries than max_entries", async () => {
    const { chain: c, validators } = await start(1);
    const operator = operatorAddressOf(validators[0]!.operator.address);
    const delegator = testKeys.technology;
    await send(c, delegator, delegateMsg(delegator.address, operator, 1_000_000n));
    const tooMuch = await send(c, delegator, undelegateMsg(delegator.address, operator, 1_000_001n));
    expect([tooMuch.codespace, tooMuch.code]).toEqual(["staking", 24]);
    const none = await send(c, testKeys.institutions, undelegateMsg(testKeys.institutions.address, operator, 1n));
    expect([none.codespace, none.code]).toEqual(["staking", 19]);
    for (let i = 0; i < 7; i++) expect((await send(c, delegator, undelegateMsg(delegator.address, operator, 1_000n))).code).toBe(0);
    const eighth = await send(c, delegator, undelegateMsg(delegator.address, operator, 1_000n));
    expect([eighth.codespace, eighth.code]).toEqual(["staking", 27]);
  });

  it("jails an operator whose self-delegation falls below its minimum, and removes it from the set at once", async () => {
    const { chain: c, validators } = await start(2);
    const spec = validators[0]!;
    const operator = operatorAddressOf(spec.operator.address);
    const { results, validatorUpdates } = await sendInBlock(c, spec.operator, undelegateMsg(spec.operator.address, operator, GENESIS_SELF_BOND));
    expect(results[0]!.code, results[0]!.log).toBe(0);
    expect(results[0]!.events.some((e) => e.type === "jail")).toBe(true);
    expect(validatorUpdates).toEqual([{ pubKey: { ed25519: new Uint8Array(Buffer.from(spec.consensusPubKey, "base64")) }, power: 0n }]);
  });
});

describe("staking", () => {
  it("bonds the genesis validators from their gentxs and returns them from InitChain", async () => {
    const { chain: c, validators } = await start(3);
    expect(c.genesisValidators).toHaveLength(3);
    expect(c.genesisValidators.every((u) => u.power === GENESIS_SELF_BOND / 1_000_000n)).toBe(true);
    const listed = query(c, "Validators", QueryValidatorsRequest.encode({ status: "BOND_STATUS_BONDED" }).finish(), QueryValidatorsResponse.decode);
    expect(listed.validators.map((v) => v.description.moniker).sort()).toEqual(validators.map((v) => v.moniker).sort());
    const pool = query(c, "Pool", QueryPoolRequest.encode({}).finish(), QueryPoolResponse.decode).pool;
    expect(pool).toEqual({ bondedTokens: (3n * GENESIS_SELF_BOND).toString(), notBondedTokens: "0" });
  });

  it("elects a stronger candidate at the next epoch boundary, not before, within max_validators", async () => {
    const { chain: c, validators } = await start(2, 2);
    const candidate = testValidator("challenger");
    await fund(c, candidate.operator.address, 3n * GENESIS_SELF_BOND);
    const created = await send(c, candidate.operator, createValidatorMsg(candidate, 2n * GENESIS_SELF_BOND));
    expect(created.code, created.log).toBe(0);
    let updates = [];
    while (c.time < 1_795_000_009n) updates.push(...(await c.block([])).validatorUpdates);
    expect(updates).toEqual([]); // not before the boundary
    const boundary = await c.block([]); // GENESIS_TIME + 10
    updates = boundary.validatorUpdates;
    expect(boundary.events.map((e) => e.type)).toContain("epoch_start");
    const challengerKey = Buffer.from(candidate.consensusPubKey, "base64");
    expect(updates.find((u) => Buffer.from(u.pubKey!.ed25519!).equals(challengerKey))?.power).toBe(2_000_000n);
    const removed = updates.filter((u) => u.power === 0n);
    expect(removed).toHaveLength(1); // the weakest (ties by operator address) leaves: max_validators holds
    const statuses = query(c, "Validators", QueryValidatorsRequest.encode({ status: "" }).finish(), QueryValidatorsResponse.decode).validators;
    expect(statuses.filter((v) => v.status === BondStatus.BOND_STATUS_BONDED)).toHaveLength(2);
    expect(statuses.filter((v) => v.status === BondStatus.BOND_STATUS_UNBONDING)).toHaveLength(1);
    expect(validators).toHaveLength(2);

    // 30 s later the one that left is unbonded.
    await c.block([], 30n);
    const after = query(c, "Validators", QueryValidatorsRequest.encode({ status: "BOND_STATUS_UNBONDED" }).finish(), QueryValidatorsResponse.decode).validators;
    expect(after).toHaveLength(1);
  });

  it("issues shares at the validator's exchange rate and reports the delegation's balance", async () => {
    const { chain: c, validators } = await start(1);
    const operator = operatorAddressOf(validators[0]!.operator.address);
    const result = await send(c, testKeys.private, delegateMsg(testKeys.private.address, operator, 500_000n));
    expect(result.code, result.log).toBe(0);
    const { delegationResponse } = query(c, "Delegation", QueryDelegationRequest.encode({ delegatorAddr: testKeys.private.address, validatorAddr: operator }).finish(), QueryDelegationResponse.decode);
    expect(delegationResponse?.balance).toEqual({ denom: "uais", amount: "500000" });
    expect(delegationResponse?.delegation.shares).toBe(parseDec("500000").toString());
  });

  it("rejects bad staking messages with the SDK's codes", async () => {
    const { chain: c, validators } = await start(1);
    const operator = operatorAddressOf(validators[0]!.operator.address);
    const expectCode = async (signer: AccountKey, message: Any, codespace: string, code: number) => {
      const result = await send(c, signer, message);
      expect([result.codespace, result.code], result.log).toEqual([codespace, code]);
    };
    await expectCode(testKeys.private, delegateMsg(testKeys.private.address, operatorAddressOf(testKeys.technology.address), 10n), "staking", 3);
    await expectCode(testKeys.private, delegateMsg(testKeys.private.address, operator, 10n, "uother"), "sdk", 18);

    const duplicateKey = { ...testValidator("copycat"), consensusPubKey: validators[0]!.consensusPubKey };
    await fund(c, duplicateKey.operator.address, 2n * GENESIS_SELF_BOND);
    await expectCode(duplicateKey.operator, createValidatorMsg(duplicateKey, GENESIS_SELF_BOND), "staking", 5);
    await expectCode(validators[0]!.operator, createValidatorMsg({ ...validators[0]!, consensusPubKey: testValidator("x").consensusPubKey }, 10n), "staking", 4);
    await expectCode(duplicateKey.operator, createValidatorMsg({ ...testValidator("z"), operator: duplicateKey.operator }, 10n, { minSelfDelegation: "100" }), "staking", 16);
    await expectCode(duplicateKey.operator, createValidatorMsg({ ...testValidator("w"), operator: duplicateKey.operator, moniker: "m".repeat(71) }, 10n), "sdk", 18);

    const edit = (rate: string) => ({
      typeUrl: "/cosmos.staking.v1beta1.MsgEditValidator",
      value: MsgEditValidator.encode({ description: { moniker: "[do-not-modify]", identity: "[do-not-modify]", website: "[do-not-modify]", securityContact: "[do-not-modify]", details: "[do-not-modify]" }, validatorAddress: operator, commissionRate: parseDec(rate).toString(), minSelfDelegation: "" }).finish(),
    });
    await expectCode(validators[0]!.operator, edit("0.105"), "staking", 12); // within 24 h of creation
    await c.block([], 86_400n);
    await expectCode(validators[0]!.operator, edit("0.2"), "staking", 15); // 0.1 → 0.2 exceeds max_change_rate 0.01
    const changed = await send(c, validators[0]!.operator, edit("0.105"));
    expect(changed.code, changed.log).toBe(0);
    await expectCode(validators[0]!.operator, edit("0.11"), "staking", 12); // again within 24 h
  });

  it("applies max_validators at genesis: the others stay unbonded", async () => {
    const { chain: c } = await start(2, 1);
    expect(c.genesisValidators).toHaveLength(1);
    const statuses = () => query(c, "Validators", QueryValidatorsRequest.encode({ status: "" }).finish(), QueryValidatorsResponse.decode).validators.map((v) => v.status).sort();
    expect(statuses()).toEqual([BondStatus.BOND_STATUS_UNBONDED, BondStatus.BOND_STATUS_BONDED]);
  });
});

describe("operator addresses", () => {
  it("stores a validator created with an upper-case operator address in canonical lower case, and refuses mixed case", async () => {
    const { chain: c } = await start(1);
    const candidate = testValidator("upper");
    await fund(c, candidate.operator.address, 2n * GENESIS_SELF_BOND);
    const operator = operatorAddressOf(candidate.operator.address);
    const mixed = await send(c, candidate.operator, createValidatorMsg(candidate, GENESIS_SELF_BOND, { validatorAddress: `AISVALOPER${operator.slice(10)}` }));
    expect([mixed.codespace, mixed.code, mixed.log]).toEqual(["sdk", 7, expect.stringContaining("decoding bech32 failed: string not all lowercase or all uppercase")]);

    const created = await send(c, candidate.operator, createValidatorMsg(candidate, GENESIS_SELF_BOND, { validatorAddress: operator.toUpperCase() }));
    expect(created.code, created.log).toBe(0);
    const stored = query(c, "Validators", QueryValidatorsRequest.encode({ status: "" }).finish(), QueryValidatorsResponse.decode).validators.map((v) => v.operatorAddress);
    expect(stored).toContain(operator);
    expect(stored).not.toContain(operator.toUpperCase());
    // The same operator in the other case is the same validator.
    const again = await send(c, candidate.operator, createValidatorMsg(testValidator("again"), GENESIS_SELF_BOND, { validatorAddress: operator }));
    expect([again.codespace, again.code]).toEqual(["staking", 4]);

    // A delegation given the upper-case address names the validator as stored; queries take either case.
    const delegator = testKeys.technology;
    const delegated = await send(c, delegator, delegateMsg(delegator.address, operator.toUpperCase(), 1_000_000n));
    expect(delegated.code, delegated.log).toBe(0);
    for (const validatorAddr of [operator, operator.toUpperCase()]) {
      const { delegationResponse } = query(c, "Delegation", QueryDelegationRequest.encode({ delegatorAddr: delegator.address, validatorAddr }).finish(), QueryDelegationResponse.decode);
      expect(delegationResponse!.delegation!.validatorAddress).toBe(operator);
    }
  });

  it("refuses a validator whose self-bond is below min_self_bond, with code 16, its log and no state change", async () => {
    const { chain: c } = await start(1);
    const candidate = testValidator("small");
    await fund(c, candidate.operator.address, GENESIS_SELF_BOND);
    const refused = await send(c, candidate.operator, createValidatorMsg(candidate, 999_999n));
    expect([refused.codespace, refused.code]).toEqual(["staking", 16]);
    expect(refused.log).toContain("min_self_bond 1000000uais");
    expect(query(c, "Validators", QueryValidatorsRequest.encode({ status: "" }).finish(), QueryValidatorsResponse.decode).validators).toHaveLength(1);
    const params = c.app.query({ path: "/ais.staking.v1.Query/Params", data: AisQueryParamsRequest.encode({}).finish(), height: 0n, prove: false });
    expect(AisQueryParamsResponse.decode(params.value).params.minSelfBond).toBe("1000000");
    const created = await send(c, candidate.operator, createValidatorMsg(candidate, 1_000_000n));
    expect(created.code, created.log).toBe(0);
  });

  it("deletes a validator that is unbonded once its last delegation leaves, so abandoned validators do not stay in state", async () => {
    const { chain: c } = await start(1);
    const candidate = testValidator("leaving");
    await fund(c, candidate.operator.address, GENESIS_SELF_BOND);
    const operator = operatorAddressOf(candidate.operator.address);
    expect((await send(c, candidate.operator, createValidatorMsg(candidate, 1_000_000n))).code).toBe(0);
    const delegated = await send(c, testKeys.private, delegateMsg(testKeys.private.address, operator, 500_000n));
    expect(delegated.code, delegated.log).toBe(0);
    const count = () => query(c, "Validators", QueryValidatorsRequest.encode({ status: "" }).finish(), QueryValidatorsResponse.decode).validators.length;
    expect(count()).toBe(2);
    expect((await send(c, candidate.operator, undelegateMsg(candidate.operator.address, operator, 1_000_000n))).code).toBe(0);
    expect(count()).toBe(2); // one delegation is left
    const last = await sendInBlock(c, testKeys.private, undelegateMsg(testKeys.private.address, operator, 500_000n));
    expect(last.results[0]!.code, last.results[0]!.log).toBe(0);
    expect(last.results[0]!.events.some((e) => e.type === "remove_validator")).toBe(true);
    expect(count()).toBe(1);
    // Its unbonding entries still pay out, and the operator may create it again.
    await c.block([], 31n);
    await c.block([]);
    const recreated = await send(c, candidate.operator, createValidatorMsg(candidate, 1_000_000n));
    expect(recreated.code, recreated.log).toBe(0);
  });
});
