import { registerError } from "../../app/errors.js";

// cosmos-sdk x/staking/types/errors.go (the codes clients know).
export const stakingErrors = {
  emptyValidatorAddr: registerError("staking", 2, "empty validator address"),
  noValidatorFound: registerError("staking", 3, "validator does not exist"),
  validatorOwnerExists: registerError("staking", 4, "validator already exist for this operator address; must use new validator operator address"),
  validatorPubKeyExists: registerError("staking", 5, "validator already exist for this pubkey; must use new validator pubkey"),
  validatorPubKeyTypeNotSupported: registerError("staking", 6, "validator pubkey type is not supported"),
  validatorJailed: registerError("staking", 7, "validator for this address is currently jailed"),
  commissionNegative: registerError("staking", 9, "commission must be positive"),
  commissionHuge: registerError("staking", 10, "commission cannot be more than 100%"),
  commissionGTMaxRate: registerError("staking", 11, "commission cannot be more than the max rate"),
  commissionUpdateTime: registerError("staking", 12, "commission cannot be changed more than once in 24h"),
  commissionChangeRateNegative: registerError("staking", 13, "commission change rate must be positive"),
  commissionChangeRateGTMaxRate: registerError("staking", 14, "commission change rate cannot be more than the max rate"),
  commissionGTMaxChangeRate: registerError("staking", 15, "commission cannot be changed more than max change rate"),
  selfDelegationBelowMinimum: registerError("staking", 16, "validator's self delegation must be greater than their minimum self delegation"),
  minSelfDelegationDecreased: registerError("staking", 17, "minimum self delegation cannot be decrease"),
  noDelegation: registerError("staking", 19, "no delegation for (address, validator) tuple"),
  insufficientShares: registerError("staking", 22, "insufficient delegation shares"),
  notEnoughDelegationShares: registerError("staking", 24, "not enough delegation shares"),
  noUnbondingDelegation: registerError("staking", 26, "no unbonding delegation found"),
  maxUnbondingEntries: registerError("staking", 27, "too many unbonding delegation entries for (delegator, validator) tuple"),
  commissionLTMinRate: registerError("staking", 40, "commission cannot be less than min rate"),
} as const;
