// DPoS on real CometBFT: 4 validators, 3 seats; a candidate that out-stakes the weakest active
// validator enters CometBFT's set at the next epoch boundary and not before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertIsDeliverTxSuccess } from "@cosmjs/stargate";
import { operatorAddressOf } from "../../chain/node/gentx.js";
import { Network } from "../helpers/network.js";
import { waitFor } from "../helpers/node.js";

const NODES = 4;

describe("epoch elections with 4 validators and 3 seats", () => {
  let net: Network;

  beforeAll(async () => {
    net = await Network.start({ validators: NODES, epochSeconds: 12, maxValidators: 3 });
  });

  afterAll(async () => {
    await net?.stop();
  });

  it("seats 3 of the 4 genesis validators", async () => {
    expect(await net.activeSet()).toHaveLength(3);
  });

  it("seats a candidate that out-stakes the others at the next boundary, and not before", async () => {
    const consensus = Array.from({ length: NODES }, (_, i) => net.consensusKey(i).address);
    const active = await net.activeSet();
    const outsider = consensus.findIndex((address) => !active.includes(address));
    expect(outsider).toBeGreaterThanOrEqual(0);

    // Delegate right after a boundary, so that the next one is well ahead.
    await net.nextEpoch((await net.epoch()).number);
    const { client, address } = await net.signingClient(net.holder().mnemonic);
    const result = await client.delegateTokens(address, operatorAddressOf(net.operator(outsider).address), { denom: "uais", amount: "500000000000" }, "auto");
    assertIsDeliverTxSuccess(result);
    client.disconnect();
    const delegatedIn = (await net.epoch()).number;

    // Still out until the epoch ends (updates take effect two blocks after the boundary block).
    expect(await net.activeSet()).not.toContain(consensus[outsider]);
    const boundaryHeight = Number((await net.nextEpoch(delegatedIn, 60_000)).startHeight);
    expect(await net.activeSet(boundaryHeight)).not.toContain(consensus[outsider]);
    await waitFor("the new set", async () => ((await net.nodes[0]!.height()) >= boundaryHeight + 2 ? true : undefined));
    const seated = await net.activeSet(boundaryHeight + 2);
    expect(seated).toContain(consensus[outsider]);
    expect(seated).toHaveLength(3);

    // The newcomer signs blocks: its node keeps up and its signature appears in commits.
    const later = boundaryHeight + 4;
    await waitFor("two more blocks", async () => ((await net.nodes[outsider]!.height()) >= later + 1 ? true : undefined), 60_000);
    const commit = await net.nodes[0]!.call<{ signed_header: { commit: { signatures: { validator_address: string; block_id_flag: number }[] } } }>("commit", { height: String(later) });
    expect(commit.signed_header.commit.signatures.some((s) => s.validator_address === consensus[outsider] && s.block_id_flag === 2)).toBe(true);
  });
});
