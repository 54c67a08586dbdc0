import { registerError } from "../../app/errors.js";

// cosmos-sdk x/distribution/types/errors.go codes.
export const distributionErrors = {
  noValidatorCommission: registerError("distribution", 3, "no validator commission to withdraw"),
  setWithdrawAddrDisabled: registerError("distribution", 4, "set withdraw address disabled"),
  emptyDelegationDistInfo: registerError("distribution", 5, "no delegation distribution info"),
  badDistribution: registerError("distribution", 9, "community pool does not have sufficient coins to distribute"),
  noValidatorExists: registerError("distribution", 12, "validator does not exist"),
} as const;
