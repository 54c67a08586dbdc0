// Stores CometBFT's consensus parameters in state (cosmos-sdk x/consensus), so every node reads the
// same block gas limit after a restart and governance can change them.
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { Context } from "../../app/context.js";
import { Item } from "../../app/item.js";

export const STORE_NAME = "consensus";

export class ConsensusKeeper {
  private readonly paramsItem = new Item(STORE_NAME, Uint8Array.of(0x01), ConsensusParams, ConsensusParams.fromPartial({}));

  getParams(ctx: Context): ConsensusParams | undefined {
    return this.paramsItem.find(ctx);
  }

  setParams(ctx: Context, params: ConsensusParams): void {
    this.paramsItem.set(ctx, params);
  }

  /** The block gas limit; undefined when unlimited (max_gas = -1 or 0). */
  maxBlockGas(ctx: Context): number | undefined {
    const maxGas = this.getParams(ctx)?.block?.maxGas ?? -1n;
    return maxGas > 0n ? Number(maxGas) : undefined;
  }
}
