// The consensus MsgUpdateParams handler on a block context, and FinalizeBlock returning the change to
// CometBFT. A test module's EndBlock runs the handler as a passed proposal would (gov executes its
// messages in EndBlock), so no gov account signature is needed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MsgUpdateParams } from "cosmjs-types/cosmos/consensus/v1/tx";
import { QueryParamsRequest, QueryParamsResponse } from "cosmjs-types/cosmos/consensus/v1/query";
import { RequestFinalizeBlock, RequestInitChain } from "cosmjs-types/tendermint/abci/types";
import { AisApp, APP_PROTOCOL_VERSION } from "../../app/app.js";
import { AppError } from "../../app/errors.js";
import type { AppModule } from "../../app/module.js";
import { silentLogger } from "../../logger.js";
import { utf8 } from "../../store/encoding.js";
import { MultiStore } from "../../store/multistore.js";
import { accString } from "../../types/address.js";
import { GOV_AUTHORITY } from "../authority.js";
import { consensusModule } from "./module.js";

const CHAIN_ID = "ais-test-1";
const GENESIS_PARAMS = {
  block: { maxBytes: 22_020_096n, maxGas: 100_000_000n },
  evidence: { maxAgeNumBlocks: 100_000n, maxAgeDuration: { seconds: 172_800n, nanos: 0 }, maxBytes: 1_048_576n },
  validator: { pubKeyTypes: ["ed25519"] },
  version: { app: 0n },
  abci: { voteExtensionsEnableHeight: 0n },
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** An app of the consensus module and a module whose EndBlock runs the given messages at given heights. */
function testApp(scheduled: Map<number, MsgUpdateParams>) {
  // Staking keeps enough for any evidence age these tests set (that check has its own tests).
  const consensus = consensusModule({ evidenceRetention: () => ({ historicalEntries: 1_000_000, unbondingTime: { seconds: 86_400n * 365n, nanos: 0 } }) });
  const route = consensus.msgs!.find((r) => r.typeUrl === "/cosmos.consensus.v1.MsgUpdateParams")!;
  const failures: AppError[] = [];
  const governor: AppModule = {
    name: "governor",
    storeNames: [],
    endBlock(ctx) {
      const msg = scheduled.get(ctx.header.height);
      if (msg === undefined) return;
      try {
        route.validate?.(msg);
        route.handle(ctx, msg);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        failures.push(err);
      }
    },
  };
  const dir = mkdtempSync(join(tmpdir(), "ais-consensus-"));
  const store = MultiStore.create({ path: dir, storeNames: consensus.storeNames });
  cleanups.push(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const app = new AisApp({ chainId: CHAIN_ID, version: "test", modules: [consensus, governor], consensus: consensus.keeper, anteDecorators: [], store, logger: silentLogger });
  app.initChain(
    RequestInitChain.fromPartial({ chainId: CHAIN_ID, initialHeight: 1n, time: { seconds: 1_700_000_000n, nanos: 0 }, consensusParams: GENESIS_PARAMS, appStateBytes: utf8.encode("{}") }),
  );
  const produce = async (height: number) => {
    const response = app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(height), time: { seconds: 1_700_000_000n + BigInt(height), nanos: 0 } }));
    await app.commit();
    return response;
  };
  const queried = () => QueryParamsResponse.decode(app.query({ path: "/cosmos.consensus.v1.Query/Params", data: QueryParamsRequest.encode({}).finish(), height: 0n, prove: false }).value).params;
  return { produce, queried, failures };
}

const update = (changes: Partial<MsgUpdateParams> = {}): MsgUpdateParams => ({
  authority: GOV_AUTHORITY,
  block: { maxBytes: 4_194_304n, maxGas: 50_000_000n },
  evidence: { maxAgeNumBlocks: 200_000n, maxAgeDuration: { seconds: 345_600n, nanos: 0 }, maxBytes: 524_288n },
  validator: { pubKeyTypes: ["ed25519", "secp256k1"] },
  abci: undefined,
  ...changes,
});

describe("consensus params updates in FinalizeBlock", () => {
  it("returns the new params from the block that changed them, and only from that block", async () => {
    const msg = update();
    const { produce, queried, failures } = testApp(new Map([[2, msg]]));
    expect((await produce(1)).consensusParamUpdates).toBeUndefined();

    const changed = await produce(2);
    expect(failures).toEqual([]);
    expect(changed.consensusParamUpdates).toEqual({
      block: msg.block,
      evidence: msg.evidence,
      validator: msg.validator,
      // abci absent from the message: unchanged; the version is the one Info reports.
      abci: GENESIS_PARAMS.abci,
      version: { app: APP_PROTOCOL_VERSION },
    });
    // The state keeps genesis's version; queries see the new values.
    expect(queried()).toEqual({ ...GENESIS_PARAMS, block: msg.block, evidence: msg.evidence, validator: msg.validator });

    expect((await produce(3)).consensusParamUpdates).toBeUndefined();
  });

  it("returns nothing when a message sets the params they already are", async () => {
    const same = update({ block: GENESIS_PARAMS.block, evidence: GENESIS_PARAMS.evidence, validator: GENESIS_PARAMS.validator, abci: GENESIS_PARAMS.abci });
    const { produce, failures } = testApp(new Map([[2, same]]));
    await produce(1);
    expect((await produce(2)).consensusParamUpdates).toBeUndefined();
    expect(failures).toEqual([]);
  });

  it("schedules vote extensions for a later height, and refuses the current one (CometBFT would halt)", async () => {
    const { produce, failures } = testApp(
      new Map([
        [2, update({ abci: { voteExtensionsEnableHeight: 3n } })],
        [3, update({ abci: { voteExtensionsEnableHeight: 10n } })],
      ]),
    );
    await produce(1);
    expect((await produce(2)).consensusParamUpdates?.abci).toEqual({ voteExtensionsEnableHeight: 3n });
    // At height 3 they are enabled: the enable height can no longer move, and nothing is returned.
    expect((await produce(3)).consensusParamUpdates).toBeUndefined();
    expect(failures.map((f) => [f.code, f.log])).toEqual([
      [18, "abci.vote_extensions_enable_height cannot change: vote extensions are enabled since height 3: invalid request"],
    ]);
  });

  it("refuses a non-gov authority with sdk code 4 and changes nothing", async () => {
    const { produce, queried, failures } = testApp(new Map([[2, update({ authority: accString(new Uint8Array(20).fill(7)) })]]));
    await produce(1);
    expect((await produce(2)).consensusParamUpdates).toBeUndefined();
    expect(failures.map((f) => f.code)).toEqual([4]);
    expect(queried()).toEqual(GENESIS_PARAMS);
  });
});
