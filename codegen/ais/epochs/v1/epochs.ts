//@ts-nocheck
import { Duration, DurationAmino, DurationSDKType } from "../../../google/protobuf/duration.js";
import { Timestamp, TimestampSDKType } from "../../../google/protobuf/timestamp.js";
import { BinaryReader, BinaryWriter } from "../../../binary.js";
import { isSet, fromJsonTimestamp, fromTimestamp } from "../../../helpers.js";
import { JsonSafe } from "../../../json-safe.js";
/** Params of the epoch clock. */
export interface Params {
  /**
   * Length of an epoch in block time, whole seconds. Boundaries fall on multiples of it counted from
   * the Unix epoch, so the default of 86400s puts them at UTC midnight. A change applies from the
   * boundary after the one that ends the current epoch.
   */
  epochDuration: Duration;
}
export interface ParamsProtoMsg {
  typeUrl: "/ais.epochs.v1.Params";
  value: Uint8Array;
}
/**
 * Params of the epoch clock.
 * @name ParamsAmino
 * @package ais.epochs.v1
 * @see proto type: ais.epochs.v1.Params
 */
export interface ParamsAmino {
  /**
   * Length of an epoch in block time, whole seconds. Boundaries fall on multiples of it counted from
   * the Unix epoch, so the default of 86400s puts them at UTC midnight. A change applies from the
   * boundary after the one that ends the current epoch.
   */
  epoch_duration: DurationAmino;
}
export interface ParamsAminoMsg {
  type: "/ais.epochs.v1.Params";
  value: ParamsAmino;
}
/** Params of the epoch clock. */
export interface ParamsSDKType {
  epoch_duration: DurationSDKType;
}
/** EpochInfo describes the current epoch. */
export interface EpochInfo {
  /** 0 from genesis, increased by one at every boundary. */
  number: bigint;
  /** Block time of the boundary that started it (genesis time for epoch 0). */
  startTime: Timestamp;
  /** Height of the first block of the epoch. */
  startHeight: bigint;
  /** The first block with a time at or after this boundary starts the next epoch. */
  nextBoundary: Timestamp;
}
export interface EpochInfoProtoMsg {
  typeUrl: "/ais.epochs.v1.EpochInfo";
  value: Uint8Array;
}
/**
 * EpochInfo describes the current epoch.
 * @name EpochInfoAmino
 * @package ais.epochs.v1
 * @see proto type: ais.epochs.v1.EpochInfo
 */
export interface EpochInfoAmino {
  /**
   * 0 from genesis, increased by one at every boundary.
   */
  number?: string;
  /**
   * Block time of the boundary that started it (genesis time for epoch 0).
   */
  start_time: string;
  /**
   * Height of the first block of the epoch.
   */
  start_height?: string;
  /**
   * The first block with a time at or after this boundary starts the next epoch.
   */
  next_boundary: string;
}
export interface EpochInfoAminoMsg {
  type: "/ais.epochs.v1.EpochInfo";
  value: EpochInfoAmino;
}
/** EpochInfo describes the current epoch. */
export interface EpochInfoSDKType {
  number: bigint;
  start_time: TimestampSDKType;
  start_height: bigint;
  next_boundary: TimestampSDKType;
}
/** GenesisState of the epochs module. */
export interface GenesisState {
  params: Params;
}
export interface GenesisStateProtoMsg {
  typeUrl: "/ais.epochs.v1.GenesisState";
  value: Uint8Array;
}
/**
 * GenesisState of the epochs module.
 * @name GenesisStateAmino
 * @package ais.epochs.v1
 * @see proto type: ais.epochs.v1.GenesisState
 */
