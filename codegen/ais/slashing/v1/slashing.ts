//@ts-nocheck
import { Duration, DurationAmino, DurationSDKType } from "../../../google/protobuf/duration.js";
import { BinaryReader, BinaryWriter } from "../../../binary.js";
import { isSet } from "../../../helpers.js";
import { JsonSafe } from "../../../json-safe.js";
/** Params of downtime and double-sign punishment. Fractions are 18-decimal fixed point (LegacyDec). */
export interface Params {
  /** Blocks in the sliding window over which missed blocks are counted. */
  signedBlocksWindow: bigint;
  /**
   * More than this fraction of the window missed: the validator's rewards for the epoch are withheld
   * and shared among the other validators.
   */
  rewardWithholdThreshold: string;
  /** More than this fraction of the window missed: the validator is jailed and slashed. */
  downtimeJailThreshold: string;
  /** How long a validator jailed for downtime stays jailed before MsgUnjail is accepted. */
  downtimeJailDuration: Duration;
  slashFractionDoubleSign: string;
  slashFractionDowntime: string;
  /** Share of a double-sign slash paid to the account whose MsgSubmitMisbehaviour first proved it. */
  whistleblowerRewardFraction: string;
}
export interface ParamsProtoMsg {
  typeUrl: "/ais.slashing.v1.Params";
  value: Uint8Array;
}
/**
 * Params of downtime and double-sign punishment. Fractions are 18-decimal fixed point (LegacyDec).
 * @name ParamsAmino
 * @package ais.slashing.v1
 * @see proto type: ais.slashing.v1.Params
 */
export interface ParamsAmino {
  /**
   * Blocks in the sliding window over which missed blocks are counted.
   */
  signed_blocks_window?: string;
  /**
   * More than this fraction of the window missed: the validator's rewards for the epoch are withheld
   * and shared among the other validators.
   */
  reward_withhold_threshold?: string;
  /**
   * More than this fraction of the window missed: the validator is jailed and slashed.
   */
  downtime_jail_threshold?: string;
  /**
   * How long a validator jailed for downtime stays jailed before MsgUnjail is accepted.
   */
  downtime_jail_duration: DurationAmino;
  slash_fraction_double_sign?: string;
  slash_fraction_downtime?: string;
  /**
   * Share of a double-sign slash paid to the account whose MsgSubmitMisbehaviour first proved it.
   */
  whistleblower_reward_fraction?: string;
}
export interface ParamsAminoMsg {
  type: "/ais.slashing.v1.Params";
  value: ParamsAmino;
}
/** Params of downtime and double-sign punishment. Fractions are 18-decimal fixed point (LegacyDec). */
export interface ParamsSDKType {
  signed_blocks_window: bigint;
  reward_withhold_threshold: string;
  downtime_jail_threshold: string;
  downtime_jail_duration: DurationSDKType;
  slash_fraction_double_sign: string;
  slash_fraction_downtime: string;
  whistleblower_reward_fraction: string;
}
/** GenesisState of the slashing module. */
export interface GenesisState {
  params: Params;
}
export interface GenesisStateProtoMsg {
  typeUrl: "/ais.slashing.v1.GenesisState";
  value: Uint8Array;
}
/**
 * GenesisState of the slashing module.
 * @name GenesisStateAmino
 * @package ais.slashing.v1
 * @see proto type: ais.slashing.v1.GenesisState
 */
