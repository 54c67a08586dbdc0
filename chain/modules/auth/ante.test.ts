// Every bad transaction of the issue list: a clear code and log, no state change, the chain goes on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { AuthInfo, SignDoc, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { signSecp256k1 } from "../../crypto/secp256k1.js";
import { keyFromMnemonic, newMnemonic } from "../../node/wallet.js";
import { accString, moduleAddress } from "../../types/address.js";
import { concat } from "../../store/encoding.js";
import { TestChain, testKeys, TEST_CHAIN_ID } from "../../../test/helpers/chain.js";
import { highS, msgSend, signParts, signTx, txParts, type SignOptions } from "../../../test/helpers/txs.js";

const alice = testKeys.private;
const bob = keyFromMnemonic(newMnemonic());
let chain: TestChain;

beforeAll(async () => {
  chain = await TestChain.start();
});
afterAll(async () => chain.close());

function tx(overrides: Partial<SignOptions> = {}): Promise<Uint8Array> {
  const account = chain.account(alice.address)!;
  return signTx({
    signer: alice,
    chainId: TEST_CHAIN_ID,
    accountNumber: account.accountNumber,
    sequence: account.sequence,
    messages: [msgSend(alice.address, bob.address, [{ denom: "uais", amount: "100" }])],
    ...overrides,
  });
}

/** CheckTx and FinalizeBlock both reject the bytes with the code; the state is unchanged. */
async function expectRejected(bytes: Uint8Array, codespace: string, code: number, log: RegExp | string) {
  const check = chain.app.checkTx({ tx: bytes, type: 0 });
  expect([check.codespace, check.code], check.log).toEqual([codespace, code]);
  expect(check.log).toMatch(log);
  const before = chain.stateDigest();
  const { results } = await chain.block([bytes]);
  expect([results[0]!.codespace, results[0]!.code]).toEqual([codespace, code]);
  expect(chain.stateDigest()).toBe(before);
}