export interface GenesisStateAmino {
  params: ParamsAmino;
}
export interface GenesisStateAminoMsg {
  type: "/ais.epochs.v1.GenesisState";
  value: GenesisStateAmino;
}
/** GenesisState of the epochs module. */
export interface GenesisStateSDKType {
  params: ParamsSDKType;
}
function createBaseParams(): Params {
  return {
    epochDuration: Duration.fromPartial({})
  };
}
export const Params = {
  typeUrl: "/ais.epochs.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epochDuration !== undefined) {
      Duration.encode(message.epochDuration, writer.uint32(10).fork()).ldelim();
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
          message.epochDuration = Duration.decode(reader, reader.uint32());
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
      epochDuration: isSet(object.epochDuration) ? Duration.fromJSON(object.epochDuration) : undefined
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.epochDuration !== undefined && (obj.epochDuration = message.epochDuration ? Duration.toJSON(message.epochDuration) : undefined);
    return obj;
  },
  fromPartial(object: Partial<Params>): Params {
    const message = createBaseParams();
    message.epochDuration = object.epochDuration !== undefined && object.epochDuration !== null ? Duration.fromPartial(object.epochDuration) : undefined;
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    if (object.epoch_duration !== undefined && object.epoch_duration !== null) {
      message.epochDuration = Duration.fromAmino(object.epoch_duration);
    }
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    obj.epoch_duration = message.epochDuration ? Duration.toAmino(message.epochDuration) : Duration.toAmino(Duration.fromPartial({}));
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
      typeUrl: "/ais.epochs.v1.Params",
      value: Params.encode(message).finish()
    };
  }
};
function createBaseEpochInfo(): EpochInfo {
  return {
    number: BigInt(0),
    startTime: Timestamp.fromPartial({}),
    startHeight: BigInt(0),
    nextBoundary: Timestamp.fromPartial({})
  };
}
export const EpochInfo = {
  typeUrl: "/ais.epochs.v1.EpochInfo",
  encode(message: EpochInfo, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.number !== BigInt(0)) {
      writer.uint32(8).uint64(message.number);
    }
    if (message.startTime !== undefined) {
      Timestamp.encode(message.startTime, writer.uint32(18).fork()).ldelim();
    }
    if (message.startHeight !== BigInt(0)) {
      writer.uint32(24).int64(message.startHeight);
    }
    if (message.nextBoundary !== undefined) {
      Timestamp.encode(message.nextBoundary, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EpochInfo {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEpochInfo();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.number = reader.uint64();
          break;
        case 2:
          message.startTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 3:
          message.startHeight = reader.int64();
          break;
        case 4:
          message.nextBoundary = Timestamp.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EpochInfo {
    return {
      number: isSet(object.number) ? BigInt(object.number.toString()) : BigInt(0),
      startTime: isSet(object.startTime) ? fromJsonTimestamp(object.startTime) : undefined,
      startHeight: isSet(object.startHeight) ? BigInt(object.startHeight.toString()) : BigInt(0),
      nextBoundary: isSet(object.nextBoundary) ? fromJsonTimestamp(object.nextBoundary) : undefined
    };
  },
  toJSON(message: EpochInfo): JsonSafe<EpochInfo> {
    const obj: any = {};
    message.number !== undefined && (obj.number = (message.number || BigInt(0)).toString());
    message.startTime !== undefined && (obj.startTime = fromTimestamp(message.startTime).toISOString());
    message.startHeight !== undefined && (obj.startHeight = (message.startHeight || BigInt(0)).toString());
    message.nextBoundary !== undefined && (obj.nextBoundary = fromTimestamp(message.nextBoundary).toISOString());
    return obj;
  },
  fromPartial(object: Partial<EpochInfo>): EpochInfo {
    const message = createBaseEpochInfo();
    message.number = object.number !== undefined && object.number !== null ? BigInt(object.number.toString()) : BigInt(0);
    message.startTime = object.startTime !== undefined && object.startTime !== null ? Timestamp.fromPartial(object.startTime) : undefined;
    message.startHeight = object.startHeight !== undefined && object.startHeight !== null ? BigInt(object.startHeight.toString()) : BigInt(0);
    message.nextBoundary = object.nextBoundary !== undefined && object.nextBoundary !== null ? Timestamp.fromPartial(object.nextBoundary) : undefined;
    return message;
  },
  fromAmino(object: EpochInfoAmino): EpochInfo {
    const message = createBaseEpochInfo();
    if (object.number !== undefined && object.number !== null) {
      message.number = BigInt(object.number);
    }
    if (object.start_time !== undefined && object.start_time !== null) {
      message.startTime = Timestamp.fromAmino(object.start_time);
    }
    if (object.start_height !== undefined && object.start_height !== null) {
      message.startHeight = BigInt(object.start_height);
    }
    if (object.next_boundary !== undefined && object.next_boundary !== null) {
      message.nextBoundary = Timestamp.fromAmino(object.next_boundary);
    }
    return message;
  },
  toAmino(message: EpochInfo): EpochInfoAmino {
    const obj: any = {};
    obj.number = message.number !== BigInt(0) ? message.number?.toString() : undefined;
    obj.start_time = message.startTime ? Timestamp.toAmino(message.startTime) : Timestamp.toAmino(Timestamp.fromPartial({}));
    obj.start_height = message.startHeight !== BigInt(0) ? message.startHeight?.toString() : undefined;
    obj.next_boundary = message.nextBoundary ? Timestamp.toAmino(message.nextBoundary) : Timestamp.toAmino(Timestamp.fromPartial({}));
    return obj;
  },
  fromAminoMsg(object: EpochInfoAminoMsg): EpochInfo {
    return EpochInfo.fromAmino(object.value);
  },
  fromProtoMsg(message: EpochInfoProtoMsg): EpochInfo {
    return EpochInfo.decode(message.value);
  },
  toProto(message: EpochInfo): Uint8Array {
    return EpochInfo.encode(message).finish();
  },
  toProtoMsg(message: EpochInfo): EpochInfoProtoMsg {
    return {
      typeUrl: "/ais.epochs.v1.EpochInfo",
      value: EpochInfo.encode(message).finish()
    };
  }
};
function createBaseGenesisState(): GenesisState {
  return {
    params: Params.fromPartial({})
  };
}
export const GenesisState = {
  typeUrl: "/ais.epochs.v1.GenesisState",
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
      typeUrl: "/ais.epochs.v1.GenesisState",
      value: GenesisState.encode(message).finish()
    };
  }
};