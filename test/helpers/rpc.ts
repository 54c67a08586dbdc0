// A minimal CometBFT JSON-RPC client for tests (cosmjs clients arrive with the modules that need them).

export class CometRpc {
  constructor(readonly url: string) {}

  async call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    const body = (await response.json()) as { result?: T; error?: { message: string; data?: string } };
    if (body.error !== undefined) throw new Error(`${method}: ${body.error.message} ${body.error.data ?? ""}`);
    return body.result as T;
  }

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
