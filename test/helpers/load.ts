// A background stream of bank transfers for integration tests: signed with cosmjs, broadcast with
// broadcast_tx_sync, sequence tracked locally (resynchronised from the chain after any error).
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { SigningStargateClient, calculateFee, GasPrice } from "@cosmjs/stargate";

export interface TransferLoop {
  /** Transactions accepted into the mempool so far. */
  readonly accepted: number;
  stop(): Promise<void>;
}

export async function startTransferLoop(rpcUrl: string, mnemonic: string, recipient: string, intervalMs = 100): Promise<TransferLoop> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "ais" });
  const address = (await wallet.getAccounts())[0]!.address;
  let client: SigningStargateClient | undefined;
  let sequence: number | undefined;
  let accepted = 0;
  let running = true;
  const fee = calculateFee(120_000, GasPrice.fromString("0.025uais"));

  const loop = (async () => {
    while (running) {
      try {
        client ??= await SigningStargateClient.connectWithSigner(rpcUrl, wallet);
        if (sequence === undefined) sequence = (await client.getSequence(address)).sequence;
        const { accountNumber } = await client.getSequence(address);
        const signed = await client.sign(
          address,
          [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: recipient, amount: [{ denom: "uais", amount: "1" }] } }],
          fee,
          "",
          { accountNumber, sequence, chainId: await client.getChainId() },
        );
        const { TxRaw } = await import("cosmjs-types/cosmos/tx/v1beta1/tx");
        await client.broadcastTxSync(TxRaw.encode(signed).finish());
        sequence++;
        accepted++;
      } catch {
        // The node may be down (crash tests) or the mempool ahead of the chain: reconnect and resync.
        client?.disconnect();
        client = undefined;
        sequence = undefined;
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();

  return {
    get accepted() {
      return accepted;
    },
    async stop() {
      running = false;
      await loop;
      client?.disconnect();
    },
  };
}
