// HistoricalInfo (x/staking TrackHistoricalInfo): each block's header and bonded set, kept for
// `historical_entries` heights. IBC reads it to prove this chain's own consensus states.
import { HistoricalInfo, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { BlockInfo } from "../../app/block.js";
import type { Context } from "../../app/context.js";
import { be64, compareBytes, concat } from "../../store/encoding.js";
import { STORE_NAME, consensusPower, operatorBytes, type StakingKeeper } from "./keeper.js";

/** 0x50 ‖ be64(height) → HistoricalInfo. */
export const HISTORICAL_INFO_PREFIX = Uint8Array.of(0x50);

export function trackHistoricalInfo(ctx: Context, keeper: StakingKeeper, block: BlockInfo): void {
  const entries = BigInt(keeper.params(ctx).historicalEntries);
  const height = BigInt(ctx.header.height);
  const store = ctx.kv(STORE_NAME);
  // Entries may shrink by governance: drop everything now out of range (stops at the first gap).
  for (let h = height - entries; h > 0n; h--) {
    const key = concat(HISTORICAL_INFO_PREFIX, be64(h));
    if (!store.has(key)) break;
    store.delete(key);
  }
  if (entries === 0n) return;
  const info: HistoricalInfo = {
    header: {
      version: { block: 11n, app: 0n },
      chainId: ctx.header.chainId,
      height,
      time: ctx.header.time,
      lastBlockId: { hash: new Uint8Array(0), partSetHeader: { total: 0, hash: new Uint8Array(0) } },
      lastCommitHash: new Uint8Array(0),
      dataHash: new Uint8Array(0),
      validatorsHash: new Uint8Array(0),
      nextValidatorsHash: block.nextValidatorsHash,
      consensusHash: new Uint8Array(0),
      appHash: block.lastAppHash,
      lastResultsHash: new Uint8Array(0),
      evidenceHash: new Uint8Array(0),
      proposerAddress: ctx.header.proposerAddress,
    },
    valset: bondedSet(ctx, keeper),
  };
  store.set(concat(HISTORICAL_INFO_PREFIX, be64(height)), HistoricalInfo.encode(info).finish());
}

export function historicalInfo(ctx: Context, height: bigint): HistoricalInfo | undefined {
  const bytes = ctx.kv(STORE_NAME).get(concat(HISTORICAL_INFO_PREFIX, be64(height)));
  return bytes === undefined ? undefined : HistoricalInfo.decode(bytes);
}

/** The validators CometBFT has now, by power (descending), then operator address. */
function bondedSet(ctx: Context, keeper: StakingKeeper): Validator[] {
  return keeper
    .activeValidators(ctx)
    .map(({ operator }) => keeper.validator(ctx, operator)!)
    .sort((a, b) => {
      const [pa, pb] = [consensusPower(BigInt(a.tokens)), consensusPower(BigInt(b.tokens))];
      return pa !== pb ? (pa > pb ? -1 : 1) : compareBytes(operatorBytes(a.operatorAddress), operatorBytes(b.operatorAddress));
    });
}
