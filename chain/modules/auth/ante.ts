// The ante decorators of a chain with accounts, in the SDK's order: timeout height, memo, size gas,
// fees, then per signer: public key, signature gas, sequence, signature, sequence increment.
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { checkTimeoutHeight, consumeTxSizeGas, type AnteDecorator } from "../../app/ante.js";
import type { Context } from "../../app/context.js";
import { AppError, sdkErrors } from "../../app/errors.js";
import { AminoJsonError } from "../../codec/amino-json.js";
import { schemas } from "../../codec/descriptors.js";
import { scanMessage } from "../../codec/scan.js";
import type { DecodedTx } from "../../app/tx.js";
import { bytesEqual, toHex } from "../../store/encoding.js";
import { accAddress, accString, secp256k1Address } from "../../types/address.js";
import { formatCoins, parseCoins, type CoinAmount } from "../../types/coins.js";
import { mulCeil, type DecCoin } from "../../types/dec.js";
import type { Account } from "./account.js";
import type { FeeBank, FeeFloor } from "./expected.js";
import type { AuthKeeper } from "./keeper.js";
import { legacyAminoSignBytes, signBytes, type VerifiedSignatures } from "./signing.js";

export const SECP256K1_PUBKEY_TYPE = "/cosmos.crypto.secp256k1.PubKey";
export const FEE_COLLECTOR = "fee_collector";

export interface AuthAnteOptions {
  auth: AuthKeeper;
  bank: FeeBank;
  feeFloor: FeeFloor;
  signatures: VerifiedSignatures;
  /** This node's minimum gas prices, applied in CheckTx only (app.toml minimum-gas-prices). */
  minGasPrices: readonly DecCoin[];
}

const signersOf = new WeakMap<DecodedTx, Uint8Array[]>();

/** The distinct signers of a transaction's messages, in order of first appearance (computed once per tx). */
export function txSigners(tx: DecodedTx): Uint8Array[] {
  const known = signersOf.get(tx);
  if (known !== undefined) return known;
  const seen = new Set<string>();
  const signers: Uint8Array[] = [];
  for (const { msg, route } of tx.msgs) {
    for (const signer of route.signers(msg)) {
      const bytes = accAddress(signer);
      const id = toHex(bytes);
      if (!seen.has(id)) {
        seen.add(id);
        signers.push(bytes);
      }
    }
  }
  signersOf.set(tx, signers);
  return signers;
}

