// Module parameters change only through governance: the gov module account is their authority.
import { sdkErrors } from "../app/errors.js";
import { accString, moduleAddress } from "../types/address.js";

export const GOV_AUTHORITY = accString(moduleAddress("gov"));

export function checkAuthority(authority: string): void {
  if (authority !== GOV_AUTHORITY) {
    throw sdkErrors.unauthorized.wrap(`invalid authority; expected ${GOV_AUTHORITY}, got ${authority}`);
  }
}
