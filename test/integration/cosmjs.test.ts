// A wallet developer's view: @cosmjs/stargate pointed at `aisd devnet` works unchanged.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, QueryClient, SigningStargateClient, StargateClient, assertIsDeliverTxSuccess, calculateFee, setupStakingExtension } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { TextProposal, VoteOption } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { aisAminoTypes, aisRegistry } from "../../chain/client/amino.js";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { freePort, runAisd, tempDir, waitFor, type AisdProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

describe("cosmjs against aisd devnet", () => {
  const home = tempDir("cosmjs");
  let node: AisdProcess;
  let url: string;
  let faucet: DirectSecp256k1HdWallet;
  let faucetAddress: string;
  let client: SigningStargateClient;

  beforeAll(async () => {
    const rpcPort = await freePort();
    url = `http://127.0.0.1:${rpcPort}`;
    node = runAisd(["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(await freePort()), "--grpc-port", String(await freePort()), "--block-time", "200ms"]);
    const rpc = new CometRpc(url);
    await waitFor("block 2", async () => ((await rpc.height()) >= 2 ? true : undefined), 60_000);
    const keys = JSON.parse(readFileSync(join(home.path, "config", "genesis-keys.json"), "utf8")) as { private: { mnemonic: string } };
    expect(node.output()).toContain(keys.private.mnemonic);
    faucet = await DirectSecp256k1HdWallet.fromMnemonic(keys.private.mnemonic, { prefix: "ais" });
    faucetAddress = (await faucet.getAccounts())[0]!.address;
    client = await SigningStargateClient.connectWithSigner(url, faucet, { gasPrice: GasPrice.fromString("0.025uais") });
  });

  afterAll(async () => {
    client?.disconnect();
    node.child.kill("SIGTERM");
    await node.exited;
    home.remove();
  });

  it("reads the faucet's balance and account", async () => {
    const reader = await StargateClient.connect(url);
    expect(await reader.getChainId()).toBe("ais-devnet-1");
    expect(await reader.getBalance(faucetAddress, "uais")).toEqual({ denom: "uais", amount: "10000000000000000" });
    const account = await reader.getAccount(faucetAddress);
    expect(account?.address).toBe(faucetAddress);
    expect(await reader.getAccount("ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu")).toBeNull();
    reader.disconnect();
  });

  it("sends tokens with gas \"auto\" and finds the transaction by hash and by sender", async () => {
    const recipient = (await (await DirectSecp256k1HdWallet.generate(12, { prefix: "ais" })).getAccounts())[0]!.address;
    const result = await client.sendTokens(faucetAddress, recipient, [{ denom: "uais", amount: "123456" }], "auto", "first transfer");
    assertIsDeliverTxSuccess(result);
    expect(result.msgResponses.map((r) => r.typeUrl)).toEqual(["/cosmos.bank.v1beta1.MsgSendResponse"]);
    expect(await client.getBalance(recipient, "uais")).toEqual({ denom: "uais", amount: "123456" });

    const tx = await client.getTx(result.transactionHash);
    expect(tx?.height).toBe(result.height);
    expect(tx?.code).toBe(0);
    const bySender = await client.searchTx([{ key: "message.sender", value: faucetAddress }]);
    expect(bySender.map((t) => t.hash)).toContain(result.transactionHash);
    const byRecipient = await client.searchTx([{ key: "transfer.recipient", value: recipient }]);
    expect(byRecipient.map((t) => t.hash)).toEqual([result.transactionHash]);
  });

  it("signs and broadcasts several messages with gas \"auto\"", async () => {
    const [a, b] = await Promise.all([1, 2].map(async () => (await (await DirectSecp256k1HdWallet.generate(12, { prefix: "ais" })).getAccounts())[0]!.address));
    const messages = [a!, b!].map((to) => ({
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: MsgSend.fromPartial({ fromAddress: faucetAddress, toAddress: to, amount: [{ denom: "uais", amount: "5" }] }),
    }));
    const result = await client.signAndBroadcast(faucetAddress, messages, "auto");
    assertIsDeliverTxSuccess(result);
    expect(result.gasUsed).toBeLessThanOrEqual(result.gasWanted);
    expect((await client.getBalance(b!, "uais")).amount).toBe("5");
  });

  it("signs with an amino wallet (Secp256k1HdWallet, what Ledger users have): sends, delegates, proposes and votes", async () => {
    const wallet = await Secp256k1HdWallet.generate(12, { prefix: "ais" });
    const address = (await wallet.getAccounts())[0]!.address;
    assertIsDeliverTxSuccess(await client.sendTokens(faucetAddress, address, [{ denom: "uais", amount: "200000000000" }], "auto"));
    const amino = await SigningStargateClient.connectWithSigner(url, wallet, { gasPrice: GasPrice.fromString("0.025uais") });
    try {
      const sent = await amino.sendTokens(address, faucetAddress, [{ denom: "uais", amount: "1000" }], "auto", "signed <amino>");
      assertIsDeliverTxSuccess(sent);
      const [validator] = (await QueryClient.withExtensions(await Comet38Client.connect(url), setupStakingExtension).staking.validators("BOND_STATUS_BONDED")).validators;
      const delegated = await amino.delegateTokens(address, validator!.operatorAddress, { denom: "uais", amount: "5000000" }, "auto");
      assertIsDeliverTxSuccess(delegated);
      expect((await amino.getDelegation(address, validator!.operatorAddress))?.amount).toBe("5000000");

      const proposal = {
        typeUrl: "/cosmos.gov.v1beta1.MsgSubmitProposal",
        value: {
          content: { typeUrl: "/cosmos.gov.v1beta1.TextProposal", value: TextProposal.encode({ title: "amino", description: "signed by an amino wallet" }).finish() },
          initialDeposit: [{ denom: "uais", amount: "100000000000" }],
          proposer: address,
        },
      };
      const submitted = await amino.signAndBroadcast(address, [proposal], "auto");
      assertIsDeliverTxSuccess(submitted);
      const proposalId = BigInt(submitted.events.find((e) => e.type === "submit_proposal")!.attributes.find((a) => a.key === "proposal_id")!.value);
      const vote = { typeUrl: "/cosmos.gov.v1beta1.MsgVote", value: { proposalId, voter: address, option: VoteOption.VOTE_OPTION_YES } };
      assertIsDeliverTxSuccess(await amino.signAndBroadcast(address, [vote], "auto"));

      // AIS's client types: gov v1's vote, which cosmjs's own converters do not know.
      const ais = await SigningStargateClient.connectWithSigner(url, wallet, { gasPrice: GasPrice.fromString("0.025uais"), registry: aisRegistry(), aminoTypes: aisAminoTypes() });
      const v1 = { typeUrl: "/cosmos.gov.v1.MsgVote", value: { proposalId, voter: address, option: VoteOption.VOTE_OPTION_NO, metadata: "changed my mind" } };
      const changed = await ais.signAndBroadcast(address, [v1], "auto");
      assertIsDeliverTxSuccess(changed);
      ais.disconnect();
      const tx = await amino.getTx(changed.transactionHash);
      const signerInfo = AuthInfo.decode(TxRaw.decode(tx!.tx).authInfoBytes).signerInfos[0]!;
      expect(signerInfo.modeInfo?.single?.mode).toBe(SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
    } finally {
      amino.disconnect();
    }
  });

  it("surfaces CheckTx rejections as BroadcastTxError with the SDK code", async () => {
    const fee = calculateFee(200_000, GasPrice.fromString("0.000001uais"));
    await expect(
      client.sendTokens(faucetAddress, faucetAddress, [{ denom: "uais", amount: "1" }], fee),
    ).rejects.toThrow(/insufficient fee/);
    await expect(
      client.sendTokens(faucetAddress, faucetAddress, [{ denom: "uais", amount: "100000000000000000000" }], "auto"),
    ).rejects.toThrow(/insufficient funds/);
  });
});
