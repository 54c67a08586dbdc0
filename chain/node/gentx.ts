// Genesis transactions: each genesis validator's operator signs a MsgCreateValidator bonding its
// self-delegation to its node's consensus key, with the account number genesis gives it.
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { signTx, type SigningKey } from "../client/tx.js";
import { BECH32_PREFIX, accAddress, toBech32 } from "../types/address.js";
import { parseDec } from "../types/dec.js";

/** Each genesis validator's operator is funded with this and bonds most of it. */
export const GENESIS_OPERATOR_FUNDS = 1_100_000n * 1_000_000n;
export const GENESIS_SELF_BOND = 1_000_000n * 1_000_000n;

export interface GenesisValidatorSpec {
  moniker: string;
  operator: SigningKey;
  /** Base64 ed25519 public key from the node's priv_validator_key.json. */
  consensusPubKey: string;
}

export function operatorAddressOf(account: string): string {
  return toBech32(BECH32_PREFIX.validatorOperator, accAddress(account));
}

export function createGentx(spec: GenesisValidatorSpec, chainId: string, accountNumber: bigint, bondDenom = "uais"): string {
  const message = MsgCreateValidator.fromPartial({
    description: { moniker: spec.moniker },
    commission: { rate: parseDec("0.1").toString(), maxRate: parseDec("0.2").toString(), maxChangeRate: parseDec("0.01").toString() },
    minSelfDelegation: "1",
    delegatorAddress: "",
    validatorAddress: operatorAddressOf(spec.operator.address),
    pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: Buffer.from(spec.consensusPubKey, "base64") }).finish() },
    value: { denom: bondDenom, amount: GENESIS_SELF_BOND.toString() },
  });
  const bytes = signTx(
    { messages: [{ typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator", value: MsgCreateValidator.encode(message).finish() }], fee: [], gasLimit: 400_000n },
    spec.operator,
    { chainId, accountNumber, sequence: 0n },
  );
  return Buffer.from(bytes).toString("base64");
}
