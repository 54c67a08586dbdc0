// npm run bench:validators — what dormant validators cost every block, in process: 21 genesis
// validators, then BENCH_DORMANT validators created through the staking keeper (1 uais each, as an
// attacker paying one fee per validator would leave them; half of them jailed), then empty blocks.
// Staking's EndBlock must not visit them: the aim is an empty block as cheap as with none, and an
// epoch boundary's election as cheap as with none.
import { cpus, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { aisModules } from "../chain/app/ais.js";
import type { AppModule } from "../chain/app/module.js";
import { operatorString } from "../chain/modules/staking/keeper.js";
import { sha256 } from "../chain/store/hash.js";
import { accAddress } from "../chain/types/address.js";
import { testGenesis, testKeys, testValidator } from "../test/helpers/chain.js";
import { startBenchChain } from "./chain.js";

const DORMANT = Number(process.env.BENCH_DORMANT ?? 20_000);
const SEED_PER_BLOCK = 5_000;
const EPOCH_SECONDS = 600n;

const genesis = testGenesis(Array.from({ length: 21 }, (_, i) => testValidator(`v${i}`)));
genesis.app_state.epochs = { params: { epoch_duration: `${EPOCH_SECONDS}s` } };

let seeded = 0;
const seeder = (keepers: ReturnType<typeof aisModules>): AppModule[] => [
  {
    name: "bench-seed",
    storeNames: [],
    beginBlock(ctx) {
      if (ctx.header.height < 2) return;
      const { bank, staking } = keepers;
      const holder = accAddress(testKeys.institutions.address);
      for (let n = 0; n < SEED_PER_BLOCK && seeded < DORMANT; n++, seeded++) {
        const operator = sha256(new TextEncoder().encode(`dormant ${seeded}`)).slice(0, 20);
        bank.keeper.send(ctx, holder, operator, [{ denom: "uais", amount: 1n }]);
        const validator = {
          operatorAddress: operatorString(operator),
          consensusPubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: sha256(operator) }).finish() },
          jailed: seeded % 2 === 1,
          status: BondStatus.BOND_STATUS_UNBONDED,
          tokens: "0",
          delegatorShares: "0",
          description: { moniker: `dormant${seeded}`, identity: "", website: "", securityContact: "", details: "" },
          unbondingHeight: 0n,
          unbondingTime: { seconds: 0n, nanos: 0 },
          commission: { commissionRates: { rate: "0", maxRate: "0", maxChangeRate: "0" }, updateTime: ctx.header.time },
          minSelfDelegation: "1",
          unbondingOnHoldRefCount: 0n,
          unbondingIds: [],
        };
        staking.keeper.setValidator(ctx, validator);
        staking.keeper.delegate(ctx, operator, validator, 1n);
      }
    },
  },
];

const chain = startBenchChain("validators", genesis.app_state, { seedModules: seeder });
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(`setup: 21 genesis validators and ${DORMANT} dormant ones (1 uais each, half jailed), ${EPOCH_SECONDS}s epochs`);
await chain.block();
while (seeded < DORMANT) await chain.block();
const quiet: number[] = [];
for (let i = 0; i < 30; i++) quiet.push(await chain.block());
quiet.sort((a, b) => a - b);
// The next block at or after the boundary elects.
const toBoundary = EPOCH_SECONDS - (chain.time() % EPOCH_SECONDS);
const start = performance.now();
const election = await chain.block(toBoundary);
console.log(`an empty block: p50 ${quiet[15]!.toFixed(1)} ms, max ${quiet[29]!.toFixed(1)} ms`);
console.log(`the epoch boundary block (an election): FinalizeBlock ${election.toFixed(1)} ms (with commit ${(performance.now() - start).toFixed(0)} ms)`);
console.log(`heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
await chain.close();
