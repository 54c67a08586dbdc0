//@ts-nocheck
import { DecCoin, DecCoinAmino, DecCoinSDKType } from "../../../cosmos/base/v1beta1/coin.js";
import { BinaryReader, BinaryWriter } from "../../../binary.js";
import { JsonSafe } from "../../../json-safe.js";
import { isSet } from "../../../helpers.js";
/** Params of the fee floor that every block enforces. */
export interface Params {
  /**
   * The lowest gas prices a transaction may pay in any block, in any one of these denoms: a consensus
   * rule, unlike a node's own minimum_gas_prices, which only filters its mempool. Empty: no floor.
   */
  minGasPrices: DecCoin[];
}
export interface ParamsProtoMsg {
  typeUrl: "/ais.fees.v1.Params";
  value: Uint8Array;
}
/**
 * Params of the fee floor that every block enforces.
 * @name ParamsAmino
 * @package ais.fees.v1
 * @see proto type: ais.fees.v1.Params
 */
export interface ParamsAmino {
  /**
   * The lowest gas prices a transaction may pay in any block, in any one of these denoms: a consensus
   * rule, unlike a node's own minimum_gas_prices, which only filters its mempool. Empty: no floor.
   */
  min_gas_prices: DecCoinAmino[];
}
export interface ParamsAminoMsg {
  type: "/ais.fees.v1.Params";
  value: ParamsAmino;
}
/** Params of the fee floor that every block enforces. */
export interface ParamsSDKType {
  min_gas_prices: DecCoinSDKType[];
}
/** GenesisState of the fees module. */
export interface GenesisState {
  params: Params;
}
export interface GenesisStateProtoMsg {
  typeUrl: "/ais.fees.v1.GenesisState";
  value: Uint8Array;
}
/**
 * GenesisState of the fees module.
 * @name GenesisStateAmino
 * @package ais.fees.v1
 * @see proto type: ais.fees.v1.GenesisState
 */
export interface GenesisStateAmino {
  params: ParamsAmino;
}
export interface GenesisStateAminoMsg {
  type: "/ais.fees.v1.GenesisState";
  value: GenesisStateAmino;
}
/** GenesisState of the fees module. */
export interface GenesisStateSDKType {
  params: ParamsSDKType;
}
function createBaseParams(): Params {
  return {
    minGasPrices: []
  };
}
export const Params = {
  typeUrl: "/ais.fees.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.minGasPrices) {
      DecCoin.encode(v!, writer.uint32(10).fork()).ldelim();
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
          message.minGasPrices.push(DecCoin.decode(reader, reader.uint32()));
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
      minGasPrices: Array.isArray(object?.minGasPrices) ? object.minGasPrices.map((e: any) => DecCoin.fromJSON(e)) : []
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    if (message.minGasPrices) {
      obj.minGasPrices = message.minGasPrices.map(e => e ? DecCoin.toJSON(e) : undefined);
    } else {
      obj.minGasPrices = [];
    }
    return obj;
  },
  fromPartial(object: Partial<Params>): Params {
    const message = createBaseParams();
    message.minGasPrices = object.minGasPrices?.map(e => DecCoin.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    message.minGasPrices = object.min_gas_prices?.map(e => DecCoin.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    if (message.minGasPrices) {
      obj.min_gas_prices = message.minGasPrices.map(e => e ? DecCoin.toAmino(e) : undefined);
    } else {
      obj.min_gas_prices = message.minGasPrices;
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
      typeUrl: "/ais.fees.v1.Params",
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
  typeUrl: "/ais.fees.v1.GenesisState",
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
      typeUrl: "/ais.fees.v1.GenesisState",
      value: GenesisState.encode(message).finish()
    };
  }
};