import { registerError } from "../../app/errors.js";

// cosmos-sdk x/distribution/types/errors.go codes.
export const distributionErrors = {
  emptyDelegationDistInfo: registerError("distribution", 5, "no delegation distribution info"),
  noValidatorCommission: registerError("distribution", 7, "no validator commission to withdraw"),
  setWithdrawAddrDisabled: registerError("distribution", 8, "set withdraw address disabled"),
  badDistribution: registerError("distribution", 9, "community pool does not have sufficient coins to distribute"),
  noValidatorExists: registerError("distribution", 12, "validator does not exist"),
  noDelegationExists: registerError("distribution", 13, "delegation does not exist"),
} as const;
