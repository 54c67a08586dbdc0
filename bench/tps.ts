// npm run bench:tps — funded accounts send signed bank transfers through a devnet's RPC for a fixed
// time; reports committed TPS, p50/p99 time to inclusion and the app's FinalizeBlock cost per tx.
// The node (aisd + CometBFT) and this load generator share the machine.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { CometClient } from "../chain/client/comet.js";
import { accountOf, broadcastSync, signTx, type SigningKey } from "../chain/client/tx.js";
import { nodeArgs } from "../chain/node/heap.js";
import { keyFromMnemonic, newMnemonic } from "../chain/node/wallet.js";
import { sha256 } from "../chain/store/hash.js";
import { toHex } from "../chain/store/encoding.js";

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 400);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const TXS_PER_ACCOUNT = Number(process.env.BENCH_TXS_PER_ACCOUNT ?? 150);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const BLOCK_TIME = process.env.BENCH_BLOCK_TIME ?? "1s";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

const home = mkdtempSync(join(tmpdir(), "ais-bench-tps-"));
const [rpcPort, p2pPort, restPort, grpcPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
const aisd = join(import.meta.dirname, "../chain/cli/main.js");
const node = spawn(process.execPath, nodeArgs(aisd, ["devnet", "--home", home, "--rpc-port", String(rpcPort), "--p2p-port", String(p2pPort), "--rest-port", String(restPort), "--grpc-port", String(grpcPort), "--block-time", BLOCK_TIME, "--log-level", "warn"]), {
  stdio: ["ignore", "ignore", "inherit"],
});
const comet = new CometClient(`http://127.0.0.1:${rpcPort}`);
try {
  for (let i = 0; ; i++) {
    try {
      const status = await comet.call<{ sync_info: { latest_block_height: string } }>("status");
      if (Number(status.sync_info.latest_block_height) >= 2) break;
    } catch {
      // not up yet
    }
    if (i > 300) throw new Error("the devnet did not start");
    await sleep(100);
  }
  const chainId = "ais-devnet-1";
  const faucet = keyFromMnemonic((JSON.parse(readFileSync(join(home, "config", "genesis-keys.json"), "utf8")) as { private: { mnemonic: string } }).private.mnemonic);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  console.log(`setup: ${ACCOUNTS} accounts, ${CONCURRENCY} concurrent broadcasters, block time ${BLOCK_TIME}, ${SECONDS} s`);

  // Fund the senders with one MsgMultiSend.
  const senders: SigningKey[] = Array.from({ length: ACCOUNTS }, () => keyFromMnemonic(newMnemonic()));
  const funding = MsgMultiSend.encode({
    inputs: [{ address: faucet.address, coins: [{ denom: "uais", amount: String(ACCOUNTS * 1_000_000_000) }] }],
    outputs: senders.map((s) => ({ address: s.address, coins: [{ denom: "uais", amount: "1000000000" }] })),
  }).finish();
  const faucetAccount = await accountOf(comet, faucet.address);
  const fundTx = signTx(
    { messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend", value: funding }], fee: [{ denom: "uais", amount: "500000" }], gasLimit: 20_000_000n },
    faucet,
    { chainId, ...faucetAccount },
  );
  const funded = await broadcastSync(comet, fundTx);
  if (funded.code !== 0) throw new Error(`funding failed: ${funded.log}`);
  while ((await comet.call<{ txs: unknown[] }>("tx_search", { query: `tx.hash='${funded.hash}'` })).txs.length === 0) await sleep(200);

  // Pre-sign every transfer so that signing does not count against the node.
  const numbers = await Promise.all(senders.map((s) => accountOf(comet, s.address)));
  const queues = senders.map((sender, i) =>
    Array.from({ length: TXS_PER_ACCOUNT }, (_, seq) =>
      signTx(
        {
          messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: sender.address, toAddress: senders[(i + 1) % ACCOUNTS]!.address, amount: [{ denom: "uais", amount: "1" }] }).finish() }],
          fee: [{ denom: "uais", amount: "2500" }],
          gasLimit: 100_000n,
        },
        sender,
        { chainId, accountNumber: numbers[i]!.accountNumber, sequence: BigInt(seq) },
      ),
    ),
  );
  const metricsBefore = await metrics(restPort);
  const startHeight = Number((await comet.call<{ sync_info: { latest_block_height: string } }>("status")).sync_info.latest_block_height);

  // Follow blocks while broadcasting, so inclusion times are measured when blocks appear.
  const submitted = new Map<string, number>();
  const included: number[] = [];
  const blockTimes: number[] = [];
  let broadcasting = true;
  const follower = (async () => {
    let height = startHeight + 1;
    const stopAt = () => !broadcasting && (submitted.size === 0 || Date.now() > followDeadline);
    while (!stopAt()) {
      let block: { block: { header: { time: string }; data: { txs: string[] | null } } };
      let results: { txs_results: { code: number }[] | null };
      try {
        block = await comet.call("block", { height: String(height) });
        results = await comet.call("block_results", { height: String(height) });
      } catch {
        await sleep(20);
        continue;
      }
      const seen = Date.now();
      blockTimes.push(new Date(block.block.header.time).getTime());
      (block.block.data.txs ?? []).forEach((b64, i) => {
        const hash = toHex(sha256(Buffer.from(b64, "base64"))).toUpperCase();
        const sent = submitted.get(hash);
        if (sent !== undefined && results.txs_results?.[i]?.code === 0) included.push(seen - sent);
        submitted.delete(hash);
      });
      height++;
    }
  })();
  let followDeadline = Number.MAX_SAFE_INTEGER;

  // Broadcast round-robin over accounts (each account's transactions in sequence order).
  let rejected = 0;
  const deadline = Date.now() + SECONDS * 1000;
  let next = 0;
  const total = ACCOUNTS * TXS_PER_ACCOUNT;
  const order = Array.from({ length: total }, (_, k) => queues[k % ACCOUNTS]![Math.floor(k / ACCOUNTS)]!);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline && next < total) {
        const tx = order[next++]!;
        const hash = toHex(sha256(tx)).toUpperCase();
        submitted.set(hash, Date.now());
        const result = await broadcastSync(comet, tx).catch(() => ({ code: -1 }));
        if (result.code !== 0) {
          rejected++;
          submitted.delete(hash);
        }
      }
    }),
  );
  broadcasting = false;
  followDeadline = Date.now() + 30_000;
  await follower;
  const metricsAfter = await metrics(restPort);
  const span = (blockTimes.at(-1)! - blockTimes[0]!) / 1000;
  const finalizeSeconds = metricsAfter.finalizeSum - metricsBefore.finalizeSum;
  const txsExecuted = metricsAfter.txs - metricsBefore.txs;
  console.log(`committed: ${included.length} transfers in ${blockTimes.length} blocks over ${span.toFixed(1)} s of block time`);
  console.log(`committed TPS: ${(included.length / span).toFixed(0)}`);
  console.log(`time to inclusion: p50 ${percentile(included, 50)} ms, p99 ${percentile(included, 99)} ms`);
  console.log(`FinalizeBlock: ${((finalizeSeconds / Math.max(1, txsExecuted)) * 1e6).toFixed(0)} µs per tx (${txsExecuted} txs)`);
  console.log(`rejected at CheckTx or RPC: ${rejected}; never committed: ${submitted.size}`);
} finally {
  node.kill("SIGTERM");
  await new Promise((r) => node.once("exit", r));
  rmSync(home, { recursive: true, force: true });
}

async function metrics(port: number): Promise<{ finalizeSum: number; txs: number }> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const value = (pattern: RegExp) => [...text.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]), 0);
  return { finalizeSum: value(/^ais_finalize_block_seconds_sum (\S+)$/gm), txs: value(/^ais_txs_total\{[^}]*\} (\S+)$/gm) };
}
