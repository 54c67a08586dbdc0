// Staking test helpers: a chain with genesis validators and short times, staking messages, queries,
// and a snapshot of the staking state to show that a failed message changed nothing.
import { QueryPoolRequest, QueryPoolResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { MsgBeginRedelegate, MsgDelegate, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Event } from "cosmjs-types/tendermint/abci/types";
import type { SigningKey as AccountKey } from "../../chain/client/tx.js";
import { HISTORICAL_INFO_PREFIX } from "../../chain/modules/staking/historical.js";
import { STORE_NAME } from "../../chain/modules/staking/keeper.js";
import { setEpochSeconds } from "../../chain/node/genesis.js";
import { toHex } from "../../chain/store/encoding.js";
import { TestChain, TEST_CHAIN_ID, testGenesis, testValidator } from "./chain.js";
import { signTx } from "./txs.js";

export const TEST_UNBONDING_SECONDS = 30n;
export const TEST_FEE = 10_000n;

/** A chain with `count` genesis validators, `maxValidators` active, 10-second epochs, 30-second unbonding. */
export async function startStakingChain(count: number, maxValidators = 21) {
  const validators = Array.from({ length: count }, (_, i) => testValidator(`v${i}`));
  const genesis = testGenesis(validators);
  setEpochSeconds(genesis, 10);
  Object.assign((genesis.app_state.staking as { params: object }).params, { max_validators: maxValidators, unbonding_time: `${TEST_UNBONDING_SECONDS}s` });
  const chain = await TestChain.start({ genesis });
  return { chain, validators };
}

/** Signs `message` with the signer's next sequence and executes it alone in a new block. */
export async function sendInBlock(c: TestChain, signer: AccountKey, message: Any) {
  const account = c.account(signer.address)!;
  const bytes = await signTx({
    signer,
    chainId: TEST_CHAIN_ID,
    accountNumber: account.accountNumber,
    sequence: account.sequence,
    messages: [message],
    gasLimit: 400_000n,
    fee: [{ denom: "uais", amount: TEST_FEE.toString() }],
  });
  return c.block([bytes]);
}

export async function send(c: TestChain, signer: AccountKey, message: Any) {
  return (await sendInBlock(c, signer, message)).results[0]!;
}

export function delegateMsg(delegator: string, validator: string, amount: bigint, denom = "uais"): Any {
  const value = MsgDelegate.encode({ delegatorAddress: delegator, validatorAddress: validator, amount: { denom, amount: amount.toString() } }).finish();
  return { typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value };
}

export function undelegateMsg(delegator: string, validator: string, amount: bigint): Any {
  const value = MsgUndelegate.encode({ delegatorAddress: delegator, validatorAddress: validator, amount: { denom: "uais", amount: amount.toString() } }).finish();
  return { typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate", value };
}

export function redelegateMsg(delegator: string, source: string, destination: string, amount: bigint, denom = "uais"): Any {
  const value = MsgBeginRedelegate.encode({
    delegatorAddress: delegator,
    validatorSrcAddress: source,
    validatorDstAddress: destination,
    amount: { denom, amount: amount.toString() },
  }).finish();
  return { typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate", value };
}

/** A cosmos.staking.v1beta1.Query call on the last committed state; a failed query throws its log. */
export function stakingQuery<T>(c: TestChain, method: string, data: Uint8Array, decode: (b: Uint8Array) => T): T {
  const r = c.app.query({ path: `/cosmos.staking.v1beta1.Query/${method}`, data, height: 0n, prove: false });
  if (r.code !== 0) throw new Error(r.log);
  return decode(r.value);
}

export function pool(c: TestChain): { bonded: bigint; notBonded: bigint } {
  const { pool } = stakingQuery(c, "Pool", QueryPoolRequest.encode({}).finish(), QueryPoolResponse.decode);
  return { bonded: BigInt(pool.bondedTokens), notBonded: BigInt(pool.notBondedTokens) };
}

/**
 * Every key and value of the staking store plus the pools' balances, for before/after comparisons
 * (without the per-block HistoricalInfo entries, which every block adds).
 */
export function stakingSnapshot(c: TestChain): string[] {
  const entries = [...c.readContext().kv(STORE_NAME).iterate()]
    .filter(([k]) => k[0] !== HISTORICAL_INFO_PREFIX[0])
    .map(([k, v]) => `${toHex(k)}=${toHex(v)}`);
  const { bonded, notBonded } = pool(c);
  return [...entries, `bonded=${bonded}`, `not_bonded=${notBonded}`];
}

/** The attributes of the first event of `type`, as a record. */
export function eventAttributes(events: readonly Event[], type: string): Record<string, string> | undefined {
  const event = events.find((e) => e.type === type);
  return event === undefined ? undefined : Object.fromEntries(event.attributes.map((a) => [a.key, a.value]));
}
