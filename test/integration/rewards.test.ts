// The N+2 rule on real CometBFT with 4 validators: fees paid in epoch N are recomputed here from
// CometBFT's own data (each block's fee events and the signatures in the next block's last commit,
// with the powers CometBFT reports); a validator stopped during N has its rewards withheld and shared
// by the others. The result must equal the custody record at the close of N, and reach the delegator
// and the operator at the first block of N+2 at or after the record's payout time (min_payout_delay
// after the block that closed N: the first or second block of N+2) — not a block earlier.
// Delegation, undelegation and claims go through cosmjs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertIsDeliverTxSuccess } from "@cosmjs/stargate";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { QueryDelegationRequest, QueryDelegationResponse, QueryValidatorRequest, QueryValidatorResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { QueryCustodyRequest, QueryCustodyResponse } from "../../codegen/ais/distribution/v1/query.js";
import { operatorAddressOf } from "../../chain/node/gentx.js";
import { newMnemonic } from "../../chain/node/wallet.js";
import { startTransferLoop, type TransferLoop } from "../helpers/load.js";
import { Network } from "../helpers/network.js";
import { waitFor } from "../helpers/node.js";

const ONE = 10n ** 18n;
const COMMUNITY_TAX = (2n * ONE) / 100n;
const COMMISSION = ONE / 10n; // the gentx rate

interface BlockData {
  /** Fees charged by the block's transactions (from their `tx` fee events). */
  fees: bigint;
  /** Consensus address → power of the validators whose vote for the previous block is COMMIT. */
  signers: Map<string, bigint>;
}