export function authAnteDecorators(options: AuthAnteOptions): AnteDecorator[] {
  const { auth, bank } = options;

  const validateMemo: AnteDecorator = (ctx, tx) => {
    const max = auth.params(ctx).maxMemoCharacters;
    const length = BigInt([...tx.body.memo].length);
    if (length > max) {
      throw sdkErrors.memoTooLarge.wrap(`maximum number of characters is ${max} but received ${length} characters`);
    }
  };

  const deductFee: AnteDecorator = (ctx, tx) => {
    const fee = tx.authInfo.fee;
    const signers = txSigners(tx);
    if (signers.length === 0) throw sdkErrors.noSignatures.wrap("transaction has no signers");
    if (fee?.granter) throw sdkErrors.notSupported.wrap("fee grants are not supported");
    const payer = fee?.payer ? accAddress(fee.payer) : signers[0]!;
    if (!signers.some((s) => bytesEqual(s, payer))) throw sdkErrors.invalidRequest.wrap("fee payer must be a signer");
    const feeCoins = parseCoins(fee?.amount ?? [], "fee");
    const gasLimit = fee?.gasLimit ?? 0n;
    // Genesis transactions (gentxs) pay no fee; simulations carry none.
    // Blocks hold every transaction to the chain's floor; CheckTx also to this node's own minimum,
    // and then names both, so that one retry is enough.
    // (Read only in these modes: the floor's read costs gas, and a simulation must not pay it.)
    const chainFloor = () => ({ prices: options.feeFloor.minGasPrices(ctx), label: " (the chain's minimum gas prices)" });
    if (ctx.mode === "finalize") checkMinGasPrices(feeCoins, gasLimit, [chainFloor()]);
    if (ctx.mode === "check" || ctx.mode === "recheck") checkMinGasPrices(feeCoins, gasLimit, [chainFloor(), { prices: options.minGasPrices, label: " (this node's minimum gas prices)" }]);
    if (!auth.hasAccount(ctx, payer)) throw sdkErrors.unknownAddress.wrap(`fee payer address: ${accString(payer)} does not exist`);
    if (feeCoins.length > 0) bank.sendCoinsFromAccountToModule(ctx, payer, FEE_COLLECTOR, feeCoins);
    else if (ctx.mode === "simulate") chargeFeeTransferGas(ctx, payer);
    ctx.events.emit("tx", { fee: formatCoins(feeCoins), fee_payer: accString(payer) });
  };

  /**
   * Gas estimation: wallets (cosmjs "auto") simulate without a fee, but the real transaction will pay
   * one. Moving one unit of the fee denom (none if the payer has none) writes the same two balances,
   * so the estimate includes the gas of paying the fee; the simulation's branch is thrown away.
   */
  const chargeFeeTransferGas = (ctx: Context, payer: Uint8Array) => {
    const denom = (options.feeFloor.minGasPrices(ctx)[0] ?? options.minGasPrices[0])?.denom;
    if (denom === undefined) return;
    const amount = bank.balance(ctx, payer, denom) > 0n ? 1n : 0n;
    bank.sendCoinsFromAccountToModule(ctx, payer, FEE_COLLECTOR, [{ denom, amount }]);
  };

  const verifySignatures: AnteDecorator = (ctx, tx) => {
    const params = auth.params(ctx);
    const signers = txSigners(tx);
    const infos = tx.authInfo.signerInfos;
    const simulate = ctx.mode === "simulate";
    if (infos.length !== signers.length) {
      throw sdkErrors.unauthorized.wrap(`wrong number of signers; expected ${signers.length}, got ${infos.length}`);
    }
    if (!simulate && tx.raw.signatures.length !== signers.length) {
      throw sdkErrors.unauthorized.wrap(`wrong number of signatures; expected ${signers.length}, got ${tx.raw.signatures.length}`);
    }
    if (BigInt(signers.length) > params.txSigLimit) {
      throw sdkErrors.tooManySignatures.wrap(`signatures: ${signers.length}, limit: ${params.txSigLimit}`);
    }
    signers.forEach((signer, index) => {
      const info = infos[index]!;
      const account = auth.getAccount(ctx, signer);
      if (account === undefined) throw sdkErrors.unknownAddress.wrap(`account ${accString(signer)} does not exist`);
      const pubKey = signerPubKey(account, info.publicKey, signer, index);
      ctx.gasMeter.consume(Number(params.sigVerifyCostSecp256k1), "ante verify: secp256k1");
      if (info.sequence !== account.sequence) {
        throw sdkErrors.wrongSequence.wrap(`account sequence mismatch, expected ${account.sequence}, got ${info.sequence}`);
      }
      if (!simulate) {
        const mode = info.modeInfo?.single?.mode;
        const message = signedBytes(tx, mode, ctx.header.chainId, account);
        if (!options.signatures.verify(tx.raw.signatures[index]!, message, pubKey)) {
          throw sdkErrors.unauthorized.wrap(
            mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON
              ? `signature verification failed; please verify account number (${account.accountNumber}), sequence (${account.sequence}) and chain-id (${ctx.header.chainId})`
              : `signature verification failed; please verify account number (${account.accountNumber}) and chain-id (${ctx.header.chainId})`,
          );
        }
      }
      ctx.events.emit("tx", { acc_seq: `${accString(signer)}/${account.sequence}` });
      if (!simulate) ctx.events.emit("tx", { signature: Buffer.from(tx.raw.signatures[index]!).toString("base64") });
      auth.setAccount(ctx, {
        ...account,
        pubKey: account.pubKey ?? { typeUrl: SECP256K1_PUBKEY_TYPE, value: PubKey.encode({ key: pubKey }).finish() },
        sequence: account.sequence + 1n,
      });
    });
  };

  return [
    checkTimeoutHeight,
    validateMemo,
    consumeTxSizeGas((ctx) => Number(auth.params(ctx).txSizeCostPerByte)),
    deductFee,
    verifySignatures,
  ];
}

