// Differential execution: blocks recorded once (signed here, against an in-process chain, the way a
// client would) are replayed from genesis by child processes started with other V8 settings
// (`--stack-size`, `--jitless`). Everything consensus depends on — each transaction's code, data,
// gas wanted and used, each block's app hash — must come out identical. Each replay also runs a
// second chain fed the same blocks without the transactions the first refused outright (non-zero
// code and no events: refused before or in the ante handler), whose app hashes must equal the
// first's: a refused transaction changes nothing.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ed25519 } from "@noble/curves/ed25519";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import type { GenesisValidatorSpec } from "../../chain/node/gentx.js";
import { keyFromMnemonic, type AccountKey } from "../../chain/node/wallet.js";
import { toHex } from "../../chain/store/encoding.js";
import { TestChain, testGenesis } from "./chain.js";

const root = join(import.meta.dirname, "..", "..");

/** Genesis validators with fixed keys, so that every process builds the same genesis. */
export function fixedValidators(count: number): GenesisValidatorSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const seed = new Uint8Array(32).fill(i + 1);
    return {
      moniker: `fixed${i}`,
      operator: keyFromMnemonic("legal winner thank year wave sausage worth useful legal winner thank yellow", `m/44'/118'/1'/0/${i}`),
      consensusPubKey: Buffer.from(ed25519.getPublicKey(seed)).toString("base64"),
    };
  });
}

/** Accounts the fuzzer signs with, derived from a fixed mnemonic. */
export function fuzzAccounts(count: number): AccountKey[] {
  return Array.from({ length: count }, (_, i) => keyFromMnemonic("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong", `m/44'/118'/2'/0/${i}`));
}

export function differentialGenesis() {
  const genesis = testGenesis(fixedValidators(2));
  genesis.app_state.epochs = { params: { epoch_duration: "10s" } };
  return genesis;
}

export async function startDifferentialChain(): Promise<TestChain> {
  return TestChain.start({ genesis: differentialGenesis() });
}

export interface RecordedBlocks {
  /** Each block's transactions, hex. */
  blocks: string[][];
}

/** What consensus sees of a transaction's result, plus whether it had events. */
export type TxVerdict = [code: number, codespace: string, gasWanted: string, gasUsed: string, data: string, hasEvents: boolean];

export interface Replay {
  check: number[][];
  results: TxVerdict[][];
  appHashes: string[];
  /** App hashes of the chain fed only the transactions that were not refused. */
  withoutRefused: string[];
}

export function verdict(result: ExecTxResult): TxVerdict {
  return [result.code, result.codespace, result.gasWanted.toString(), result.gasUsed.toString(), toHex(result.data), result.events.length > 0];
}

/** Refused outright: a non-zero code with no events (not even the ante handler's). */
export function refused(v: TxVerdict): boolean {
  return v[0] !== 0 && !v[5];
}

/** Replays recorded blocks in this process. */
export async function replay(recorded: RecordedBlocks): Promise<Replay> {
  const chain = await startDifferentialChain();
  const shadow = await startDifferentialChain();
  const out: Replay = { check: [], results: [], appHashes: [], withoutRefused: [] };
  try {
    for (const hexes of recorded.blocks) {
      const txs = hexes.map((hex) => Uint8Array.from(Buffer.from(hex, "hex")));
      out.check.push(txs.map((tx) => chain.app.checkTx({ tx, type: 0 }).code));
      const { results, appHash } = await chain.block(txs);
      const verdicts = results.map(verdict);
      out.results.push(verdicts);
      out.appHashes.push(toHex(appHash));
      const kept = txs.filter((_, i) => !refused(verdicts[i]!));
      out.withoutRefused.push(toHex((await shadow.block(kept)).appHash));
    }
  } finally {
    await chain.close();
    await shadow.close();
  }
  return out;
}

/** Replays recorded blocks in a child `node` started with `nodeFlags`. */
export async function replayInChild(recorded: RecordedBlocks, nodeFlags: readonly string[], dir: string, name: string): Promise<Replay> {
  const input = join(dir, `${name}-blocks.json`);
  const output = join(dir, `${name}-replay.json`);
  writeFileSync(input, JSON.stringify(recorded));
  const child = spawn(
    process.execPath,
    [...nodeFlags, "--import", join(root, "test/helpers/ts-register.mjs"), join(root, "test/helpers/replay-child.ts"), input, output],
    { stdio: ["ignore", "ignore", "pipe"], cwd: root },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`replay with ${nodeFlags.join(" ")} exited ${code}:\n${stderr.slice(-4000)}`);
  return JSON.parse(readFileSync(output, "utf8")) as Replay;
}
