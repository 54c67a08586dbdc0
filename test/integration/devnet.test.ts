// `aisd devnet` under the real CometBFT: blocks, provable state, rejected garbage, clean stop.
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProofOps } from "cosmjs-types/tendermint/crypto/proof";
import { utf8 } from "../../chain/store/encoding.js";
import { assertValidQueryProof } from "../helpers/proofs.js";
import { freePort, runAisd, tempDir, waitFor, type AisdProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

describe("aisd devnet", () => {
  const home = tempDir("devnet");
  let node: AisdProcess;
  let rpc: CometRpc;

  beforeAll(async () => {
    const rpcPort = await freePort();
    node = runAisd(["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(await freePort()), "--grpc-port", String(await freePort()), "--block-time", "100ms"]);
    rpc = new CometRpc(`http://127.0.0.1:${rpcPort}`);
    await waitFor("block 20", async () => ((await rpc.height()) >= 20 ? true : undefined), 90_000);
  });

  afterAll(async () => {
    node.child.kill("SIGTERM");
    await node.exited;
    home.remove();
  });

  it("produces at least 20 blocks and prints its endpoints", async () => {
    expect(await rpc.height()).toBeGreaterThanOrEqual(20);
    expect(node.output()).toMatch(/rpc\s+http:\/\/127\.0\.0\.1:\d+/);
    expect(node.output()).toContain("AIS devnet ais-devnet-1");
    expect(node.output()).toContain(`logs      ${join(home.path, "aisd.log")} (--verbose prints them here)`);
  });

  it("stays quiet: a status line every few seconds on the terminal, CometBFT's and the app's logs in <home>/aisd.log", async () => {
    await waitFor("a status line", async () => (/height [\d,]+ {2}txs \d+ \(\d+ in the last 5 s\) {2}mempool \d+ {2}peers 0/.test(node.output()) ? true : undefined), 20_000);
    expect(node.output()).not.toMatch(/finalizing commit of block|committed state|executed block/);
    const log = readFileSync(join(home.path, "aisd.log"), "utf8");
    expect(log).toMatch(/finalizing commit of block/); // CometBFT's
    expect(log).toMatch(/committed state\s+module=app/); // the app's
  });

  it("serves ICS-23 proofs that verify against the app hash of the next header", async () => {
    const height = (await rpc.height()) - 2;
    const appHash = Buffer.from(await rpc.appHashInHeader(height + 1), "hex");
    for (const [key, present] of [[Uint8Array.of(0x01), true], [Uint8Array.of(0x02), false]] as const) {
      const response = await rpc.abciQuery("store/consensus/key", key, height, true);
      expect(response.code).toBe(0);
      expect(Number(response.height)).toBe(height);
      const proofOps = ProofOps.fromJSON(response.proofOps);
      const value = response.value === null ? undefined : new Uint8Array(Buffer.from(response.value, "base64"));
      expect(value !== undefined).toBe(present);
      assertValidQueryProof(proofOps, { appHash, storeName: "consensus", key, value });
    }
  });

  it("rejects proofs at height 1 and queries of the future, like the SDK", async () => {
    expect(await rpc.abciQuery("store/consensus/key", Uint8Array.of(1), 1, true)).toMatchObject({ code: 18, codespace: "sdk" });
    const future = await rpc.abciQuery("store/consensus/key", Uint8Array.of(1), 1_000_000);
    expect(future.log).toContain("height in the future");
  });

  it("rejects undecodable and unroutable transactions at CheckTx without stopping", async () => {
    const garbage = await rpc.call<{ code: number; codespace: string; log: string }>("broadcast_tx_sync", {
      tx: Buffer.from([0xff, 0x01, 0x02]).toString("base64"),
    });
    expect(garbage).toMatchObject({ code: 2, codespace: "sdk" });
    const before = await rpc.height();
    await waitFor("two more blocks", async () => ((await rpc.height()) >= before + 2 ? true : undefined));
  });

  it("closes an ABCI connection that sends garbage and keeps producing blocks", async () => {
    const socket = connect(join(home.path, "data", "abci.sock"));
    await new Promise((resolve) => socket.once("connect", resolve));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.write(Buffer.from([0x04, 0xff, 0xff, 0xff, 0xff]));
    await closed;
    expect(readFileSync(join(home.path, "aisd.log"), "utf8")).toMatch(/closing ABCI connection\s+module=abci conn=\d+ reason="undecodable request/);
    const before = await rpc.height();
    await waitFor("two more blocks", async () => ((await rpc.height()) >= before + 2 ? true : undefined));
  });

  it("answers the SDK's consensus params query through CometBFT", async () => {
    const response = await rpc.abciQuery("/cosmos.consensus.v1.Query/Params", new Uint8Array(0));
    expect(response.code).toBe(0);
    expect(Number(response.height)).toBeGreaterThan(0);
    expect(utf8.decode(Buffer.from(response.value ?? "", "base64")).length).toBeGreaterThan(0);
  });

  it("stops both processes on SIGTERM with exit code 0, and resumes the same chain", async () => {
    const height = await rpc.height();
    node.child.kill("SIGTERM");
    expect(await node.exited).toEqual({ code: 0, signal: null });
    const rpcPort = Number(new URL(rpc.url).port);
    node = runAisd(["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--block-time", "100ms"]); // ports come from the home
    await waitFor("blocks after restart", async () => ((await rpc.height()) > height + 3 ? true : undefined), 60_000);
  });
});

describe("aisd devnet --verbose", () => {
  it("prints CometBFT's and the app's logs on the terminal, as before", async () => {
    const home = tempDir("devnet-verbose");
    const rpcPort = await freePort();
    const node = runAisd(["devnet", "--verbose", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(await freePort()), "--grpc-port", String(await freePort()), "--block-time", "100ms"]);
    try {
      await waitFor("CometBFT's log lines", async () => (/finalizing commit of block/.test(node.output()) ? true : undefined), 60_000);
      expect(node.output()).toMatch(/committed state\s+module=app/);
      expect(node.output()).toContain("logs      here (--verbose)");
    } finally {
      node.child.kill("SIGTERM");
      await node.exited;
      home.remove();
    }
  });
});
