//@ts-nocheck
import { Params, ParamsAmino, ParamsSDKType } from "./gov.js";
import { BinaryReader, BinaryWriter } from "../../../binary.js";
import { JsonSafe } from "../../../json-safe.js";
import { isSet } from "../../../helpers.js";
export interface QueryParamsRequest {}
export interface QueryParamsRequestProtoMsg {
  typeUrl: "/ais.gov.v1.QueryParamsRequest";
  value: Uint8Array;
}
/**
 * @name QueryParamsRequestAmino
 * @package ais.gov.v1
 * @see proto type: ais.gov.v1.QueryParamsRequest
 */
export interface QueryParamsRequestAmino {}
export interface QueryParamsRequestAminoMsg {
  type: "/ais.gov.v1.QueryParamsRequest";
  value: QueryParamsRequestAmino;
}
export interface QueryParamsRequestSDKType {}
export interface QueryParamsResponse {
  params: Params;
}
export interface QueryParamsResponseProtoMsg {
  typeUrl: "/ais.gov.v1.QueryParamsResponse";
  value: Uint8Array;
}
/**
 * @name QueryParamsResponseAmino
 * @package ais.gov.v1
 * @see proto type: ais.gov.v1.QueryParamsResponse
 */
export interface QueryParamsResponseAmino {
  params: ParamsAmino;
}
export interface QueryParamsResponseAminoMsg {
  type: "/ais.gov.v1.QueryParamsResponse";
  value: QueryParamsResponseAmino;
}
export interface QueryParamsResponseSDKType {
  params: ParamsSDKType;
}
export interface QueryVotingPowerRequest {
  proposalId: bigint;
  voter: string;
}
export interface QueryVotingPowerRequestProtoMsg {
  typeUrl: "/ais.gov.v1.QueryVotingPowerRequest";
  value: Uint8Array;
}
/**
 * @name QueryVotingPowerRequestAmino
 * @package ais.gov.v1
 * @see proto type: ais.gov.v1.QueryVotingPowerRequest
 */
export interface QueryVotingPowerRequestAmino {
  proposal_id?: string;
  voter?: string;
}
export interface QueryVotingPowerRequestAminoMsg {
  type: "/ais.gov.v1.QueryVotingPowerRequest";
  value: QueryVotingPowerRequestAmino;
}
export interface QueryVotingPowerRequestSDKType {
  proposal_id: bigint;
  voter: string;
}
export interface QueryVotingPowerResponse {
  /** "validator_set" (a proposal with messages) or "community" (a proposal without). */
  kind: string;
  /** In uais; for a community proposal, what the vote would count if voting ended now. */
  power: string;
  /** Community proposals: true when the address is on the exchange list and cannot vote. */
  excluded: boolean;
}
export interface QueryVotingPowerResponseProtoMsg {
  typeUrl: "/ais.gov.v1.QueryVotingPowerResponse";
  value: Uint8Array;
}
/**
 * @name QueryVotingPowerResponseAmino
 * @package ais.gov.v1
 * @see proto type: ais.gov.v1.QueryVotingPowerResponse
 */
