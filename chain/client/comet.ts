// A CometBFT JSON-RPC client: broadcasting, blocks, indexed transactions and abci_query.

export class CometClient {
  constructor(readonly url: string) {}

  async call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    let body: { result?: T; error?: { code: number; message: string; data?: string } };
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
        signal: AbortSignal.timeout(10_000),
      });
      body = (await response.json()) as typeof body;
    } catch (err) {
      throw new CometUnavailableError(`CometBFT RPC at ${this.url} is unavailable: ${(err as Error).message}`);
    }
    if (body.error !== undefined) throw new CometRpcError(body.error.message, body.error.data ?? "");
    return body.result as T;
  }
}

export class CometRpcError extends Error {
  constructor(
    message: string,
    readonly data: string,
  ) {
    super(data === "" ? message : `${message}: ${data}`);
  }
}

export class CometUnavailableError extends Error {
  override name = "CometUnavailableError";
}
