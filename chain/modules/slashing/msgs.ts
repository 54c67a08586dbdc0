// MsgUnjail (cosmos.slashing.v1beta1), MsgSubmitMisbehaviour and MsgUpdateParams (ais.slashing.v1).
import { MsgUnjail, MsgUnjailResponse } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { MsgSubmitMisbehaviour, MsgSubmitMisbehaviourResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "../../../codegen/ais/slashing/v1/tx.js";
import { isAtOrAfter } from "../../app/context.js";
import { msgRoute, type AnyMsgRoute } from "../../app/module.js";
import { BECH32_PREFIX, accAddress, accString, canonicalOperator, fromBech32 } from "../../types/address.js";
import { bytesEqual } from "../../store/encoding.js";
import { updateParamsRoute } from "../authority.js";
import { consensusKeyOf } from "../staking/keeper.js";
import { validatorAddress as consensusAddressOf } from "../../crypto/cometbft.js";
import { slashingErrors } from "./errors.js";
import { offenceRejection, punishDoubleSign, validateConflictingVotes, verifyConflictingVotes, type SlashingDeps } from "./evidence.js";
import { validateSlashingParams } from "./params.js";

export function slashingMsgs(deps: SlashingDeps): AnyMsgRoute[] {
  const { keeper, staking } = deps;
  return [
    msgRoute<MsgUnjail>({
      typeUrl: "/cosmos.slashing.v1beta1.MsgUnjail",
      codec: MsgUnjail,
      validate: (msg) => void fromBech32(msg.validatorAddr, BECH32_PREFIX.validatorOperator),
      signers: (msg) => [accString(fromBech32(msg.validatorAddr, BECH32_PREFIX.validatorOperator))],
      handle(ctx, msg) {
        const operator = canonicalOperator(msg.validatorAddr);
        const validator = staking.validator(ctx, operator);
        if (validator === undefined) throw slashingErrors.noValidatorForAddress.error();
        const self = staking.selfDelegationTokens(ctx, operator);
        if (self === undefined) throw slashingErrors.missingSelfDelegation.error();
        if (self < BigInt(validator.minSelfDelegation)) throw slashingErrors.selfDelegationTooLowToUnjail.error();
        if (!validator.jailed) throw slashingErrors.validatorNotJailed.error();
        const info = keeper.signingInfo(ctx, consensusAddressOf(consensusKeyOf(validator)));
        if (info?.tombstoned === true) throw slashingErrors.validatorJailed.wrap("the validator is tombstoned for double signing and can never be unjailed");
        const until = info?.jailedUntil ?? { seconds: 0n, nanos: 0 };
        const now = ctx.header.time;
        if (!isAtOrAfter(now, until)) {
          throw slashingErrors.validatorJailed.wrap(`jailed until ${until.seconds} (unix seconds)`);
        }
        staking.unjail(ctx, operator);
        ctx.events.emit("message", { module: "slashing", sender: accString(fromBech32(operator, BECH32_PREFIX.validatorOperator)) });
        return { typeUrl: "/cosmos.slashing.v1beta1.MsgUnjailResponse", value: MsgUnjailResponse.encode({}).finish() };
      },
    }),

    msgRoute<MsgSubmitMisbehaviour>({
      typeUrl: "/ais.slashing.v1.MsgSubmitMisbehaviour",
      codec: MsgSubmitMisbehaviour,
      validate(msg) {
        accAddress(msg.reporter);
        validateConflictingVotes(msg.voteA, msg.voteB);
      },
      signers: (msg) => [msg.reporter],
      handle(ctx, msg) {
        const { validator, offence } = verifyConflictingVotes(ctx, deps, msg.voteA!, msg.voteB!);
        const { reason } = offenceRejection(ctx, deps, offence);
        if (reason === "tombstoned") throw slashingErrors.alreadyTombstoned.error();
        if (reason === "expired") throw slashingErrors.misbehaviourExpired.wrap(`height ${offence.height}`);
        if (reason !== "") throw slashingErrors.invalidMisbehaviour.wrap(reason);
        // The offender's own operator account earns nothing for reporting itself.
        const reporter = accAddress(msg.reporter);
        const selfReport = bytesEqual(reporter, fromBech32(validator.operatorAddress, BECH32_PREFIX.validatorOperator));
        const { slashed, reward } = punishDoubleSign(ctx, deps, validator, offence, selfReport ? undefined : reporter);
        ctx.events.emit("message", { module: "slashing", sender: msg.reporter });
        return {
          typeUrl: "/ais.slashing.v1.MsgSubmitMisbehaviourResponse",
          value: MsgSubmitMisbehaviourResponse.encode({ slashed: slashed.toString(), reward: reward.toString() }).finish(),
        };
      },
    }),

    updateParamsRoute({
      typeUrl: "/ais.slashing.v1.MsgUpdateParams",
      codec: MsgUpdateParams,
      response: MsgUpdateParamsResponse,
      validate: validateSlashingParams,
      set: (ctx, params) => keeper.setParams(ctx, params),
    }),
  ];
}
