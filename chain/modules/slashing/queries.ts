// cosmos.slashing.v1beta1.Query (what wallets and explorers read) and ais.slashing.v1.Query/Params.
import {
  QueryParamsRequest,
  QueryParamsResponse,
  QuerySigningInfoRequest,
  QuerySigningInfoResponse,
  QuerySigningInfosRequest,
  QuerySigningInfosResponse,
} from "cosmjs-types/cosmos/slashing/v1beta1/query";
import { ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { QueryParamsRequest as AisQueryParamsRequest, QueryParamsResponse as AisQueryParamsResponse } from "../../../codegen/ais/slashing/v1/query.js";
import { grpcError } from "../../app/errors.js";
import { paginate } from "../../app/pagination.js";
import { queryRoute, type AnyQueryRoute } from "../../app/module.js";
import { BECH32_PREFIX, fromBech32 } from "../../types/address.js";
import { ONE } from "../../types/dec.js";
import type { SlashingKeeper } from "./keeper.js";

const decBytes = (atomics: bigint) => new TextEncoder().encode(atomics.toString());

export function slashingQueries(keeper: SlashingKeeper): AnyQueryRoute[] {
  return [
    queryRoute({
      path: "/cosmos.slashing.v1beta1.Query/Params",
      request: QueryParamsRequest,
      response: QueryParamsResponse,
      handle(ctx) {
        const p = keeper.params(ctx);
        // The SDK's view: a validator is jailed below min_signed_per_window = 1 − downtime_jail_threshold.
        return {
          params: {
            signedBlocksWindow: p.signedBlocksWindow,
            minSignedPerWindow: decBytes(ONE - BigInt(p.downtimeJailThreshold)),
            downtimeJailDuration: p.downtimeJailDuration!,
            slashFractionDoubleSign: decBytes(BigInt(p.slashFractionDoubleSign)),
            slashFractionDowntime: decBytes(BigInt(p.slashFractionDowntime)),
          },
        };
      },
    }),
    queryRoute({
      path: "/cosmos.slashing.v1beta1.Query/SigningInfo",
      request: QuerySigningInfoRequest,
      response: QuerySigningInfoResponse,
      handle(ctx, req) {
        if (req.consAddress === "") throw grpcError("InvalidArgument", "invalid request");
        let address: Uint8Array;
        try {
          address = fromBech32(req.consAddress, BECH32_PREFIX.consensus);
        } catch (err) {
          throw grpcError("InvalidArgument", (err as Error).message);
        }
        const info = keeper.signingInfo(ctx, address);
        if (info === undefined) throw grpcError("NotFound", `SigningInfo not found for validator ${req.consAddress}`);
        return { valSigningInfo: keeper.currentWindow(ctx, address, info) };
      },
    }),
    queryRoute({
      path: "/cosmos.slashing.v1beta1.Query/SigningInfos",
      request: QuerySigningInfosRequest,
      response: QuerySigningInfosResponse,
      handle(ctx, req) {
        // Keys are the length-prefixed consensus addresses.
        const page = paginate(keeper.signingInfoStore(ctx), req.pagination, (key, value) => keeper.currentWindow(ctx, key.subarray(1), ValidatorSigningInfo.decode(value)));
        return { info: page.items, pagination: page.pagination };
      },
    }),
    queryRoute({
      path: "/ais.slashing.v1.Query/Params",
      request: AisQueryParamsRequest,
      response: AisQueryParamsResponse,
      handle: (ctx) => ({ params: keeper.params(ctx) }),
    }),
  ];
}
