import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MsgMultiSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { QueryAllBalancesRequest, QueryAllBalancesResponse, QueryBalanceRequest, QueryBalanceResponse, QueryTotalSupplyRequest, QueryTotalSupplyResponse, QueryDenomMetadataRequest, QueryDenomMetadataResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MINING_MODULE } from "../../app/ais.js";
import { ALLOCATION, TOTAL_SUPPLY, allocationAmount } from "../../node/economy.js";
import { keyFromMnemonic, newMnemonic } from "../../node/wallet.js";
import { accString, moduleAddress } from "../../types/address.js";
import { TestChain, testKeys, TEST_CHAIN_ID } from "../../../test/helpers/chain.js";
import { msgSend, signTx } from "../../../test/helpers/txs.js";

let chain: TestChain;
beforeEach(async () => {
  chain = await TestChain.start();
});
afterEach(async () => chain.close());

const alice = testKeys.private;
const bob = keyFromMnemonic(newMnemonic());
const mining = accString(moduleAddress(MINING_MODULE));
const feeCollector = accString(moduleAddress("fee_collector"));

async function send(amount: string, to = bob.address, sequence = chain.account(alice.address)!.sequence) {
  const tx = await signTx({
    signer: alice,
    chainId: TEST_CHAIN_ID,
    accountNumber: chain.account(alice.address)!.accountNumber,
    sequence,
    messages: [msgSend(alice.address, to, [{ denom: "uais", amount }])],
  });
  return (await chain.block([tx])).results[0]!;
}

describe("genesis economy", () => {
  it("creates 1e17 uais split 10/3/15/72 with the mining share in the mining module account", () => {
    expect(TOTAL_SUPPLY).toBe(10n ** 17n);
    expect(chain.balance(testKeys.private.address)).toBe(allocationAmount(ALLOCATION.private));
    expect(chain.balance(testKeys.technology.address)).toBe(3n * 10n ** 15n);
    expect(chain.balance(testKeys.institutions.address)).toBe(15n * 10n ** 15n);
    expect(chain.balance(mining)).toBe(72n * 10n ** 15n);
    expect(chain.account(mining)?.module?.name).toBe("mining");
    const supply = QueryTotalSupplyResponse.decode(
      chain.app.query({ path: "/cosmos.bank.v1beta1.Query/TotalSupply", data: QueryTotalSupplyRequest.encode({}).finish(), height: 0n, prove: false }).value,
    );
    expect(supply.supply).toEqual([{ denom: "uais", amount: "100000000000000000" }]);
  });

  it("describes uais as AIS with exponent 6", () => {
    const response = chain.app.query({
      path: "/cosmos.bank.v1beta1.Query/DenomMetadata",
      data: QueryDenomMetadataRequest.encode({ denom: "uais" }).finish(),
      height: 0n,
      prove: false,
    });
    const metadata = QueryDenomMetadataResponse.decode(response.value).metadata!;
    expect(metadata.display).toBe("AIS");
    expect(metadata.denomUnits.find((u) => u.denom === "AIS")?.exponent).toBe(6);
  });
});

describe("MsgSend", () => {
  it("moves coins, takes the fee, creates the recipient's account and emits the SDK's events", async () => {
    const before = chain.balance(alice.address);
    const result = await send("1000");
    expect(result.code).toBe(0);
    expect(chain.balance(bob.address)).toBe(1000n);
    expect(chain.balance(alice.address)).toBe(before - 1000n - 5000n);
    expect(chain.balance(feeCollector)).toBe(5000n);
    expect(chain.account(bob.address)?.accountNumber).toBeGreaterThan(0n);
    expect(chain.account(alice.address)?.sequence).toBe(1n);
    const types = result.events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["tx", "coin_spent", "coin_received", "transfer", "message"]));
    const message = result.events.filter((e) => e.type === "message").flatMap((e) => e.attributes);
    expect(message).toEqual(expect.arrayContaining([{ key: "sender", value: alice.address, index: true }]));
  });

  it("keeps the fee but not the transfer when the sender cannot pay", async () => {
    const before = chain.balance(alice.address);
    const result = await send((before + 1n).toString());
    expect(result.code).toBe(5);
    expect(result.log).toContain("is smaller than");
    expect(chain.balance(alice.address)).toBe(before - 5000n);
    expect(chain.balance(bob.address)).toBe(0n);
    expect(chain.account(alice.address)?.sequence).toBe(1n);
  });

  it("refuses transfers to module accounts", async () => {
    const result = await send("10", mining);
    expect([result.codespace, result.code]).toEqual(["sdk", 4]);
    expect(result.log).toContain("is not allowed to receive funds");
  });
});

describe("MsgMultiSend", () => {
  it("pays several outputs from one input", async () => {
    const carol = keyFromMnemonic(newMnemonic());
    const tx = await signTx({
      signer: alice,
      chainId: TEST_CHAIN_ID,
      accountNumber: chain.account(alice.address)!.accountNumber,
      sequence: 0n,
      messages: [
        {
          typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
          value: MsgMultiSend.encode({
            inputs: [{ address: alice.address, coins: [{ denom: "uais", amount: "30" }] }],
            outputs: [
              { address: bob.address, coins: [{ denom: "uais", amount: "10" }] },
              { address: carol.address, coins: [{ denom: "uais", amount: "20" }] },
            ],
          }).finish(),
        },
      ],
    });
    const result = (await chain.block([tx])).results[0]!;
    expect(result.code).toBe(0);
    expect([chain.balance(bob.address), chain.balance(carol.address)]).toEqual([10n, 20n]);
  });
});

describe("bank queries", () => {
  it("returns a zero coin for an unknown denom and paginates balances", async () => {
    await send("7");
    const query = (path: string, data: Uint8Array) => chain.app.query({ path, data, height: 0n, prove: false });
    const balance = QueryBalanceResponse.decode(
      query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: bob.address, denom: "uother" }).finish()).value,
    );
    expect(balance.balance).toEqual({ denom: "uother", amount: "0" });
    const all = QueryAllBalancesResponse.decode(
      query(
        "/cosmos.bank.v1beta1.Query/AllBalances",
        QueryAllBalancesRequest.encode({ address: bob.address, resolveDenom: false, pagination: { key: new Uint8Array(0), offset: 0n, limit: 1n, countTotal: true, reverse: false } }).finish(),
      ).value,
    );
    expect(all.balances).toEqual([{ denom: "uais", amount: "7" }]);
    expect(all.pagination?.total).toBe(1n);
    const bad = query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: "cosmos1xyz", denom: "uais" }).finish());
    expect(bad.code).toBe(18);
    expect(bad.log).toMatch(/^rpc error: code = InvalidArgument/);
  });
});
