// The wasmd reference peer (testnet/peers/wasmd.mjs): built from wasmd's Go module, started on a
// fresh home with funded test keys, and what a stock Cosmos SDK chain answers over RPC and REST.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { toBech32 } from "../../chain/types/address.js";
import { freePortRange, runNode, tempDir, waitFor, type NodeProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

const SCRIPT = join(import.meta.dirname, "../../testnet/peers/wasmd.mjs");
const BINARY = join(import.meta.dirname, "../../.bin/wasmd");
const CHAIN_ID = "wasmd-ref-1";
/** What the script gives every test key in genesis. */
const GENESIS_BALANCE = [
  { denom: "stake", amount: "1000000000000" },
  { denom: "ucosm", amount: "1000000000000" },
];

type Peer = NodeProcess;

const runScript = (args: string[]): Peer => runNode([SCRIPT, ...args]);

async function stop(peer: Peer): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (peer.child.exitCode === null && peer.child.signalCode === null) peer.child.kill("SIGTERM");
  return peer.exited;
}

describe("wasmd reference peer", () => {
  const home = tempDir("wasmd");
  let peer: Peer | undefined;
  let rpcPort: number;
  let rpc: CometRpc;
  let rest: string;
  let keys: { name: string; address: string; mnemonic: string }[];

  const get = async (path: string) => {
    const response = await fetch(`${rest}${path}`, { signal: AbortSignal.timeout(10_000) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  const startPeer = async (): Promise<Peer> => {
    // Only --rpc-port: the rest, grpc and p2p ports are the documented defaults rpc+1, rpc+2, rpc+3.
    const started = runScript(["--home", home.path, "--rpc-port", String(rpcPort), "--chain-id", CHAIN_ID]);
    const early = started.exited.then(({ code, signal }) => {
      throw new Error(`the wasmd peer exited early (code ${code}, signal ${signal}):\n${started.output()}`);
    });
    early.catch(() => undefined);
    await Promise.race([waitFor("the wasmd peer's RPC", async () => ((await rpc.height()) >= 1 ? true : undefined), 120_000), early]);
    return started;
  };

  beforeAll(async () => {
    // A clean clone builds wasmd from source here (minutes); afterwards the cached binary is reused.
    const install = runScript(["install"]);
    const { code } = await install.exited;
    expect(code, install.output()).toBe(0);
    expect(install.output().trimEnd().split("\n").at(-1)).toBe(BINARY);

    rpcPort = await freePortRange(4);
    rpc = new CometRpc(`http://127.0.0.1:${rpcPort}`);
    rest = `http://127.0.0.1:${rpcPort + 1}`;
    peer = await startPeer();
    await waitFor("block 2", async () => ((await rpc.height()) >= 2 ? true : undefined), 60_000);
    keys = JSON.parse(readFileSync(join(home.path, "test-keys.json"), "utf8")) as typeof keys;
  }, 15 * 60_000);

  afterAll(async () => {
    if (peer !== undefined) await stop(peer);
    home.remove();
  });

  it("prints the banner and initialises the home once with funded test keys", async () => {
    const output = peer!.output();
    expect(output).toContain(`initialising ${home.path} for chain ${CHAIN_ID}`);
    expect(output).toContain(`chain-id  ${CHAIN_ID}`);
    expect(output).toContain(`rpc       http://127.0.0.1:${rpcPort}`);
    expect(output).toContain(`rest      ${rest}`);
    expect(output).toContain(`grpc      127.0.0.1:${rpcPort + 2}`);
    expect(output).toContain(`p2p       tcp://127.0.0.1:${rpcPort + 3}`);
    expect(output).toContain(`keys      ${join(home.path, "test-keys.json")}`);

    expect(keys.map((k) => k.name)).toEqual(["validator", "user1", "user2"]);
    for (const key of keys) {
      expect(key.address).toMatch(/^wasm1[02-9ac-hj-np-z]{38}$/);
      expect(key.mnemonic.split(" ")).toHaveLength(24);
      const [account] = await (await DirectSecp256k1HdWallet.fromMnemonic(key.mnemonic, { prefix: "wasm" })).getAccounts();
      expect(account!.address).toBe(key.address);
    }
  });

  it("serves a funded user's genesis balance over REST", async () => {
    const user = keys.find((k) => k.name === "user1")!;
    const { status, body } = await get(`/cosmos/bank/v1beta1/balances/${user.address}`);
    expect(status).toBe(200);
    expect(body).toEqual({ balances: GENESIS_BALANCE, pagination: { next_key: null, total: "2" } });
  });

  it("reports its chain id and application in node_info", async () => {
    const { status, body } = await get("/cosmos/base/tendermint/v1beta1/node_info");
    expect(status).toBe(200);
    const info = body as { default_node_info: { network: string; listen_addr: string }; application_version: { name: string; app_name: string; version: string } };
    expect(info.default_node_info.network).toBe(CHAIN_ID);
    expect(info.default_node_info.listen_addr).toBe(`tcp://127.0.0.1:${rpcPort + 3}`);
    expect(info.application_version).toMatchObject({ name: "wasm", app_name: "wasmd", version: "0.61.14" });
  });

  // Recorded from wasmd v0.61.14 (aisd answers the same message since this was recorded).
  it("answers an unknown account with 404 and the gateway's error body", async () => {
    const unknown = toBech32("wasm", new Uint8Array(20).fill(7));
    const { status, body } = await get(`/cosmos/auth/v1beta1/accounts/${unknown}`);
    expect(status).toBe(404);
    expect(body).toEqual({ code: 5, message: `account ${unknown} not found`, details: [] });
  });

  it("resumes on restart with the same home: no re-init, the height keeps growing", async () => {
    const keysBefore = readFileSync(join(home.path, "test-keys.json"), "utf8");
    const genesisBefore = readFileSync(join(home.path, "config", "genesis.json"), "utf8");
    const heightBefore = await rpc.height();
    expect(await stop(peer!)).toEqual({ code: 0, signal: null });
    await waitFor("the RPC port to close", async () => (await rpc.height().then(() => false, () => true)) || undefined, 30_000);

    peer = await startPeer();
    const output = peer.output();
    expect(output).not.toContain("initialising");
    expect(output).toContain(`chain-id  ${CHAIN_ID}`);
    expect(readFileSync(join(home.path, "test-keys.json"), "utf8")).toBe(keysBefore);
    expect(readFileSync(join(home.path, "config", "genesis.json"), "utf8")).toBe(genesisBefore);
    // The first height after the restart is at least the one before: the chain was not reset.
    expect(await rpc.height()).toBeGreaterThanOrEqual(heightBefore);
    await waitFor(`a block past ${heightBefore + 1}`, async () => ((await rpc.height()) > heightBefore + 1 ? true : undefined), 60_000);
    const user = keys.find((k) => k.name === "user1")!;
    const balances = await waitFor("REST after the restart", () => get(`/cosmos/bank/v1beta1/balances/${user.address}`), 30_000);
    expect(balances.body.balances).toEqual(GENESIS_BALANCE);
  });
});
