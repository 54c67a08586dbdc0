//@ts-nocheck
import { Params, ParamsAmino, ParamsSDKType, CustodyRecord, CustodyRecordAmino, CustodyRecordSDKType, PendingReward, PendingRewardAmino, PendingRewardSDKType, Totals, TotalsAmino, TotalsSDKType } from "./distribution.js";
import { BinaryReader, BinaryWriter } from "../../../binary.js";
import { JsonSafe } from "../../../json-safe.js";
import { isSet } from "../../../helpers.js";
export interface QueryParamsRequest {}
export interface QueryParamsRequestProtoMsg {
  typeUrl: "/ais.distribution.v1.QueryParamsRequest";
  value: Uint8Array;
}
/**
 * @name QueryParamsRequestAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.QueryParamsRequest
 */
export interface QueryParamsRequestAmino {}
export interface QueryParamsRequestAminoMsg {
  type: "/ais.distribution.v1.QueryParamsRequest";
  value: QueryParamsRequestAmino;
}
export interface QueryParamsRequestSDKType {}
export interface QueryParamsResponse {
  params: Params;
}
export interface QueryParamsResponseProtoMsg {
  typeUrl: "/ais.distribution.v1.QueryParamsResponse";
  value: Uint8Array;
}
/**
 * @name QueryParamsResponseAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.QueryParamsResponse
 */
export interface QueryParamsResponseAmino {
  params: ParamsAmino;
}
export interface QueryParamsResponseAminoMsg {
  type: "/ais.distribution.v1.QueryParamsResponse";
  value: QueryParamsResponseAmino;
}
export interface QueryParamsResponseSDKType {
  params: ParamsSDKType;
}
export interface QueryCustodyRequest {
  validatorAddress: string;
}
export interface QueryCustodyRequestProtoMsg {
  typeUrl: "/ais.distribution.v1.QueryCustodyRequest";
  value: Uint8Array;
}
/**
 * @name QueryCustodyRequestAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.QueryCustodyRequest
 */
export interface QueryCustodyRequestAmino {
  validator_address?: string;
}
export interface QueryCustodyRequestAminoMsg {
  type: "/ais.distribution.v1.QueryCustodyRequest";
  value: QueryCustodyRequestAmino;
}
export interface QueryCustodyRequestSDKType {
  validator_address: string;
}
export interface QueryCustodyResponse {
  currentEpoch: bigint;
  /** Fees accrued in the current epoch, before tax and redistribution. */
  accrued: string;
  /** Set when the validator's rewards of the current epoch are withheld or forfeited. */
  excluded: boolean;
  records: CustodyRecord[];
}
export interface QueryCustodyResponseProtoMsg {
  typeUrl: "/ais.distribution.v1.QueryCustodyResponse";
  value: Uint8Array;
}
/**
 * @name QueryCustodyResponseAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.QueryCustodyResponse
 */
export interface QueryCustodyResponseAmino {
  current_epoch?: string;
  /**
   * Fees accrued in the current epoch, before tax and redistribution.
   */
  accrued?: string;
  /**
   * Set when the validator's rewards of the current epoch are withheld or forfeited.
   */
  excluded?: boolean;
  records: CustodyRecordAmino[];
}
export interface QueryCustodyResponseAminoMsg {
  type: "/ais.distribution.v1.QueryCustodyResponse";
  value: QueryCustodyResponseAmino;
}
export interface QueryCustodyResponseSDKType {
  current_epoch: bigint;
  accrued: string;
  excluded: boolean;
  records: CustodyRecordSDKType[];
}
export interface QueryPendingRewardsRequest {
  delegatorAddress: string;
}
export interface QueryPendingRewardsRequestProtoMsg {
  typeUrl: "/ais.distribution.v1.QueryPendingRewardsRequest";
  value: Uint8Array;
}
/**
 * @name QueryPendingRewardsRequestAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.QueryPendingRewardsRequest
 */
export interface QueryPendingRewardsRequestAmino {
  delegator_address?: string;
}
export interface QueryPendingRewardsRequestAminoMsg {
  type: "/ais.distribution.v1.QueryPendingRewardsRequest";
  value: QueryPendingRewardsRequestAmino;
}
export interface QueryPendingRewardsRequestSDKType {
  delegator_address: string;
}
export interface QueryPendingRewardsResponse {
  currentEpoch: bigint;
  rewards: PendingReward[];
}
export interface QueryPendingRewardsResponseProtoMsg {
  typeUrl: "/ais.distribution.v1.QueryPendingRewardsResponse";
  value: Uint8Array;
}
/**
 * @name QueryPendingRewardsResponseAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.QueryPendingRewardsResponse
 */
