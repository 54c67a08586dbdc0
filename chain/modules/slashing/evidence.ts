// Double signing (cosmos-sdk x/evidence keeper/infraction.go, with AIS's whistleblower reward):
// evidence comes from CometBFT (FinalizeBlock misbehavior) or from any account that submits two
// conflicting signed votes. The first proof of an offence slashes at the infraction's power, jails
// and tombstones the validator for good, and forfeits every unpaid reward of it and its delegators.
import { BondStatus, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MisbehaviorType, type Misbehavior } from "cosmjs-types/tendermint/abci/types";
import type { EvidenceParams } from "cosmjs-types/tendermint/types/params";
import type { Vote } from "../../../codegen/tendermint/types/types.js";
import type { BlockTime, Context } from "../../app/context.js";
import { SignedMsgType, validatorAddress as consensusAddressOf, verifyEd25519, voteSignBytes } from "../../crypto/cometbft.js";
import { bytesEqual, toHex } from "../../store/encoding.js";
import { consensusAddressString } from "../../types/address.js";
import { consensusKeyOf } from "../staking/keeper.js";
import { slashingErrors } from "./errors.js";
import type { SlashingConsensus, SlashingDistribution, SlashingStaking } from "./expected.js";
import { DOUBLE_SIGN_JAIL_END, type SlashingKeeper } from "./keeper.js";
import { fraction } from "./params.js";

export interface SlashingDeps {
  keeper: SlashingKeeper;
  staking: SlashingStaking;
  distribution: SlashingDistribution;
  consensus: SlashingConsensus;
}

export interface Offence {
  consensusAddress: Uint8Array;
  height: bigint;
  /** The offending block's time; undefined when the chain no longer knows it (never the offender's say). */
  time: BlockTime | undefined;
  power: bigint;
}

const nanosOf = (t: { seconds: bigint; nanos: number }) => t.seconds * 1_000_000_000n + BigInt(t.nanos);

/**
 * CometBFT's rule: evidence is too old only when both its age in blocks and in time exceed the
 * limits. Within max_age_num_blocks the height decides alone; past it, an unknown block time counts
 * as too old. Staking keeps the headers of at least max_age_num_blocks heights (evidence-age.ts),
 * so that happens only where the height already exceeds the limit: the rule then never slashes for
 * an offence the full rule would call expired, and never leans on times the offender signed.
 */
function expired(ctx: Context, evidence: EvidenceParams, offence: Offence): boolean {
  if (BigInt(ctx.header.height) - offence.height <= evidence.maxAgeNumBlocks) return false;
  if (offence.time === undefined) return true;
  return nanosOf(ctx.header.time) - nanosOf(offence.time) > nanosOf(evidence.maxAgeDuration ?? { seconds: 0n, nanos: 0 });
}

/** Why an offence cannot be punished, or undefined when it can. */
export function offenceRejection(ctx: Context, deps: SlashingDeps, offence: Offence): { reason: string; validator?: Validator } {
  const validator = deps.staking.validatorByConsensusAddress(ctx, offence.consensusAddress);
  if (validator === undefined) return { reason: "unknown validator" };
  const evidence = deps.consensus.evidenceParams(ctx);
  if (evidence !== undefined && expired(ctx, evidence, offence)) return { reason: "expired", validator };
  if (deps.keeper.signingInfo(ctx, offence.consensusAddress)?.tombstoned === true) return { reason: "tombstoned", validator };
  // As the SDK's evidence keeper: once unbonded, the validator's stake is no longer at risk (and
  // staking refuses to slash it) — possible when unbonding_time is shorter than the evidence age.
  if (validator.status === BondStatus.BOND_STATUS_UNBONDED) return { reason: "the validator has finished unbonding", validator };
  return { reason: "", validator };
}

/**
 * Punishes a proven double sign; returns the tokens slashed and the whistleblower's reward.
 * The caller has checked `offenceRejection`.
 */
export function punishDoubleSign(
  ctx: Context,
  deps: SlashingDeps,
  validator: Validator,
  offence: Offence,
  whistleblower?: Uint8Array,
): { slashed: bigint; reward: bigint } {
  const params = deps.keeper.params(ctx);
  deps.distribution.forfeitRewards(ctx, validator.operatorAddress, fraction(params, "slashFractionDoubleSign"));
  const slashed = deps.staking.slash(ctx, {
    validator,
    // The stake that signed the offending block was set one block earlier (ValidatorUpdateDelay).
    infractionHeight: offence.height > 1n ? offence.height - 1n : offence.height,
    power: offence.power,
    fraction: fraction(params, "slashFractionDoubleSign"),
    recipient: deps.distribution.moduleName,
  });
  const reward = deps.distribution.receiveSlashed(
    ctx,
    slashed,
    whistleblower === undefined ? undefined : { address: whistleblower, fraction: fraction(params, "whistleblowerRewardFraction") },
  );
  deps.staking.jail(ctx, validator.operatorAddress, "double_sign");
  const info = deps.keeper.signingInfo(ctx, offence.consensusAddress) ?? {
    address: consensusAddressString(offence.consensusAddress),
    startHeight: BigInt(ctx.header.height),
    indexOffset: 0n,
    missedBlocksCounter: 0n,
    tombstoned: false,
    jailedUntil: DOUBLE_SIGN_JAIL_END,
  };
  deps.keeper.setSigningInfo(ctx, offence.consensusAddress, { ...info, tombstoned: true, jailedUntil: DOUBLE_SIGN_JAIL_END });
  ctx.events.emit("double_sign", {
    validator: validator.operatorAddress,
    consensus_address: info.address,
    infraction_height: offence.height.toString(),
    slashed: slashed.toString(),
    whistleblower_reward: reward.toString(),
  });
  return { slashed, reward };
}

