// x/slashing state: params, each validator's signing info (by consensus address) and its
// missed-blocks bitmap, stored sparsely (a key per missed index of the window), and the generation
// of the window that bitmap belongs to.
import { ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { Params } from "../../../codegen/ais/slashing/v1/slashing.js";
import type { Context } from "../../app/context.js";
import { Item } from "../../app/item.js";
import { be64, concat, readBe64 } from "../../store/encoding.js";
import { PrefixKVStore } from "../../store/prefixkv.js";
import { lengthPrefixed } from "../staking/keeper.js";
import { DEFAULT_SLASHING_PARAMS, validateSlashingParams, type SlashingParams } from "./params.js";

export const STORE_NAME = "slashing";

const SIGNING_INFO_PREFIX = Uint8Array.of(0x01);
/** 0x02 ‖ len ‖ consensus address ‖ be64(index): present when the block at that index was missed. */
const MISSED_PREFIX = Uint8Array.of(0x02);
/** 0x03 → be64: how many times governance has changed signed_blocks_window (absent: never). */
const WINDOW_GENERATION_KEY = Uint8Array.of(0x03);
/** 0x04 ‖ len ‖ consensus address → be64: the window generation its bitmap and counter belong to (absent: 0). */
const VALIDATOR_GENERATION_PREFIX = Uint8Array.of(0x04);

/** 9999-12-31T23:59:59Z: a tombstoned validator's jail never ends (the SDK's DoubleSignJailEndTime). */
export const DOUBLE_SIGN_JAIL_END = { seconds: 253_402_300_799n, nanos: 0 };

export class SlashingKeeper {
  private readonly paramsItem = new Item(STORE_NAME, Uint8Array.of(0x00), Params, DEFAULT_SLASHING_PARAMS);

  params(ctx: Context): SlashingParams {
    return this.paramsItem.get(ctx);
  }

  /**
   * A new signed_blocks_window voids every validator's window (the SDK resets counter, offset and
   * bitmap since v0.50): its indices and counts no longer mean anything. Resetting them here would
   * walk every signing info ever made and every bitmap, work without a bound in one block, so the
   * change only starts a new window generation, and each validator's window is reset the next time
   * it is used (`resetStaleWindow`) or read (`currentWindow`).
   */
  setParams(ctx: Context, params: SlashingParams): void {
    validateSlashingParams(params);
    const previous = this.paramsItem.find(ctx);
    if (previous !== undefined && previous.signedBlocksWindow !== params.signedBlocksWindow) {
      ctx.kv(STORE_NAME).set(WINDOW_GENERATION_KEY, be64(this.windowGeneration(ctx) + 1n));
    }
    this.paramsItem.set(ctx, params);
  }

  windowGeneration(ctx: Context): bigint {
    const bytes = ctx.kv(STORE_NAME).get(WINDOW_GENERATION_KEY);
    return bytes === undefined ? 0n : readBe64(bytes);
  }

  /** Whether the validator's counter and bitmap were kept under an earlier signed_blocks_window. */
  private windowStale(ctx: Context, consensusAddress: Uint8Array): boolean {
    const generation = this.windowGeneration(ctx);
    if (generation === 0n) return false;
    const bytes = ctx.kv(STORE_NAME).get(concat(VALIDATOR_GENERATION_PREFIX, lengthPrefixed(consensusAddress)));
    return (bytes === undefined ? 0n : readBe64(bytes)) !== generation;
  }

  /** The signing info as the current window sees it: a stale window counts from zero. */
  currentWindow(ctx: Context, consensusAddress: Uint8Array, info: ValidatorSigningInfo): ValidatorSigningInfo {
    return this.windowStale(ctx, consensusAddress) ? { ...info, indexOffset: 0n, missedBlocksCounter: 0n } : info;
  }

  /** Resets a window kept under an earlier signed_blocks_window: counter and offset 0, bitmap deleted. */
  resetStaleWindow(ctx: Context, consensusAddress: Uint8Array): void {
    if (!this.windowStale(ctx, consensusAddress)) return;
    this.clearMissed(ctx, consensusAddress);
    const info = this.signingInfo(ctx, consensusAddress);
    if (info !== undefined) this.setSigningInfo(ctx, consensusAddress, { ...info, indexOffset: 0n, missedBlocksCounter: 0n });
    ctx.kv(STORE_NAME).set(concat(VALIDATOR_GENERATION_PREFIX, lengthPrefixed(consensusAddress)), be64(this.windowGeneration(ctx)));
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
