// npm run bench:gov — what a vote costs, in process: BENCH_VOTERS holders (each with liquid AIS and
// a delegation), all voting on one community proposal and one parameter proposal that end in the
// same block. Reported: the blocks that cast the votes (BENCH_SEED_PER_BLOCK new voters each, every
// one funded, delegating and voting twice), ordinary blocks during the vote, the block that ends
// both votes (its EndBlock tallies them, as the SDK's does), and the blocks after it that delete the
// finished proposals' vote records a batch at a time.
import { cpus, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryProposalRequest, QueryProposalResponse, QueryTallyResultRequest } from "cosmjs-types/cosmos/gov/v1/query";
import { MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { MsgUpdateParams as EpochsUpdateParams } from "../codegen/ais/epochs/v1/tx.js";
import type { aisModules } from "../chain/app/ais.js";
import type { Context } from "../chain/app/context.js";
import type { AppModule } from "../chain/app/module.js";
import { GOV_AUTHORITY } from "../chain/modules/authority.js";
import { sha256 } from "../chain/store/hash.js";
import { accAddress, accString } from "../chain/types/address.js";
import { testGenesis, testKeys, testValidator } from "../test/helpers/chain.js";
import { startBenchChain } from "./chain.js";

const VOTERS = Number(process.env.BENCH_VOTERS ?? 10_000);
const SEED_PER_BLOCK = Number(process.env.BENCH_SEED_PER_BLOCK ?? 2_000);
const VALIDATORS = 21;
// Long enough for every voter to vote in 5-second blocks.
const VOTING_SECONDS = BigInt(Math.max(3_600, 10 * Math.ceil(VOTERS / SEED_PER_BLOCK) + 600));

const validators = Array.from({ length: VALIDATORS }, (_, i) => testValidator(`v${i}`));
const genesis = testGenesis(validators);
Object.assign((genesis.app_state.gov as { params: object }).params, { voting_period: `${VOTING_SECONDS}s`, expedited_voting_period: "600s" });
const voter = (i: number) => sha256(new TextEncoder().encode(`voter ${i}`)).slice(0, 20);

let seeded = 0;
let voted = 0;
let ids: bigint[] = [];
let tallyMs = 0;
const seeder = (keepers: ReturnType<typeof aisModules>): AppModule[] => {
  const { gov } = keepers;
  const endBlock = gov.endBlock!.bind(gov);
  gov.endBlock = (ctx) => {
    const start = performance.now();
    endBlock(ctx);
    tallyMs = performance.now() - start;
  };
  const route = (typeUrl: string) => gov.msgs!.find((r) => r.typeUrl === typeUrl)!;
  const submit = (ctx: Context, messages: { typeUrl: string; value: Uint8Array }[]) => {
    const msg = MsgSubmitProposal.fromPartial({ messages, initialDeposit: [{ denom: "uais", amount: "1000000000" }], proposer: testKeys.institutions.address, title: "bench", summary: "bench", metadata: "ipfs://bench" });
    route("/cosmos.gov.v1.MsgSubmitProposal").handle(ctx, msg);
  };
  const epochs = { typeUrl: "/ais.epochs.v1.MsgUpdateParams", value: EpochsUpdateParams.encode({ authority: GOV_AUTHORITY, params: { epochDuration: { seconds: 3_600n, nanos: 0 } } }).finish() };
  return [
    {
      name: "bench-seed",
      storeNames: [],
      beginBlock(ctx) {
        const { bank, staking } = keepers;
        const holder = accAddress(testKeys.institutions.address);
        if (ctx.header.height < 2) return;
        if (ids.length === 0) {
          submit(ctx, []);
          submit(ctx, [epochs]);
          ids = [1n, 2n];
        }
        const operators = staking.keeper.allValidators(ctx);
        for (let n = 0; n < SEED_PER_BLOCK && seeded < VOTERS; n++, seeded++) {
          const address = voter(seeded);
          bank.keeper.send(ctx, holder, address, [{ denom: "uais", amount: 3_000_000n }]);
          staking.keeper.delegate(ctx, address, staking.keeper.validator(ctx, operators[seeded % VALIDATORS]!.operatorAddress)!, 1_000_000n);
        }
        for (let n = 0; n < SEED_PER_BLOCK && voted < seeded; n++, voted++) {
          for (const proposalId of ids) {
            route("/cosmos.gov.v1.MsgVote").handle(ctx, MsgVote.fromPartial({ proposalId, voter: accString(voter(voted)), option: voted % 3 === 0 ? VoteOption.VOTE_OPTION_NO : VoteOption.VOTE_OPTION_YES }));
          }
        }
      },
    },
  ];
};

/** p50, p99 and max of block times, and how many exceeded 100 ms. */
function spread(times: readonly number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]!, over100: sorted.filter((t) => t > 100).length, n: sorted.length };
}

