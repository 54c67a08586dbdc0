// CometBFT RPC reads used by integration tests, on top of the chain's own client.
import { CometClient } from "../../chain/client/comet.js";

export class CometRpc extends CometClient {
  async height(): Promise<number> {
    const status = await this.call<{ sync_info: { latest_block_height: string } }>("status");
    return Number(status.sync_info.latest_block_height);
  }

  /** The app hash in the header of block `height` (the state after block height - 1). */
  async appHashInHeader(height: number): Promise<string> {
    const block = await this.call<{ block: { header: { app_hash: string } } }>("block", { height: String(height) });
    return block.block.header.app_hash;
  }

  async abciQuery(path: string, data: Uint8Array, height = 0, prove = false) {
    return (
      await this.call<{
        response: {
          code: number;
          log: string;
          value: string | null;
          key: string | null;
          height: string;
          proofOps: { ops: { type: string; key: string; data: string }[] } | null;
          codespace: string;
        };
      }>("abci_query", { path, data: Buffer.from(data).toString("hex"), height: String(height), prove })
    ).response;
  }
}