export interface QueryVotingPowerResponseAmino {
  /**
   * "validator_set" (a proposal with messages) or "community" (a proposal without).
   */
  kind?: string;
  /**
   * In uais; for a community proposal, what the vote would count if voting ended now.
   */
  power?: string;
  /**
   * Community proposals: true when the address is on the exchange list and cannot vote.
   */
  excluded?: boolean;
}
export interface QueryVotingPowerResponseAminoMsg {
  type: "/ais.gov.v1.QueryVotingPowerResponse";
  value: QueryVotingPowerResponseAmino;
}
export interface QueryVotingPowerResponseSDKType {
  kind: string;
  power: string;
  excluded: boolean;
}
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/ais.gov.v1.QueryParamsRequest",
  encode(_: QueryParamsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): QueryParamsRequest {
    return {};
  },
  toJSON(_: QueryParamsRequest): JsonSafe<QueryParamsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: Partial<QueryParamsRequest>): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  },
  fromAmino(_: QueryParamsRequestAmino): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  },
  toAmino(_: QueryParamsRequest): QueryParamsRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryParamsRequestAminoMsg): QueryParamsRequest {
    return QueryParamsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryParamsRequestProtoMsg): QueryParamsRequest {
    return QueryParamsRequest.decode(message.value);
  },
  toProto(message: QueryParamsRequest): Uint8Array {
    return QueryParamsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryParamsRequest): QueryParamsRequestProtoMsg {
    return {
      typeUrl: "/ais.gov.v1.QueryParamsRequest",
      value: QueryParamsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryParamsResponse(): QueryParamsResponse {
  return {
    params: Params.fromPartial({})
  };
}
export const QueryParamsResponse = {
  typeUrl: "/ais.gov.v1.QueryParamsResponse",
  encode(message: QueryParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsResponse();
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
  fromJSON(object: any): QueryParamsResponse {
    return {
      params: isSet(object.params) ? Params.fromJSON(object.params) : undefined
    };
  },
  toJSON(message: QueryParamsResponse): JsonSafe<QueryParamsResponse> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial(object: Partial<QueryParamsResponse>): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    return message;
  },
  fromAmino(object: QueryParamsResponseAmino): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    return message;
  },
  toAmino(message: QueryParamsResponse): QueryParamsResponseAmino {
    const obj: any = {};
    obj.params = message.params ? Params.toAmino(message.params) : Params.toAmino(Params.fromPartial({}));
    return obj;
  },
  fromAminoMsg(object: QueryParamsResponseAminoMsg): QueryParamsResponse {
    return QueryParamsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryParamsResponseProtoMsg): QueryParamsResponse {
    return QueryParamsResponse.decode(message.value);
  },
  toProto(message: QueryParamsResponse): Uint8Array {
    return QueryParamsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryParamsResponse): QueryParamsResponseProtoMsg {
    return {
      typeUrl: "/ais.gov.v1.QueryParamsResponse",
      value: QueryParamsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryVotingPowerRequest(): QueryVotingPowerRequest {
  return {
    proposalId: BigInt(0),
    voter: ""
  };
}
export const QueryVotingPowerRequest = {
  typeUrl: "/ais.gov.v1.QueryVotingPowerRequest",
  encode(message: QueryVotingPowerRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.proposalId !== BigInt(0)) {
      writer.uint32(8).uint64(message.proposalId);
    }
    if (message.voter !== "") {
      writer.uint32(18).string(message.voter);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryVotingPowerRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryVotingPowerRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.proposalId = reader.uint64();
          break;
        case 2:
          message.voter = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryVotingPowerRequest {
    return {
      proposalId: isSet(object.proposalId) ? BigInt(object.proposalId.toString()) : BigInt(0),
      voter: isSet(object.voter) ? String(object.voter) : ""
    };
  },
  toJSON(message: QueryVotingPowerRequest): JsonSafe<QueryVotingPowerRequest> {
    const obj: any = {};
    message.proposalId !== undefined && (obj.proposalId = (message.proposalId || BigInt(0)).toString());
    message.voter !== undefined && (obj.voter = message.voter);
    return obj;
  },
  fromPartial(object: Partial<QueryVotingPowerRequest>): QueryVotingPowerRequest {
    const message = createBaseQueryVotingPowerRequest();
    message.proposalId = object.proposalId !== undefined && object.proposalId !== null ? BigInt(object.proposalId.toString()) : BigInt(0);
    message.voter = object.voter ?? "";
    return message;
  },
  fromAmino(object: QueryVotingPowerRequestAmino): QueryVotingPowerRequest {
    const message = createBaseQueryVotingPowerRequest();
    if (object.proposal_id !== undefined && object.proposal_id !== null) {
      message.proposalId = BigInt(object.proposal_id);
    }
    if (object.voter !== undefined && object.voter !== null) {
      message.voter = object.voter;
    }
    return message;
  },
  toAmino(message: QueryVotingPowerRequest): QueryVotingPowerRequestAmino {
    const obj: any = {};
    obj.proposal_id = message.proposalId !== BigInt(0) ? message.proposalId?.toString() : undefined;
    obj.voter = message.voter === "" ? undefined : message.voter;
    return obj;
  },
  fromAminoMsg(object: QueryVotingPowerRequestAminoMsg): QueryVotingPowerRequest {
    return QueryVotingPowerRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryVotingPowerRequestProtoMsg): QueryVotingPowerRequest {
    return QueryVotingPowerRequest.decode(message.value);
  },
  toProto(message: QueryVotingPowerRequest): Uint8Array {
    return QueryVotingPowerRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryVotingPowerRequest): QueryVotingPowerRequestProtoMsg {
    return {
      typeUrl: "/ais.gov.v1.QueryVotingPowerRequest",
      value: QueryVotingPowerRequest.encode(message).finish()
    };
  }
};
function createBaseQueryVotingPowerResponse(): QueryVotingPowerResponse {
  return {
    kind: "",
    power: "",
    excluded: false
  };
}
export const QueryVotingPowerResponse = {
  typeUrl: "/ais.gov.v1.QueryVotingPowerResponse",
  encode(message: QueryVotingPowerResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.kind !== "") {
      writer.uint32(10).string(message.kind);
    }
    if (message.power !== "") {
      writer.uint32(18).string(message.power);
    }
    if (message.excluded === true) {
      writer.uint32(24).bool(message.excluded);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryVotingPowerResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryVotingPowerResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.kind = reader.string();
          break;
        case 2:
          message.power = reader.string();
          break;
        case 3:
          message.excluded = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryVotingPowerResponse {
    return {
      kind: isSet(object.kind) ? String(object.kind) : "",
      power: isSet(object.power) ? String(object.power) : "",
      excluded: isSet(object.excluded) ? Boolean(object.excluded) : false
    };
  },
  toJSON(message: QueryVotingPowerResponse): JsonSafe<QueryVotingPowerResponse> {
    const obj: any = {};
    message.kind !== undefined && (obj.kind = message.kind);
    message.power !== undefined && (obj.power = message.power);
    message.excluded !== undefined && (obj.excluded = message.excluded);
    return obj;
  },
  fromPartial(object: Partial<QueryVotingPowerResponse>): QueryVotingPowerResponse {
    const message = createBaseQueryVotingPowerResponse();
    message.kind = object.kind ?? "";
    message.power = object.power ?? "";
    message.excluded = object.excluded ?? false;
    return message;
  },
  fromAmino(object: QueryVotingPowerResponseAmino): QueryVotingPowerResponse {
    const message = createBaseQueryVotingPowerResponse();
    if (object.kind !== undefined && object.kind !== null) {
      message.kind = object.kind;
    }
    if (object.power !== undefined && object.power !== null) {
      message.power = object.power;
    }
    if (object.excluded !== undefined && object.excluded !== null) {
      message.excluded = object.excluded;
    }
    return message;
  },
  toAmino(message: QueryVotingPowerResponse): QueryVotingPowerResponseAmino {
    const obj: any = {};
    obj.kind = message.kind === "" ? undefined : message.kind;
    obj.power = message.power === "" ? undefined : message.power;
    obj.excluded = message.excluded === false ? undefined : message.excluded;
    return obj;
  },
  fromAminoMsg(object: QueryVotingPowerResponseAminoMsg): QueryVotingPowerResponse {
    return QueryVotingPowerResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryVotingPowerResponseProtoMsg): QueryVotingPowerResponse {
    return QueryVotingPowerResponse.decode(message.value);
  },
  toProto(message: QueryVotingPowerResponse): Uint8Array {
    return QueryVotingPowerResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryVotingPowerResponse): QueryVotingPowerResponseProtoMsg {
    return {
      typeUrl: "/ais.gov.v1.QueryVotingPowerResponse",
      value: QueryVotingPowerResponse.encode(message).finish()
    };
  }
};