// A multi-validator network of real `aisd` + CometBFT processes on loopback for DPoS integration
// tests: genesis patched before start, nodes stopped and restarted one by one, keys read from the
// homes `aisd testnet init` wrote, and typed queries over CometBFT's abci_query.
import { spawn } from "node:child_process";
import { createPrivateKey, sign, type KeyObject } from "node:crypto";
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DirectSecp256k1HdWallet, Registry } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, defaultRegistryTypes } from "@cosmjs/stargate";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { MsgSubmitMisbehaviour } from "../../codegen/ais/slashing/v1/tx.js";
import { QueryCurrentEpochRequest, QueryCurrentEpochResponse } from "../../codegen/ais/epochs/v1/query.js";
import type { MessageCodec } from "../../chain/app/module.js";
import { voteSignBytes, type Vote } from "../../chain/crypto/cometbft.js";
import { nodeArgs } from "../../chain/node/heap.js";
import { homePaths } from "../../chain/node/home.js";
import { isAlive, runningPid } from "../../chain/node/process.js";
import { AISD, aisd, freePortRange, tempDir, waitFor } from "./node.js";
import { CometRpc } from "./rpc.js";

export interface NetworkOptions {
  validators: number;
  epochSeconds: number;
  maxValidators?: number;
  /** Merged into each module's genesis params (app_state.<module>.params). */
  params?: Record<string, Record<string, unknown>>;
  /** Merged into each module's genesis section (app_state.<module>), for what is not a param; may name the network's keys. */
  sections?: (network: Network) => Record<string, Record<string, unknown>>;
}

export interface ConsensusKey {
  /** Upper-case hex, as CometBFT's RPC prints addresses. */
  address: string;
  pubKey: string;
  privateKey: KeyObject;
}

export class Network {
  private constructor(
    readonly dir: { path: string; remove(): void },
    readonly nodes: CometRpc[],
    /** The REST gateway of each node (`aisd testnet init` puts it two ports above the node's P2P port). */
    readonly rest: string[],
  ) {}

  static async start(options: NetworkOptions): Promise<Network> {
    const dir = tempDir("network");
    const base = await freePortRange(10 * options.validators);
    const args = ["testnet", "init", "--validators", String(options.validators), "--output", dir.path, "--starting-port", String(base), "--block-time", "200ms"];
    args.push("--epoch-seconds", String(options.epochSeconds));
    if (options.maxValidators !== undefined) args.push("--max-validators", String(options.maxValidators));
    await aisd(args);
    const network = new Network(
      dir,
      Array.from({ length: options.validators }, (_, i) => new CometRpc(`http://127.0.0.1:${base + 10 * i + 1}`)),
      Array.from({ length: options.validators }, (_, i) => `http://127.0.0.1:${base + 10 * i + 2}`),
    );
    network.patchGenesis(options.params ?? {}, options.sections?.(network) ?? {});
    await aisd(["testnet", "start", "--output", dir.path]);
    await waitFor("block 3 everywhere", async () => ((await Promise.all(network.nodes.map((n) => n.height()))).every((h) => h >= 3) ? true : undefined), 120_000);
    return network;
  }

  home(i: number): string {
    return join(this.dir.path, `node${i}`);
  }

  /** The same genesis in every home (it was identical after init, so it stays identical). */
  private patchGenesis(params: Record<string, Record<string, unknown>>, sections: Record<string, Record<string, unknown>>): void {
    for (let i = 0; i < this.nodes.length; i++) {
      const file = homePaths(this.home(i)).genesis;
      const genesis = JSON.parse(readFileSync(file, "utf8")) as { app_state: Record<string, { params?: Record<string, unknown> }> };
      for (const [module, values] of Object.entries(params)) {
        const section = (genesis.app_state[module] ??= {});
        section.params = { ...(section.params ?? {}), ...values };
      }
      for (const [module, values] of Object.entries(sections)) Object.assign((genesis.app_state[module] ??= {}), values);
      writeFileSync(file, JSON.stringify(genesis, null, 2));
    }
  }

  /** Stops node i (aisd and its CometBFT) and waits until both are gone. */
  async stopNode(i: number): Promise<void> {
    const pid = runningPid(this.home(i));
    if (pid === undefined) return;
    process.kill(pid, "SIGTERM");
    await waitFor(`node${i} to stop`, async () => (isAlive(pid) ? undefined : true), 30_000);
  }

