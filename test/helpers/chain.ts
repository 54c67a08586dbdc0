// An in-process AIS chain (the real modules and ante handler) for unit tests: genesis with the
// mission's economy held by fixed test keys, blocks with transactions, and the supply invariant
// checked after every block.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash, generateKeyPairSync, type KeyObject } from "node:crypto";
import {
  RequestFinalizeBlock,
  RequestInitChain,
  type ResponseInitChain,
  type Event,
  type ExecTxResult,
  type Misbehavior,
  type ValidatorUpdate,
  type VoteInfo,
} from "cosmjs-types/tendermint/abci/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import type { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { GenesisValidatorSpec } from "../../chain/node/gentx.js";
import { aisInvariants, aisModules, aisStoreNames, createAisApp, type AisAppOptions } from "../../chain/app/ais.js";
import type { AisApp } from "../../chain/app/app.js";
import { Context } from "../../chain/app/context.js";
import { InfiniteGasMeter } from "../../chain/app/gas.js";
import { MapStoreSet, ReadonlyStore } from "../../chain/app/state.js";
import { silentLogger } from "../../chain/logger.js";
import { validatorAddress as consensusAddressOf } from "../../chain/crypto/cometbft.js";
import { toHex } from "../../chain/store/encoding.js";
import { HISTORICAL_INFO_PREFIX } from "../../chain/modules/staking/historical.js";
import { STORE_NAME as STAKING_STORE } from "../../chain/modules/staking/keeper.js";
import { aisGenesis, type GenesisDoc } from "../../chain/node/genesis.js";
import { keyFromMnemonic, newMnemonic, type AccountKey } from "../../chain/node/wallet.js";
import { MultiStore } from "../../chain/store/multistore.js";
import { accAddress } from "../../chain/types/address.js";
import { parseDecCoins } from "../../chain/types/dec.js";

export const TEST_CHAIN_ID = "ais-test-1";

// Fixed test mnemonics (never use them for anything of value).
const MNEMONICS = {
  private: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
  technology: "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
  institutions: "legal winner thank year wave sausage worth useful legal winner thank yellow",
};

export const testKeys = {
  private: keyFromMnemonic(MNEMONICS.private),
  technology: keyFromMnemonic(MNEMONICS.technology),
  institutions: keyFromMnemonic(MNEMONICS.institutions),
};

/** A genesis validator with a fresh operator key and ed25519 consensus key (for tests). */
export function testValidator(moniker: string): GenesisValidatorSpec & { consensusPrivateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  return { moniker, operator: keyFromMnemonic(newMnemonic()), consensusPubKey: raw.toString("base64"), consensusPrivateKey: privateKey };
}

export function testGenesis(validators: readonly GenesisValidatorSpec[] = []): GenesisDoc {
  const base = {
    genesis_time: "2026-11-24T00:00:00Z",
    chain_id: TEST_CHAIN_ID,
    initial_height: "1",
    consensus_params: {
      block: { max_bytes: "22020096", max_gas: "-1" },
      evidence: { max_age_num_blocks: "100000", max_age_duration: "172800000000000", max_bytes: "1048576" },
      validator: { pub_key_types: ["ed25519"] },
      version: { app: "0" },
      abci: { vote_extensions_enable_height: "0" },
    },
    validators: [],
    app_hash: "",
    app_state: {},
  };
  return aisGenesis(
    base,
    TEST_CHAIN_ID,
    { private: testKeys.private.address, technology: testKeys.technology.address, institutions: testKeys.institutions.address },
    validators,
  );
}

export const GENESIS_TIME = 1_795_000_000n; // 2026-11-18T09:46:40Z, a multiple of 10 s

export interface BlockOptions {
  /** Consensus addresses (hex) of validators whose vote for the previous block is ABSENT. */
  absent?: ReadonlySet<string>;
  misbehavior?: Misbehavior[];
}

/** consensus address (hex) of an ed25519 validator key given as base64 (as genesis specs hold them). */
export function consensusHex(pubKeyBase64: string): string {
  return toHex(consensusAddressOf(Buffer.from(pubKeyBase64, "base64")));
}

export class TestChain {
  height = 0;
  /** The validator set InitChain returned. */
  genesisValidators: ValidatorUpdate[] = [];
  /** CometBFT's validator set as it moves: consensus address (hex) → power, per height. */
  private readonly sets = new Map<number, Map<string, bigint>>();
  /** Block time in seconds of the last block. */
  time = GENESIS_TIME;
  private constructor(
    readonly app: AisApp,
    readonly store: MultiStore,
    private readonly dir: string,
  ) {}

