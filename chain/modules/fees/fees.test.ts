import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryParamsRequest, QueryParamsResponse } from "../../../codegen/ais/fees/v1/query.js";
import { MsgUpdateParams } from "../../../codegen/ais/fees/v1/tx.js";
import { TestChain, testKeys, testGenesis, TEST_CHAIN_ID } from "../../../test/helpers/chain.js";
import { signTx } from "../../../test/helpers/txs.js";
import { GOV_AUTHORITY } from "../authority.js";
import { feesParamsFromJson } from "./params.js";

let chain: TestChain;
beforeAll(async () => {
  chain = await TestChain.start();
});
afterAll(async () => chain.close());

describe("fees module", () => {
  it("starts with a floor of 0.0025uais per gas, served by its query", () => {
    expect(testGenesis().app_state.fees).toEqual({ params: { min_gas_prices: [{ denom: "uais", amount: "0.002500000000000000" }] } });
    const response = chain.app.query({ path: "/ais.fees.v1.Query/Params", data: QueryParamsRequest.encode({}).finish(), height: 0n, prove: false });
    expect(QueryParamsResponse.decode(response.value).params.minGasPrices).toEqual([{ denom: "uais", amount: "2500000000000000" }]);
  });

  it("lets only governance change the floor", async () => {
    const alice = testKeys.private;
    const account = chain.account(alice.address)!;
    const bytes = await signTx({
      signer: alice,
      chainId: TEST_CHAIN_ID,
      accountNumber: account.accountNumber,
      sequence: account.sequence,
      messages: [
        {
          typeUrl: "/ais.fees.v1.MsgUpdateParams",
          value: MsgUpdateParams.encode({ authority: alice.address, params: { minGasPrices: [] } }).finish(),
        },
      ],
    });
    const result = (await chain.block([bytes])).results[0]!;
    expect(result.code).toBe(4);
    expect(result.log).toBe(`invalid authority; expected ${GOV_AUTHORITY}, got ${alice.address}: unauthorized`);
  });

  it("rejects malformed floors in genesis", () => {
    expect(() => feesParamsFromJson({ min_gas_prices: [{ denom: "uais", amount: "-1" }] })).toThrow(/invalid decimal/);
    expect(() => feesParamsFromJson({ min_gas_prices: [{ denom: "1x", amount: "1" }] })).toThrow(/invalid denom/);
    expect(() =>
      feesParamsFromJson({ min_gas_prices: [{ denom: "uais", amount: "1" }, { denom: "uais", amount: "2" }] }),
    ).toThrow(/sorted and unique/);
  });
});
