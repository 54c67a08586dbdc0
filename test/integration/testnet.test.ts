// A 4-validator `aisd testnet` on loopback: every node reaches height 20 with identical app hashes,
// every block is signed by the validators, and `testnet stop` ends every process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aisd, freePortRange, tempDir, waitFor } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

const VALIDATORS = 4;

describe("aisd testnet with 4 validators", () => {
  const dir = tempDir("testnet");
  let nodes: CometRpc[];

  beforeAll(async () => {
    const base = await freePortRange(10 * VALIDATORS);
    const init = await aisd([
      "testnet", "init", "--validators", String(VALIDATORS), "--output", dir.path,
      "--starting-port", String(base), "--block-time", "200ms",
    ]);
    expect(init.trim().split("\n")).toHaveLength(VALIDATORS);
    nodes = Array.from({ length: VALIDATORS }, (_, i) => new CometRpc(`http://127.0.0.1:${base + 10 * i + 1}`));
    await aisd(["testnet", "start", "--output", dir.path]);
    await waitFor(
      "all nodes at height 20",
      async () => ((await Promise.all(nodes.map((n) => n.height()))).every((h) => h >= 20) ? true : undefined),
      150_000,
    );
  });

  afterAll(async () => {
    await aisd(["testnet", "stop", "--output", dir.path]).catch(() => undefined);
    dir.remove();
  });

  it("agrees on every app hash from height 2 to 20", async () => {
    for (let height = 2; height <= 20; height++) {
      const hashes = await Promise.all(nodes.map((n) => n.appHashInHeader(height)));
      expect(new Set(hashes).size, `app hashes at height ${height}`).toBe(1);
      expect(hashes[0]).toMatch(/^[0-9A-F]{64}$/);
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
