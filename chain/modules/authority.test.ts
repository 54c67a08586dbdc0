// Governance-only messages of auth, bank, staking and consensus: a normal account is refused with
// sdk code 4 through a signed transaction, and each handler's own rules on a scratch block context.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MsgUpdateParams as AuthUpdateParams } from "cosmjs-types/cosmos/auth/v1beta1/tx";
import { MsgSetSendEnabled, MsgUpdateParams as BankUpdateParams } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgUpdateParams as ConsensusUpdateParams } from "cosmjs-types/cosmos/consensus/v1/tx";
import { MsgUpdateParams as StakingUpdateParams } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { TestChain, TEST_CHAIN_ID, testGenesis, testKeys } from "../../test/helpers/chain.js";
import { signTx } from "../../test/helpers/txs.js";
import { aisModules } from "../app/ais.js";
import { AppError } from "../app/errors.js";
import type { AnyMsgRoute } from "../app/module.js";
import type { Context } from "../app/context.js";
import { GOV_AUTHORITY } from "./authority.js";
import { DEFAULT_AUTH_PARAMS } from "./auth/params.js";
import { DEFAULT_STAKING_PARAMS } from "./staking/params.js";

const alice = testKeys.private;
const keepers = aisModules();
/** AIS's genesis evidence age: 10 000 blocks (the headers staking keeps) or 48 h (within the 21-day unbonding). */
const EVIDENCE = { maxAgeNumBlocks: 10_000n, maxAgeDuration: { seconds: 172_800n, nanos: 0 }, maxBytes: 1_048_576n };
let chain: TestChain;
beforeAll(async () => {
  chain = await TestChain.start({ consensusParams: { evidence: EVIDENCE } });
});
afterAll(async () => chain.close());

async function submit(message: Any) {
  const account = chain.account(alice.address)!;
  const tx = await signTx({ signer: alice, chainId: TEST_CHAIN_ID, accountNumber: account.accountNumber, sequence: account.sequence, messages: [message] });
  return (await chain.block([tx])).results[0]!;
}

