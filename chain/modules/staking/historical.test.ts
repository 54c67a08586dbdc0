import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryHistoricalInfoRequest, QueryHistoricalInfoResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { TestChain, TEST_CHAIN_ID, testGenesis, testValidator } from "../../../test/helpers/chain.js";

describe("HistoricalInfo", () => {
  let chain: TestChain;
  let previousAppHash: Uint8Array;
  const historical = (height: bigint) => chain.app.query({ path: "/cosmos.staking.v1beta1.Query/HistoricalInfo", data: QueryHistoricalInfoRequest.encode({ height }).finish(), height: 0n, prove: false });

  beforeAll(async () => {
    const genesis = testGenesis([testValidator("a"), testValidator("b"), testValidator("c")]);
    Object.assign((genesis.app_state.staking as { params: object }).params, { historical_entries: 3 });
    chain = await TestChain.start({ genesis });
    for (let i = 0; i < 4; i++) previousAppHash = (await chain.block([])).appHash;
    await chain.block([]);
  });

  afterAll(() => chain.close());

  it("keeps each block's header and bonded set for historical_entries heights", () => {
    const height = BigInt(chain.height);
    const response = historical(height);
    expect(response.code).toBe(0);
    const hist = QueryHistoricalInfoResponse.decode(response.value).hist!;
    expect(hist.header.chainId).toBe(TEST_CHAIN_ID);
    expect(hist.header.height).toBe(height);
    expect(hist.header.time.seconds).toBe(chain.time);
    // The state hash after the previous block, as CometBFT's header carries it.
    expect(Buffer.from(hist.header.appHash).toString("hex")).toBe(Buffer.from(previousAppHash).toString("hex"));
    expect(hist.valset).toHaveLength(3);
    expect(hist.valset.every((v) => v.status === BondStatus.BOND_STATUS_BONDED)).toBe(true);

    expect(historical(height - 2n).code).toBe(0);
    const pruned = historical(height - 3n);
    expect(pruned.code).not.toBe(0);
    expect(pruned.log).toMatch(/not found/);
  });
});