function describe(times: readonly number[]): string {
  const s = spread(times);
  return `${s.n} blocks, p50 ${s.p50.toFixed(1)} / p99 ${s.p99.toFixed(1)} / max ${s.max.toFixed(1)} ms, ${s.over100} over 100 ms`;
}

const chain = startBenchChain("gov", genesis.app_state, { seedModules: seeder });
const block = (seconds?: bigint) => chain.block(seconds);

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(`setup: ${VOTERS} voters (liquid AIS and a delegation each) on a community and a parameter proposal, ${VALIDATORS} validators`);
const casting: number[] = [];
while (voted < VOTERS) {
  const before = voted;
  const ms = await block();
  if (voted > before) casting.push(ms);
}
const castingPerVote = (spread(casting).p50 * 1000) / (2 * SEED_PER_BLOCK);
console.log(`blocks casting votes (${SEED_PER_BLOCK} new voters, ${2 * SEED_PER_BLOCK} votes each): ${describe(casting)}; ≈ ${castingPerVote.toFixed(0)} µs per vote with its send and delegation`);
const quiet: number[] = [];
for (let i = 0; i < 20; i++) quiet.push(await block());
quiet.sort((a, b) => a - b);
console.log(`an ordinary block during the vote: p50 ${quiet[10]!.toFixed(1)} ms, max ${quiet[19]!.toFixed(1)} ms (gov EndBlock ${tallyMs.toFixed(2)} ms)`);
for (const proposalId of ids) {
  const start = performance.now();
  chain.app.query({ path: "/cosmos.gov.v1.Query/TallyResult", data: QueryTallyResultRequest.encode({ proposalId }).finish(), height: 0n, prove: false });
  console.log(`TallyResult query, proposal ${proposalId}: ${(performance.now() - start).toFixed(1)} ms`);
}
const ending = await block(VOTING_SECONDS);
const endingTallyMs = tallyMs;
for (const proposalId of ids) {
  const response = chain.app.query({ path: "/cosmos.gov.v1.Query/Proposal", data: QueryProposalRequest.encode({ proposalId }).finish(), height: 0n, prove: false });
  const { proposal } = QueryProposalResponse.decode(response.value);
  const t = proposal!.finalTallyResult!;
  console.log(`proposal ${proposalId}: ${ProposalStatus[proposal!.status]}, yes ${t.yesCount}, no ${t.noCount}`);
}
console.log(`the block that ends both votes: FinalizeBlock ${ending.toFixed(1)} ms, of which gov EndBlock (two tallies, deposits, execution) ${endingTallyMs.toFixed(1)} ms`);
// The finished proposals' vote records go a batch per block: until a block's gov EndBlock is idle.
const pruning: number[] = [];
const pruneGovMs: number[] = [];
for (;;) {
  const ms = await block();
  if (tallyMs < 0.5 && pruning.length > 0) break;
  pruning.push(ms);
  pruneGovMs.push(tallyMs);
  if (pruning.length > 100_000) break;
}
console.log(`blocks deleting the votes: ${describe(pruning)}; their gov EndBlock: ${describe(pruneGovMs)}`);
console.log(`heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
await chain.close();
