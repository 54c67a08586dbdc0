import { registerError } from "../../app/errors.js";

// cosmos-sdk x/slashing/types/errors.go codes, then AIS's own for misbehaviour reports.
export const slashingErrors = {
  noValidatorForAddress: registerError("slashing", 2, "address is not associated with any known validator"),
  validatorJailed: registerError("slashing", 4, "validator still jailed; cannot be unjailed"),
  validatorNotJailed: registerError("slashing", 5, "validator not jailed; cannot be unjailed"),
  missingSelfDelegation: registerError("slashing", 6, "validator has no self-delegation; cannot be unjailed"),
  selfDelegationTooLowToUnjail: registerError("slashing", 7, "validator's self delegation less than minimum; cannot be unjailed"),
  noSigningInfoFound: registerError("slashing", 8, "no validator signing info found"),
  invalidMisbehaviour: registerError("slashing", 20, "invalid misbehaviour report"),
  misbehaviourExpired: registerError("slashing", 21, "misbehaviour is older than the evidence age"),
  alreadyTombstoned: registerError("slashing", 22, "validator is already tombstoned: its double signing has been punished"),
  invalidVoteSignature: registerError("slashing", 23, "vote signature does not verify against the validator's consensus key"),
  validatorTombstoned: registerError("slashing", 24, "validator is tombstoned for double signing and accepts no delegations"),
} as const;
