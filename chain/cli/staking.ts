// aisd tx staking … (the queries are made from the descriptors: autocli.ts).
import { Command, InvalidArgumentError } from "commander";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import type { Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import {
  MsgBeginRedelegate,
  MsgCancelUnbondingDelegation,
  MsgCreateValidator,
  MsgDelegate,
  MsgEditValidator,
  MsgUndelegate,
} from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { BECH32_PREFIX, accAddress, toBech32 } from "../types/address.js";
import { anyOf, signAndBroadcast, type TxCommand, type TxOptions } from "./broadcast.js";
import { coinArgument, decArgument, operatorArgument, positiveIntegerArgument } from "./common.js";

/** The validator operator address of an account (same bytes, aisvaloper prefix). */
export function operatorOf(account: string): string {
  return toBech32(BECH32_PREFIX.validatorOperator, accAddress(account));
}

/** A consensus key as `aisd tendermint show-validator` prints it. */
function consensusPubKeyArgument(text: string): Any {
  let json: { "@type"?: unknown; key?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    throw new InvalidArgumentError('expected JSON like {"@type":"/cosmos.crypto.ed25519.PubKey","key":"…"} (aisd tendermint show-validator)');
  }
  if (json["@type"] !== "/cosmos.crypto.ed25519.PubKey") throw new InvalidArgumentError("only /cosmos.crypto.ed25519.PubKey consensus keys are supported");
  const key = typeof json.key === "string" ? Buffer.from(json.key, "base64") : Buffer.alloc(0);
  if (key.length !== 32) throw new InvalidArgumentError("an ed25519 key is 32 bytes of base64");
  return anyOf(Ed25519PubKey, { key });
}

const DESCRIPTION_OPTIONS = [
  ["moniker", "--moniker <name>", "validator name"],
  ["identity", "--identity <id>", "identity signature (e.g. Keybase)"],
  ["website", "--website <url>", "website"],
  ["securityContact", "--security-contact <email>", "security contact"],
  ["details", "--details <text>", "description"],
] as const satisfies readonly (readonly [keyof Description, string, string])[];

function withDescription(command: Command): Command {
  for (const [, flags, description] of DESCRIPTION_OPTIONS) command.option(flags, description);
  return command;
}

/** The description in the options; fields not given are `absent` ("" or the SDK's "[do-not-modify]"). */
function descriptionOf(opts: Partial<Description>, absent: string): Description {
  return Object.fromEntries(DESCRIPTION_OPTIONS.map(([field]) => [field, opts[field] ?? absent])) as unknown as Description;
}

export function registerStakingTx(tx: Command, txCommand: TxCommand): void {
  const staking = tx.command("staking").description("staking transactions: delegate, unbond, redelegate, validators");

  txCommand(staking, "delegate")
    .description("delegate tokens to a validator")
    .argument("<from>", "key name of the delegator")
    .argument("<validator>", "validator operator address (aisvaloper…)", operatorArgument)
    .argument("<amount>", "tokens, e.g. 1000000uais", coinArgument)
    .action(async (from: string, validator: string, amount: Coin, opts: TxOptions) => {
      await signAndBroadcast(from, opts, (key) => [anyOf(MsgDelegate, { delegatorAddress: key.address, validatorAddress: validator, amount })]);
    });

  txCommand(staking, "unbond")
    .description("undelegate tokens from a validator; they are paid out when the unbonding time has passed")
    .argument("<from>", "key name of the delegator")
    .argument("<validator>", "validator operator address", operatorArgument)
    .argument("<amount>", "tokens, e.g. 1000000uais", coinArgument)
    .action(async (from: string, validator: string, amount: Coin, opts: TxOptions) => {
      await signAndBroadcast(from, opts, (key) => [anyOf(MsgUndelegate, { delegatorAddress: key.address, validatorAddress: validator, amount })]);
    });

  txCommand(staking, "redelegate")
    .description("move a delegation from one validator to another without unbonding")
    .argument("<from>", "key name of the delegator")
    .argument("<src>", "source validator operator address", operatorArgument)
    .argument("<dst>", "destination validator operator address", operatorArgument)
    .argument("<amount>", "tokens, e.g. 1000000uais", coinArgument)
    .action(async (from: string, src: string, dst: string, amount: Coin, opts: TxOptions) => {
      await signAndBroadcast(from, opts, (key) => [
        anyOf(MsgBeginRedelegate, { delegatorAddress: key.address, validatorSrcAddress: src, validatorDstAddress: dst, amount }),
      ]);
    });

  txCommand(staking, "cancel-unbond")
    .description("cancel (part of) an unbonding entry and delegate its tokens back to the validator")
    .argument("<from>", "key name of the delegator")
    .argument("<validator>", "validator operator address", operatorArgument)
    .argument("<amount>", "tokens, e.g. 1000000uais", coinArgument)
    .argument("<creation-height>", "height at which the unbonding entry was created", positiveIntegerArgument)
    .action(async (from: string, validator: string, amount: Coin, creationHeight: bigint, opts: TxOptions) => {
      await signAndBroadcast(from, opts, (key) => [
        anyOf(MsgCancelUnbondingDelegation, { delegatorAddress: key.address, validatorAddress: validator, amount, creationHeight }),
      ]);
    });

  withDescription(txCommand(staking, "create-validator"))
    .description("create a validator operated by the key <from>, bonding <amount> of its tokens")
    .argument("<from>", "key name of the operator")
    .argument("<amount>", "self-delegation, e.g. 1000000uais", coinArgument)
    .requiredOption("--pubkey <json>", "consensus key, as `aisd tendermint show-validator` prints it", consensusPubKeyArgument)
    .option("--commission-rate <rate>", "commission rate", decArgument, decArgument("0.1"))
    .option("--commission-max-rate <rate>", "highest commission rate ever allowed", decArgument, decArgument("0.2"))
    .option("--commission-max-change-rate <rate>", "largest daily change of the commission rate", decArgument, decArgument("0.01"))
    .option("--min-self-delegation <amount>", "self-delegation below which the validator is jailed", positiveIntegerArgument, 1n)
    .action(
      async (
        from: string,
        value: Coin,
        opts: TxOptions & Partial<Description> & { pubkey: Any; commissionRate: string; commissionMaxRate: string; commissionMaxChangeRate: string; minSelfDelegation: bigint },
      ) => {
        if (opts.moniker === undefined) throw new Error("--moniker is required");
        await signAndBroadcast(from, opts, (key) => [
          anyOf(MsgCreateValidator, {
            description: descriptionOf(opts, ""),
            commission: { rate: opts.commissionRate, maxRate: opts.commissionMaxRate, maxChangeRate: opts.commissionMaxChangeRate },
            minSelfDelegation: opts.minSelfDelegation.toString(),
            delegatorAddress: key.address,
            validatorAddress: operatorOf(key.address),
            pubkey: opts.pubkey,
            value,
          }),
        ]);
      },
    );

  withDescription(txCommand(staking, "edit-validator"))
    .description("change the description, commission rate (at most once a day) or minimum self-delegation of the key's validator")
    .argument("<from>", "key name of the operator")
    .option("--commission-rate <rate>", "new commission rate, e.g. 0.05", decArgument)
    .option("--min-self-delegation <amount>", "new (higher) minimum self-delegation", positiveIntegerArgument)
    .action(async (from: string, opts: TxOptions & Partial<Description> & { commissionRate?: string; minSelfDelegation?: bigint }) => {
      const description = descriptionOf(opts, "[do-not-modify]");
      const edits = Object.values(description).some((v) => v !== "[do-not-modify]") || opts.commissionRate !== undefined || opts.minSelfDelegation !== undefined;
      if (!edits) throw new Error("nothing to edit: give --moniker, --identity, --website, --security-contact, --details, --commission-rate or --min-self-delegation");
      await signAndBroadcast(from, opts, (key) => [
        anyOf(MsgEditValidator, {
          description,
          validatorAddress: operatorOf(key.address),
          commissionRate: opts.commissionRate ?? "",
          minSelfDelegation: opts.minSelfDelegation?.toString() ?? "",
        }),
      ]);
    });
}
