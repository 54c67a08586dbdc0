//@ts-nocheck
import { Duration, DurationAmino, DurationSDKType } from "../../../google/protobuf/duration.js";
import { Timestamp, TimestampSDKType } from "../../../google/protobuf/timestamp.js";
import { BinaryReader, BinaryWriter } from "../../../binary.js";
import { isSet, fromJsonTimestamp, fromTimestamp } from "../../../helpers.js";
import { JsonSafe } from "../../../json-safe.js";
/** Params of the N+2 reward distribution. Fractions are 18-decimal fixed point (LegacyDec). */
export interface Params {
  /** Share of each validator's epoch rewards paid to the community pool. */
  communityTax: string;
  /**
   * At most this many payout credits (delegations looked at plus settled entries paid) per block, so
   * that a validator with many delegators never stalls a block.
   */
  payoutBatchSize: number;
  /**
   * Epoch N is paid no earlier than this long after the block that closed it, as well as no earlier
   * than the start of N+2: after a halt the epoch clock catches up one boundary per block, and the
   * epoch count alone would pay N a few blocks after it closed, leaving slashing evidence no time
   * to arrive. Whole seconds.
   */
  minPayoutDelay: Duration;
}
export interface ParamsProtoMsg {
  typeUrl: "/ais.distribution.v1.Params";
  value: Uint8Array;
}
/**
 * Params of the N+2 reward distribution. Fractions are 18-decimal fixed point (LegacyDec).
 * @name ParamsAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.Params
 */
export interface ParamsAmino {
  /**
   * Share of each validator's epoch rewards paid to the community pool.
   */
  community_tax?: string;
  /**
   * At most this many payout credits (delegations looked at plus settled entries paid) per block, so
   * that a validator with many delegators never stalls a block.
   */
  payout_batch_size?: number;
  /**
   * Epoch N is paid no earlier than this long after the block that closed it, as well as no earlier
   * than the start of N+2: after a halt the epoch clock catches up one boundary per block, and the
   * epoch count alone would pay N a few blocks after it closed, leaving slashing evidence no time
   * to arrive. Whole seconds.
   */
  min_payout_delay: DurationAmino;
}
export interface ParamsAminoMsg {
  type: "/ais.distribution.v1.Params";
  value: ParamsAmino;
}
/** Params of the N+2 reward distribution. Fractions are 18-decimal fixed point (LegacyDec). */
export interface ParamsSDKType {
  community_tax: string;
  payout_batch_size: number;
  min_payout_delay: DurationSDKType;
}
/**
 * A validator's rewards for one closed epoch, held in custody (the distribution module account)
 * until its payout epoch, then paid: commission to the operator, the rest to the delegators as they
 * stood at the end of the epoch, pro rata to their shares.
 */
export interface CustodyRecord {
  validatorAddress: string;
  /** The epoch whose fees these are. */
  epoch: bigint;
  /** The epoch from whose start payout may begin (epoch + 2). */
  payoutEpoch: bigint;
  commission: string;
  commissionPaid: boolean;
  /** Rewards of the delegators, and the validator's total delegator shares at the end of the epoch. */
  delegatorRewards: string;
  delegatorShares: string;
  delegatorPaid: string;
  /** Set when the validator was slashed before payout: what was unpaid went to the other validators. */
  forfeited: boolean;
  /**
   * The earliest block time of payout: the time of the block that closed the epoch plus
   * min_payout_delay as it was then.
   */
  payoutTime: Timestamp;
}
export interface CustodyRecordProtoMsg {
  typeUrl: "/ais.distribution.v1.CustodyRecord";
  value: Uint8Array;
}
/**
 * A validator's rewards for one closed epoch, held in custody (the distribution module account)
 * until its payout epoch, then paid: commission to the operator, the rest to the delegators as they
 * stood at the end of the epoch, pro rata to their shares.
 * @name CustodyRecordAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.CustodyRecord
 */
