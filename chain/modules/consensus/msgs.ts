// cosmos.consensus.v1.MsgUpdateParams: governance changes CometBFT's consensus parameters. The app
// returns the new set from the FinalizeBlock that changed them (app.ts); CometBFT applies it from
// the next height.
import { MsgUpdateParams, MsgUpdateParamsResponse } from "cosmjs-types/cosmos/consensus/v1/tx";
import { msgRoute, type AnyMsgRoute } from "../../app/module.js";
import { accAddress } from "../../types/address.js";
import { checkAuthority, checkParams } from "../authority.js";
import { checkEvidenceRetention } from "../evidence-age.js";
import type { ConsensusStaking } from "./expected.js";
import type { ConsensusKeeper } from "./keeper.js";
import { nextConsensusParams, validateConsensusUpdate, validateVoteExtensionsChange } from "./params.js";

// Not an updateParamsRoute: the message carries its params as top-level fields, not in `params`.
export function consensusMsgs(keeper: ConsensusKeeper, staking: ConsensusStaking): AnyMsgRoute[] {
  return [
    msgRoute<MsgUpdateParams>({
      typeUrl: "/cosmos.consensus.v1.MsgUpdateParams",
      codec: MsgUpdateParams,
      validate(msg) {
        accAddress(msg.authority);
        checkParams(() => validateConsensusUpdate(msg));
      },
      signers: (msg) => [msg.authority],
      governance: true,
      handle(ctx, msg) {
        checkAuthority(msg.authority);
        const current = keeper.getParams(ctx);
        checkParams(() => {
          validateVoteExtensionsChange(current?.abci, msg.abci, BigInt(ctx.header.height));
          checkEvidenceRetention(staking.evidenceRetention(ctx), msg.evidence);
        });
        keeper.setParams(ctx, nextConsensusParams(current, msg));
        return { typeUrl: "/cosmos.consensus.v1.MsgUpdateParamsResponse", value: MsgUpdateParamsResponse.encode({}).finish() };
      },
    }),
  ];
}