  /** Starts node i again in the background, as `aisd testnet start` does. */
  startNode(i: number): void {
    const home = this.home(i);
    const log = openSync(homePaths(home).logFile, "a");
    const child = spawn(process.execPath, nodeArgs(AISD, ["start", "--home", home]), { detached: true, stdio: ["ignore", log, log] });
    closeSync(log);
    child.unref();
    writeFileSync(homePaths(home).pidFile, `${child.pid}\n`);
  }

  async stop(): Promise<void> {
    await aisd(["testnet", "stop", "--output", this.dir.path]).catch(() => undefined);
    this.dir.remove();
  }

  /** The operator account key of validator i (the test keyring keeps its mnemonic). */
  operator(i: number): { mnemonic: string; address: string } {
    return JSON.parse(readFileSync(join(this.home(i), "keyring-test", "validator.json"), "utf8")) as { mnemonic: string; address: string };
  }

  /** A genesis allocation holder ("private", "technology" or "institutions"), with plenty of AIS. */
  holder(name: "private" | "technology" | "institutions" = "private"): { mnemonic: string; address: string } {
    const keys = JSON.parse(readFileSync(join(this.dir.path, "genesis-keys.json"), "utf8")) as Record<string, { mnemonic: string; address: string }>;
    return keys[name]!;
  }

  consensusKey(i: number): ConsensusKey {
    const key = JSON.parse(readFileSync(join(this.home(i), "config", "priv_validator_key.json"), "utf8")) as {
      address: string;
      pub_key: { value: string };
      priv_key: { value: string };
    };
    const seed = Buffer.from(key.priv_key.value, "base64").subarray(0, 32);
    const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
    return { address: key.address, pubKey: key.pub_key.value, privateKey: createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" }) };
  }

  async query<Req, Res>(path: string, request: MessageCodec<Req>, value: Req, response: MessageCodec<Res>, height = 0, node = 0): Promise<Res> {
    const result = await this.nodes[node]!.abciQuery(path, request.encode(value).finish(), height);
    if (result.code !== 0) throw new Error(`${path}: code ${result.code} ${result.log}`);
    return response.decode(Buffer.from(result.value ?? "", "base64"));
  }

  async epoch(height = 0) {
    return (await this.query("/ais.epochs.v1.Query/CurrentEpoch", QueryCurrentEpochRequest, {}, QueryCurrentEpochResponse, height)).epoch;
  }

  /** Waits for the first block of an epoch after `after`; returns that epoch. */
  async nextEpoch(after: bigint, timeoutMs = 90_000) {
    return waitFor(`epoch ${after + 1n}`, async () => {
      const epoch = await this.epoch();
      return epoch.number > after ? epoch : undefined;
    }, timeoutMs);
  }

  /** Consensus addresses (upper hex) in CometBFT's set at a height (latest by default). */
  async activeSet(height?: number): Promise<string[]> {
    const result = await this.nodes[0]!.call<{ validators: { address: string }[] }>("validators", height === undefined ? { per_page: "100" } : { height: String(height), per_page: "100" });
    return result.validators.map((v) => v.address);
  }

  async signingClient(mnemonic: string): Promise<{ client: SigningStargateClient; address: string }> {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "ais" });
    const address = (await wallet.getAccounts())[0]!.address;
    const registry = new Registry([
      ...defaultRegistryTypes,
      ["/cosmos.slashing.v1beta1.MsgUnjail", MsgUnjail],
      ["/ais.slashing.v1.MsgSubmitMisbehaviour", MsgSubmitMisbehaviour],
    ]);
    // Blocks come every 200 ms here: poll for inclusion at that pace, not cosmjs's default 3 s.
    const client = await SigningStargateClient.connectWithSigner(this.nodes[0]!.url, wallet, { registry, gasPrice: GasPrice.fromString("0.025uais"), broadcastPollIntervalMs: 250 });
    return { client, address };
  }
}

/** A prevote at `height` for a made-up block, signed with a validator's consensus key. */
export function signedPrevote(key: ConsensusKey, chainId: string, height: bigint, blockHash: Uint8Array, time: { seconds: bigint; nanos: number }) {
  const vote: Vote = { type: 1, height, round: 0n, blockId: { hash: blockHash, partSetHeader: { total: 1, hash: new Uint8Array(32).fill(7) } }, timestamp: time };
  return { vote, signature: new Uint8Array(sign(null, voteSignBytes(vote, chainId), key.privateKey)) };
}
