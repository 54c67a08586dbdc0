// Random bytes and mutated valid transactions through CheckTx and FinalizeBlock: the node never
// throws, and the app hash moves only in blocks where a transaction succeeded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyFromMnemonic, newMnemonic } from "../node/wallet.js";
import { TestChain, testKeys, TEST_CHAIN_ID } from "../../test/helpers/chain.js";
import { Random } from "../../test/helpers/random.js";
import { msgSend, signTx } from "../../test/helpers/txs.js";

const alice = testKeys.private;
const bob = keyFromMnemonic(newMnemonic());
let chain: TestChain;

beforeAll(async () => {
  chain = await TestChain.start();
});
afterAll(async () => chain.close());

function mutate(bytes: Uint8Array, rng: Random): Uint8Array {
  const out = Array.from(bytes);
  switch (rng.int(5)) {
    case 0: // flip bits
      for (let i = 0, n = 1 + rng.int(3); i < n; i++) out[rng.int(out.length)]! ^= 1 << rng.int(8);
      break;
    case 1: // truncate
      out.length = rng.int(out.length);
      break;
    case 2: // append garbage
      out.push(...rng.bytes(1 + rng.int(8)));
      break;
    case 3: // overwrite a run
      for (let i = rng.int(out.length), n = 1 + rng.int(6); n > 0 && i < out.length; i++, n--) out[i] = rng.int(256);
      break;
    default: // delete a byte
      out.splice(rng.int(out.length), 1);
  }
  return Uint8Array.from(out);
}

describe("fuzzing CheckTx and FinalizeBlock", () => {
  it("never crashes and changes state only for valid transactions", async () => {
    const rng = new Random(0x5eed);
    let blocksWithSuccess = 0;
    for (let round = 0; round < 15; round++) {
      const account = chain.account(alice.address)!;
      const valid = await signTx({
        signer: alice,
        chainId: TEST_CHAIN_ID,
        accountNumber: account.accountNumber,
        sequence: account.sequence,
        messages: [msgSend(alice.address, bob.address, [{ denom: "uais", amount: String(1 + rng.int(1000)) }])],
      });
      const txs = Array.from({ length: 20 }, (_, i) => (i % 5 === 4 ? rng.bytes(rng.int(300)) : mutate(valid, rng)));
      if (round % 3 === 0) txs.push(valid); // some blocks also carry the original

      for (const bytes of txs) {
        const check = chain.app.checkTx({ tx: bytes, type: 0 });
        expect(typeof check.code).toBe("number");
      }
      const before = chain.stateDigest();
      const { results } = await chain.block(txs);
      expect(results).toHaveLength(txs.length);
      const succeeded = results.some((r) => r.code === 0);
      if (succeeded) blocksWithSuccess++;
      expect(chain.stateDigest() !== before, `round ${round}: codes ${results.map((r) => r.code).join(",")}`).toBe(succeeded);
    }
    expect(blocksWithSuccess).toBeGreaterThanOrEqual(5);
  });
});