describe("N+2 reward distribution on real CometBFT", () => {
  let net: Network;
  let load: TransferLoop;

  const balance = async (address: string, height: number) =>
    BigInt((await net.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, { address, denom: "uais" }, QueryBalanceResponse, height)).balance!.amount);

  async function blockData(height: number): Promise<BlockData> {
    const results = await net.nodes[0]!.call<{ txs_results: { events: { type: string; attributes: { key: string; value: string }[] }[] }[] | null }>("block_results", { height: String(height) });
    let fees = 0n;
    for (const tx of results.txs_results ?? []) {
      for (const event of tx.events.filter((e) => e.type === "tx")) {
        const fee = event.attributes.find((a) => a.key === "fee")?.value;
        if (fee !== undefined && fee !== "") fees += BigInt(/^(\d+)uais$/.exec(fee)![1]!);
      }
    }
    const block = await net.nodes[0]!.call<{ block: { last_commit: { signatures: { block_id_flag: number; validator_address: string }[] } } }>("block", { height: String(height) });
    const previousSet = await net.nodes[0]!.call<{ validators: { address: string; voting_power: string }[] }>("validators", { height: String(height - 1), per_page: "100" });
    const power = new Map(previousSet.validators.map((v) => [v.address, BigInt(v.voting_power)]));
    const signers = new Map<string, bigint>();
    for (const sig of block.block.last_commit.signatures) if (sig.block_id_flag === 2) signers.set(sig.validator_address, power.get(sig.validator_address)!);
    return { fees, signers };
  }

  beforeAll(async () => {
    // Epochs long enough for a stopped validator to cross the withhold threshold (10 of 100 blocks
    // missed) within one epoch, and far from the jail threshold (50).
    net = await Network.start({ validators: 4, epochSeconds: 30, params: { slashing: { reward_withhold_threshold: "0.1" } } });
    load = await startTransferLoop(net.nodes[0]!.url, net.holder().mnemonic, net.operator(2).address, 100);
  });

  afterAll(async () => {
    await load?.stop();
    await net?.stop();
  });

  /** A block's time in whole seconds and nanos, as CometBFT's header has it. */
  async function blockTime(height: number): Promise<{ seconds: bigint; nanos: number }> {
    await waitFor(`block ${height}`, async () => ((await net.nodes[0]!.height()) >= height ? true : undefined));
    const block = await net.nodes[0]!.call<{ block: { header: { time: string } } }>("block", { height: String(height) });
    const [, whole, fraction = ""] = /^(.*?)(?:\.(\d+))?Z$/.exec(block.block.header.time)!;
    return { seconds: BigInt(Date.parse(`${whole}Z`) / 1000), nanos: Number(fraction.padEnd(9, "0")) };
  }

  it("pays epoch N's fees, a withheld validator's share included, at the first block of N+2 past its payout time, exactly as recomputed from CometBFT's blocks", async () => {
    // A delegator to validator 0, funded by a genesis holder that the fee load does not use.
    const funder = await net.signingClient(net.holder("technology").mnemonic);
    const delegatorMnemonic = newMnemonic();
    const delegator = (await (await DirectSecp256k1HdWallet.fromMnemonic(delegatorMnemonic, { prefix: "ais" })).getAccounts())[0]!.address;
    assertIsDeliverTxSuccess(await funder.client.sendTokens(funder.address, delegator, [{ denom: "uais", amount: "600000000000" }], "auto"));
    funder.client.disconnect();
    const { client, address } = await net.signingClient(delegatorMnemonic);
    const validator0 = operatorAddressOf(net.operator(0).address);
    assertIsDeliverTxSuccess(await client.delegateTokens(address, validator0, { denom: "uais", amount: "300000000000" }, "auto"));

    // Epoch N: the first one the delegation spans entirely. Validator 3 is stopped at its start until
    // its rewards for N are withheld, then comes back (missing far fewer blocks than jailing takes).
    const n = (await net.nextEpoch((await net.epoch()).number)).number;
    const startN = Number((await net.epoch()).startHeight);
    const validator3 = operatorAddressOf(net.operator(3).address);
    await net.stopNode(3);
    await waitFor("validator 3 withheld", async () => {
      const c = await net.query("/ais.distribution.v1.Query/Custody", QueryCustodyRequest, { validatorAddress: validator3 }, QueryCustodyResponse);
      return c.excluded && c.currentEpoch === n ? true : undefined;
    }, 60_000);
    net.startNode(3);
    const startN1 = Number((await net.nextEpoch(n)).startHeight);
    const startN2 = Number((await net.nextEpoch(n + 1n, 120_000)).startHeight);
    await waitFor("the payout block", async () => ((await net.nodes[0]!.height()) > startN2 ? true : undefined));

    // Recompute every validator's accrual for N: allocations in blocks (startN, startN1] pay the
    // previous block's fees to the signers of that previous block.
    const accrued = new Map<string, bigint>();
    for (let height = startN + 1; height <= startN1; height++) {
      const { signers } = await blockData(height);
      const { fees } = await blockData(height - 1);
      const total = [...signers.values()].reduce((a, b) => a + b, 0n);
      if (total === 0n) continue;
      for (const [address, power] of signers) accrued.set(address, (accrued.get(address) ?? 0n) + (fees * power) / total);
    }
    // Validator 3's accrual is withheld and shared by the others' net amounts (after their tax).
    const consensus = [0, 1, 2, 3].map((i) => net.consensusKey(i).address);
    const withheld = accrued.get(consensus[3]!) ?? 0n;
    expect(withheld).toBeGreaterThan(0n);
    const nets = consensus.slice(0, 3).map((address) => {
      const acc = accrued.get(address) ?? 0n;
      return acc - (acc * COMMUNITY_TAX) / ONE;
    });
    const netTotal = nets.reduce((a, b) => a + b, 0n);
    const total0 = nets[0]! + (withheld * nets[0]!) / netTotal;
    expect(total0).toBeGreaterThan(0n);
    const commission = (total0 * COMMISSION) / ONE;
    const delegatorRewards = total0 - commission;
    expect((await net.query("/ais.distribution.v1.Query/Custody", QueryCustodyRequest, { validatorAddress: validator3 }, QueryCustodyResponse, startN1)).records.some((r) => r.epoch === n)).toBe(false);

    const record = (await net.query("/ais.distribution.v1.Query/Custody", QueryCustodyRequest, { validatorAddress: validator0 }, QueryCustodyResponse, startN1)).records.find((r) => r.epoch === n)!;
    expect(record.payoutEpoch).toBe(n + 2n);
    const closedAt = await blockTime(startN1);
    expect(record.payoutTime).toEqual({ seconds: closedAt.seconds + 30n, nanos: closedAt.nanos });
    // The payout block: the first of N+2 whose time has reached the payout time.
    const due = (t: { seconds: bigint; nanos: number }) => t.seconds > record.payoutTime.seconds || (t.seconds === record.payoutTime.seconds && t.nanos >= record.payoutTime.nanos);
    let payoutHeight = startN2;
    // How many blocks of N+2 come before it depends on block times (min_payout_delay against the
    // epoch boundaries), so it is found, not assumed; the balances below show nothing was paid before.
    while (!due(await blockTime(payoutHeight))) payoutHeight++;
    expect(BigInt(record.commission)).toBe(commission);
    expect(BigInt(record.delegatorRewards)).toBe(delegatorRewards);

    // Shares as they stood at the end of N.
    const totalShares = BigInt((await net.query("/cosmos.staking.v1beta1.Query/Validator", QueryValidatorRequest, { validatorAddr: validator0 }, QueryValidatorResponse, startN1 - 1)).validator!.delegatorShares);
    const sharesOf = async (who: string) =>
      BigInt((await net.query("/cosmos.staking.v1beta1.Query/Delegation", QueryDelegationRequest, { delegatorAddr: who, validatorAddr: validator0 }, QueryDelegationResponse, startN1 - 1)).delegationResponse!.delegation!.shares);
    expect(BigInt(record.delegatorShares)).toBe(totalShares);
    const delegatorShare = ((await sharesOf(address)) * delegatorRewards) / totalShares;
    const operator = net.operator(0).address;
    const operatorShare = commission + ((await sharesOf(operator)) * delegatorRewards) / totalShares;

    // Nothing of N before it is due: balances are flat from the block after N+1's payout to the block before.
    expect(await balance(address, payoutHeight - 1)).toBe(await balance(address, startN1 + 1));
    expect(await balance(operator, payoutHeight - 1)).toBe(await balance(operator, startN1 + 1));
    expect((await balance(address, payoutHeight)) - (await balance(address, payoutHeight - 1))).toBe(delegatorShare);
    expect((await balance(operator, payoutHeight)) - (await balance(operator, payoutHeight - 1))).toBe(operatorShare);

    // A claim right after the automatic payout finds nothing matured; undelegating works through cosmjs.
    const claim = await client.withdrawRewards(address, validator0, "auto");
    assertIsDeliverTxSuccess(claim);
    expect(claim.events.find((e) => e.type === "withdraw_rewards")?.attributes.find((a) => a.key === "amount")?.value).toBe("");
    assertIsDeliverTxSuccess(await client.undelegateTokens(address, validator0, { denom: "uais", amount: "100000000000" }, "auto"));
    client.disconnect();
  });
});
