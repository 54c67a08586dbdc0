// Liveness (x/slashing keeper/infractions.go): every vote of the last commit moves the validator's
// window; an ABSENT vote is a miss (NIL counts as signed). Above the withhold threshold the
// validator's rewards of the epoch go to the others; above the jail threshold, once a full window
// has been observed, it is slashed, jailed and its unpaid rewards forfeited.
import type { VoteInfo } from "cosmjs-types/tendermint/abci/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import type { Context } from "../../app/context.js";
import { ONE } from "../../types/dec.js";
import { consensusAddressString } from "../../types/address.js";
import type { SlashingDistribution, SlashingStaking } from "./expected.js";
import type { SlashingKeeper } from "./keeper.js";
import { fraction } from "./params.js";

/** Blocks between a height and the one whose validator set signed it (CometBFT's ValidatorUpdateDelay + 1). */
const SIGNING_SET_DELAY = 2n;

export function handleVote(ctx: Context, keeper: SlashingKeeper, staking: SlashingStaking, distribution: SlashingDistribution, vote: VoteInfo): void {
  const address = vote.validator.address;
  const validator = staking.validatorByConsensusAddress(ctx, address);
  // A validator removed from the set still appears in the next two commits; jailed ones are not judged.
  if (validator === undefined || validator.jailed) return;
  const params = keeper.params(ctx);
  const height = BigInt(ctx.header.height);
  keeper.resetStaleWindow(ctx, address);
  const info = keeper.signingInfo(ctx, address) ?? {
    address: consensusAddressString(address),
    startHeight: height,
    indexOffset: 0n,
    jailedUntil: { seconds: 0n, nanos: 0 },
    tombstoned: false,
    missedBlocksCounter: 0n,
  };
  const window = params.signedBlocksWindow;
  const index = info.indexOffset % window;
  const missed = vote.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_ABSENT;
  const wasMissed = keeper.missed(ctx, address, index);
  let counter = info.missedBlocksCounter;
  if (missed !== wasMissed) {
    keeper.setMissed(ctx, address, index, missed);
    counter += missed ? 1n : -1n;
  }
  if (missed) ctx.events.emit("liveness", { address: info.address, missed_blocks: counter.toString(), height: height.toString() });

  const above = (threshold: bigint) => counter * ONE > threshold * window;
  if (above(fraction(params, "rewardWithholdThreshold"))) distribution.withholdRewards(ctx, validator.operatorAddress);

  if (height > info.startHeight + window && above(fraction(params, "downtimeJailThreshold"))) {
    distribution.forfeitRewards(ctx, validator.operatorAddress, fraction(params, "slashFractionDowntime"));
    const slashed = staking.slash(ctx, {
      validator,
      infractionHeight: height - SIGNING_SET_DELAY,
      power: vote.validator.power,
      fraction: fraction(params, "slashFractionDowntime"),
      recipient: distribution.moduleName,
    });
    distribution.receiveSlashed(ctx, slashed);
    staking.jail(ctx, validator.operatorAddress, "missing_signature");
    const time = ctx.header.time;
    keeper.clearMissed(ctx, address);
    keeper.setSigningInfo(ctx, address, {
      ...info,
      startHeight: height,
      indexOffset: 0n,
      missedBlocksCounter: 0n,
      jailedUntil: { seconds: time.seconds + params.downtimeJailDuration!.seconds, nanos: time.nanos },
    });
    return;
  }
  keeper.setSigningInfo(ctx, address, { ...info, indexOffset: info.indexOffset + 1n, missedBlocksCounter: counter });
}