export interface QueryPendingRewardsResponseAmino {
  current_epoch?: string;
  rewards: PendingRewardAmino[];
}
export interface QueryPendingRewardsResponseAminoMsg {
  type: "/ais.distribution.v1.QueryPendingRewardsResponse";
  value: QueryPendingRewardsResponseAmino;
}
export interface QueryPendingRewardsResponseSDKType {
  current_epoch: bigint;
  rewards: PendingRewardSDKType[];
}
export interface QueryTotalsRequest {}
export interface QueryTotalsRequestProtoMsg {
  typeUrl: "/ais.distribution.v1.QueryTotalsRequest";
  value: Uint8Array;
}
/**
 * @name QueryTotalsRequestAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.QueryTotalsRequest
 */
export interface QueryTotalsRequestAmino {}
export interface QueryTotalsRequestAminoMsg {
  type: "/ais.distribution.v1.QueryTotalsRequest";
  value: QueryTotalsRequestAmino;
}
export interface QueryTotalsRequestSDKType {}
export interface QueryTotalsResponse {
  totals: Totals;
  /** Held by the distribution module account now: accruals, custody and the community pool. */
  communityPool: string;
}
export interface QueryTotalsResponseProtoMsg {
  typeUrl: "/ais.distribution.v1.QueryTotalsResponse";
  value: Uint8Array;
}
/**
 * @name QueryTotalsResponseAmino
 * @package ais.distribution.v1
 * @see proto type: ais.distribution.v1.QueryTotalsResponse
 */
