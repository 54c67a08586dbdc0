// x/slashing state: params, each validator's signing info (by consensus address) and its
// missed-blocks bitmap, stored sparsely (a key per missed index of the window).
import { ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { Params } from "../../../codegen/ais/slashing/v1/slashing.js";
import type { Context } from "../../app/context.js";
import { Item } from "../../app/item.js";
import { be64, concat } from "../../store/encoding.js";
import { PrefixKVStore } from "../../store/prefixkv.js";
import { lengthPrefixed } from "../staking/keeper.js";
import { DEFAULT_SLASHING_PARAMS, validateSlashingParams, type SlashingParams } from "./params.js";

export const STORE_NAME = "slashing";

const SIGNING_INFO_PREFIX = Uint8Array.of(0x01);
/** 0x02 ‖ len ‖ consensus address ‖ be64(index): present when the block at that index was missed. */
const MISSED_PREFIX = Uint8Array.of(0x02);

/** 9999-12-31T23:59:59Z: a tombstoned validator's jail never ends (the SDK's DoubleSignJailEndTime). */
export const DOUBLE_SIGN_JAIL_END = { seconds: 253_402_300_799n, nanos: 0 };

export class SlashingKeeper {
  private readonly paramsItem = new Item(STORE_NAME, Uint8Array.of(0x00), Params, DEFAULT_SLASHING_PARAMS);

  params(ctx: Context): SlashingParams {
    return this.paramsItem.get(ctx);
  }

  setParams(ctx: Context, params: SlashingParams): void {
    validateSlashingParams(params);
    this.paramsItem.set(ctx, params);
  }

  signingInfo(ctx: Context, consensusAddress: Uint8Array): ValidatorSigningInfo | undefined {
    const bytes = ctx.kv(STORE_NAME).get(concat(SIGNING_INFO_PREFIX, lengthPrefixed(consensusAddress)));
    return bytes === undefined ? undefined : ValidatorSigningInfo.decode(bytes);
  }

  setSigningInfo(ctx: Context, consensusAddress: Uint8Array, info: ValidatorSigningInfo): void {
    ctx.kv(STORE_NAME).set(concat(SIGNING_INFO_PREFIX, lengthPrefixed(consensusAddress)), ValidatorSigningInfo.encode(info).finish());
  }

  /** Signing infos in consensus-address order (key: length-prefixed address). */
  signingInfoStore(ctx: Context): PrefixKVStore {
    return new PrefixKVStore(ctx.kv(STORE_NAME), SIGNING_INFO_PREFIX);
  }

  missed(ctx: Context, consensusAddress: Uint8Array, index: bigint): boolean {
    return ctx.kv(STORE_NAME).has(missedKey(consensusAddress, index));
  }

  setMissed(ctx: Context, consensusAddress: Uint8Array, index: bigint, missed: boolean): void {
    if (missed) ctx.kv(STORE_NAME).set(missedKey(consensusAddress, index), Uint8Array.of(1));
    else ctx.kv(STORE_NAME).delete(missedKey(consensusAddress, index));
  }

  clearMissed(ctx: Context, consensusAddress: Uint8Array): void {
    const bitmap = new PrefixKVStore(ctx.kv(STORE_NAME), concat(MISSED_PREFIX, lengthPrefixed(consensusAddress)));
    for (const [key] of bitmap.iterate()) bitmap.delete(key);
  }
}

function missedKey(consensusAddress: Uint8Array, index: bigint): Uint8Array {
  return concat(MISSED_PREFIX, lengthPrefixed(consensusAddress), be64(index));
}
