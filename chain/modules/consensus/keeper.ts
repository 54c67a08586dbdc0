// Stores CometBFT's consensus parameters in state (cosmos-sdk x/consensus), so every node reads the
// same block gas limit after a restart and governance can change them.
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { Context } from "../../app/context.js";

export const STORE_NAME = "consensus";
const PARAMS_KEY = Uint8Array.of(0x01);

export class ConsensusKeeper {
  getParams(ctx: Context): ConsensusParams | undefined {
    const bytes = ctx.kv(STORE_NAME).get(PARAMS_KEY);
    return bytes === undefined ? undefined : ConsensusParams.decode(bytes);
  }

  setParams(ctx: Context, params: ConsensusParams): void {
    ctx.kv(STORE_NAME).set(PARAMS_KEY, ConsensusParams.encode(params).finish());
  }

  /** The block gas limit; undefined when unlimited (max_gas = -1 or 0). */
  maxBlockGas(ctx: Context): number | undefined {
    const maxGas = this.getParams(ctx)?.block?.maxGas ?? -1n;
    return maxGas > 0n ? Number(maxGas) : undefined;
  }
}
