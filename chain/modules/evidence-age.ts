// What staking must keep for as long as CometBFT's consensus params let evidence of a double sign
// arrive (evidence.max_age_num_blocks, max_age_duration): the headers the evidence is aged by
// (HistoricalInfo, `historical_entries` heights) and the stake it slashes (`unbonding_time`; the
// SDK requires unbonding_time ≥ max_age_duration). The params of two modules: staking checks it when
// its params are set (genesis, MsgUpdateParams) and consensus when its own change.
import type { Duration } from "cosmjs-types/google/protobuf/duration";
import type { EvidenceParams } from "cosmjs-types/tendermint/types/params";

/** What staking keeps for evidence. */
export interface EvidenceRetention {
  historicalEntries: number;
  unbondingTime: Duration;
}

const nanosOf = (d: Duration) => d.seconds * 1_000_000_000n + BigInt(d.nanos);
const text = (d: Duration) => `${d.seconds}${d.nanos === 0 ? "" : `.${String(d.nanos).padStart(9, "0")}`}s`;

/** Throws when evidence CometBFT still accepts could find its header pruned or its stake gone. */
export function checkEvidenceRetention(retention: EvidenceRetention, evidence: EvidenceParams | undefined): void {
  if (evidence === undefined) return;
  if (BigInt(retention.historicalEntries) < evidence.maxAgeNumBlocks) {
    throw new Error(
      `historical_entries (${retention.historicalEntries}) must be at least the evidence max_age_num_blocks (${evidence.maxAgeNumBlocks}): older evidence could not be aged by its block's time`,
    );
  }
  const maxAge = evidence.maxAgeDuration ?? { seconds: 0n, nanos: 0 };
  if (nanosOf(retention.unbondingTime) < nanosOf(maxAge)) {
    throw new Error(
      `unbonding_time (${text(retention.unbondingTime)}) must be at least the evidence max_age_duration (${text(maxAge)}): stake could leave before evidence against it expires`,
    );
  }
}