/**
 * BeginBlock: CometBFT's evidence, whose time CometBFT checked against its own block at that height.
 * Invalid, stale or repeated evidence is logged and ignored.
 */
export function handleMisbehavior(ctx: Context, deps: SlashingDeps, misbehavior: Misbehavior): void {
  if (misbehavior.type !== MisbehaviorType.DUPLICATE_VOTE && misbehavior.type !== MisbehaviorType.LIGHT_CLIENT_ATTACK) return;
  const offence: Offence = {
    consensusAddress: misbehavior.validator.address,
    height: misbehavior.height,
    time: misbehavior.time === undefined ? undefined : { seconds: misbehavior.time.seconds, nanos: misbehavior.time.nanos },
    power: misbehavior.validator.power,
  };
  const { reason, validator } = offenceRejection(ctx, deps, offence);
  if (reason !== "" || validator === undefined) {
    ctx.logger.info("ignored misbehaviour", { validator: toHex(offence.consensusAddress), height: offence.height.toString(), reason });
    return;
  }
  punishDoubleSign(ctx, deps, validator, offence);
}

/** Checks a MsgSubmitMisbehaviour's two votes statelessly: one validator, one height/round/type, two blocks. */
export function validateConflictingVotes(a: Vote | undefined, b: Vote | undefined): void {
  if (a === undefined || b === undefined) throw slashingErrors.invalidMisbehaviour.wrap("two votes are required");
  for (const vote of [a, b]) {
    if ((vote.type as number) !== SignedMsgType.Prevote && (vote.type as number) !== SignedMsgType.Precommit) throw slashingErrors.invalidMisbehaviour.wrap("votes must be prevotes or precommits");
    if (vote.height <= 0n || vote.round < 0) throw slashingErrors.invalidMisbehaviour.wrap("invalid vote height or round");
    if (vote.validatorAddress.length !== 20) throw slashingErrors.invalidMisbehaviour.wrap("validator addresses have 20 bytes");
    if (vote.signature.length !== 64) throw slashingErrors.invalidMisbehaviour.wrap("ed25519 signatures have 64 bytes");
  }
  if (!bytesEqual(a.validatorAddress, b.validatorAddress)) throw slashingErrors.invalidMisbehaviour.wrap("votes are from different validators");
  if (a.height !== b.height || a.round !== b.round || a.type !== b.type) throw slashingErrors.invalidMisbehaviour.wrap("votes differ in height, round or type");
  if (bytesEqual(a.blockId?.hash ?? new Uint8Array(0), b.blockId?.hash ?? new Uint8Array(0))) {
    throw slashingErrors.invalidMisbehaviour.wrap("votes are for the same block");
  }
}

/**
 * Gas for checking one vote signature: an ed25519 verification with its key import takes ~0.5 ms
 * here (bench:block), some 50 times a store read's time, and a proposer can fill a block with
 * forged reports that fail only after both checks, so the check is charged before it runs.
 */
export const VOTE_SIGNATURE_GAS = 50_000;

/** Verifies both signatures against the validator's consensus key; returns the offence they prove. */
export function verifyConflictingVotes(ctx: Context, deps: SlashingDeps, a: Vote, b: Vote): { validator: Validator; offence: Offence } {
  const validator = deps.staking.validatorByConsensusAddress(ctx, a.validatorAddress);
  if (validator === undefined) throw slashingErrors.noValidatorForAddress.error();
  const key = consensusKeyOf(validator);
  if (!bytesEqual(consensusAddressOf(key), a.validatorAddress)) throw slashingErrors.invalidMisbehaviour.wrap("validator address does not match its key");
  for (const vote of [a, b]) {
    const bytes = voteSignBytes(
      { type: vote.type as number, height: vote.height, round: BigInt(vote.round), blockId: vote.blockId, timestamp: vote.timestamp },
      ctx.header.chainId,
    );
    ctx.gasMeter.consume(VOTE_SIGNATURE_GAS, "misbehaviour: vote signature");
    if (!verifyEd25519(vote.signature, bytes, key)) throw slashingErrors.invalidVoteSignature.error();
  }
  if (a.height >= BigInt(ctx.header.height)) throw slashingErrors.invalidMisbehaviour.wrap("votes must be for a past height");
  const power = deps.staking.powerAt(ctx, a.validatorAddress, a.height);
  if (power === 0n) throw slashingErrors.invalidMisbehaviour.wrap(`the validator was not in the set at height ${a.height}`);
  // The offence's time is its block's, while HistoricalInfo keeps it; the vote timestamps are the
  // offender's to choose and never stand in for it (expired() judges an unknown time).
  return { validator, offence: { consensusAddress: a.validatorAddress, height: a.height, time: deps.staking.blockTime(ctx, a.height), power } };
}
