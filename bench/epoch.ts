// npm run bench:epoch — the N+2 pipeline at scale, in process: 21 validators × 10,000 delegators
// (seeded through the staking keeper in the first blocks, as a chain would accumulate them), fees
// in every block, then an epoch close and the batched payout of that epoch two epochs later.
// Reports the cost of the close, of each payout block's distribution work and of whole blocks.
import { cpus, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { aisModules } from "../chain/app/ais.js";
import type { AppModule } from "../chain/app/module.js";
import { FEE_COLLECTOR } from "../chain/modules/auth/ante.js";
import { sha256 } from "../chain/store/hash.js";
import { accAddress } from "../chain/types/address.js";
import { GENESIS_TIME, testGenesis, testKeys, testValidator } from "../test/helpers/chain.js";
import { startBenchChain } from "./chain.js";

const VALIDATORS = Number(process.env.BENCH_VALIDATORS ?? 21);
const DELEGATORS = Number(process.env.BENCH_DELEGATORS ?? 10_000);
const SEED_PER_BLOCK = Number(process.env.BENCH_SEED_PER_BLOCK ?? 20_000);
const EPOCH_SECONDS = 86_400n;
/** Payout blocks measured: enough for every validator's delegations to be reached at least once. */
const MEASURED_BLOCKS = Number(process.env.BENCH_MEASURED_BLOCKS ?? 300);
const FEES_PER_BLOCK = 1_000_000n;

const validators = Array.from({ length: VALIDATORS }, (_, i) => testValidator(`v${i}`));
const genesis = testGenesis(validators);
genesis.app_state.epochs = { params: { epoch_duration: `${EPOCH_SECONDS}s` } };
const BATCH = Number(process.env.BENCH_BATCH ?? 100);
genesis.app_state.distribution = { params: { community_tax: "0.02", payout_batch_size: BATCH } };
const delegations = VALIDATORS * DELEGATORS;
const delegator = (i: number) => sha256(new TextEncoder().encode(`delegator ${i}`)).slice(0, 20);

// Seeds delegations (funded from the institutions' allocation) and pays fees into the collector.
let seeded = 0;
const timings = { close: [] as number[], payout: [] as number[] };
const seeder = (keepers: ReturnType<typeof aisModules>): AppModule[] => {
  // Time the distribution work by wrapping its hooks (the objects the app calls).
  const { distribution } = keepers;
  const endBlock = distribution.endBlock!.bind(distribution);
  distribution.endBlock = (ctx) => {
    const start = performance.now();
    const result = endBlock(ctx);
    timings.payout.push(performance.now() - start);
    return result;
  };
  const close = distribution.epochHooks.onEpochEnd!.bind(distribution.epochHooks);
  distribution.epochHooks.onEpochEnd = (ctx, ended) => {
    const start = performance.now();
    close(ctx, ended);
    timings.close.push(performance.now() - start);
  };
  return [seedModule(keepers)];
};

const seedModule = (keepers: ReturnType<typeof aisModules>): AppModule => ({
    name: "bench-seed",
    storeNames: [],
    beginBlock(ctx) {
      const { bank, staking } = keepers;
      const holder = accAddress(testKeys.institutions.address);
      bank.keeper.sendCoinsFromAccountToModule(ctx, holder, FEE_COLLECTOR, [{ denom: "uais", amount: FEES_PER_BLOCK }]);
      if (ctx.header.height < 2) return;
      const operators = staking.keeper.allValidators(ctx);
      for (let n = 0; n < SEED_PER_BLOCK && seeded < delegations; n++, seeded++) {
        const address = delegator(seeded);
        bank.keeper.send(ctx, holder, address, [{ denom: "uais", amount: 2_000_000n }]);
        staking.keeper.delegate(ctx, address, staking.keeper.validator(ctx, operators[seeded % VALIDATORS]!.operatorAddress)!, 1_000_000n + BigInt(seeded % 1000));
      }
    },
});

const chain = startBenchChain("epoch", genesis.app_state, { seedModules: seeder, startTime: GENESIS_TIME - (GENESIS_TIME % EPOCH_SECONDS) });
const block = (seconds?: bigint) => chain.block(seconds);

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(`setup: ${VALIDATORS} validators × ${DELEGATORS} delegators, daily epochs, payout batch ${BATCH} credits per block`);
const seedStart = performance.now();
while (seeded < delegations) await block();
console.log(`seeded ${delegations} delegations in ${chain.height()} blocks, ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

// Cross two boundaries in a few long blocks (one boundary per block at most), so that the epoch the
// delegations were seeded in is closed and its payout epoch begins, and reach its payout time (the
// default min_payout_delay, one epoch, after the close); then measure payout blocks.
const epochOf = () => (chain.time() - (chain.time() % EPOCH_SECONDS)) / EPOCH_SECONDS;
const payoutEpoch = epochOf() + 2n;
let closedAt = 0n;
while (epochOf() < payoutEpoch) {
  await block(EPOCH_SECONDS / 4n);
  if (closedAt === 0n && epochOf() === payoutEpoch - 1n) closedAt = chain.time();
}
if (chain.time() < closedAt + EPOCH_SECONDS) await block(closedAt + EPOCH_SECONDS - chain.time());
const blockTimes: { height: number; ms: number; payoutMs: number }[] = [];
for (let i = 0; i < MEASURED_BLOCKS; i++) {
  const before = timings.payout.length;
  const ms = await block();
  blockTimes.push({ height: chain.height(), ms, payoutMs: timings.payout[before]! });
}
const paying = blockTimes;
const sorted = paying.map((b) => b.payoutMs).sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
console.log(`epoch close (${VALIDATORS} validators): ${timings.close.map((t) => t.toFixed(1)).join(", ")} ms`);
const blocksPerEpoch = Math.ceil((delegations + VALIDATORS) / BATCH);
console.log(`payout: ${paying.length} blocks measured, distribution EndBlock p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
const slowest = paying.reduce((worst, b, i) => (b.payoutMs > paying[worst]!.payoutMs ? i : worst), 0);
console.log(`slowest payout block: #${slowest + 1} of the payout epoch (the first is the boundary block, on a cold cache)`);
console.log(`one epoch's payout takes ${blocksPerEpoch} blocks, ≈ ${((blocksPerEpoch * pct(50)) / 1000).toFixed(0)} s of payout work in all`);
const whole = paying.map((b) => b.ms).sort((a, b) => a - b);
const wholePct = (p: number) => whole[Math.min(whole.length - 1, Math.floor((p / 100) * whole.length))]!;
console.log(`whole FinalizeBlock during payout: p50 ${wholePct(50).toFixed(1)} / p99 ${wholePct(99).toFixed(1)} / max ${whole.at(-1)!.toFixed(1)} ms, ${whole.filter((ms) => ms > 100).length} over 100 ms`);
console.log(`heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
await chain.close();