/** What the signer of `account` signed, in the transaction's signing mode. */
function signedBytes(tx: DecodedTx, mode: SignMode | undefined, chainId: string, account: Account): Uint8Array {
  if (mode === SignMode.SIGN_MODE_DIRECT) return signBytes(tx.raw.bodyBytes, tx.raw.authInfoBytes, chainId, account.accountNumber);
  if (mode !== SignMode.SIGN_MODE_LEGACY_AMINO_JSON) {
    throw sdkErrors.notSupported.wrap(`signing mode ${mode ?? "multi"} is not supported; use SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON`);
  }
  // Amino JSON does not sign the body's bytes, so nothing may hide in them (x/tx refuses even non-critical fields).
  const schema = schemas().schema("cosmos.tx.v1beta1.TxBody")!;
  try {
    scanMessage(tx.raw.bodyBytes, schema, schemas());
  } catch (error) {
    if (error instanceof AppError) throw sdkErrors.unauthorized.wrap("SIGN_MODE_LEGACY_AMINO_JSON: the body has fields amino JSON does not sign");
    throw error;
  }
  const fee = tx.authInfo.fee;
  try {
    return legacyAminoSignBytes(
      { ...tx.body, fee: { amount: fee?.amount ?? [], gasLimit: fee?.gasLimit ?? 0n, payer: fee?.payer ?? "", granter: fee?.granter ?? "" } },
      chainId,
      account.accountNumber,
      account.sequence,
    );
  } catch (error) {
    if (error instanceof AminoJsonError) throw sdkErrors.unauthorized.wrap(`SIGN_MODE_LEGACY_AMINO_JSON: ${error.message}`);
    throw error;
  }
}

/** The key that must have signed: the account's, or on its first transaction the one it presents. */
function signerPubKey(
  account: Account,
  presented: { typeUrl: string; value: Uint8Array } | undefined,
  signer: Uint8Array,
  index: number,
): Uint8Array {
  // A presented key must belong to the signer even when the account already has one (SDK SetPubKey).
  if (presented !== undefined && !bytesEqual(secp256k1Address(decodePubKey(presented)), signer)) {
    throw sdkErrors.invalidPubKey.wrap(`pubKey does not match signer address ${accString(signer)} with signer index: ${index}`);
  }
  const any = account.pubKey ?? presented;
  if (any === undefined) throw sdkErrors.invalidPubKey.wrap(`no public key for signer ${accString(signer)}`);
  return decodePubKey(any);
}

function decodePubKey(any: { typeUrl: string; value: Uint8Array }): Uint8Array {
  if (any.typeUrl !== SECP256K1_PUBKEY_TYPE) throw sdkErrors.invalidPubKey.wrap(`unsupported public key type ${any.typeUrl}`);
  let key: Uint8Array;
  try {
    key = PubKey.decode(any.value).key;
  } catch {
    throw sdkErrors.invalidPubKey.wrap("undecodable secp256k1 public key");
  }
  if (key.length !== 33) throw sdkErrors.invalidPubKey.wrap(`secp256k1 public key must be 33 bytes, got ${key.length}`);
  return key;
}

/** The fee must cover gas × a minimum price in at least one of its denoms, for every floor given; a refusal names every floor. */
function checkMinGasPrices(fee: readonly CoinAmount[], gasLimit: bigint, floors: readonly { prices: readonly DecCoin[]; label: string }[]): void {
  const required = floors
    .filter((floor) => floor.prices.length > 0)
    .map((floor) => ({ label: floor.label, coins: floor.prices.map((p) => ({ denom: p.denom, amount: mulCeil(p.amount, gasLimit) })) }));
  const covered = (coins: readonly CoinAmount[]) => coins.some((r) => r.amount === 0n || (fee.find((c) => c.denom === r.denom)?.amount ?? 0n) >= r.amount);
  if (required.every((r) => covered(r.coins))) return;
  throw sdkErrors.insufficientFee.wrap(`insufficient fees; got: ${formatCoins(fee) || "0"} required: ${required.map((r) => `${formatCoins(r.coins)}${r.label}`).join(", ")}`);
}
