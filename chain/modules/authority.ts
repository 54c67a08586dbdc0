// Module parameters change only through governance: the gov module account is their authority, and
// each module's MsgUpdateParams is the same route over its own params type.
import { isEngineError, sdkErrors } from "../app/errors.js";
import { msgRoute, type AnyMsgRoute, type MessageCodec } from "../app/module.js";
import type { Context } from "../app/context.js";
import { accAddress, accString, moduleAddress } from "../types/address.js";

export const GOV_AUTHORITY = accString(moduleAddress("gov"));

export function checkAuthority(authority: string): void {
  if (authority !== GOV_AUTHORITY) {
    throw sdkErrors.unauthorized.wrap(`invalid authority; expected ${GOV_AUTHORITY}, got ${authority}`);
  }
}

export interface UpdateParamsRoute<P> {
  /** e.g. "/ais.fees.v1.MsgUpdateParams"; the response type is the same with "Response". */
  typeUrl: string;
  codec: MessageCodec<{ authority: string; params: P }>;
  response: MessageCodec<object>;
  /** Throws when the params are invalid (the message is then rejected before it runs). */
  validate(params: P): void;
  /** Checks that need state (e.g. a value that may not change once the chain runs); runs before `set`. */
  validateAgainst?(ctx: Context, params: P): void;
  set(ctx: Context, params: P): void;
}

/**
 * Runs a params check; what it throws becomes an invalid-request error (sdk code 18), except running
 * out of gas while a stateful check reads the store, which stays what it is.
 */
export function checkParams(check: () => void): void {
  try {
    check();
  } catch (err) {
    if (sdkErrors.outOfGas.is(err) || isEngineError(err)) throw err;
    throw sdkErrors.invalidRequest.wrap((err as Error).message);
  }
}

export function updateParamsRoute<P>(route: UpdateParamsRoute<P>): AnyMsgRoute {
  return msgRoute({
    typeUrl: route.typeUrl,
    codec: route.codec,
    validate(msg) {
      accAddress(msg.authority);
      checkParams(() => route.validate(msg.params));
    },
    signers: (msg) => [msg.authority],
    governance: true,
    handle(ctx, msg) {
      checkAuthority(msg.authority);
      if (route.validateAgainst !== undefined) checkParams(() => route.validateAgainst!(ctx, msg.params));
      route.set(ctx, msg.params);
      return { typeUrl: `${route.typeUrl}Response`, value: route.response.encode({}).finish() };
    },
  });
}
