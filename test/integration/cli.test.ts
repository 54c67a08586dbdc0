// The operator's CLI against a devnet: keys, a bank send with gas "auto", queries, chain-info, and
// staking, rewards and slashing (3-second epochs, so that rewards move through the N+2 pipeline).
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BECH32_PREFIX, fromBech32, toBech32 } from "../../chain/types/address.js";
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
    node = runAisd(["devnet", "--home", home.path, "--rpc-port", String(rpcPort), "--p2p-port", String(await freePort()), "--rest-port", String(await freePort()), "--grpc-port", String(await freePort()), "--block-time", "200ms", "--epoch-seconds", "3"]);
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

  it("signs with --sign-mode amino-json, as a Ledger signs", async () => {
    const bob = (await aisd(["keys", "show", "bob", "-a", "--home", keyHome.path], env)).trim();
    const args = ["tx", "bank", "send", "faucet", bob, "7uais", "--home", keyHome.path, "--node", rpc.url, "--memo", "<amino & json>", "--sign-mode", "amino-json"];
    const sent = JSON.parse(await aisd(args, env)) as { code: number; txhash: string; raw_log: string };
    expect(sent.code, sent.raw_log).toBe(0);
    const tx = await waitFor("the amino tx", async () => {
      const r = runAisd(["query", "tx", sent.txhash, "--node", rpc.url]);
      return (await r.exited).code === 0 ? (JSON.parse(r.output()) as { tx: { auth_info: { signer_infos: { mode_info: { single: { mode: string } } }[] } }; tx_response: { code: number } }) : undefined;
    });
    expect(tx.tx.auth_info.signer_infos[0]!.mode_info.single.mode).toBe("SIGN_MODE_LEGACY_AMINO_JSON");
    expect(tx.tx_response.code).toBe(0);
    const refused = runAisd([...args.slice(0, -1), "textual"], env);
    expect((await refused.exited).code).not.toBe(0);
    expect(refused.output()).toMatch(/Allowed choices are direct, amino-json/);
  });

  it("has a command for every query method, made from the descriptors, printing what REST serves", async () => {
    const help = await aisd(["query", "--help"]);
    for (const line of ["bank: balances, balance,", "epochs: current-epoch, params", "distribution: community-pool,", "staking: delegation, delegations,"]) expect(help).toContain(line);
    const faucet = (JSON.parse(readFileSync(join(home.path, "config", "genesis-keys.json"), "utf8")) as { private: { address: string } }).private.address;
    // The path's field is positional, the others are flags.
    expect(JSON.parse(await aisd(["query", "bank", "balance", faucet, "--denom", "uais", "--node", rpc.url]))).toMatchObject({ balance: { denom: "uais" } });
    expect(await aisd(["query", "bank", "balance", faucet, "--denom", "nothing", "--node", rpc.url, "--output", "text"])).toBe("balance:\n  denom: nothing\n  amount: \"0\"\n");
    expect((await aisd(["query", "bank", "balance", "--help"])).split("\n")[2]).toBe("Balance queries the balance of a single coin for a single account.");
    // Pagination flags, and a historical height: the supply at height 1 is the genesis supply.
    const operator = (JSON.parse(await aisd(["query", "staking", "validators", "--node", rpc.url])) as { validators: { operator_address: string }[] }).validators[0]!.operator_address;
    const page = JSON.parse(await aisd(["query", "staking", "delegations-to", operator, "--limit", "1", "--count-total", "--node", rpc.url])) as { delegation_responses: unknown[]; pagination: { total: string } };
    expect(page.delegation_responses).toHaveLength(1);
    expect(Number(page.pagination.total)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(await aisd(["query", "bank", "total", "--height", "1", "--node", rpc.url]))).toMatchObject({ supply: [{ denom: "uais", amount: "100000000000000000" }] });
    const epoch = JSON.parse(await aisd(["query", "epochs", "current-epoch", "--node", rpc.url])) as { epoch: { next_boundary: string } };
    expect(epoch.epoch.next_boundary).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    // Refusals: the node's error, exit code 1; a bad flag value before any query.
    const unknown = runAisd(["query", "auth", "account", "ais1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqja5dhu", "--node", rpc.url]);
    expect((await unknown.exited).code).toBe(1);
    expect(unknown.output()).toContain("not found");
    const badLimit = runAisd(["query", "staking", "delegations-to", operator, "--limit", "ten", "--node", rpc.url]);
    expect((await badLimit.exited).code).toBe(1);
  });

  describe("staking, rewards and slashing", () => {
    type TxResponse = { code: number; height: string; raw_log: string; events: { type: string; attributes: { key: string; value: string }[] }[] };
    type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const addresses: Record<string, string> = {};
    let operator: string; // the devnet's validator
    let second: string; // a validator created below with min_self_bond (1 AIS): elected at the next boundary, it never signs

    const query = async (...args: string[]): Promise<Json> => JSON.parse(await aisd(["query", ...args, "--node", rpc.url])) as Json;
    /** Broadcasts with a key of keyHome (or `keyArgs`), waits for the block and returns the result. */
    async function tx(args: string[], keyArgs = ["--home", keyHome.path]): Promise<{ tx_response: TxResponse; tx: Json }> {
      const sent = JSON.parse(await aisd(["tx", ...args, ...keyArgs, "--node", rpc.url], env)) as { code: number; raw_log: string; txhash: string };
      expect(sent.code, sent.raw_log).toBe(0);
      const found = await waitFor(`tx ${args.slice(0, 2).join(" ")}`, async () => {
        const r = runAisd(["query", "tx", sent.txhash, "--node", rpc.url]);
        return (await r.exited).code === 0 ? (JSON.parse(r.output()) as { tx_response: TxResponse; tx: Json }) : undefined;
      });
      expect(found.tx_response.code, found.tx_response.raw_log).toBe(0);
      return found;
    }
    const operatorOf = (account: string) => toBech32(BECH32_PREFIX.validatorOperator, fromBech32(account));

    beforeAll(async () => {
      for (const name of ["faucet", "bob"]) addresses[name] = (await aisd(["keys", "show", name, "-a", "--home", keyHome.path], env)).trim();
      addresses.val2 = (JSON.parse(await aisd(["keys", "add", "val2", "--home", keyHome.path], env)) as { address: string }).address;
      second = operatorOf(addresses.val2);
    });

    it("lists the devnet validator and creates a second one", async () => {
      const { validators } = await query("staking", "validators");
      expect(validators).toHaveLength(1);
      expect(validators[0]).toMatchObject({ status: "BOND_STATUS_BONDED", tokens: "1000000000000", description: { moniker: "devnet" }, jailed: false });
      expect(validators[0].commission.commission_rates.rate).toBe("0.100000000000000000");
      operator = validators[0].operator_address as string;

      await tx(["bank", "send", "faucet", addresses.val2!, "2000000uais"]);
      const pubkey = JSON.stringify({ "@type": "/cosmos.crypto.ed25519.PubKey", key: randomBytes(32).toString("base64") });
      await tx(["staking", "create-validator", "val2", "1000000uais", "--pubkey", pubkey, "--moniker", "second", "--details", "never signs", "--commission-rate", "0.05"]);
      const { validator } = await query("staking", "validator", second);
      expect(validator).toMatchObject({ operator_address: second, tokens: "1000000", delegator_shares: "1000000.000000000000000000", jailed: false });
      expect(validator.description).toEqual({ moniker: "second", identity: "", website: "", security_contact: "", details: "never signs" });
      expect(validator.commission.commission_rates).toEqual({ rate: "0.050000000000000000", max_rate: "0.200000000000000000", max_change_rate: "0.010000000000000000" });
      // One unit of power: the next epoch boundary (3 s) elects it.
      await waitFor("the second validator's election", async () =>
        (await query("staking", "validators", "--status", "BOND_STATUS_BONDED")).validators.some((v: Json) => v.operator_address === second) ? true : undefined,
      );
      // Pages through the generated command: --limit 2 holds both, --limit 1 and its next key one each.
      const both = await query("staking", "validators", "--limit", "2");
      expect([both.validators.length, both.pagination.next_key]).toEqual([2, null]);
      const first = await query("staking", "validators", "--limit", "1");
      expect(first.validators).toHaveLength(1);
      const rest = await query("staking", "validators", "--limit", "1", "--page-key", first.pagination.next_key);
      expect([rest.validators.length, rest.validators[0].operator_address]).toEqual([1, both.validators[1].operator_address]);
    });

    it("delegates, redelegates, unbonds and cancels an unbonding", async () => {
      const faucet = addresses.faucet!;
      await tx(["staking", "delegate", "faucet", operator, "1000000000000uais"]);
      expect((await query("staking", "delegation", faucet, operator)).delegation_response).toEqual({
        delegation: { delegator_address: faucet, validator_address: operator, shares: "1000000000000.000000000000000000" },
        balance: { denom: "uais", amount: "1000000000000" },
      });

      const redelegated = await tx(["staking", "redelegate", "faucet", operator, second, "500000uais"]);
      const { redelegation_responses: redelegations } = await query("staking", "redelegations", faucet);
      expect(redelegations).toHaveLength(1);
      expect(redelegations[0].redelegation).toEqual({ delegator_address: faucet, validator_src_address: operator, validator_dst_address: second, entries: [] });
      expect(redelegations[0].entries[0]).toMatchObject({
        redelegation_entry: { creation_height: redelegated.tx_response.height, initial_balance: "500000", shares_dst: "500000.000000000000000000" },
        balance: "500000",
      });
      expect((await query("staking", "redelegations", faucet, "--src-validator-addr", second)).redelegation_responses).toEqual([]);

      const unbonded = await tx(["staking", "unbond", "faucet", operator, "400000uais"]);
      const height = unbonded.tx_response.height;
      const { unbonding_responses: unbondings } = await query("staking", "unbonding-delegations", faucet);
      expect(unbondings).toEqual([
        {
          delegator_address: faucet,
          validator_address: operator,
          entries: [expect.objectContaining({ creation_height: height, initial_balance: "400000", balance: "400000" })],
        },
      ]);

      await tx(["staking", "cancel-unbond", "faucet", operator, "100000uais", height]);
      expect((await query("staking", "unbonding-delegation", faucet, operator)).unbond.entries).toEqual([
        expect.objectContaining({ creation_height: height, initial_balance: "300000", balance: "300000" }),
      ]);
      const { delegation_responses: delegations } = await query("staking", "delegations", faucet);
      expect(Object.fromEntries(delegations.map((d: Json) => [d.delegation.validator_address, d.balance.amount]))).toEqual({
        [operator]: String(1_000_000_000_000 - 500_000 - 400_000 + 100_000),
        [second]: "500000",
      });
      // Not bonded: the unbonding entry, and the second validator's 1.5 AIS once downtime has jailed it
      // (it never signs); bonded: the rest. The two queries may straddle that block: ask until they agree.
      const devnetTokens = 2_000_000_000_000 - 800_000;
      await waitFor("the pool as the second validator's status says", async () => {
        const bonded = (await query("staking", "validator", second)).validator.status === "BOND_STATUS_BONDED";
        const { pool } = await query("staking", "pool");
        const expected = bonded ? { bonded_tokens: String(devnetTokens + 1_500_000), not_bonded_tokens: "300000" } : { bonded_tokens: String(devnetTokens), not_bonded_tokens: String(300_000 + 1_500_000) };
        return pool.bonded_tokens === expected.bonded_tokens && pool.not_bonded_tokens === expected.not_bonded_tokens ? true : undefined;
      });
    });

    it("shows a delegator's rewards in the N+2 pipeline and withdraws them", async () => {
      const faucet = addresses.faucet!;
      // A large fee accrues to the only signing validator; when its epoch N closes, half of the
      // delegators' part is the faucet's, payable from epoch N + 2.
      await tx(["bank", "send", "faucet", addresses.bob!, "1uais", "--fees", "1000000uais"]);
      // (Smaller entries, from the fees of the transactions before, may be pending too.)
      const pending = await waitFor("the pending reward of the large fee", async () => {
        const p = await query("distribution", "pending", faucet);
        return p.rewards.some((r: Json) => BigInt(r.amount) > 400_000n) ? p : undefined; // ~ 1000000 × 0.98 (tax) × 0.9 (commission) / 2
      });
      const reward = pending.rewards.find((r: Json) => BigInt(r.amount) > 400_000n);
      expect(reward.validator_address).toBe(operator);
      for (const r of pending.rewards) {
        expect(BigInt(r.payout_epoch)).toBe(BigInt(r.epoch) + 2n);
        // Paid from the start of the payout epoch, once its payout time (3 s after N's close) has come.
        expect(BigInt(r.payout_epoch)).toBeGreaterThanOrEqual(BigInt(pending.current_epoch));
        expect(r.payout_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      }
      expect(await query("distribution", "pending", addresses.bob!)).toEqual({ current_epoch: expect.stringMatching(/^\d+$/), rewards: [] });

      const custody = await query("distribution", "custody", operator);
      expect(custody).toMatchObject({ excluded: false, current_epoch: expect.stringMatching(/^\d+$/) });
      const totals = await waitFor("a payout", async () => {
        const t = await query("distribution", "totals");
        return BigInt(t.totals.paid_out) > 0n ? t : undefined;
      });
      expect(BigInt(totals.totals.fees_collected)).toBeGreaterThanOrEqual(1_000_000n);

      // A claim's gas depends on how many epochs have matured, and with 3-second epochs one more may
      // mature between the simulation and the block: more headroom than the default 1.3.
      const claim = ["--gas-adjustment", "2"];
      const withdrawn = await tx(["distribution", "withdraw-rewards", "faucet", operator, ...claim]);
      const event = withdrawn.tx_response.events.find((e) => e.type === "withdraw_rewards");
      expect(Object.fromEntries(event!.attributes.map((a) => [a.key, a.value]))).toMatchObject({ validator: operator, delegator: faucet });
      const all = await tx(["distribution", "withdraw-all-rewards", "faucet", ...claim]);
      expect(all.tx.body.messages.map((m: Json) => [m["@type"], m.validator_address])).toEqual(
        [operator, second].sort().map((v) => ["/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", v]),
      );
      expect((await query("distribution", "rewards", faucet)).rewards.map((r: Json) => r.validator_address)).toEqual([operator, second].sort());

      await tx(["distribution", "set-withdraw-addr", "faucet", addresses.bob!]);
      expect(await query("distribution", "withdraw-addr", faucet)).toEqual({ withdraw_address: addresses.bob });
    });

    it("edits the validator with its operator key and reads slashing state", async () => {
      const devnetKeys = ["--home", home.path, "--keyring-backend", "test"];
      await tx(["staking", "edit-validator", "validator", "--moniker", "renamed", "--website", "https://ais.example"], devnetKeys);
      expect((await query("staking", "validator", operator)).validator.description).toMatchObject({ moniker: "renamed", website: "https://ais.example", details: "" });

      const key = JSON.parse(readFileSync(join(home.path, "config", "priv_validator_key.json"), "utf8")) as { address: string };
      const valcons = toBech32(BECH32_PREFIX.consensus, Buffer.from(key.address, "hex"));
      const { info } = await query("slashing", "signing-infos");
      expect(info).toHaveLength(2); // the devnet's validator and the second one, bonded since test one
      expect(info.find((i: Json) => i.address === valcons)).toEqual(
        { address: valcons, start_height: expect.stringMatching(/^\d+$/), index_offset: expect.stringMatching(/^\d+$/), jailed_until: "1970-01-01T00:00:00Z", tombstoned: false, missed_blocks_counter: "0" },
      );
      expect((await query("slashing", "signing-info", valcons)).val_signing_info).toMatchObject({ address: valcons, tombstoned: false });
      expect((await query("slashing", "ais-params")).params).toMatchObject({ signed_blocks_window: "100", reward_withhold_threshold: "0.100000000000000000" });
      expect((await query("slashing", "params")).params).toMatchObject({ min_signed_per_window: "0.500000000000000000" });
      expect((await query("staking", "params")).params).toMatchObject({ bond_denom: "uais", unbonding_time: "1814400s" });
      expect((await query("distribution", "ais-params")).params).toEqual({ community_tax: "0.020000000000000000", payout_batch_size: 100, min_payout_delay: "3s" });
    });

    it("rejects bad input with a clear error and a nonzero exit", async () => {
      const fails = async (args: string[], message: string) => {
        const run = runAisd(args, env);
        expect((await run.exited).code, run.output()).not.toBe(0);
        expect(run.output()).toContain(message);
      };
      const k = ["--home", keyHome.path, "--node", rpc.url];
      await fails(["tx", "staking", "delegate", "faucet", addresses.bob!, "100uais", ...k], "invalid for argument 'validator'. invalid Bech32 prefix; expected aisvaloper, got ais");
      await fails(["tx", "staking", "delegate", "faucet", operator, "100", ...k], 'invalid coin "100" (e.g. 1000uais)');
      await fails(["tx", "staking", "cancel-unbond", "faucet", operator, "1uais", "-3", ...k], "expected a positive integer");
      await fails(["tx", "bank", "send", "faucet", addresses.bob!, "-5uais", ...k], "-5uais is not an option, and amounts cannot be negative");
      await fails(["tx", "distribution", "withdraw-rewards", "faucet", operator, "--commission", ...k], `faucet (${addresses.faucet}) is not the operator of ${operator}`);
      await fails(["tx", "staking", "unbond", "bob", operator, "1uais", ...k], "Error: ");
      await fails(["tx", "slashing", "unjail", "validator", "--home", home.path, "--keyring-backend", "test", "--node", rpc.url], "validator not jailed");
      await fails(["query", "staking", "validator", toBech32(BECH32_PREFIX.validatorOperator, new Uint8Array(20)), "--node", rpc.url], "not found");
      await fails(["query", "slashing", "signing-info", operator, "--node", rpc.url], "expected aisvalcons");
    });
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
    expect(info.chain).toMatchObject({ network_type: "devnet" });

    // --out DIR: the two registry files, each as the registry keeps it.
    const out = tempDir("chain-info");
    try {
      await aisd(["chain-info", "--home", home.path, "--out", out.path, "--rest", "https://rest.example"]);
      const chain = JSON.parse(readFileSync(join(out.path, "chain.json"), "utf8")) as { $schema: string; chain_id: string; apis: { rest: { address: string }[] } };
      expect(chain).toMatchObject({ $schema: "../chain.schema.json", chain_id: "ais-devnet-1", apis: { rest: [{ address: "https://rest.example" }] } });
      expect(JSON.parse(readFileSync(join(out.path, "assetlist.json"), "utf8"))).toEqual(info.assetlist);
    } finally {
      out.remove();
    }

    // --keplr: what window.keplr.experimentalSuggestChain takes.
    const keplr = JSON.parse(await aisd(["chain-info", "--home", home.path, "--keplr"])) as Record<string, unknown>;
    expect(keplr).toMatchObject({
      chainId: "ais-devnet-1",
      bip44: { coinType: 118 },
      bech32Config: { bech32PrefixAccAddr: "ais", bech32PrefixValAddr: "aisvaloper", bech32PrefixConsPub: "aisvalconspub" },
      currencies: [{ coinDenom: "AIS", coinMinimalDenom: "uais", coinDecimals: 6 }],
      feeCurrencies: [{ coinMinimalDenom: "uais", gasPriceStep: { low: 0.025, average: 0.025, high: 0.04 } }],
      stakeCurrency: { coinMinimalDenom: "uais" },
    });
    const both = runAisd(["chain-info", "--home", home.path, "--keplr", "--out", "/tmp/x"]);
    expect((await both.exited).code).not.toBe(0);
    expect(both.output()).toContain("--keplr prints its ChainInfo");
  });
});