/** Every governed params value these messages touch, encoded, to show a refused message changed none. */
function governedState(): string {
  const ctx = chain.readContext();
  return JSON.stringify({
    auth: keepers.auth.keeper.params(ctx),
    bank: keepers.bank.keeper.params(ctx),
    sendEnabled: [...keepers.bank.keeper.sendEnabledStore(ctx).iterate()].map(([k, v]) => [Buffer.from(k).toString(), v[0]]),
    staking: keepers.staking.keeper.params(ctx),
    consensus: Buffer.from(ConsensusParams.encode(keepers.consensus.keeper.getParams(ctx)!).finish()).toString("hex"),
  }, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

const consensusChange = (authority: string): ConsensusUpdateParams => ({
  authority,
  block: { maxBytes: 4_194_304n, maxGas: 50_000_000n },
  evidence: { maxAgeNumBlocks: 5_000n, maxAgeDuration: { seconds: 345_600n, nanos: 0 }, maxBytes: 524_288n },
  validator: { pubKeyTypes: ["ed25519"] },
  abci: undefined,
});

/** Valid changes: from anyone but the gov account, only the authority check can refuse them. */
const messages = (authority: string): [string, Any][] => [
  ["/cosmos.auth.v1beta1.MsgUpdateParams", { typeUrl: "/cosmos.auth.v1beta1.MsgUpdateParams", value: AuthUpdateParams.encode({ authority, params: { ...DEFAULT_AUTH_PARAMS, txSigLimit: 3n } }).finish() }],
  ["/cosmos.bank.v1beta1.MsgUpdateParams", { typeUrl: "/cosmos.bank.v1beta1.MsgUpdateParams", value: BankUpdateParams.encode({ authority, params: { sendEnabled: [], defaultSendEnabled: false } }).finish() }],
  [
    "/cosmos.bank.v1beta1.MsgSetSendEnabled",
    { typeUrl: "/cosmos.bank.v1beta1.MsgSetSendEnabled", value: MsgSetSendEnabled.encode({ authority, sendEnabled: [{ denom: "uais", enabled: false }], useDefaultFor: [] }).finish() },
  ],
  ["/cosmos.staking.v1beta1.MsgUpdateParams", { typeUrl: "/cosmos.staking.v1beta1.MsgUpdateParams", value: StakingUpdateParams.encode({ authority, params: { ...DEFAULT_STAKING_PARAMS, maxValidators: 5 } }).finish() }],
  ["/cosmos.consensus.v1.MsgUpdateParams", { typeUrl: "/cosmos.consensus.v1.MsgUpdateParams", value: ConsensusUpdateParams.encode(consensusChange(authority)).finish() }],
];

describe("governance-only messages from a normal account", () => {
  it.each(messages(alice.address))("refuses %s with code 4 and changes nothing", async (_typeUrl, message) => {
    const before = governedState();
    const result = await submit(message);
    expect([result.code, result.codespace, result.log]).toEqual([4, "sdk", `invalid authority; expected ${GOV_AUTHORITY}, got ${alice.address}: unauthorized`]);
    expect(governedState()).toBe(before);
  });

  it("marks each as a governance message, so a proposal may carry it", () => {
    const routes = keepers.modules.flatMap((m) => m.msgs ?? []);
    for (const [typeUrl] of messages(alice.address)) expect([typeUrl, routes.find((r) => r.typeUrl === typeUrl)?.governance]).toEqual([typeUrl, true]);
  });

  it("rejects invalid params before the authority is looked at (code 18)", async () => {
    const result = await submit({
      typeUrl: "/cosmos.bank.v1beta1.MsgUpdateParams",
      value: BankUpdateParams.encode({ authority: alice.address, params: { sendEnabled: [{ denom: "uais", enabled: false }], defaultSendEnabled: true } }).finish(),
    });
    expect([result.code, result.log]).toEqual([18, "params.send_enabled is no longer supported; set per-denom flags with /cosmos.bank.v1beta1.MsgSetSendEnabled: invalid request"]);
  });
});

describe("governance-only message handlers (as a passed proposal runs them)", () => {
  const route = (typeUrl: string): AnyMsgRoute => keepers.modules.flatMap((m) => m.msgs ?? []).find((r) => r.typeUrl === typeUrl)!;
  /** A writable branch of the last committed state at the chain's height; discarded. */
  const scratch = (): Context => chain.readContext().branch().ctx;
  const run = (ctx: Context, typeUrl: string, msg: unknown) => {
    const r = route(typeUrl);
    r.validate?.(msg);
    return r.handle(ctx, msg);
  };
  const failure = (fn: () => unknown): [number, string] => {
    try {
      fn();
    } catch (err) {
      if (err instanceof AppError) return [err.code, err.log];
      throw err;
    }
    throw new Error("expected a failure");
  };

  it("auth: stores the new params", () => {
    const ctx = scratch();
    const params = { ...DEFAULT_AUTH_PARAMS, maxMemoCharacters: 512n };
    expect(run(ctx, "/cosmos.auth.v1beta1.MsgUpdateParams", { authority: GOV_AUTHORITY, params }).typeUrl).toBe("/cosmos.auth.v1beta1.MsgUpdateParamsResponse");
    expect(keepers.auth.keeper.params(ctx)).toEqual(params);
  });

  it("bank: default_send_enabled and per-denom flags, which use_default_for deletes", () => {
    const ctx = scratch();
    run(ctx, "/cosmos.bank.v1beta1.MsgUpdateParams", { authority: GOV_AUTHORITY, params: { sendEnabled: [], defaultSendEnabled: false } });
    expect(keepers.bank.keeper.isSendEnabled(ctx, "uatom")).toBe(false);
    run(ctx, "/cosmos.bank.v1beta1.MsgSetSendEnabled", { authority: GOV_AUTHORITY, sendEnabled: [{ denom: "uais", enabled: true }, { denom: "uatom", enabled: true }], useDefaultFor: [] });
    expect([keepers.bank.keeper.isSendEnabled(ctx, "uais"), keepers.bank.keeper.isSendEnabled(ctx, "uatom")]).toEqual([true, true]);
    run(ctx, "/cosmos.bank.v1beta1.MsgSetSendEnabled", { authority: GOV_AUTHORITY, sendEnabled: [], useDefaultFor: ["uatom"] });
    expect([keepers.bank.keeper.isSendEnabled(ctx, "uais"), keepers.bank.keeper.isSendEnabled(ctx, "uatom")]).toEqual([true, false]);
    expect([...keepers.bank.keeper.sendEnabledStore(ctx).iterate()].map(([denom]) => Buffer.from(denom).toString())).toEqual(["uais"]);
  });

  it("bank: MsgSetSendEnabled rejects a denom in both lists", () => {
    const msg = { authority: GOV_AUTHORITY, sendEnabled: [{ denom: "uais", enabled: false }], useDefaultFor: ["uais"] };
    expect(failure(() => run(scratch(), "/cosmos.bank.v1beta1.MsgSetSendEnabled", msg))).toEqual([18, 'duplicate denom entries found for "uais": invalid request']);
  });

  it("staking: changes max_validators but never the bond denom", () => {
    const ctx = scratch();
    run(ctx, "/cosmos.staking.v1beta1.MsgUpdateParams", { authority: GOV_AUTHORITY, params: { ...DEFAULT_STAKING_PARAMS, maxValidators: 5 } });
    expect(keepers.staking.keeper.params(ctx).maxValidators).toBe(5);
    const msg = { authority: GOV_AUTHORITY, params: { ...DEFAULT_STAKING_PARAMS, bondDenom: "uatom" } };
    expect(failure(() => run(ctx, "/cosmos.staking.v1beta1.MsgUpdateParams", msg))).toEqual([18, "bond_denom cannot change once the chain runs: it is uais, got uatom: invalid request"]);
    expect(keepers.staking.keeper.params(ctx)).toEqual({ ...DEFAULT_STAKING_PARAMS, maxValidators: 5 });
  });

  it("staking and consensus: refuse a change that makes the evidence age outlast HistoricalInfo or the unbonding time", () => {
    const ctx = scratch();
    const STAKING = "/cosmos.staking.v1beta1.MsgUpdateParams";
    const CONSENSUS = "/cosmos.consensus.v1.MsgUpdateParams";
    const staking = (changes: Partial<typeof DEFAULT_STAKING_PARAMS>) => ({ authority: GOV_AUTHORITY, params: { ...DEFAULT_STAKING_PARAMS, ...changes } });
    const evidence = (changes: Partial<typeof EVIDENCE>) => ({ ...consensusChange(GOV_AUTHORITY), evidence: { ...EVIDENCE, ...changes } });
    expect(failure(() => run(ctx, STAKING, staking({ historicalEntries: 9_999 })))).toEqual([
      18,
      "historical_entries (9999) must be at least the evidence max_age_num_blocks (10000): older evidence could not be aged by its block's time: invalid request",
    ]);
    expect(failure(() => run(ctx, STAKING, staking({ unbondingTime: { seconds: 172_799n, nanos: 0 } })))).toEqual([
      18,
      "unbonding_time (172799s) must be at least the evidence max_age_duration (172800s): stake could leave before evidence against it expires: invalid request",
    ]);
    expect(keepers.staking.keeper.params(ctx)).toEqual(DEFAULT_STAKING_PARAMS);
    // Equal is enough.
    run(ctx, STAKING, staking({ historicalEntries: 10_000, unbondingTime: { seconds: 172_800n, nanos: 0 } }));
    const consensusBefore = keepers.consensus.keeper.getParams(ctx);
    expect(failure(() => run(ctx, CONSENSUS, evidence({ maxAgeNumBlocks: 10_001n })))).toEqual([
      18,
      "historical_entries (10000) must be at least the evidence max_age_num_blocks (10001): older evidence could not be aged by its block's time: invalid request",
    ]);
    expect(failure(() => run(ctx, CONSENSUS, evidence({ maxAgeDuration: { seconds: 172_800n, nanos: 1 } })))).toEqual([
      18,
      "unbonding_time (172800s) must be at least the evidence max_age_duration (172800.000000001s): stake could leave before evidence against it expires: invalid request",
    ]);
    expect(keepers.consensus.keeper.getParams(ctx)).toEqual(consensusBefore);
    run(ctx, CONSENSUS, evidence({ maxAgeNumBlocks: 10_000n, maxAgeDuration: { seconds: 172_800n, nanos: 0 } }));
  });

  it("consensus: stores the new params, keeping what the message leaves out", () => {
    const ctx = scratch();
    const before = keepers.consensus.keeper.getParams(ctx)!;
    run(ctx, "/cosmos.consensus.v1.MsgUpdateParams", consensusChange(GOV_AUTHORITY));
    const { authority: _, ...change } = consensusChange(GOV_AUTHORITY);
    expect(keepers.consensus.keeper.getParams(ctx)).toEqual({ ...before, ...change, abci: before.abci });
    expect(keepers.consensus.keeper.maxBlockGas(ctx)).toBe(50_000_000);
  });
});

describe("the evidence age at genesis", () => {
  it.each([
    ["historical_entries", { historical_entries: 999 }, "historical_entries (999) must be at least the evidence max_age_num_blocks (1000)"],
    ["unbonding_time", { unbonding_time: "3600s" }, "unbonding_time (3600s) must be at least the evidence max_age_duration (7200s)"],
  ])("refuses staking's %s shorter than the consensus evidence age", async (_name, staking, message) => {
    const genesis = testGenesis();
    Object.assign((genesis.app_state.staking as { params: object }).params, staking);
    const evidence = { maxAgeNumBlocks: 1_000n, maxAgeDuration: { seconds: 7_200n, nanos: 0 }, maxBytes: 1_048_576n };
    await expect(TestChain.start({ genesis, consensusParams: { evidence } })).rejects.toThrow(message);
  });
});
