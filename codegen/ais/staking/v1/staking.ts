//@ts-nocheck
import { BinaryReader, BinaryWriter } from "../../../binary.js";
import { isSet } from "../../../helpers.js";
import { JsonSafe } from "../../../json-safe.js";
/**
 * Params are AIS's additions to x/staking's parameters (cosmos.staking.v1beta1.Params stays the
 * SDK's, so that wallets and explorers read it unchanged).
 */
export interface Params {
  /**
   * The least a new validator's operator must bond to create it, in the bond denom. Validators cost
   * every node state and queries; abandoned ones with a token each would accumulate for free.
   */
  minSelfBond: string;
}
export interface ParamsProtoMsg {
  typeUrl: "/ais.staking.v1.Params";
  value: Uint8Array;
}
/**
 * Params are AIS's additions to x/staking's parameters (cosmos.staking.v1beta1.Params stays the
 * SDK's, so that wallets and explorers read it unchanged).
 * @name ParamsAmino
 * @package ais.staking.v1
 * @see proto type: ais.staking.v1.Params
 */
export interface ParamsAmino {
  /**
   * The least a new validator's operator must bond to create it, in the bond denom. Validators cost
   * every node state and queries; abandoned ones with a token each would accumulate for free.
   */
  min_self_bond: string;
}
export interface ParamsAminoMsg {
  type: "/ais.staking.v1.Params";
  value: ParamsAmino;
}
/**
 * Params are AIS's additions to x/staking's parameters (cosmos.staking.v1beta1.Params stays the
 * SDK's, so that wallets and explorers read it unchanged).
 */
export interface ParamsSDKType {
  min_self_bond: string;
}
function createBaseParams(): Params {
  return {
    minSelfBond: ""
  };
}
export const Params = {
  typeUrl: "/ais.staking.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.minSelfBond !== "") {
      writer.uint32(10).string(message.minSelfBond);
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
          message.minSelfBond = reader.string();
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
      minSelfBond: isSet(object.minSelfBond) ? String(object.minSelfBond) : ""
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.minSelfBond !== undefined && (obj.minSelfBond = message.minSelfBond);
    return obj;
  },
  fromPartial(object: Partial<Params>): Params {
    const message = createBaseParams();
    message.minSelfBond = object.minSelfBond ?? "";
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    if (object.min_self_bond !== undefined && object.min_self_bond !== null) {
      message.minSelfBond = object.min_self_bond;
    }
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    obj.min_self_bond = message.minSelfBond ?? "";
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
      typeUrl: "/ais.staking.v1.Params",
      value: Params.encode(message).finish()
    };
  }
};