export interface QueryTotalsResponseAmino {
  totals: TotalsAmino;
  /**
   * Held by the distribution module account now: accruals, custody and the community pool.
   */
  community_pool?: string;
}
export interface QueryTotalsResponseAminoMsg {
  type: "/ais.distribution.v1.QueryTotalsResponse";
  value: QueryTotalsResponseAmino;
}
export interface QueryTotalsResponseSDKType {
  totals: TotalsSDKType;
  community_pool: string;
}
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/ais.distribution.v1.QueryParamsRequest",
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
      typeUrl: "/ais.distribution.v1.QueryParamsRequest",
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
  typeUrl: "/ais.distribution.v1.QueryParamsResponse",
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
      typeUrl: "/ais.distribution.v1.QueryParamsResponse",
      value: QueryParamsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryCustodyRequest(): QueryCustodyRequest {
  return {
    validatorAddress: ""
  };
}
export const QueryCustodyRequest = {
  typeUrl: "/ais.distribution.v1.QueryCustodyRequest",
  encode(message: QueryCustodyRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validatorAddress !== "") {
      writer.uint32(10).string(message.validatorAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCustodyRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCustodyRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validatorAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryCustodyRequest {
    return {
      validatorAddress: isSet(object.validatorAddress) ? String(object.validatorAddress) : ""
    };
  },
  toJSON(message: QueryCustodyRequest): JsonSafe<QueryCustodyRequest> {
    const obj: any = {};
    message.validatorAddress !== undefined && (obj.validatorAddress = message.validatorAddress);
    return obj;
  },
  fromPartial(object: Partial<QueryCustodyRequest>): QueryCustodyRequest {
    const message = createBaseQueryCustodyRequest();
    message.validatorAddress = object.validatorAddress ?? "";
    return message;
  },
  fromAmino(object: QueryCustodyRequestAmino): QueryCustodyRequest {
    const message = createBaseQueryCustodyRequest();
    if (object.validator_address !== undefined && object.validator_address !== null) {
      message.validatorAddress = object.validator_address;
    }
    return message;
  },
  toAmino(message: QueryCustodyRequest): QueryCustodyRequestAmino {
    const obj: any = {};
    obj.validator_address = message.validatorAddress === "" ? undefined : message.validatorAddress;
    return obj;
  },
  fromAminoMsg(object: QueryCustodyRequestAminoMsg): QueryCustodyRequest {
    return QueryCustodyRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryCustodyRequestProtoMsg): QueryCustodyRequest {
    return QueryCustodyRequest.decode(message.value);
  },
  toProto(message: QueryCustodyRequest): Uint8Array {
    return QueryCustodyRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryCustodyRequest): QueryCustodyRequestProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.QueryCustodyRequest",
      value: QueryCustodyRequest.encode(message).finish()
    };
  }
};
function createBaseQueryCustodyResponse(): QueryCustodyResponse {
  return {
    currentEpoch: BigInt(0),
    accrued: "",
    excluded: false,
    records: []
  };
}
export const QueryCustodyResponse = {
  typeUrl: "/ais.distribution.v1.QueryCustodyResponse",
  encode(message: QueryCustodyResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.currentEpoch !== BigInt(0)) {
      writer.uint32(8).uint64(message.currentEpoch);
    }
    if (message.accrued !== "") {
      writer.uint32(18).string(message.accrued);
    }
    if (message.excluded === true) {
      writer.uint32(24).bool(message.excluded);
    }
    for (const v of message.records) {
      CustodyRecord.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCustodyResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCustodyResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.currentEpoch = reader.uint64();
          break;
        case 2:
          message.accrued = reader.string();
          break;
        case 3:
          message.excluded = reader.bool();
          break;
        case 4:
          message.records.push(CustodyRecord.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryCustodyResponse {
    return {
      currentEpoch: isSet(object.currentEpoch) ? BigInt(object.currentEpoch.toString()) : BigInt(0),
      accrued: isSet(object.accrued) ? String(object.accrued) : "",
      excluded: isSet(object.excluded) ? Boolean(object.excluded) : false,
      records: Array.isArray(object?.records) ? object.records.map((e: any) => CustodyRecord.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryCustodyResponse): JsonSafe<QueryCustodyResponse> {
    const obj: any = {};
    message.currentEpoch !== undefined && (obj.currentEpoch = (message.currentEpoch || BigInt(0)).toString());
    message.accrued !== undefined && (obj.accrued = message.accrued);
    message.excluded !== undefined && (obj.excluded = message.excluded);
    if (message.records) {
      obj.records = message.records.map(e => e ? CustodyRecord.toJSON(e) : undefined);
    } else {
      obj.records = [];
    }
    return obj;
  },
  fromPartial(object: Partial<QueryCustodyResponse>): QueryCustodyResponse {
    const message = createBaseQueryCustodyResponse();
    message.currentEpoch = object.currentEpoch !== undefined && object.currentEpoch !== null ? BigInt(object.currentEpoch.toString()) : BigInt(0);
    message.accrued = object.accrued ?? "";
    message.excluded = object.excluded ?? false;
    message.records = object.records?.map(e => CustodyRecord.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryCustodyResponseAmino): QueryCustodyResponse {
    const message = createBaseQueryCustodyResponse();
    if (object.current_epoch !== undefined && object.current_epoch !== null) {
      message.currentEpoch = BigInt(object.current_epoch);
    }
    if (object.accrued !== undefined && object.accrued !== null) {
      message.accrued = object.accrued;
    }
    if (object.excluded !== undefined && object.excluded !== null) {
      message.excluded = object.excluded;
    }
    message.records = object.records?.map(e => CustodyRecord.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryCustodyResponse): QueryCustodyResponseAmino {
    const obj: any = {};
    obj.current_epoch = message.currentEpoch !== BigInt(0) ? message.currentEpoch?.toString() : undefined;
    obj.accrued = message.accrued === "" ? undefined : message.accrued;
    obj.excluded = message.excluded === false ? undefined : message.excluded;
    if (message.records) {
      obj.records = message.records.map(e => e ? CustodyRecord.toAmino(e) : undefined);
    } else {
      obj.records = message.records;
    }
    return obj;
  },
  fromAminoMsg(object: QueryCustodyResponseAminoMsg): QueryCustodyResponse {
    return QueryCustodyResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryCustodyResponseProtoMsg): QueryCustodyResponse {
    return QueryCustodyResponse.decode(message.value);
  },
  toProto(message: QueryCustodyResponse): Uint8Array {
    return QueryCustodyResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryCustodyResponse): QueryCustodyResponseProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.QueryCustodyResponse",
      value: QueryCustodyResponse.encode(message).finish()
    };
  }
};
function createBaseQueryPendingRewardsRequest(): QueryPendingRewardsRequest {
  return {
    delegatorAddress: ""
  };
}
export const QueryPendingRewardsRequest = {
  typeUrl: "/ais.distribution.v1.QueryPendingRewardsRequest",
  encode(message: QueryPendingRewardsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPendingRewardsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPendingRewardsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPendingRewardsRequest {
    return {
      delegatorAddress: isSet(object.delegatorAddress) ? String(object.delegatorAddress) : ""
    };
  },
  toJSON(message: QueryPendingRewardsRequest): JsonSafe<QueryPendingRewardsRequest> {
    const obj: any = {};
    message.delegatorAddress !== undefined && (obj.delegatorAddress = message.delegatorAddress);
    return obj;
  },
  fromPartial(object: Partial<QueryPendingRewardsRequest>): QueryPendingRewardsRequest {
    const message = createBaseQueryPendingRewardsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    return message;
  },
  fromAmino(object: QueryPendingRewardsRequestAmino): QueryPendingRewardsRequest {
    const message = createBaseQueryPendingRewardsRequest();
    if (object.delegator_address !== undefined && object.delegator_address !== null) {
      message.delegatorAddress = object.delegator_address;
    }
    return message;
  },
  toAmino(message: QueryPendingRewardsRequest): QueryPendingRewardsRequestAmino {
    const obj: any = {};
    obj.delegator_address = message.delegatorAddress === "" ? undefined : message.delegatorAddress;
    return obj;
  },
  fromAminoMsg(object: QueryPendingRewardsRequestAminoMsg): QueryPendingRewardsRequest {
    return QueryPendingRewardsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryPendingRewardsRequestProtoMsg): QueryPendingRewardsRequest {
    return QueryPendingRewardsRequest.decode(message.value);
  },
  toProto(message: QueryPendingRewardsRequest): Uint8Array {
    return QueryPendingRewardsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryPendingRewardsRequest): QueryPendingRewardsRequestProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.QueryPendingRewardsRequest",
      value: QueryPendingRewardsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryPendingRewardsResponse(): QueryPendingRewardsResponse {
  return {
    currentEpoch: BigInt(0),
    rewards: []
  };
}
export const QueryPendingRewardsResponse = {
  typeUrl: "/ais.distribution.v1.QueryPendingRewardsResponse",
  encode(message: QueryPendingRewardsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.currentEpoch !== BigInt(0)) {
      writer.uint32(8).uint64(message.currentEpoch);
    }
    for (const v of message.rewards) {
      PendingReward.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPendingRewardsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPendingRewardsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.currentEpoch = reader.uint64();
          break;
        case 2:
          message.rewards.push(PendingReward.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPendingRewardsResponse {
    return {
      currentEpoch: isSet(object.currentEpoch) ? BigInt(object.currentEpoch.toString()) : BigInt(0),
      rewards: Array.isArray(object?.rewards) ? object.rewards.map((e: any) => PendingReward.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryPendingRewardsResponse): JsonSafe<QueryPendingRewardsResponse> {
    const obj: any = {};
    message.currentEpoch !== undefined && (obj.currentEpoch = (message.currentEpoch || BigInt(0)).toString());
    if (message.rewards) {
      obj.rewards = message.rewards.map(e => e ? PendingReward.toJSON(e) : undefined);
    } else {
      obj.rewards = [];
    }
    return obj;
  },
  fromPartial(object: Partial<QueryPendingRewardsResponse>): QueryPendingRewardsResponse {
    const message = createBaseQueryPendingRewardsResponse();
    message.currentEpoch = object.currentEpoch !== undefined && object.currentEpoch !== null ? BigInt(object.currentEpoch.toString()) : BigInt(0);
    message.rewards = object.rewards?.map(e => PendingReward.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryPendingRewardsResponseAmino): QueryPendingRewardsResponse {
    const message = createBaseQueryPendingRewardsResponse();
    if (object.current_epoch !== undefined && object.current_epoch !== null) {
      message.currentEpoch = BigInt(object.current_epoch);
    }
    message.rewards = object.rewards?.map(e => PendingReward.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryPendingRewardsResponse): QueryPendingRewardsResponseAmino {
    const obj: any = {};
    obj.current_epoch = message.currentEpoch !== BigInt(0) ? message.currentEpoch?.toString() : undefined;
    if (message.rewards) {
      obj.rewards = message.rewards.map(e => e ? PendingReward.toAmino(e) : undefined);
    } else {
      obj.rewards = message.rewards;
    }
    return obj;
  },
  fromAminoMsg(object: QueryPendingRewardsResponseAminoMsg): QueryPendingRewardsResponse {
    return QueryPendingRewardsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryPendingRewardsResponseProtoMsg): QueryPendingRewardsResponse {
    return QueryPendingRewardsResponse.decode(message.value);
  },
  toProto(message: QueryPendingRewardsResponse): Uint8Array {
    return QueryPendingRewardsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryPendingRewardsResponse): QueryPendingRewardsResponseProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.QueryPendingRewardsResponse",
      value: QueryPendingRewardsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryTotalsRequest(): QueryTotalsRequest {
  return {};
}
export const QueryTotalsRequest = {
  typeUrl: "/ais.distribution.v1.QueryTotalsRequest",
  encode(_: QueryTotalsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTotalsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTotalsRequest();
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
  fromJSON(_: any): QueryTotalsRequest {
    return {};
  },
  toJSON(_: QueryTotalsRequest): JsonSafe<QueryTotalsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: Partial<QueryTotalsRequest>): QueryTotalsRequest {
    const message = createBaseQueryTotalsRequest();
    return message;
  },
  fromAmino(_: QueryTotalsRequestAmino): QueryTotalsRequest {
    const message = createBaseQueryTotalsRequest();
    return message;
  },
  toAmino(_: QueryTotalsRequest): QueryTotalsRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryTotalsRequestAminoMsg): QueryTotalsRequest {
    return QueryTotalsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryTotalsRequestProtoMsg): QueryTotalsRequest {
    return QueryTotalsRequest.decode(message.value);
  },
  toProto(message: QueryTotalsRequest): Uint8Array {
    return QueryTotalsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryTotalsRequest): QueryTotalsRequestProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.QueryTotalsRequest",
      value: QueryTotalsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryTotalsResponse(): QueryTotalsResponse {
  return {
    totals: Totals.fromPartial({}),
    communityPool: ""
  };
}
export const QueryTotalsResponse = {
  typeUrl: "/ais.distribution.v1.QueryTotalsResponse",
  encode(message: QueryTotalsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.totals !== undefined) {
      Totals.encode(message.totals, writer.uint32(10).fork()).ldelim();
    }
    if (message.communityPool !== "") {
      writer.uint32(18).string(message.communityPool);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTotalsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTotalsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.totals = Totals.decode(reader, reader.uint32());
          break;
        case 2:
          message.communityPool = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryTotalsResponse {
    return {
      totals: isSet(object.totals) ? Totals.fromJSON(object.totals) : undefined,
      communityPool: isSet(object.communityPool) ? String(object.communityPool) : ""
    };
  },
  toJSON(message: QueryTotalsResponse): JsonSafe<QueryTotalsResponse> {
    const obj: any = {};
    message.totals !== undefined && (obj.totals = message.totals ? Totals.toJSON(message.totals) : undefined);
    message.communityPool !== undefined && (obj.communityPool = message.communityPool);
    return obj;
  },
  fromPartial(object: Partial<QueryTotalsResponse>): QueryTotalsResponse {
    const message = createBaseQueryTotalsResponse();
    message.totals = object.totals !== undefined && object.totals !== null ? Totals.fromPartial(object.totals) : undefined;
    message.communityPool = object.communityPool ?? "";
    return message;
  },
  fromAmino(object: QueryTotalsResponseAmino): QueryTotalsResponse {
    const message = createBaseQueryTotalsResponse();
    if (object.totals !== undefined && object.totals !== null) {
      message.totals = Totals.fromAmino(object.totals);
    }
    if (object.community_pool !== undefined && object.community_pool !== null) {
      message.communityPool = object.community_pool;
    }
    return message;
  },
  toAmino(message: QueryTotalsResponse): QueryTotalsResponseAmino {
    const obj: any = {};
    obj.totals = message.totals ? Totals.toAmino(message.totals) : Totals.toAmino(Totals.fromPartial({}));
    obj.community_pool = message.communityPool === "" ? undefined : message.communityPool;
    return obj;
  },
  fromAminoMsg(object: QueryTotalsResponseAminoMsg): QueryTotalsResponse {
    return QueryTotalsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryTotalsResponseProtoMsg): QueryTotalsResponse {
    return QueryTotalsResponse.decode(message.value);
  },
  toProto(message: QueryTotalsResponse): Uint8Array {
    return QueryTotalsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryTotalsResponse): QueryTotalsResponseProtoMsg {
    return {
      typeUrl: "/ais.distribution.v1.QueryTotalsResponse",
      value: QueryTotalsResponse.encode(message).finish()
    };
  }
};