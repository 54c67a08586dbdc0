// DPoS on real CometBFT: 4 validators, 3 seats; a candidate that out-stakes the weakest active
// validator enters CometBFT's set at the next epoch boundary and not before.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, assertIsDeliverTxSuccess } from "@cosmjs/stargate";
import { QueryCurrentEpochRequest, QueryCurrentEpochResponse } from "../../codegen/ais/epochs/v1/query.js";
import { operatorAddressOf } from "../../chain/node/gentx.js";
import { aisd, freePortRange, tempDir, waitFor } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

const NODES = 4;

describe("epoch elections with 4 validators and 3 seats", () => {
  const dir = tempDir("elections");
  let nodes: CometRpc[];

  const activeKeys = async (rpc: CometRpc, height?: number) =>
    (await rpc.call<{ validators: { pub_key: { value: string } }[] }>("validators", height === undefined ? {} : { height: String(height) })).validators.map((v) => v.pub_key.value);

  beforeAll(async () => {
    const base = await freePortRange(10 * NODES);
    await aisd([
      "testnet", "init", "--validators", String(NODES), "--output", dir.path, "--starting-port", String(base),
      "--block-time", "200ms", "--epoch-seconds", "12", "--max-validators", "3",
    ]);
    nodes = Array.from({ length: NODES }, (_, i) => new CometRpc(`http://127.0.0.1:${base + 10 * i + 1}`));
    await aisd(["testnet", "start", "--output", dir.path]);
    await waitFor("block 3 everywhere", async () => ((await Promise.all(nodes.map((n) => n.height()))).every((h) => h >= 3) ? true : undefined), 120_000);
  });

  afterAll(async () => {
    await aisd(["testnet", "stop", "--output", dir.path]).catch(() => undefined);
    dir.remove();
  });

  it("seats 3 of the 4 genesis validators", async () => {
    expect(await activeKeys(nodes[0]!)).toHaveLength(3);
  });

  it("seats a candidate that out-stakes the others at the next boundary, and not before", async () => {
    const consensusKeys = Array.from({ length: NODES }, (_, i) => {
      const key = JSON.parse(readFileSync(join(dir.path, `node${i}`, "config", "priv_validator_key.json"), "utf8")) as { pub_key: { value: string } };
      return key.pub_key.value;
    });
    const active = await activeKeys(nodes[0]!);
    const outsider = consensusKeys.findIndex((k) => !active.includes(k));
    expect(outsider).toBeGreaterThanOrEqual(0);
    const operator = JSON.parse(readFileSync(join(dir.path, `node${outsider}`, "keyring-test", "validator.json"), "utf8")) as { address: string };

    const keys = JSON.parse(readFileSync(join(dir.path, "genesis-keys.json"), "utf8")) as { private: { mnemonic: string } };
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(keys.private.mnemonic, { prefix: "ais" });
    const address = (await wallet.getAccounts())[0]!.address;
    const client = await SigningStargateClient.connectWithSigner(nodes[0]!.url, wallet, { gasPrice: GasPrice.fromString("0.025uais") });

    // Delegate right after a boundary, so that the next one is well ahead.
    const epoch = async () => {
      const r = await nodes[0]!.abciQuery("/ais.epochs.v1.Query/CurrentEpoch", QueryCurrentEpochRequest.encode({}).finish());
      return QueryCurrentEpochResponse.decode(Buffer.from(r.value!, "base64")).epoch;
    };
    const startEpoch = (await epoch()).number;
    await waitFor("a fresh epoch", async () => ((await epoch()).number > startEpoch ? true : undefined), 60_000);
    const result = await client.delegateTokens(address, operatorAddressOf(operator.address), { denom: "uais", amount: "500000000000" }, "auto");
    assertIsDeliverTxSuccess(result);
    client.disconnect();
    const delegatedIn = (await epoch()).number;

    // Still out until the epoch ends (updates take effect two blocks after the boundary block).
    expect(await activeKeys(nodes[0]!)).not.toContain(consensusKeys[outsider]);
    await waitFor("the next boundary", async () => ((await epoch()).number > delegatedIn ? true : undefined), 60_000);
    const boundaryHeight = Number((await epoch()).startHeight);
    expect(await activeKeys(nodes[0]!, boundaryHeight)).not.toContain(consensusKeys[outsider]);
    await waitFor("the new set", async () => ((await nodes[0]!.height()) >= boundaryHeight + 2 ? true : undefined));
    const seated = await activeKeys(nodes[0]!, boundaryHeight + 2);
    expect(seated).toContain(consensusKeys[outsider]);
    expect(seated).toHaveLength(3);

    // The newcomer signs blocks: its node keeps up and its signature appears in commits.
    const later = boundaryHeight + 4;
    await waitFor("two more blocks", async () => ((await nodes[outsider]!.height()) >= later + 1 ? true : undefined), 60_000);
    const commit = await nodes[0]!.call<{ signed_header: { commit: { signatures: { validator_address: string; block_id_flag: number }[] } } }>("commit", { height: String(later) });
    const outsiderAddress = (JSON.parse(readFileSync(join(dir.path, `node${outsider}`, "config", "priv_validator_key.json"), "utf8")) as { address: string }).address;
    expect(commit.signed_header.commit.signatures.some((s) => s.validator_address === outsiderAddress && s.block_id_flag === 2)).toBe(true);
  });
});
