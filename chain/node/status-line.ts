// The quiet devnet's one line every few seconds, in place of CometBFT's ~18 lines per block:
//   height 1,234  txs 12 (3 in the last 5 s)  mempool 0  peers 0
// Read from CometBFT's RPC; a failed poll is skipped (the node may be starting or stopping).
import type { CometClient } from "../client/comet.js";

export interface ChainStatus {
  height: bigint;
  /** Transactions in the blocks since the previous status. */
  newTxs: number;
  mempool: number;
  peers: number;
}

/** Blocks per /blockchain page (CometBFT's maximum), and pages read per poll at most. */
const PAGE = 20n;
const PAGES_PER_POLL = 5n;

export function formatStatus(status: ChainStatus, totalTxs: number, seconds: number): string {
  const group = (n: bigint | number) => n.toLocaleString("en-US");
  return `  height ${group(status.height)}  txs ${group(totalTxs)} (${group(status.newTxs)} in the last ${seconds} s)  mempool ${group(status.mempool)}  peers ${status.peers}`;
}

/** The chain's status now, counting the transactions of the blocks after `since`. */
export async function readStatus(comet: CometClient, since: bigint): Promise<ChainStatus> {
  const [status, mempool, net] = await Promise.all([
    comet.call<{ sync_info: { latest_block_height: string } }>("status"),
    comet.call<{ total: string }>("num_unconfirmed_txs"),
    comet.call<{ n_peers: string }>("net_info"),
  ]);
  const height = BigInt(status.sync_info.latest_block_height);
  let newTxs = 0;
  const oldest = height - since > PAGE * PAGES_PER_POLL ? height - PAGE * PAGES_PER_POLL + 1n : since + 1n;
  for (let from = oldest; from <= height; from += PAGE) {
    const to = from + PAGE - 1n < height ? from + PAGE - 1n : height;
    const metas = await comet.call<{ block_metas: { num_txs: string }[] }>("blockchain", { minHeight: String(from), maxHeight: String(to) });
    newTxs += metas.block_metas.reduce((sum, m) => sum + Number(m.num_txs), 0);
  }
  return { height, newTxs, mempool: Number(mempool.total), peers: Number(net.n_peers) };
}

/** Writes a status line every `seconds` until the returned function is called. */
export function startStatusLine(comet: CometClient, write: (line: string) => void, seconds = 5): () => void {
  let since = 0n;
  let total = 0;
  let polling = false;
  const timer = setInterval(() => {
    if (polling) return;
    polling = true;
    readStatus(comet, since)
      .then((status) => {
        if (status.height === since) return;
        total += status.newTxs;
        since = status.height;
        write(formatStatus(status, total, seconds));
      })
      .catch(() => undefined)
      .finally(() => (polling = false));
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