export interface CustodyRecordAmino {
  validator_address?: string;
  /**
   * The epoch whose fees these are.
   */
  epoch?: string;
  /**
   * The epoch from whose start payout may begin (epoch + 2).
   */
  payout_epoch?: string;
  commission?: string;
  commission_paid?: boolean;
  /**
   * Rewards of the delegators, and the validator's total delegator shares at the end of the epoch.
   */
  delegator_rewards?: string;
  delegator_shares?: string;
  delegator_paid?: string;
  /**
   * Set when the validator was slashed before payout: what was unpaid went to the other validators.
   */
  forfeited?: boolean;
  /**
   * The earliest block time of payout: the time of the block that closed the epoch plus
   * min_payout_delay as it was then.
   */
  payout_time: string;
}
export interface CustodyRecordAminoMsg {
  type: "/ais.distribution.v1.CustodyRecord";
  value: CustodyRecordAmino;
}
/**
 * A validator's rewards for one closed epoch, held in custody (the distribution module account)
 * until its payout epoch, then paid: commission to the operator, the rest to the delegators as they
 * stood at the end of the epoch, pro rata to their shares.
 */
export interface CustodyRecordSDKType {
  validator_address: string;
  epoch: bigint;
  payout_epoch: bigint;
  commission: string;
  commission_paid: boolean;
  delegator_rewards: string;
  delegator_shares: string;
  delegator_paid: string;
  forfeited: boolean;
  payout_time: TimestampSDKType;
}
/** Rewards a delegator has earned and not yet received, per validator and epoch. */
export interface PendingReward {
  validatorAddress: string;
  epoch: bigint;
  payoutEpoch: bigint;
  amount: string;
  /** Paid no earlier than this block time (and not before payout_epoch starts). */
  payoutTime: Timestamp;
}
export interface PendingRewardProtoMsg {
  typeUrl: "/ais.distribution.v1.PendingReward";
  value: Uint8Array;
}
/**
 * Rewards a delegator has earned and not yet received, per validator and epoch.
 * @name PendingRewardAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.PendingReward
 */
export interface PendingRewardAmino {
  validator_address?: string;
  epoch?: string;
  payout_epoch?: string;
  amount?: string;
  /**
   * Paid no earlier than this block time (and not before payout_epoch starts).
   */
  payout_time: string;
}
export interface PendingRewardAminoMsg {
  type: "/ais.distribution.v1.PendingReward";
  value: PendingRewardAmino;
}
/** Rewards a delegator has earned and not yet received, per validator and epoch. */
export interface PendingRewardSDKType {
  validator_address: string;
  epoch: bigint;
  payout_epoch: bigint;
  amount: string;
  payout_time: TimestampSDKType;
}
/** Running totals, in the bond denom, that the distribution invariant checks. */
export interface Totals {
  /** Fees moved from the fee collector into distribution. */
  feesCollected: string;
  /** Slashed stake received (whistleblower rewards paid from it count in paid_out). */
  slashedIn: string;
  /** Paid to delegators, operators, whistleblowers and community-pool spend recipients. */
  paidOut: string;
  /** Given to the community pool by other modules (governance's cancellation charges). */
  communityFunded: string;
}
export interface TotalsProtoMsg {
  typeUrl: "/ais.distribution.v1.Totals";
  value: Uint8Array;
}
/**
 * Running totals, in the bond denom, that the distribution invariant checks.
 * @name TotalsAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.Totals
 */
export interface TotalsAmino {
  /**
   * Fees moved from the fee collector into distribution.
   */
  fees_collected?: string;
  /**
   * Slashed stake received (whistleblower rewards paid from it count in paid_out).
   */
  slashed_in?: string;
  /**
   * Paid to delegators, operators, whistleblowers and community-pool spend recipients.
   */
  paid_out?: string;
  /**
   * Given to the community pool by other modules (governance's cancellation charges).
   */
  community_funded?: string;
}
export interface TotalsAminoMsg {
  type: "/ais.distribution.v1.Totals";
  value: TotalsAmino;
}
/** Running totals, in the bond denom, that the distribution invariant checks. */
export interface TotalsSDKType {
  fees_collected: string;
  slashed_in: string;
  paid_out: string;
  community_funded: string;
}
/** GenesisState of the distribution module. */
export interface GenesisState {
  params: Params;
}
export interface GenesisStateProtoMsg {
  typeUrl: "/ais.distribution.v1.GenesisState";
  value: Uint8Array;
}
/**
 * GenesisState of the distribution module.
 * @name GenesisStateAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.GenesisState
 */
