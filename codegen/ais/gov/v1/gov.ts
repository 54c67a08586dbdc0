//@ts-nocheck
import { BinaryReader, BinaryWriter } from "../../../binary.js";
import { JsonSafe } from "../../../json-safe.js";
import { isSet } from "../../../helpers.js";
/**
 * Params of AIS's community voting (one AIS, one vote), beside cosmos.gov.v1.Params, which govern
 * deposits, periods and the tally thresholds of every proposal.
 */
export interface Params {
  /**
   * Accounts of exchanges and other custodians (bech32 `ais1…`): the AIS they hold belongs to their
   * customers, so it cannot vote on community proposals and is left out of the community quorum.
   */
  exchangeAddresses: string[];
}
export interface ParamsProtoMsg {
  typeUrl: "/ais.gov.v1.Params";
  value: Uint8Array;
}
/**
 * Params of AIS's community voting (one AIS, one vote), beside cosmos.gov.v1.Params, which govern
 * deposits, periods and the tally thresholds of every proposal.
 * @name ParamsAmino
 * @package ais.gov.v1
 * @see proto type: ais.gov.v1.Params
 */
export interface ParamsAmino {
  /**
   * Accounts of exchanges and other custodians (bech32 `ais1…`): the AIS they hold belongs to their
   * customers, so it cannot vote on community proposals and is left out of the community quorum.
   */
  exchange_addresses?: string[];
}
export interface ParamsAminoMsg {
  type: "/ais.gov.v1.Params";
  value: ParamsAmino;
}
/**
 * Params of AIS's community voting (one AIS, one vote), beside cosmos.gov.v1.Params, which govern
 * deposits, periods and the tally thresholds of every proposal.
 */
export interface ParamsSDKType {
  exchange_addresses: string[];
}
/** GenesisState of AIS's community-voting parameters (the ais_gov section of app_state). */
export interface GenesisState {
  params: Params;
}
export interface GenesisStateProtoMsg {
  typeUrl: "/ais.gov.v1.GenesisState";
  value: Uint8Array;
}
/**
 * GenesisState of AIS's community-voting parameters (the ais_gov section of app_state).
 * @name GenesisStateAmino
 * @package ais.gov.v1
 * @see proto type: ais.gov.v1.GenesisState
 */
export interface GenesisStateAmino {
  params: ParamsAmino;
}
export interface GenesisStateAminoMsg {
  type: "/ais.gov.v1.GenesisState";
  value: GenesisStateAmino;
}
/** GenesisState of AIS's community-voting parameters (the ais_gov section of app_state). */
export interface GenesisStateSDKType {
  params: ParamsSDKType;
}
function createBaseParams(): Params {
  return {
    exchangeAddresses: []
  };
}
export const Params = {
  typeUrl: "/ais.gov.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.exchangeAddresses) {
      writer.uint32(10).string(v!);
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
          message.exchangeAddresses.push(reader.string());
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
      exchangeAddresses: Array.isArray(object?.exchangeAddresses) ? object.exchangeAddresses.map((e: any) => String(e)) : []
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    if (message.exchangeAddresses) {
      obj.exchangeAddresses = message.exchangeAddresses.map(e => e);
    } else {
      obj.exchangeAddresses = [];
    }
    return obj;
  },
  fromPartial(object: Partial<Params>): Params {
    const message = createBaseParams();
    message.exchangeAddresses = object.exchangeAddresses?.map(e => e) || [];
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    message.exchangeAddresses = object.exchange_addresses?.map(e => e) || [];
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    if (message.exchangeAddresses) {
      obj.exchange_addresses = message.exchangeAddresses.map(e => e);
    } else {
      obj.exchange_addresses = message.exchangeAddresses;
    }
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
      typeUrl: "/ais.gov.v1.Params",
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
  typeUrl: "/ais.gov.v1.GenesisState",
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
      typeUrl: "/ais.gov.v1.GenesisState",
      value: GenesisState.encode(message).finish()
    };
  }
};