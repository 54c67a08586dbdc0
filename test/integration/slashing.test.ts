// Slashing on real CometBFT with 4 validators and fees in every block: a stopped validator is first
// withheld, then jailed, slashed and removed, loses its unpaid rewards, unjails after its jail time and
// is re-elected at the next boundary; double-sign evidence broadcast to CometBFT tombstones a
// validator; an offence first proven by MsgSubmitMisbehaviour is punished the same way and pays the
// reporter exactly its share, and a second report is rejected; tombstoned validators take no delegations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertIsDeliverTxSuccess } from "@cosmjs/stargate";
import { QueryValidatorRequest, QueryValidatorResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { QuerySigningInfoRequest, QuerySigningInfoResponse } from "cosmjs-types/cosmos/slashing/v1beta1/query";
import { QueryCustodyRequest, QueryCustodyResponse } from "../../codegen/ais/distribution/v1/query.js";
import { operatorAddressOf } from "../../chain/node/gentx.js";
import { BECH32_PREFIX, toBech32 } from "../../chain/types/address.js";
import { startTransferLoop, type TransferLoop } from "../helpers/load.js";
import { Network, signedPrevote, type ConsensusKey } from "../helpers/network.js";
import { waitFor } from "../helpers/node.js";

const SELF_BOND = 1_000_000_000_000n; // 1M AIS, power 10^6
const JAIL_SECONDS = 10n;

describe("slashing with 4 validators on real CometBFT", () => {
  let net: Network;
  let load: TransferLoop;
  let chainId: string;

  const validator = async (i: number, height = 0) =>
    (await net.query("/cosmos.staking.v1beta1.Query/Validator", QueryValidatorRequest, { validatorAddr: operatorAddressOf(net.operator(i).address) }, QueryValidatorResponse, height)).validator!;
  const custody = async (i: number, height = 0) =>
    net.query("/ais.distribution.v1.Query/Custody", QueryCustodyRequest, { validatorAddress: operatorAddressOf(net.operator(i).address) }, QueryCustodyResponse, height);
  const signingInfo = async (key: ConsensusKey) =>
    (await net.query("/cosmos.slashing.v1beta1.Query/SigningInfo", QuerySigningInfoRequest, { consAddress: toBech32(BECH32_PREFIX.consensus, Buffer.from(key.address, "hex")) }, QuerySigningInfoResponse)).valSigningInfo!;

  beforeAll(async () => {
    net = await Network.start({
      validators: 4,
      // Long enough that the epoch closed just before the validator goes down is still unpaid when it is jailed.
      epochSeconds: 30,
      params: {
        slashing: {
          signed_blocks_window: "20",
          reward_withhold_threshold: "0.1",
          downtime_jail_threshold: "0.5",
          downtime_jail_duration: `${JAIL_SECONDS}s`,
          slash_fraction_double_sign: "0.05",
          slash_fraction_downtime: "0.01",
          whistleblower_reward_fraction: "0.1",
        },
      },
    });
    chainId = (await net.nodes[0]!.call<{ node_info: { network: string } }>("status")).node_info.network;
    load = await startTransferLoop(net.nodes[0]!.url, net.holder().mnemonic, net.operator(0).address, 150);
  });

  afterAll(async () => {
    await load?.stop();
    await net?.stop();
  });

  it("withholds, then jails, slashes and removes a stopped validator, which unjails and is re-elected at the next boundary", async () => {
    const down = 3;
    const key = net.consensusKey(down);
    // Right after a boundary, the epoch just closed is in custody for the validator, payable two epochs
    // on. The first boundary may close an epoch that ended before the transfer loop paid a fee (no
    // rewards, no custody): wait for one whole epoch under load.
    const first = await net.nextEpoch((await net.epoch()).number);
    const closed = (await net.nextEpoch(first.number)).number - 1n;
    const pending = (await custody(down)).records.filter((r) => r.epoch === closed);
    expect(pending).toHaveLength(1);
    expect(BigInt(pending[0]!.delegatorRewards)).toBeGreaterThan(0n);
    await net.stopNode(down);

    const withheldAt = await waitFor("rewards withheld while not yet jailed", async () => {
      const height = await net.nodes[0]!.height();
      const [c, v] = await Promise.all([custody(down, height), validator(down, height)]);
      return c.excluded && !v.jailed ? height : undefined;
    });
    const jailedAt = await waitFor("node3 jailed", async () => {
      const height = await net.nodes[0]!.height();
      return (await validator(down, height)).jailed ? height : undefined;
    });
    expect(jailedAt).toBeGreaterThan(withheldAt);
    const jailed = await validator(down);
    expect(BigInt(jailed.tokens)).toBe(SELF_BOND - (SELF_BOND * 1n) / 100n);
    // Its unpaid rewards went to the others (the redistribution pool of the current epoch).
    const before = (await custody(down, jailedAt - 1)).records.find((r) => r.epoch === closed)!;
    const after = (await custody(down, jailedAt)).records.find((r) => r.epoch === closed)!;
    expect(before.forfeited).toBe(false);
    expect(after.forfeited).toBe(true);
    await waitFor("node3 out of CometBFT's set", async () => ((await net.activeSet()).includes(key.address) ? undefined : true));
    const info = await signingInfo(key);
    expect(info.tombstoned).toBe(false);

    // Back online, it may unjail only after its jail time.
    net.startNode(down);
    const { client, address } = await net.signingClient(net.operator(down).mnemonic);
    const unjail = { typeUrl: "/cosmos.slashing.v1beta1.MsgUnjail", value: { validatorAddr: operatorAddressOf(address) } };
    const early = await client.signAndBroadcast(address, [unjail], "auto").catch((err: Error) => err);
    const earlyText = early instanceof Error ? early.message : early.rawLog ?? "";
    expect(earlyText).toMatch(/jailed until/);
    const until = info.jailedUntil.seconds;
    await waitFor("the jail time to pass", async () => {
      const header = await net.nodes[0]!.call<{ block: { header: { time: string } } }>("block");
      return BigInt(Math.floor(Date.parse(header.block.header.time) / 1000)) > until ? true : undefined;
    }, 60_000);
    assertIsDeliverTxSuccess(await client.signAndBroadcast(address, [unjail], "auto"));
    client.disconnect();
    expect((await validator(down)).jailed).toBe(false);

    const unjailedIn = (await net.epoch()).number;
    expect(await net.activeSet()).not.toContain(key.address);
    const boundary = await net.nextEpoch(unjailedIn);
    const boundaryHeight = Number(boundary.startHeight);
    expect(await net.activeSet(boundaryHeight)).not.toContain(key.address);
    await waitFor("the new set", async () => ((await net.nodes[0]!.height()) >= boundaryHeight + 2 ? true : undefined));
    expect(await net.activeSet(boundaryHeight + 2)).toContain(key.address);
  });

  it("tombstones, slashes and removes a validator when double-sign evidence is broadcast to CometBFT", async () => {
    const culprit = 2;
    const key = net.consensusKey(culprit);
    const height = (await net.nodes[0]!.height()) - 2;
    const set = await net.nodes[0]!.call<{ validators: { address: string; voting_power: string }[]; total: string }>("validators", { height: String(height), per_page: "100" });
    const index = set.validators.findIndex((v) => v.address === key.address);
    expect(index).toBeGreaterThanOrEqual(0);
    const block = await net.nodes[0]!.call<{ block: { header: { time: string } } }>("block", { height: String(height) });
    const time = { seconds: BigInt(Math.floor(Date.parse(block.block.header.time) / 1000)), nanos: 0 };
    const votes = [1, 2].map((fill) => {
      const { vote, signature } = signedPrevote(key, chainId, BigInt(height), new Uint8Array(32).fill(fill), time);
      return {
        type: 1,
        height: String(height),
        round: 0,
        block_id: { hash: Buffer.from(vote.blockId!.hash).toString("hex").toUpperCase(), parts: { total: 1, hash: "07".repeat(32).toUpperCase() } },
        timestamp: new Date(Number(time.seconds) * 1000).toISOString(),
        validator_address: key.address,
        validator_index: index,
        signature: Buffer.from(signature).toString("base64"),
      };
    });
    const totalPower = set.validators.reduce((sum, v) => sum + BigInt(v.voting_power), 0n);
    const power = BigInt(set.validators[index]!.voting_power);
    await net.nodes[0]!.call("broadcast_evidence", {
      evidence: {
        type: "tendermint/DuplicateVoteEvidence",
        value: { vote_a: votes[0], vote_b: votes[1], TotalVotingPower: totalPower.toString(), ValidatorPower: power.toString(), Timestamp: block.block.header.time },
      },
    });

    await waitFor("the double signer tombstoned", async () => ((await signingInfo(key)).tombstoned ? true : undefined), 60_000);
    const punished = await validator(culprit);
    expect(punished.jailed).toBe(true);
    expect(BigInt(punished.tokens)).toBe(SELF_BOND - (power * 1_000_000n * 5n) / 100n);
    await waitFor("the double signer out of CometBFT's set", async () => ((await net.activeSet()).includes(key.address) ? undefined : true));
  });

  it("punishes an offence proven by MsgSubmitMisbehaviour, pays the reporter exactly its share, and rejects a second report", async () => {
    const culprit = 1;
    const key = net.consensusKey(culprit);
    const height = BigInt((await net.nodes[0]!.height()) - 3);
    const set = await net.nodes[0]!.call<{ validators: { address: string; voting_power: string }[] }>("validators", { height: String(height), per_page: "100" });
    const power = BigInt(set.validators.find((v) => v.address === key.address)!.voting_power);
    const time = { seconds: 1_800_000_000n, nanos: 0 };
    const [a, b] = [1, 2].map((fill) => {
      const { vote, signature } = signedPrevote(key, chainId, height, new Uint8Array(32).fill(fill), time);
      return { ...vote, round: 0, blockId: vote.blockId!, validatorAddress: Buffer.from(key.address, "hex"), validatorIndex: 0, signature };
    });
    const reporter = net.operator(0);
    const { client, address } = await net.signingClient(reporter.mnemonic);
    const report = { typeUrl: "/ais.slashing.v1.MsgSubmitMisbehaviour", value: { reporter: address, voteA: a, voteB: b } };
    const fee = { amount: [{ denom: "uais", amount: "10000" }], gas: "400000" };

    // The reporter also receives rewards; compare its balance around the report's own block.
    const result = await client.signAndBroadcast(address, [report], fee);
    assertIsDeliverTxSuccess(result);
    const slashed = (power * 1_000_000n * 5n) / 100n;
    const reward = slashed / 10n;
    const event = result.events.find((e) => e.type === "double_sign")!;
    expect(event.attributes.find((x) => x.key === "slashed")?.value).toBe(slashed.toString());
    expect(event.attributes.find((x) => x.key === "whistleblower_reward")?.value).toBe(reward.toString());
    const transfers = result.events.filter((e) => e.type === "transfer" && e.attributes.some((x) => x.key === "recipient" && x.value === address));
    expect(transfers.map((e) => e.attributes.find((x) => x.key === "amount")!.value)).toContain(`${reward}uais`);
    expect((await signingInfo(key)).tombstoned).toBe(true);
    expect(BigInt((await validator(culprit)).tokens)).toBe(SELF_BOND - slashed);

    const again = await client.signAndBroadcast(address, [report], fee);
    expect(again.code).toBe(22);
    expect(again.rawLog).toMatch(/already tombstoned/);
    // Nobody may delegate to a tombstoned validator.
    const delegation = await client.delegateTokens(address, operatorAddressOf(net.operator(culprit).address), { denom: "uais", amount: "1000000" }, fee);
    expect(delegation.code).toBe(24);
    expect(delegation.rawLog).toMatch(/tombstoned/);
    client.disconnect();
    await waitFor("the reported validator out of CometBFT's set", async () => ((await net.activeSet()).includes(key.address) ? undefined : true));
  });
});