export interface GenesisStateAmino {
  params: ParamsAmino;
}
export interface GenesisStateAminoMsg {
  type: "/ais.distribution.v1.GenesisState";
  value: GenesisStateAmino;
}
/** GenesisState of the distribution module. */
export interface GenesisStateSDKType {
  params: ParamsSDKType;
}
function createBaseParams(): Params {
  return {
    communityTax: "",
    payoutBatchSize: 0,
    minPayoutDelay: Duration.fromPartial({})
  };
}
export const Params = {
  typeUrl: "/ais.distribution.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.communityTax !== "") {
      writer.uint32(10).string(message.communityTax);
    }
    if (message.payoutBatchSize !== 0) {
      writer.uint32(16).uint32(message.payoutBatchSize);
    }
    if (message.minPayoutDelay !== undefined) {
      Duration.encode(message.minPayoutDelay, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Params {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.communityTax = reader.string();
          break;
        case 2:
          message.payoutBatchSize = reader.uint32();
          break;
        case 3:
          message.minPayoutDelay = Duration.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Params {
    return {
      communityTax: isSet(object.communityTax) ? String(object.communityTax) : "",
      payoutBatchSize: isSet(object.payoutBatchSize) ? Number(object.payoutBatchSize) : 0,
      minPayoutDelay: isSet(object.minPayoutDelay) ? Duration.fromJSON(object.minPayoutDelay) : undefined
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.communityTax !== undefined && (obj.communityTax = message.communityTax);
    message.payoutBatchSize !== undefined && (obj.payoutBatchSize = Math.round(message.payoutBatchSize));
    message.minPayoutDelay !== undefined && (obj.minPayoutDelay = message.minPayoutDelay ? Duration.toJSON(message.minPayoutDelay) : undefined);
    return obj;
  },
  fromPartial(object: Partial<Params>): Params {
    const message = createBaseParams();
    message.communityTax = object.communityTax ?? "";
    message.payoutBatchSize = object.payoutBatchSize ?? 0;
    message.minPayoutDelay = object.minPayoutDelay !== undefined && object.minPayoutDelay !== null ? Duration.fromPartial(object.minPayoutDelay) : undefined;
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    if (object.community_tax !== undefined && object.community_tax !== null) {
      message.communityTax = object.community_tax;
    }
    if (object.payout_batch_size !== undefined && object.payout_batch_size !== null) {
      message.payoutBatchSize = object.payout_batch_size;
    }
    if (object.min_payout_delay !== undefined && object.min_payout_delay !== null) {
      message.minPayoutDelay = Duration.fromAmino(object.min_payout_delay);
    }
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    obj.community_tax = message.communityTax === "" ? undefined : message.communityTax;
    obj.payout_batch_size = message.payoutBatchSize === 0 ? undefined : message.payoutBatchSize;
    obj.min_payout_delay = message.minPayoutDelay ? Duration.toAmino(message.minPayoutDelay) : Duration.toAmino(Duration.fromPartial({}));
    return obj;
  },
  fromAminoMsg(object: ParamsAminoMsg): Params {
    return Params.fromAmino(object.value);
  },
  fromProtoMsg(message: ParamsProtoMsg): Params {
    return Params.decode(message.value);
  },
  toProto(message: Params): Uint8Array {
    return Params.encode(message).finish();
  },
  toProtoMsg(message: Params): ParamsProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.Params",
      value: Params.encode(message).finish()
    };
  }
};
function createBaseCustodyRecord(): CustodyRecord {
  return {
    validatorAddress: "",
    epoch: BigInt(0),
    payoutEpoch: BigInt(0),
    commission: "",
    commissionPaid: false,
    delegatorRewards: "",
    delegatorShares: "",
    delegatorPaid: "",
    forfeited: false,
    payoutTime: Timestamp.fromPartial({})
  };
}
export const CustodyRecord = {
  typeUrl: "/ais.distribution.v1.CustodyRecord",
  encode(message: CustodyRecord, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validatorAddress !== "") {
      writer.uint32(10).string(message.validatorAddress);
    }
    if (message.epoch !== BigInt(0)) {
      writer.uint32(16).uint64(message.epoch);
    }
    if (message.payoutEpoch !== BigInt(0)) {
      writer.uint32(24).uint64(message.payoutEpoch);
    }
    if (message.commission !== "") {
      writer.uint32(34).string(message.commission);
    }
    if (message.commissionPaid === true) {
      writer.uint32(40).bool(message.commissionPaid);
    }
    if (message.delegatorRewards !== "") {
      writer.uint32(50).string(message.delegatorRewards);
    }
    if (message.delegatorShares !== "") {
      writer.uint32(58).string(message.delegatorShares);
    }
    if (message.delegatorPaid !== "") {
      writer.uint32(66).string(message.delegatorPaid);
    }
    if (message.forfeited === true) {
      writer.uint32(72).bool(message.forfeited);
    }
    if (message.payoutTime !== undefined) {
      Timestamp.encode(message.payoutTime, writer.uint32(82).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): CustodyRecord {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseCustodyRecord();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validatorAddress = reader.string();
          break;
        case 2:
          message.epoch = reader.uint64();
          break;
        case 3:
          message.payoutEpoch = reader.uint64();
          break;
        case 4:
          message.commission = reader.string();
          break;
        case 5:
          message.commissionPaid = reader.bool();
          break;
        case 6:
          message.delegatorRewards = reader.string();
          break;
        case 7:
          message.delegatorShares = reader.string();
          break;
        case 8:
          message.delegatorPaid = reader.string();
          break;
        case 9:
          message.forfeited = reader.bool();
          break;
        case 10:
          message.payoutTime = Timestamp.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): CustodyRecord {
    return {
      validatorAddress: isSet(object.validatorAddress) ? String(object.validatorAddress) : "",
      epoch: isSet(object.epoch) ? BigInt(object.epoch.toString()) : BigInt(0),
      payoutEpoch: isSet(object.payoutEpoch) ? BigInt(object.payoutEpoch.toString()) : BigInt(0),
      commission: isSet(object.commission) ? String(object.commission) : "",
      commissionPaid: isSet(object.commissionPaid) ? Boolean(object.commissionPaid) : false,
      delegatorRewards: isSet(object.delegatorRewards) ? String(object.delegatorRewards) : "",
      delegatorShares: isSet(object.delegatorShares) ? String(object.delegatorShares) : "",
      delegatorPaid: isSet(object.delegatorPaid) ? String(object.delegatorPaid) : "",
      forfeited: isSet(object.forfeited) ? Boolean(object.forfeited) : false,
      payoutTime: isSet(object.payoutTime) ? fromJsonTimestamp(object.payoutTime) : undefined
    };
  },
  toJSON(message: CustodyRecord): JsonSafe<CustodyRecord> {
    const obj: any = {};
    message.validatorAddress !== undefined && (obj.validatorAddress = message.validatorAddress);
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.payoutEpoch !== undefined && (obj.payoutEpoch = (message.payoutEpoch || BigInt(0)).toString());
    message.commission !== undefined && (obj.commission = message.commission);
    message.commissionPaid !== undefined && (obj.commissionPaid = message.commissionPaid);
    message.delegatorRewards !== undefined && (obj.delegatorRewards = message.delegatorRewards);
    message.delegatorShares !== undefined && (obj.delegatorShares = message.delegatorShares);
    message.delegatorPaid !== undefined && (obj.delegatorPaid = message.delegatorPaid);
    message.forfeited !== undefined && (obj.forfeited = message.forfeited);
    message.payoutTime !== undefined && (obj.payoutTime = fromTimestamp(message.payoutTime).toISOString());
    return obj;
  },
  fromPartial(object: Partial<CustodyRecord>): CustodyRecord {
    const message = createBaseCustodyRecord();
    message.validatorAddress = object.validatorAddress ?? "";
    message.epoch = object.epoch !== undefined && object.epoch !== null ? BigInt(object.epoch.toString()) : BigInt(0);
    message.payoutEpoch = object.payoutEpoch !== undefined && object.payoutEpoch !== null ? BigInt(object.payoutEpoch.toString()) : BigInt(0);
    message.commission = object.commission ?? "";
    message.commissionPaid = object.commissionPaid ?? false;
    message.delegatorRewards = object.delegatorRewards ?? "";
    message.delegatorShares = object.delegatorShares ?? "";
    message.delegatorPaid = object.delegatorPaid ?? "";
    message.forfeited = object.forfeited ?? false;
    message.payoutTime = object.payoutTime !== undefined && object.payoutTime !== null ? Timestamp.fromPartial(object.payoutTime) : undefined;
    return message;
  },
  fromAmino(object: CustodyRecordAmino): CustodyRecord {
    const message = createBaseCustodyRecord();
    if (object.validator_address !== undefined && object.validator_address !== null) {
      message.validatorAddress = object.validator_address;
    }
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch);
    }
    if (object.payout_epoch !== undefined && object.payout_epoch !== null) {
      message.payoutEpoch = BigInt(object.payout_epoch);
    }
    if (object.commission !== undefined && object.commission !== null) {
      message.commission = object.commission;
    }
    if (object.commission_paid !== undefined && object.commission_paid !== null) {
      message.commissionPaid = object.commission_paid;
    }
    if (object.delegator_rewards !== undefined && object.delegator_rewards !== null) {
      message.delegatorRewards = object.delegator_rewards;
    }
    if (object.delegator_shares !== undefined && object.delegator_shares !== null) {
      message.delegatorShares = object.delegator_shares;
    }
    if (object.delegator_paid !== undefined && object.delegator_paid !== null) {
      message.delegatorPaid = object.delegator_paid;
    }
    if (object.forfeited !== undefined && object.forfeited !== null) {
      message.forfeited = object.forfeited;
    }
    if (object.payout_time !== undefined && object.payout_time !== null) {
      message.payoutTime = Timestamp.fromAmino(object.payout_time);
    }
    return message;
  },
  toAmino(message: CustodyRecord): CustodyRecordAmino {
    const obj: any = {};
    obj.validator_address = message.validatorAddress === "" ? undefined : message.validatorAddress;
    obj.epoch = message.epoch !== BigInt(0) ? message.epoch?.toString() : undefined;
    obj.payout_epoch = message.payoutEpoch !== BigInt(0) ? message.payoutEpoch?.toString() : undefined;
    obj.commission = message.commission === "" ? undefined : message.commission;
    obj.commission_paid = message.commissionPaid === false ? undefined : message.commissionPaid;
    obj.delegator_rewards = message.delegatorRewards === "" ? undefined : message.delegatorRewards;
    obj.delegator_shares = message.delegatorShares === "" ? undefined : message.delegatorShares;
    obj.delegator_paid = message.delegatorPaid === "" ? undefined : message.delegatorPaid;
    obj.forfeited = message.forfeited === false ? undefined : message.forfeited;
    obj.payout_time = message.payoutTime ? Timestamp.toAmino(message.payoutTime) : Timestamp.toAmino(Timestamp.fromPartial({}));
    return obj;
  },
  fromAminoMsg(object: CustodyRecordAminoMsg): CustodyRecord {
    return CustodyRecord.fromAmino(object.value);
  },
  fromProtoMsg(message: CustodyRecordProtoMsg): CustodyRecord {
    return CustodyRecord.decode(message.value);
  },
  toProto(message: CustodyRecord): Uint8Array {
    return CustodyRecord.encode(message).finish();
  },
  toProtoMsg(message: CustodyRecord): CustodyRecordProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.CustodyRecord",
      value: CustodyRecord.encode(message).finish()
    };
  }
};
function createBasePendingReward(): PendingReward {
  return {
    validatorAddress: "",
    epoch: BigInt(0),
    payoutEpoch: BigInt(0),
    amount: "",
    payoutTime: Timestamp.fromPartial({})
  };
}
export const PendingReward = {
  typeUrl: "/ais.distribution.v1.PendingReward",
  encode(message: PendingReward, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validatorAddress !== "") {
      writer.uint32(10).string(message.validatorAddress);
    }
    if (message.epoch !== BigInt(0)) {
      writer.uint32(16).uint64(message.epoch);
    }
    if (message.payoutEpoch !== BigInt(0)) {
      writer.uint32(24).uint64(message.payoutEpoch);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
    }
    if (message.payoutTime !== undefined) {
      Timestamp.encode(message.payoutTime, writer.uint32(42).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PendingReward {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePendingReward();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validatorAddress = reader.string();
          break;
        case 2:
          message.epoch = reader.uint64();
          break;
        case 3:
          message.payoutEpoch = reader.uint64();
          break;
        case 4:
          message.amount = reader.string();
          break;
        case 5:
          message.payoutTime = Timestamp.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PendingReward {
    return {
      validatorAddress: isSet(object.validatorAddress) ? String(object.validatorAddress) : "",
      epoch: isSet(object.epoch) ? BigInt(object.epoch.toString()) : BigInt(0),
      payoutEpoch: isSet(object.payoutEpoch) ? BigInt(object.payoutEpoch.toString()) : BigInt(0),
      amount: isSet(object.amount) ? String(object.amount) : "",
      payoutTime: isSet(object.payoutTime) ? fromJsonTimestamp(object.payoutTime) : undefined
    };
  },
  toJSON(message: PendingReward): JsonSafe<PendingReward> {
    const obj: any = {};
    message.validatorAddress !== undefined && (obj.validatorAddress = message.validatorAddress);
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.payoutEpoch !== undefined && (obj.payoutEpoch = (message.payoutEpoch || BigInt(0)).toString());
    message.amount !== undefined && (obj.amount = message.amount);
    message.payoutTime !== undefined && (obj.payoutTime = fromTimestamp(message.payoutTime).toISOString());
    return obj;
  },
  fromPartial(object: Partial<PendingReward>): PendingReward {
    const message = createBasePendingReward();
    message.validatorAddress = object.validatorAddress ?? "";
    message.epoch = object.epoch !== undefined && object.epoch !== null ? BigInt(object.epoch.toString()) : BigInt(0);
    message.payoutEpoch = object.payoutEpoch !== undefined && object.payoutEpoch !== null ? BigInt(object.payoutEpoch.toString()) : BigInt(0);
    message.amount = object.amount ?? "";
    message.payoutTime = object.payoutTime !== undefined && object.payoutTime !== null ? Timestamp.fromPartial(object.payoutTime) : undefined;
    return message;
  },
  fromAmino(object: PendingRewardAmino): PendingReward {
    const message = createBasePendingReward();
    if (object.validator_address !== undefined && object.validator_address !== null) {
      message.validatorAddress = object.validator_address;
    }
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch);
    }
    if (object.payout_epoch !== undefined && object.payout_epoch !== null) {
      message.payoutEpoch = BigInt(object.payout_epoch);
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    if (object.payout_time !== undefined && object.payout_time !== null) {
      message.payoutTime = Timestamp.fromAmino(object.payout_time);
    }
    return message;
  },
  toAmino(message: PendingReward): PendingRewardAmino {
    const obj: any = {};
    obj.validator_address = message.validatorAddress === "" ? undefined : message.validatorAddress;
    obj.epoch = message.epoch !== BigInt(0) ? message.epoch?.toString() : undefined;
    obj.payout_epoch = message.payoutEpoch !== BigInt(0) ? message.payoutEpoch?.toString() : undefined;
    obj.amount = message.amount === "" ? undefined : message.amount;
    obj.payout_time = message.payoutTime ? Timestamp.toAmino(message.payoutTime) : Timestamp.toAmino(Timestamp.fromPartial({}));
    return obj;
  },
  fromAminoMsg(object: PendingRewardAminoMsg): PendingReward {
    return PendingReward.fromAmino(object.value);
  },
  fromProtoMsg(message: PendingRewardProtoMsg): PendingReward {
    return PendingReward.decode(message.value);
  },
  toProto(message: PendingReward): Uint8Array {
    return PendingReward.encode(message).finish();
  },
  toProtoMsg(message: PendingReward): PendingRewardProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.PendingReward",
      value: PendingReward.encode(message).finish()
    };
  }
};
function createBaseTotals(): Totals {
  return {
    feesCollected: "",
    slashedIn: "",
    paidOut: "",
    communityFunded: ""
  };
}
export const Totals = {
  typeUrl: "/ais.distribution.v1.Totals",
  encode(message: Totals, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.feesCollected !== "") {
      writer.uint32(10).string(message.feesCollected);
    }
    if (message.slashedIn !== "") {
      writer.uint32(18).string(message.slashedIn);
    }
    if (message.paidOut !== "") {
      writer.uint32(26).string(message.paidOut);
    }
    if (message.communityFunded !== "") {
      writer.uint32(34).string(message.communityFunded);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Totals {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseTotals();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.feesCollected = reader.string();
          break;
        case 2:
          message.slashedIn = reader.string();
          break;
        case 3:
          message.paidOut = reader.string();
          break;
        case 4:
          message.communityFunded = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Totals {
    return {
      feesCollected: isSet(object.feesCollected) ? String(object.feesCollected) : "",
      slashedIn: isSet(object.slashedIn) ? String(object.slashedIn) : "",
      paidOut: isSet(object.paidOut) ? String(object.paidOut) : "",
      communityFunded: isSet(object.communityFunded) ? String(object.communityFunded) : ""
    };
  },
  toJSON(message: Totals): JsonSafe<Totals> {
    const obj: any = {};
    message.feesCollected !== undefined && (obj.feesCollected = message.feesCollected);
    message.slashedIn !== undefined && (obj.slashedIn = message.slashedIn);
    message.paidOut !== undefined && (obj.paidOut = message.paidOut);
    message.communityFunded !== undefined && (obj.communityFunded = message.communityFunded);
    return obj;
  },
  fromPartial(object: Partial<Totals>): Totals {
    const message = createBaseTotals();
    message.feesCollected = object.feesCollected ?? "";
    message.slashedIn = object.slashedIn ?? "";
    message.paidOut = object.paidOut ?? "";
    message.communityFunded = object.communityFunded ?? "";
    return message;
  },
  fromAmino(object: TotalsAmino): Totals {
    const message = createBaseTotals();
    if (object.fees_collected !== undefined && object.fees_collected !== null) {
      message.feesCollected = object.fees_collected;
    }
    if (object.slashed_in !== undefined && object.slashed_in !== null) {
      message.slashedIn = object.slashed_in;
    }
    if (object.paid_out !== undefined && object.paid_out !== null) {
      message.paidOut = object.paid_out;
    }
    if (object.community_funded !== undefined && object.community_funded !== null) {
      message.communityFunded = object.community_funded;
    }
    return message;
  },
  toAmino(message: Totals): TotalsAmino {
    const obj: any = {};
    obj.fees_collected = message.feesCollected === "" ? undefined : message.feesCollected;
    obj.slashed_in = message.slashedIn === "" ? undefined : message.slashedIn;
    obj.paid_out = message.paidOut === "" ? undefined : message.paidOut;
    obj.community_funded = message.communityFunded === "" ? undefined : message.communityFunded;
    return obj;
  },
  fromAminoMsg(object: TotalsAminoMsg): Totals {
    return Totals.fromAmino(object.value);
  },
  fromProtoMsg(message: TotalsProtoMsg): Totals {
    return Totals.decode(message.value);
  },
  toProto(message: Totals): Uint8Array {
    return Totals.encode(message).finish();
  },
  toProtoMsg(message: Totals): TotalsProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.Totals",
      value: Totals.encode(message).finish()
    };
  }
};
function createBaseGenesisState(): GenesisState {
  return {
    params: Params.fromPartial({})
  };
}
export const GenesisState = {
  typeUrl: "/ais.distribution.v1.GenesisState",
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GenesisState {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGenesisState();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): GenesisState {
    return {
      params: isSet(object.params) ? Params.fromJSON(object.params) : undefined
    };
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial(object: Partial<GenesisState>): GenesisState {
    const message = createBaseGenesisState();
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    return message;
  },
  fromAmino(object: GenesisStateAmino): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    return message;
  },
  toAmino(message: GenesisState): GenesisStateAmino {
    const obj: any = {};
    obj.params = message.params ? Params.toAmino(message.params) : Params.toAmino(Params.fromPartial({}));
    return obj;
  },
  fromAminoMsg(object: GenesisStateAminoMsg): GenesisState {
    return GenesisState.fromAmino(object.value);
  },
  fromProtoMsg(message: GenesisStateProtoMsg): GenesisState {
    return GenesisState.decode(message.value);
  },
  toProto(message: GenesisState): Uint8Array {
    return GenesisState.encode(message).finish();
  },
  toProtoMsg(message: GenesisState): GenesisStateProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.GenesisState",
      value: GenesisState.encode(message).finish()
    };
  }
};