describe("ante handler", () => {
  it("accepts a well-formed transfer (control)", async () => {
    const { results } = await chain.block([await tx()]);
    expect(results[0]!.code, results[0]!.log).toBe(0);
  });

  it("accepts a transaction with two signers, each signing with its own account number", async () => {
    const tech = testKeys.technology;
    const [a, t] = [chain.account(alice.address)!, chain.account(tech.address)!];
    const bodyBytes = TxBody.encode(
      TxBody.fromPartial({
        messages: [msgSend(alice.address, bob.address, [{ denom: "uais", amount: "1" }]), msgSend(tech.address, bob.address, [{ denom: "uais", amount: "2" }])],
      }),
    ).finish();
    const signerInfo = (key: typeof alice, sequence: bigint) => ({
      publicKey: { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: PubKey.encode({ key: key.publicKey }).finish() },
      modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
      sequence,
    });
    const authInfoBytes = AuthInfo.encode(
      AuthInfo.fromPartial({ signerInfos: [signerInfo(alice, a.sequence), signerInfo(tech, t.sequence)], fee: { amount: [{ denom: "uais", amount: "7500" }], gasLimit: 300_000n } }),
    ).finish();
    const sign = (key: typeof alice, accountNumber: bigint) =>
      signSecp256k1(SignDoc.encode({ bodyBytes, authInfoBytes, chainId: TEST_CHAIN_ID, accountNumber }).finish(), key.privateKey);
    const bytes = TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [sign(alice, a.accountNumber), sign(tech, t.accountNumber)] }).finish();
    const before = chain.balance(tech.address);
    const { results } = await chain.block([bytes]);
    expect(results[0]!.code, results[0]!.log).toBe(0);
    expect(chain.balance(tech.address)).toBe(before - 2n); // the first signer paid the fee
    expect(chain.account(tech.address)!.sequence).toBe(t.sequence + 1n);
    const swapped = TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [sign(tech, t.accountNumber), sign(alice, a.accountNumber)] }).finish();
    await expectRejected(swapped, "sdk", 32, /account sequence mismatch/);
  });

  it("rejects undecodable bytes", async () => expectRejected(Uint8Array.of(0x0a, 0xff, 0x01), "sdk", 2, /tx parse error/));

  it("rejects a TxRaw with trailing unknown fields (a second hash for one signed tx)", async () => {
    const bytes = await tx();
    await expectRejected(new Uint8Array([...bytes, 0x22, 0x00]), "sdk", 2, /TxRaw: unknown field 4/);
    // Known fields out of order: the same transaction under another hash (ADR-027).
    const raw = TxRaw.decode(bytes);
    const reordered = concat(TxRaw.encode({ ...raw, bodyBytes: new Uint8Array(0) }).finish(), TxRaw.encode({ bodyBytes: raw.bodyBytes, authInfoBytes: new Uint8Array(0), signatures: [] }).finish());
    await expectRejected(reordered, "sdk", 2, /not canonically encoded/);
  });

  it("rejects a message type it cannot resolve (code 2, as the SDK's decoder) and one it does not route (code 6)", async () => {
    await expectRejected(await tx({ messages: [{ typeUrl: "/ais.nothing.v1.MsgNothing", value: new Uint8Array(0) }] }), "sdk", 2, /unable to resolve type URL/);
    const unrouted = { typeUrl: "/cosmos.distribution.v1beta1.MsgDepositValidatorRewardsPool", value: new Uint8Array(0) };
    await expectRejected(await tx({ messages: [unrouted] }), "sdk", 6, /unrecognized message type/);
  });

  it("rejects a signature for another chain id", async () =>
    expectRejected(await tx({ chainId: "ais-other-1" }), "sdk", 4, /signature verification failed/));

  it("rejects a wrong account number", async () =>
    expectRejected(await tx({ accountNumber: 99n }), "sdk", 4, /signature verification failed/));

  it("rejects replayed and future sequences", async () => {
    const current = chain.account(alice.address)!.sequence;
    await expectRejected(await tx({ sequence: current - 1n }), "sdk", 32, `account sequence mismatch, expected ${current}, got ${current - 1n}`);
    await expectRejected(await tx({ sequence: current + 5n }), "sdk", 32, `expected ${current}, got ${current + 5n}`);
  });

  it("rejects bad, missing and high-S signatures", async () => {
    await expectRejected(await tx({ tamperSignature: (s) => s.map((b, i) => (i === 10 ? b ^ 1 : b)) }), "sdk", 4, /signature verification failed/);
    await expectRejected(await tx({ unsigned: true }), "sdk", 4, /wrong number of signatures/);
    await expectRejected(await tx({ tamperSignature: highS }), "sdk", 4, /signature verification failed/);
  });

  it("accepts SIGN_MODE_LEGACY_AMINO_JSON signed as cosmjs's amino signer signs (memo, timeout height)", async () => {
    const before = chain.balance(bob.address);
    const bytes = await tx({ signMode: SignMode.SIGN_MODE_LEGACY_AMINO_JSON, memo: "<ledger> & co", timeoutHeight: 1_000_000n });
    const { results } = await chain.block([bytes]);
    expect(results[0]!.code, results[0]!.log).toBe(0);
    expect(chain.balance(bob.address)).toBe(before + 100n);
  });

  it("rejects amino JSON signed over another memo, naming account number, sequence and chain id", async () => {
    const sequence = chain.account(alice.address)!.sequence;
    const bytes = await tx({ signMode: SignMode.SIGN_MODE_LEGACY_AMINO_JSON, memo: "pay 100", signedMemo: "pay 1" });
    await expectRejected(bytes, "sdk", 4, `please verify account number (${chain.account(alice.address)!.accountNumber}), sequence (${sequence}) and chain-id (${TEST_CHAIN_ID})`);
  });

  it("rejects amino JSON whose body carries fields amino JSON does not sign (non-critical ones pass in DIRECT)", async () => {
    const account = chain.account(alice.address)!;
    const options = { signer: alice, chainId: TEST_CHAIN_ID, accountNumber: account.accountNumber, sequence: account.sequence, messages: [msgSend(alice.address, bob.address, [{ denom: "uais", amount: "1" }])] };
    const extra = Uint8Array.of(0x8a, 0x40, 0x01, 0x00); // field 1025 (non-critical range), LEN, one zero byte
    const withExtra = async (signMode: SignMode) => {
      const { bodyBytes, authInfoBytes } = txParts({ ...options, signMode });
      const body = concat(bodyBytes, extra);
      const signature = signMode === SignMode.SIGN_MODE_DIRECT ? await signParts(alice, TEST_CHAIN_ID, account.accountNumber, body, authInfoBytes) : TxRaw.decode(await tx({ signMode, messages: options.messages })).signatures[0]!;
      return TxRaw.encode({ bodyBytes: body, authInfoBytes, signatures: [signature] }).finish();
    };
    await expectRejected(await withExtra(SignMode.SIGN_MODE_LEGACY_AMINO_JSON), "sdk", 4, /body has fields amino JSON does not sign/);
    const { results } = await chain.block([await withExtra(SignMode.SIGN_MODE_DIRECT)]);
    expect(results[0]!.code, results[0]!.log).toBe(0);
  });

  it("rejects the sign modes AIS does not verify (textual, direct-aux)", async () => {
    await expectRejected(await tx({ signMode: SignMode.SIGN_MODE_TEXTUAL }), "sdk", 37, /SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON/);
    await expectRejected(await tx({ signMode: SignMode.SIGN_MODE_DIRECT_AUX }), "sdk", 37, /is not supported/);
  });

  it("rejects a public key that is not the signer's", async () => {
    const other = keyFromMnemonic(newMnemonic());
    const fresh = keyFromMnemonic(newMnemonic());
    // Fund a fresh account so that its first transaction presents a key.
    await chain.block([await tx({ messages: [msgSend(alice.address, fresh.address, [{ denom: "uais", amount: "1000000" }])] })]);
    const account = chain.account(fresh.address)!;
    const bytes = await signTx({
      signer: fresh,
      publicKey: other.publicKey,
      chainId: TEST_CHAIN_ID,
      accountNumber: account.accountNumber,
      sequence: 0n,
      messages: [msgSend(fresh.address, bob.address, [{ denom: "uais", amount: "1" }])],
    });
    await expectRejected(bytes, "sdk", 27, /pubKey does not match signer address/);
  });

  const BOTH_FLOORS = "500uais (the chain's minimum gas prices), 5000uais (this node's minimum gas prices): insufficient fee";

  it("rejects a fee below this node's minimum in CheckTx only, naming both floors", async () => {
    const bytes = await tx({ fee: [{ denom: "uais", amount: "600" }] });
    const check = chain.app.checkTx({ tx: bytes, type: 0 });
    expect([check.code, check.log]).toEqual([13, `insufficient fees; got: 600uais required: ${BOTH_FLOORS}`]);
    // Blocks proposed by others are not held to this node's local minimum, only to the chain's floor.
    expect((await chain.block([bytes])).results[0]!.code).toBe(0);
  });

  it("rejects a fee below the chain's minimum gas prices in every block (CheckTx names both floors at once)", async () => {
    const bytes = await tx({ fee: [{ denom: "uais", amount: "499" }] });
    await expectRejected(bytes, "sdk", 13, /^insufficient fees; got: 499uais required: 500uais \(the chain's minimum gas prices\)/);
    expect(chain.app.checkTx({ tx: bytes, type: 0 }).log).toBe(`insufficient fees; got: 499uais required: ${BOTH_FLOORS}`);
    const { results } = await chain.block([bytes]);
    expect(results[0]!.log).toBe("insufficient fees; got: 499uais required: 500uais (the chain's minimum gas prices): insufficient fee");
  });

  it("rejects a fee the payer cannot afford", async () => {
    const poor = keyFromMnemonic(newMnemonic());
    await chain.block([await tx({ messages: [msgSend(alice.address, poor.address, [{ denom: "uais", amount: "10" }])] })]);
    const account = chain.account(poor.address)!;
    const bytes = await signTx({
      signer: poor,
      chainId: TEST_CHAIN_ID,
      accountNumber: account.accountNumber,
      sequence: 0n,
      messages: [msgSend(poor.address, bob.address, [{ denom: "uais", amount: "1" }])],
      fee: [{ denom: "uais", amount: "5000" }],
    });
    await expectRejected(bytes, "sdk", 5, /spendable balance 10uais is smaller than 5000uais/);
  });

  it("rejects zero, negative-looking, over-2^256 and malformed amounts", async () => {
    for (const amount of ["0", "-5", (1n << 256n).toString(), "1.5", ""]) {
      await expectRejected(await tx({ messages: [msgSend(alice.address, bob.address, [{ denom: "uais", amount }])] }), "sdk", 10, /invalid coins/);
    }
  });

  it("rejects an invalid denom", async () =>
    expectRejected(await tx({ messages: [msgSend(alice.address, bob.address, [{ denom: "1bad", amount: "5" }])] }), "sdk", 10, /invalid denom/));

  it("rejects invalid and wrong-prefix addresses", async () => {
    await expectRejected(await tx({ messages: [msgSend(alice.address, "ais1notanaddress", [{ denom: "uais", amount: "5" }])] }), "sdk", 7, /invalid address/);
    const cosmos = "cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0auqdal4";
    await expectRejected(await tx({ messages: [msgSend(alice.address, cosmos, [{ denom: "uais", amount: "5" }])] }), "sdk", 7, /expected ais, got cosmos/);
  });

  it("rejects a transfer to a blocked module account (the fee is still paid)", async () => {
    const before = chain.balance(alice.address);
    const fee = accString(moduleAddress("fee_collector"));
    const { results } = await chain.block([await tx({ messages: [msgSend(alice.address, fee, [{ denom: "uais", amount: "5" }])] })]);
    expect([results[0]!.code, results[0]!.log]).toEqual([4, `${fee} is not allowed to receive funds: unauthorized`]);
    expect(chain.balance(alice.address)).toBe(before - 5000n);
  });

  it("rejects a memo over 256 characters", async () => expectRejected(await tx({ memo: "m".repeat(257) }), "sdk", 12, /maximum number of characters is 256/));

  it("rejects too many messages", async () => {
    const messages = Array.from({ length: 33 }, () => msgSend(alice.address, bob.address, [{ denom: "uais", amount: "1" }]));
    await expectRejected(await tx({ messages }), "sdk", 18, /too many messages/);
  });

  it("rejects a gas limit above the block's max gas", async () =>
    expectRejected(await tx({ gasLimit: 100_000_001n }), "sdk", 41, /exceeds block max gas/));

  it("rejects a gas limit too low to pay for the signature", async () =>
    expectRejected(await tx({ gasLimit: 3000n, fee: [{ denom: "uais", amount: "100" }] }), "sdk", 11, /out of gas/));

  it("reports an unknown account as gRPC NotFound, as cosmjs expects", () => {
    const response = chain.app.query({
      path: "/cosmos.auth.v1beta1.Query/Account",
      data: QueryAccountRequest.encode({ address: keyFromMnemonic(newMnemonic()).address }).finish(),
      height: 0n,
      prove: false,
    });
    expect(response.code).toBe(22);
    expect(response.log).toMatch(/^rpc error: code = NotFound desc = account ais1\w+ not found: key not found$/);
    const known = chain.app.query({
      path: "/cosmos.auth.v1beta1.Query/Account",
      data: QueryAccountRequest.encode({ address: alice.address }).finish(),
      height: 0n,
      prove: false,
    });
    expect(QueryAccountResponse.decode(known.value).account?.typeUrl).toBe("/cosmos.auth.v1beta1.BaseAccount");
  });

  it("estimates gas without a fee (as cosmjs simulates) at no less than the transaction uses when it pays one", async () => {
    const simulated = chain.app.simulate(await tx({ fee: [] }));
    expect(simulated.code, simulated.log).toBe(0);
    const { results } = await chain.block([await tx()]);
    expect(results[0]!.code, results[0]!.log).toBe(0);
    const used = Number(results[0]!.gasUsed);
    // The one-unit transfer in the fee denom writes the same two balances: the same gas, give or take
    // the read of the payer's balance and the bytes of an amount (it came out 27% short without it).
    expect(Math.abs(simulated.gasUsed - used)).toBeLessThanOrEqual(1_500);
  });
});
