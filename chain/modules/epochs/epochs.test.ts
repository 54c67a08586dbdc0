import { afterEach, describe, expect, it } from "vitest";
import { QueryCurrentEpochRequest, QueryCurrentEpochResponse } from "../../../codegen/ais/epochs/v1/query.js";
import { MsgUpdateParams } from "../../../codegen/ais/epochs/v1/tx.js";
import { GENESIS_TIME, TestChain, TEST_CHAIN_ID, testGenesis, testKeys } from "../../../test/helpers/chain.js";
import { signTx } from "../../../test/helpers/txs.js";
import { nextBoundary } from "./keeper.js";
import { epochsParamsFromJson } from "./params.js";

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

async function withEpochSeconds(seconds: number): Promise<TestChain> {
  const genesis = testGenesis();
  genesis.app_state.epochs = { params: { epoch_duration: `${seconds}s` } };
  chain = await TestChain.start({ genesis });
  return chain;
}

function current(c: TestChain) {
  const response = c.app.query({ path: "/ais.epochs.v1.Query/CurrentEpoch", data: QueryCurrentEpochRequest.encode({}).finish(), height: 0n, prove: false });
  return QueryCurrentEpochResponse.decode(response.value).epoch;
}

describe("epoch clock", () => {
  it("puts daily boundaries at UTC midnight", () => {
    const noonish = { seconds: 1_795_000_000n, nanos: 5 }; // 2026-11-18T09:46:40Z
    expect(nextBoundary(noonish, 86_400n)).toEqual({ seconds: 1_795_046_400n, nanos: 0 }); // 2026-11-19T00:00:00Z
    expect(nextBoundary({ seconds: 1_795_046_400n, nanos: 0 }, 86_400n).seconds).toBe(1_795_132_800n); // strictly after
  });

  it("starts epoch 0 at genesis with the next UTC midnight as boundary by default", async () => {
    chain = await TestChain.start();
    expect(testGenesis().app_state.epochs).toEqual({ params: { epoch_duration: "86400s" } });
    const epoch = current(chain);
    expect(epoch.number).toBe(0n);
    expect(epoch.startTime.seconds).toBe(GENESIS_TIME);
    expect(epoch.nextBoundary.seconds).toBe(1_795_046_400n);
  });

  it("ends an epoch in the first block at or after the boundary, and emits events", async () => {
    const c = await withEpochSeconds(10);
    for (let i = 0; i < 8; i++) await c.block([]); // up to GENESIS_TIME + 9
    expect(current(c).number).toBe(0n);
    const { events } = await c.block([]); // GENESIS_TIME + 10: the boundary
    expect(events.map((e) => e.type)).toEqual(["epoch_end", "epoch_start"]);
    expect(current(c)).toMatchObject({ number: 1n, startHeight: 10n, startTime: { seconds: GENESIS_TIME + 10n }, nextBoundary: { seconds: GENESIS_TIME + 20n } });
  });

  it("catches up one boundary per block after a halt", async () => {
    const c = await withEpochSeconds(10);
    await c.block([], 45n); // GENESIS_TIME + 46: four boundaries behind
    expect(current(c).number).toBe(1n);
    await c.block([]);
    await c.block([]);
    await c.block([]);
    expect(current(c)).toMatchObject({ number: 4n, nextBoundary: { seconds: GENESIS_TIME + 50n } });
    await c.block([]); // GENESIS_TIME + 50: back on schedule
    expect(current(c)).toMatchObject({ number: 5n, startTime: { seconds: GENESIS_TIME + 50n } });
  });

  it("lets only governance change the epoch length", async () => {
    const c = await withEpochSeconds(10);
    const alice = testKeys.private;
    const account = c.account(alice.address)!;
    const bytes = await signTx({
      signer: alice,
      chainId: TEST_CHAIN_ID,
      accountNumber: account.accountNumber,
      sequence: account.sequence,
      messages: [{ typeUrl: "/ais.epochs.v1.MsgUpdateParams", value: MsgUpdateParams.encode({ authority: alice.address, params: { epochDuration: { seconds: 5n, nanos: 0 } } }).finish() }],
    });
    const result = (await c.block([bytes])).results[0]!;
    expect([result.code, result.log]).toEqual([4, expect.stringContaining("invalid authority")]);
  });

  it("rejects epoch lengths that are not positive whole seconds", () => {
    expect(() => epochsParamsFromJson({ epoch_duration: "0s" })).toThrow(/positive whole number/);
    expect(() => epochsParamsFromJson({ epoch_duration: "1.5s" })).toThrow(/whole seconds/);
    expect(() => epochsParamsFromJson({ epoch_duration: 86400 })).toThrow(/whole seconds/);
    expect(epochsParamsFromJson({ epoch_duration: "60s" }).epochDuration.seconds).toBe(60n);
  });
});
