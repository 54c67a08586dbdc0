// A 4-validator `aisd testnet` on loopback under a stream of transfers from several accounts: every
// node reaches height 20 with identical app hashes, supply is conserved, every block is signed by
// the validators, and `testnet stop` ends every process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryBalanceRequest, QueryBalanceResponse, QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { startTransferLoop, type TransferLoop } from "../helpers/load.js";
import { aisd, freePortRange, tempDir, waitFor } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

const VALIDATORS = 4;

describe("aisd testnet with 4 validators", () => {
  const dir = tempDir("testnet");
  let nodes: CometRpc[];
  let loops: TransferLoop[] = [];
  let recipients: string[] = [];

  beforeAll(async () => {
    const base = await freePortRange(10 * VALIDATORS);
    const init = await aisd([
      "testnet", "init", "--validators", String(VALIDATORS), "--output", dir.path,
      "--starting-port", String(base), "--block-time", "200ms",
    ]);
    expect(init.trim().split("\n")).toHaveLength(VALIDATORS);
    nodes = Array.from({ length: VALIDATORS }, (_, i) => new CometRpc(`http://127.0.0.1:${base + 10 * i + 1}`));
    await aisd(["testnet", "start", "--output", dir.path]);
    await waitFor("block 2 everywhere", async () => ((await Promise.all(nodes.map((n) => n.height()))).every((h) => h >= 2) ? true : undefined), 90_000);
    const keys = JSON.parse(readFileSync(join(dir.path, "genesis-keys.json"), "utf8")) as Record<string, { mnemonic: string; address: string }>;
    const senders = ["private", "technology", "institutions"].map((name) => keys[name]!);
    recipients = senders.map((_, i) => senders[(i + 1) % senders.length]!.address);
    // Each sender talks to a different validator.
    loops = await Promise.all(senders.map((s, i) => startTransferLoop(nodes[i]!.url, s.mnemonic, recipients[i]!, 60)));
    await waitFor(
      "all nodes at height 20",
      async () => ((await Promise.all(nodes.map((n) => n.height()))).every((h) => h >= 20) ? true : undefined),
      150_000,
    );
    await Promise.all(loops.map((l) => l.stop()));
    const settled = (await nodes[0]!.height()) + 2;
    await waitFor("the last transfers to settle", async () => ((await Promise.all(nodes.map((n) => n.height()))).every((h) => h >= settled) ? true : undefined));
  });

  afterAll(async () => {
    await Promise.all(loops.map((l) => l.stop()));
    await aisd(["testnet", "stop", "--output", dir.path]).catch(() => undefined);
    dir.remove();
  });

  it("carried transfers from every sender", async () => {
    for (const loop of loops) expect(loop.accepted).toBeGreaterThan(5);
    const count = await nodes[3]!.call<{ total_count: string }>("tx_search", { query: "message.action='/cosmos.bank.v1beta1.MsgSend'", per_page: "1" });
    expect(Number(count.total_count)).toBeGreaterThan(15);
  });

  it("agrees on every app hash from height 2 to 20", async () => {
    for (let height = 2; height <= 20; height++) {
      const hashes = await Promise.all(nodes.map((n) => n.appHashInHeader(height)));
      expect(new Set(hashes).size, `app hashes at height ${height}`).toBe(1);
      expect(hashes[0]).toMatch(/^[0-9A-F]{64}$/);
    }
  });

  it("conserves the supply and agrees on balances", async () => {
    const height = (await nodes[0]!.height()) - 1;
    for (const node of nodes) {
      const supply = await node.abciQuery("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest.encode({ denom: "uais" }).finish(), height);
      expect(QuerySupplyOfResponse.decode(Buffer.from(supply.value!, "base64")).amount?.amount).toBe("100000000000000000");
    }
    for (const recipient of recipients) {
      const balances = await Promise.all(
        nodes.map(async (n) => {
          const r = await n.abciQuery("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: recipient, denom: "uais" }).finish(), height);
          return QueryBalanceResponse.decode(Buffer.from(r.value!, "base64")).balance?.amount;
        }),
      );
      expect(new Set(balances).size).toBe(1);
    }
  });

  it("runs all four validators, peered with each other", async () => {
    const validators = await nodes[0]!.call<{ total: string }>("validators");
    expect(Number(validators.total)).toBe(VALIDATORS);
    const peers = await nodes[0]!.call<{ n_peers: string }>("net_info");
    expect(Number(peers.n_peers)).toBe(VALIDATORS - 1);
    const commit = await nodes[1]!.call<{ signed_header: { commit: { signatures: { block_id_flag: number }[] } } }>("commit", { height: "19" });
    const signed = commit.signed_header.commit.signatures.filter((s) => s.block_id_flag === 2).length;
    expect(signed).toBeGreaterThanOrEqual(3); // > 2/3 of the power signed
  });

  it("stops every node", async () => {
    expect(await aisd(["testnet", "stop", "--output", dir.path])).toContain(`stopped ${VALIDATORS} node(s)`);
    for (const node of nodes) await expect(node.height()).rejects.toThrow();
  });
});