  /**
   * `consensusParams`: extra InitChain consensus params (e.g. evidence), beside the block limits.
   * `seedModules`: modules that exist only in tests, run before AIS's own (they declare no stores here).
   */
  static async start(
    options: { minGasPrices?: string; genesis?: GenesisDoc; consensusParams?: Omit<ConsensusParams, "block">; seedModules?: AisAppOptions["seedModules"] } = {},
  ): Promise<TestChain> {
    const dir = mkdtempSync(join(tmpdir(), "ais-chain-"));
    const store = MultiStore.create({ path: dir, storeNames: aisStoreNames() });
    const app = createAisApp({
      chainId: TEST_CHAIN_ID,
      version: "test",
      store,
      logger: silentLogger,
      minGasPrices: parseDecCoins(options.minGasPrices ?? "0.025uais"),
      ...(options.seedModules === undefined ? {} : { seedModules: options.seedModules }),
    });
    const genesis = options.genesis ?? testGenesis();
    const request = RequestInitChain.fromPartial({
      chainId: TEST_CHAIN_ID,
      initialHeight: 1n,
      time: { seconds: GENESIS_TIME, nanos: 0 },
      consensusParams: { ...options.consensusParams, block: { maxBytes: 22_020_096n, maxGas: 100_000_000n } },
      appStateBytes: new TextEncoder().encode(JSON.stringify(genesis.app_state)),
    });
    let init: ResponseInitChain;
    try {
      init = app.initChain(request);
    } catch (err) {
      // A refused genesis leaves no open store behind.
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    const chain = new TestChain(app, store, dir);
    chain.genesisValidators = init.validators;
    chain.sets.set(1, applyUpdates(new Map(), init.validators));
    await chain.block([]);
    return chain;
  }

  /** Executes and commits a block `seconds` after the last one; asserts the invariants afterwards. */
  async block(
    txs: Uint8Array[],
    seconds = 1n,
    options: BlockOptions = {},
  ): Promise<{ results: ExecTxResult[]; appHash: Uint8Array; events: Event[]; validatorUpdates: ValidatorUpdate[] }> {
    this.height++;
    this.time += seconds;
    // The previous block was signed by the set of its height; updates from block H apply at H + 2.
    const votes: VoteInfo[] =
      this.height === 1
        ? []
        : [...this.validatorSet(this.height - 1)].map(([address, power]) => ({
            validator: { address: Buffer.from(address, "hex"), power },
            blockIdFlag: options.absent?.has(address) === true ? BlockIDFlag.BLOCK_ID_FLAG_ABSENT : BlockIDFlag.BLOCK_ID_FLAG_COMMIT,
          }));
    const response = this.app.finalizeBlock(
      RequestFinalizeBlock.fromPartial({
        height: BigInt(this.height),
        time: { seconds: this.time, nanos: 0 },
        txs,
        decidedLastCommit: { round: 0, votes },
        misbehavior: options.misbehavior ?? [],
      }),
    );
    await this.app.commit();
    const next = this.validatorSet(this.height + 1);
    this.sets.set(this.height + 1, next);
    this.sets.set(this.height + 2, applyUpdates(next, response.validatorUpdates));
    const broken = aisInvariants(aisModules(), this.readContext());
    if (broken !== undefined) throw new Error(`invariant broken at height ${this.height}: ${broken}`);
    return { results: response.txResults, appHash: response.appHash, events: response.events, validatorUpdates: response.validatorUpdates };
  }

  /** CometBFT's validator set at a height: consensus address (hex) → power. */
  validatorSet(height: number): Map<string, bigint> {
    for (let h = height; h >= 1; h--) {
      const set = this.sets.get(h);
      if (set !== undefined) return new Map(set);
    }
    return new Map();
  }

  /**
   * A digest of the committed state of every store, without the per-block HistoricalInfo entries
   * (every block adds one), to show that a block changed nothing else.
   */
  stateDigest(): string {
    const hash = createHash("sha256");
    const ctx = this.readContext();
    for (const name of this.store.storeNames) {
      for (const [key, value] of ctx.kv(name).iterate()) {
        if (name === STAKING_STORE && key[0] === HISTORICAL_INFO_PREFIX[0]) continue;
        hash.update(`${name}/${toHex(key)}=${toHex(value)};`);
      }
    }
    return hash.digest("hex");
  }

  /** A read-only context on the last committed state. */
  readContext(): Context {
    const stores = new Map(this.store.storeNames.map((n) => [n, new ReadonlyStore(this.store.treeAt(n, this.store.latestVersion))] as const));
    const header = { chainId: TEST_CHAIN_ID, height: this.height, time: { seconds: 0n, nanos: 0 }, proposerAddress: new Uint8Array(0) };
    return new Context(header, "query", new InfiniteGasMeter(), new MapStoreSet(stores), silentLogger);
  }

  balance(address: string, denom = "uais"): bigint {
    const { bank } = aisModules();
    return bank.keeper.balance(this.readContext(), accAddress(address), denom);
  }

  account(address: string) {
    const { auth } = aisModules();
    return auth.keeper.getAccount(this.readContext(), accAddress(address));
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function applyUpdates(set: Map<string, bigint>, updates: readonly ValidatorUpdate[]): Map<string, bigint> {
  const next = new Map(set);
  for (const update of updates) {
    const address = toHex(consensusAddressOf(update.pubKey!.ed25519!));
    if (update.power === 0n) next.delete(address);
    else next.set(address, update.power);
  }
  return new Map([...next].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export type { AccountKey };
