// genutil: the genesis transactions (gentxs) that create the first validators. Each is a signed
// TxRaw (base64) carrying MsgCreateValidator; the app delivers them after every module's genesis,
// in order, and a failing one stops the chain from starting.
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { AppModule } from "../../app/module.js";

export const CREATE_VALIDATOR = "/cosmos.staking.v1beta1.MsgCreateValidator";

export function parseGenTxs(json: unknown): Uint8Array[] {
  const list = (json as { gen_txs?: unknown } | undefined)?.gen_txs ?? [];
  if (!Array.isArray(list)) throw new Error("gen_txs must be a list of base64 transactions");
  return list.map((entry, i) => {
    if (typeof entry !== "string" || !/^[A-Za-z0-9+/]+={0,2}$/.test(entry)) throw new Error(`gen_txs[${i}] is not base64`);
    const bytes = new Uint8Array(Buffer.from(entry, "base64"));
    const body = TxBody.decode(TxRaw.decode(bytes).bodyBytes);
    if (body.messages.length === 0 || body.messages.some((m) => m.typeUrl !== CREATE_VALIDATOR)) {
      throw new Error(`gen_txs[${i}] must carry only ${CREATE_VALIDATOR} messages`);
    }
    return bytes;
  });
}

export function genutilModule(): AppModule {
  return {
    name: "genutil",
    storeNames: [],
    genesis: {
      defaultGenesis: () => ({ gen_txs: [] }),
      validateGenesis: (json) => void parseGenTxs(json),
      initGenesis: () => {}, // delivered by the app once every module is initialized
    },
  };
}
