// The operator's CLI against a devnet: keys, a bank send with gas "auto", queries, chain-info.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aisd, freePort, runAisd, tempDir, waitFor, type AisdProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

describe("aisd keys, tx, query and chain-info", () => {
  const home = tempDir("cli");
  const keyHome = tempDir("cli-keys");
  let node: AisdProcess;
  let rpc: CometRpc;
  let faucetMnemonic: string;
  const env = { AIS_KEYRING_PASSWORD: "a very long password" };

  /** aisd with stdin (mnemonics, confirmations). */
  async function aisdWithInput(args: string[], input: string): Promise<{ code: number | null; output: string }> {
    const run = runAisd(args, env, input);
    const { code } = await run.exited;
    return { code, output: run.output() };
  }

  beforeAll(async () => {
    const rpcPort = await freePort();
    rpc = new CometRpc(`http://127.0.0.1:${rpcPort}`);
    node = runAisd(["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(await freePort()), "--block-time", "200ms"]);
    await waitFor("block 2", async () => ((await rpc.height()) >= 2 ? true : undefined), 60_000);
    faucetMnemonic = (JSON.parse(readFileSync(join(home.path, "config", "genesis-keys.json"), "utf8")) as { private: { mnemonic: string } }).private.mnemonic;
  });

  afterAll(async () => {
    node.child.kill("SIGTERM");
    await node.exited;
    home.remove();
    keyHome.remove();
  });

  it("manages keys in an encrypted keyring", async () => {
    const recovered = await aisdWithInput(["keys", "add", "faucet", "--recover", "--home", keyHome.path], `${faucetMnemonic}\n`);
    expect(recovered.code, recovered.output).toBe(0);
    const created = JSON.parse(await aisd(["keys", "add", "bob", "--home", keyHome.path], env)) as { address: string; mnemonic: string };
    expect(created.mnemonic.split(" ")).toHaveLength(24);
    const list = JSON.parse(await aisd(["keys", "list", "--home", keyHome.path], env)) as { name: string }[];
    expect(list.map((k) => k.name)).toEqual(["bob", "faucet"]);
    expect((await aisd(["keys", "show", "bob", "-a", "--home", keyHome.path], env)).trim()).toBe(created.address);
    const exported = await aisd(["keys", "export", "bob", "--home", keyHome.path], env);
    expect(exported).not.toContain(created.mnemonic);
    writeFileSync(join(keyHome.path, "bob.export.json"), exported);
    await aisd(["keys", "import", "bob2", join(keyHome.path, "bob.export.json"), "--home", keyHome.path, "--keyring-backend", "file"], env);
    const deleted = await aisdWithInput(["keys", "delete", "bob2", "--home", keyHome.path], "y\n");
    expect(deleted.code).toBe(0);
    const wrong = runAisd(["tx", "bank", "send", "faucet", created.address, "1uais", "--home", keyHome.path, "--node", rpc.url], { AIS_KEYRING_PASSWORD: "not the password" });
    expect((await wrong.exited).code).toBe(1);
    expect(wrong.output()).toContain("wrong keyring password");
  });

  it("sends coins with gas auto and queries the result", async () => {
    const bob = (await aisd(["keys", "show", "bob", "-a", "--home", keyHome.path], env)).trim();
    const sent = JSON.parse(await aisd(["tx", "bank", "send", "faucet", bob, "2500uais", "--home", keyHome.path, "--node", rpc.url, "--memo", "from the CLI"], env)) as { code: number; txhash: string };
    expect(sent.code).toBe(0);
    const tx = await waitFor("the tx", async () => {
      const r = runAisd(["query", "tx", sent.txhash, "--node", rpc.url]);
      return (await r.exited).code === 0 ? (JSON.parse(r.output()) as { tx: { body: { memo: string } }; tx_response: { code: number } }) : undefined;
    });
    expect(tx.tx.body.memo).toBe("from the CLI");
    expect(tx.tx_response.code).toBe(0);
    const balances = JSON.parse(await aisd(["query", "bank", "balances", bob, "--node", rpc.url])) as { balances: unknown[] };
    expect(balances.balances).toEqual([{ denom: "uais", amount: "2500" }]);
    const total = JSON.parse(await aisd(["query", "bank", "total", "--node", rpc.url])) as { supply: unknown[] };
    expect(total.supply).toEqual([{ denom: "uais", amount: "100000000000000000" }]);
    const account = JSON.parse(await aisd(["query", "auth", "account", bob, "--node", rpc.url])) as { account: Record<string, unknown> };
    expect(account.account["@type"]).toBe("/cosmos.auth.v1beta1.BaseAccount");
    expect(account.account.address).toBe(bob);
  });

  it("prints chain-registry files for the chain", async () => {
    const info = JSON.parse(await aisd(["chain-info", "--home", home.path])) as {
      chain: { chain_id: string; bech32_prefix: string; slip44: number; fees: { fee_tokens: { denom: string; fixed_min_gas_price: number }[] } };
      assetlist: { assets: { base: string; display: string; denom_units: { exponent: number }[] }[] };
    };
    expect(info.chain).toMatchObject({ chain_id: "ais-devnet-1", bech32_prefix: "ais", slip44: 118 });
    expect(info.chain.fees.fee_tokens[0]).toMatchObject({ denom: "uais", fixed_min_gas_price: 0.025 });
    expect(info.assetlist.assets[0]).toMatchObject({ base: "uais", display: "AIS" });
    expect(info.assetlist.assets[0]!.denom_units.map((u) => u.exponent)).toEqual([0, 6]);
  });
});
