import { registerError } from "../../app/errors.js";

// cosmos-sdk x/staking/types/errors.go (the codes clients know).
export const stakingErrors = {
  emptyValidatorAddr: registerError("staking", 2, "empty validator address"),
  noValidatorFound: registerError("staking", 3, "validator does not exist"),
  validatorOwnerExists: registerError("staking", 4, "validator already exist for this operator address; must use new validator operator address"),
  validatorPubKeyExists: registerError("staking", 5, "validator already exist for this pubkey; must use new validator pubkey"),
  validatorPubKeyTypeNotSupported: registerError("staking", 6, "validator pubkey type is not supported"),
  commissionNegative: registerError("staking", 8, "commission must be positive"),
  commissionHuge: registerError("staking", 9, "commission cannot be more than 100%"),
  commissionGTMaxRate: registerError("staking", 10, "commission cannot be more than the max rate"),
  commissionUpdateTime: registerError("staking", 11, "commission cannot be changed more than once in 24h"),
  commissionChangeRateNegative: registerError("staking", 12, "commission change rate must be positive"),
  commissionChangeRateGTMaxRate: registerError("staking", 13, "commission change rate cannot be more than the max rate"),
  commissionGTMaxChangeRate: registerError("staking", 14, "commission cannot be changed more than max change rate"),
  selfDelegationBelowMinimum: registerError("staking", 15, "validator's self delegation must be greater than their minimum self delegation"),
  minSelfDelegationDecreased: registerError("staking", 16, "minimum self delegation cannot be decrease"),
  noDelegation: registerError("staking", 19, "no delegation for (address, validator) tuple"),
  badDenom: registerError("staking", 35, "invalid coin denomination"),
  descriptionLength: registerError("staking", 45, "description is too long"),
  commissionLTMinRate: registerError("staking", 46, "commission cannot be less than min rate"),
} as const;