export interface GenesisStateAmino {
  params: ParamsAmino;
}
export interface GenesisStateAminoMsg {
  type: "/ais.slashing.v1.GenesisState";
  value: GenesisStateAmino;
}
/** GenesisState of the slashing module. */
export interface GenesisStateSDKType {
  params: ParamsSDKType;
}
function createBaseParams(): Params {
  return {
    signedBlocksWindow: BigInt(0),
    rewardWithholdThreshold: "",
    downtimeJailThreshold: "",
    downtimeJailDuration: Duration.fromPartial({}),
    slashFractionDoubleSign: "",
    slashFractionDowntime: "",
    whistleblowerRewardFraction: ""
  };
}
export const Params = {
  typeUrl: "/ais.slashing.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.signedBlocksWindow !== BigInt(0)) {
      writer.uint32(8).int64(message.signedBlocksWindow);
    }
    if (message.rewardWithholdThreshold !== "") {
      writer.uint32(18).string(message.rewardWithholdThreshold);
    }
    if (message.downtimeJailThreshold !== "") {
      writer.uint32(26).string(message.downtimeJailThreshold);
    }
    if (message.downtimeJailDuration !== undefined) {
      Duration.encode(message.downtimeJailDuration, writer.uint32(34).fork()).ldelim();
    }
    if (message.slashFractionDoubleSign !== "") {
      writer.uint32(42).string(message.slashFractionDoubleSign);
    }
    if (message.slashFractionDowntime !== "") {
      writer.uint32(50).string(message.slashFractionDowntime);
    }
    if (message.whistleblowerRewardFraction !== "") {
      writer.uint32(58).string(message.whistleblowerRewardFraction);
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
          message.signedBlocksWindow = reader.int64();
          break;
        case 2:
          message.rewardWithholdThreshold = reader.string();
          break;
        case 3:
          message.downtimeJailThreshold = reader.string();
          break;
        case 4:
          message.downtimeJailDuration = Duration.decode(reader, reader.uint32());
          break;
        case 5:
          message.slashFractionDoubleSign = reader.string();
          break;
        case 6:
          message.slashFractionDowntime = reader.string();
          break;
        case 7:
          message.whistleblowerRewardFraction = reader.string();
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
      signedBlocksWindow: isSet(object.signedBlocksWindow) ? BigInt(object.signedBlocksWindow.toString()) : BigInt(0),
      rewardWithholdThreshold: isSet(object.rewardWithholdThreshold) ? String(object.rewardWithholdThreshold) : "",
      downtimeJailThreshold: isSet(object.downtimeJailThreshold) ? String(object.downtimeJailThreshold) : "",
      downtimeJailDuration: isSet(object.downtimeJailDuration) ? Duration.fromJSON(object.downtimeJailDuration) : undefined,
      slashFractionDoubleSign: isSet(object.slashFractionDoubleSign) ? String(object.slashFractionDoubleSign) : "",
      slashFractionDowntime: isSet(object.slashFractionDowntime) ? String(object.slashFractionDowntime) : "",
      whistleblowerRewardFraction: isSet(object.whistleblowerRewardFraction) ? String(object.whistleblowerRewardFraction) : ""
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.signedBlocksWindow !== undefined && (obj.signedBlocksWindow = (message.signedBlocksWindow || BigInt(0)).toString());
    message.rewardWithholdThreshold !== undefined && (obj.rewardWithholdThreshold = message.rewardWithholdThreshold);
    message.downtimeJailThreshold !== undefined && (obj.downtimeJailThreshold = message.downtimeJailThreshold);
    message.downtimeJailDuration !== undefined && (obj.downtimeJailDuration = message.downtimeJailDuration ? Duration.toJSON(message.downtimeJailDuration) : undefined);
    message.slashFractionDoubleSign !== undefined && (obj.slashFractionDoubleSign = message.slashFractionDoubleSign);
    message.slashFractionDowntime !== undefined && (obj.slashFractionDowntime = message.slashFractionDowntime);
    message.whistleblowerRewardFraction !== undefined && (obj.whistleblowerRewardFraction = message.whistleblowerRewardFraction);
    return obj;
  },
  fromPartial(object: Partial<Params>): Params {
    const message = createBaseParams();
    message.signedBlocksWindow = object.signedBlocksWindow !== undefined && object.signedBlocksWindow !== null ? BigInt(object.signedBlocksWindow.toString()) : BigInt(0);
    message.rewardWithholdThreshold = object.rewardWithholdThreshold ?? "";
    message.downtimeJailThreshold = object.downtimeJailThreshold ?? "";
    message.downtimeJailDuration = object.downtimeJailDuration !== undefined && object.downtimeJailDuration !== null ? Duration.fromPartial(object.downtimeJailDuration) : undefined;
    message.slashFractionDoubleSign = object.slashFractionDoubleSign ?? "";
    message.slashFractionDowntime = object.slashFractionDowntime ?? "";
    message.whistleblowerRewardFraction = object.whistleblowerRewardFraction ?? "";
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    if (object.signed_blocks_window !== undefined && object.signed_blocks_window !== null) {
      message.signedBlocksWindow = BigInt(object.signed_blocks_window);
    }
    if (object.reward_withhold_threshold !== undefined && object.reward_withhold_threshold !== null) {
      message.rewardWithholdThreshold = object.reward_withhold_threshold;
    }
    if (object.downtime_jail_threshold !== undefined && object.downtime_jail_threshold !== null) {
      message.downtimeJailThreshold = object.downtime_jail_threshold;
    }
    if (object.downtime_jail_duration !== undefined && object.downtime_jail_duration !== null) {
      message.downtimeJailDuration = Duration.fromAmino(object.downtime_jail_duration);
    }
    if (object.slash_fraction_double_sign !== undefined && object.slash_fraction_double_sign !== null) {
      message.slashFractionDoubleSign = object.slash_fraction_double_sign;
    }
    if (object.slash_fraction_downtime !== undefined && object.slash_fraction_downtime !== null) {
      message.slashFractionDowntime = object.slash_fraction_downtime;
    }
    if (object.whistleblower_reward_fraction !== undefined && object.whistleblower_reward_fraction !== null) {
      message.whistleblowerRewardFraction = object.whistleblower_reward_fraction;
    }
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    obj.signed_blocks_window = message.signedBlocksWindow !== BigInt(0) ? message.signedBlocksWindow?.toString() : undefined;
    obj.reward_withhold_threshold = message.rewardWithholdThreshold === "" ? undefined : message.rewardWithholdThreshold;
    obj.downtime_jail_threshold = message.downtimeJailThreshold === "" ? undefined : message.downtimeJailThreshold;
    obj.downtime_jail_duration = message.downtimeJailDuration ? Duration.toAmino(message.downtimeJailDuration) : Duration.toAmino(Duration.fromPartial({}));
    obj.slash_fraction_double_sign = message.slashFractionDoubleSign === "" ? undefined : message.slashFractionDoubleSign;
    obj.slash_fraction_downtime = message.slashFractionDowntime === "" ? undefined : message.slashFractionDowntime;
    obj.whistleblower_reward_fraction = message.whistleblowerRewardFraction === "" ? undefined : message.whistleblowerRewardFraction;
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
      typeUrl: "/ais.slashing.v1.Params",
      value: Params.encode(message).finish()
    };
  }
};
function createBaseGenesisState(): GenesisState {
  return {
    params: Params.fromPartial({})
  };
}
export const GenesisState = {
  typeUrl: "/ais.slashing.v1.GenesisState",
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
      typeUrl: "/ais.slashing.v1.GenesisState",
      value: GenesisState.encode(message).finish()
    };
  }
};