// wasmd as the judge of JSON: the same REST paths asked of a wasmd node (Cosmos SDK 0.53) and of
// `aisd devnet`, their answers compared by shape — field names, value kinds (string-encoded
// integers and decimals, timestamps, durations, booleans, null), the pagination object and the
// error body. Values differ between chains; shapes must not.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { assertIsDeliverTxSuccess, GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { BECH32_PREFIX, toBech32 } from "../../chain/types/address.js";
import { freePort, freePortRange, runAisd, runNode, tempDir, waitFor, type NodeProcess } from "../helpers/node.js";
import { CometRpc } from "../helpers/rpc.js";

type Shape = string | Shape[] | { [key: string]: Shape };

/** A JSON value's shape: objects by their keys, arrays by their first element, strings by their kind. */
export function shapeOf(value: unknown): Shape {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shapeOf((value as Record<string, unknown>)[k])]));
  if (typeof value !== "string") return typeof value;
  if (/^-?[0-9]+$/.test(value)) return "integer string";
  if (/^-?[0-9]+\.[0-9]{18}$/.test(value)) return "decimal string";
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value)) return "timestamp";
  if (/^-?[0-9]+(\.[0-9]+)?s$/.test(value)) return "duration";
  return "string";
}

/** Shapes equal, where an empty array matches any array (one chain may have no entries yet). */
function sameShape(a: Shape, b: Shape, path = "$"): string[] {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === 0 || b.length === 0 ? [] : sameShape(a[0]!, b[0]!, `${path}[0]`);
  if (typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => (!(k in a) ? [`${path}.${k}: only wasmd has it`] : !(k in b) ? [`${path}.${k}: only AIS has it`] : sameShape(a[k]!, b[k]!, `${path}.${k}`)));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${path}: AIS ${JSON.stringify(a)}, wasmd ${JSON.stringify(b)}`];
}

/** The funded account's mnemonic: the AIS devnet's faucet, wasmd's user1. */
function readKeys(home: string, chain: "ais" | "wasmd"): string {
  if (chain === "ais") return (JSON.parse(readFileSync(join(home, "config", "genesis-keys.json"), "utf8")) as { private: { mnemonic: string } }).private.mnemonic;
  return (JSON.parse(readFileSync(join(home, "test-keys.json"), "utf8")) as { name: string; mnemonic: string }[]).find((k) => k.name === "user1")!.mnemonic;
}

describe("AIS's REST answers have the shapes wasmd's have", () => {
  const aisHome = tempDir("shapes-ais");
  const wasmdHome = tempDir("shapes-wasmd");
  let ais: NodeProcess;
  let wasmd: NodeProcess;
  let aisRest: string;
  let wasmdRest: string;
  let aisRpcUrl: string;
  let wasmdRpcUrl: string;
  const on = { ais: {} as Record<string, string>, wasmd: {} as Record<string, string> };

  const get = async (base: string, path: string) => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: (await response.json()) as unknown };
  };

  beforeAll(async () => {
    const aisRpc = await freePort();
    aisRpcUrl = `http://127.0.0.1:${aisRpc}`;
    aisRest = `http://127.0.0.1:${await freePort()}`;
    ais = runAisd(["devnet", "--home", aisHome.path, "--rpc-port", String(aisRpc), "--p2p-port", String(await freePort()), "--rest-port", aisRest.split(":")[2]!, "--grpc-port", String(await freePort()), "--block-time", "200ms"]);
    const wasmdRpc = await freePortRange(4);
    wasmdRpcUrl = `http://127.0.0.1:${wasmdRpc}`;
    wasmdRest = `http://127.0.0.1:${wasmdRpc + 1}`;
    wasmd = runNode([join(import.meta.dirname, "../../testnet/peers/wasmd.mjs"), "--home", wasmdHome.path, "--rpc-port", String(wasmdRpc)]);
    for (const rpc of [new CometRpc(`http://127.0.0.1:${aisRpc}`), new CometRpc(`http://127.0.0.1:${wasmdRpc}`)]) {
      await waitFor(`block 3 at ${rpc.url}`, async () => ((await rpc.height().catch(() => 0)) >= 3 ? true : undefined), 120_000);
    }
    // A funded account and the validator on each chain.
    const faucet = (JSON.parse(readFileSync(join(aisHome.path, "config", "genesis-keys.json"), "utf8")) as { private: { address: string } }).private.address;
    const user = (JSON.parse(readFileSync(join(wasmdHome.path, "test-keys.json"), "utf8")) as { name: string; address: string }[]).find((k) => k.name === "user1")!.address;
    on.ais = { account: faucet, validator: ((await get(aisRest, "/cosmos/staking/v1beta1/validators")).body as { validators: { operator_address: string }[] }).validators[0]!.operator_address, unknown: toBech32(BECH32_PREFIX.account, new Uint8Array(20).fill(7)) };
    on.wasmd = { account: user, validator: ((await get(wasmdRest, "/cosmos/staking/v1beta1/validators")).body as { validators: { operator_address: string }[] }).validators[0]!.operator_address, unknown: toBech32("wasm", new Uint8Array(20).fill(7)) };
  }, 5 * 60_000);

  afterAll(async () => {
    for (const node of [ais, wasmd]) node?.child.kill("SIGTERM");
    await Promise.all([ais?.exited, wasmd?.exited]);
    aisHome.remove();
    wasmdHome.remove();
  });

  /** The path on each chain, `{account}` and `{validator}` filled with that chain's. */
  const both = async (template: string) => {
    const fill = (chain: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => chain[name]!);
    const [a, w] = await Promise.all([get(aisRest, fill(on.ais)), get(wasmdRest, fill(on.wasmd))]);
    return { ais: a, wasmd: w };
  };

  it.each([
    ["auth", ["/cosmos/auth/v1beta1/accounts/{account}", "/cosmos/auth/v1beta1/params"]],
    ["bank", ["/cosmos/bank/v1beta1/balances/{account}?pagination.count_total=true", "/cosmos/bank/v1beta1/balances/{account}/by_denom?denom=stake", "/cosmos/bank/v1beta1/supply?pagination.count_total=true", "/cosmos/bank/v1beta1/params"]],
    ["staking", ["/cosmos/staking/v1beta1/validators?pagination.count_total=true", "/cosmos/staking/v1beta1/validators/{validator}", "/cosmos/staking/v1beta1/pool", "/cosmos/staking/v1beta1/params", "/cosmos/staking/v1beta1/delegations/{account}?pagination.count_total=true"]],
    // (wasmd keeps its community pool in x/protocolpool: its distribution CommunityPool answers 500.)
    ["distribution", ["/cosmos/distribution/v1beta1/params", "/cosmos/distribution/v1beta1/delegators/{account}/rewards", "/cosmos/distribution/v1beta1/validators/{validator}/outstanding_rewards"]],
    ["slashing", ["/cosmos/slashing/v1beta1/params", "/cosmos/slashing/v1beta1/signing_infos?pagination.count_total=true"]],
    ["gov", ["/cosmos/gov/v1/params/tallying", "/cosmos/gov/v1/params/voting", "/cosmos/gov/v1/proposals"]],
    ["tendermint", ["/cosmos/base/tendermint/v1beta1/node_info", "/cosmos/base/tendermint/v1beta1/syncing", "/cosmos/base/tendermint/v1beta1/validatorsets/latest", "/cosmos/base/tendermint/v1beta1/blocks/2", "/cosmos/base/tendermint/v1beta1/blocks/latest"]],
    ["tx", ["/cosmos/tx/v1beta1/txs?query=tx.height%3D1", "/cosmos/tx/v1beta1/txs/block/2"]],
  ])("%s", async (_module, paths) => {
    for (const path of paths) {
      const { ais: a, wasmd: w } = await both(path);
      expect([a.status, w.status], path).toEqual([200, 200]);
      expect(sameShape(shapeOf(a.body), shapeOf(w.body)), path).toEqual([]);
    }
  });

  it("keeps the shapes with delegations, an unbonding, a proposal with a deposit and a vote, and their transactions", async () => {
    const chains = [
      { name: "ais", rest: aisRest, rpc: aisRpcUrl, prefix: "ais", fee: "0.025uais", mnemonic: readKeys(aisHome.path, "ais"), at: on.ais },
      { name: "wasmd", rest: wasmdRest, rpc: wasmdRpcUrl, prefix: "wasm", fee: "0.025ucosm", mnemonic: readKeys(wasmdHome.path, "wasmd"), at: on.wasmd },
    ];
    // Gas: twice the simulation, as wasmd's vote costs more than cosmjs's default margin covers.
    for (const chain of chains) {
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(chain.mnemonic, { prefix: chain.prefix });
      const client = await SigningStargateClient.connectWithSigner(chain.rpc, wallet, { gasPrice: GasPrice.fromString(chain.fee) });
      try {
        const bond = ((await get(chain.rest, "/cosmos/staking/v1beta1/params")).body as { params: { bond_denom: string } }).params.bond_denom;
        const minDeposit = ((await get(chain.rest, "/cosmos/gov/v1/params/deposit")).body as { params: { min_deposit: { denom: string; amount: string }[] } }).params.min_deposit;
        const delegated = await client.delegateTokens(chain.at.account!, chain.at.validator!, { denom: bond, amount: "2000000" }, 2);
        assertIsDeliverTxSuccess(delegated);
        assertIsDeliverTxSuccess(await client.undelegateTokens(chain.at.account!, chain.at.validator!, { denom: bond, amount: "1000" }, 2));
        const submit = { typeUrl: "/cosmos.gov.v1.MsgSubmitProposal", value: MsgSubmitProposal.fromPartial({ messages: [], initialDeposit: minDeposit, proposer: chain.at.account!, title: "shapes", summary: "a proposal to compare", metadata: "ipfs://shapes" }) };
        const submitted = await client.signAndBroadcast(chain.at.account!, [submit], 2);
        assertIsDeliverTxSuccess(submitted);
        const proposal = submitted.events.find((e) => e.type === "submit_proposal")!.attributes.find((a) => a.key === "proposal_id")!.value;
        const vote = { typeUrl: "/cosmos.gov.v1.MsgVote", value: MsgVote.fromPartial({ proposalId: BigInt(proposal), voter: chain.at.account!, option: VoteOption.VOTE_OPTION_YES }) };
        assertIsDeliverTxSuccess(await client.signAndBroadcast(chain.at.account!, [vote], 2));
        Object.assign(chain.at, { proposal, hash: delegated.transactionHash, height: String(delegated.height) });
      } finally {
        client.disconnect();
      }
    }
    for (const path of [
      "/cosmos/staking/v1beta1/delegations/{account}",
      "/cosmos/staking/v1beta1/delegators/{account}/unbonding_delegations",
      "/cosmos/staking/v1beta1/validators/{validator}/unbonding_delegations",
      "/cosmos/staking/v1beta1/validators/{validator}/delegations/{account}/unbonding_delegation",
      "/cosmos/staking/v1beta1/delegators/{account}/validators",
      "/cosmos/staking/v1beta1/delegators/{account}/validators/{validator}",
      "/cosmos/gov/v1/proposals/{proposal}",
      "/cosmos/gov/v1/proposals/{proposal}/votes",
      "/cosmos/gov/v1/proposals/{proposal}/votes/{account}",
      "/cosmos/gov/v1/proposals/{proposal}/deposits",
      "/cosmos/gov/v1/proposals/{proposal}/deposits/{account}",
      "/cosmos/gov/v1/proposals/{proposal}/tally",
      // (v1beta1's view of this proposal is not compared: the SDK answers 500, "can't convert a gov/v1
      // Proposal to gov/v1beta1 Proposal when amount of proposal messages not exactly one"; AIS shows a
      // proposal without messages as the TextProposal it stands for.)
      "/cosmos/gov/v1beta1/proposals/{proposal}/votes/{account}",
      "/cosmos/tx/v1beta1/txs/{hash}",
      "/cosmos/tx/v1beta1/txs/block/{height}",
      "/cosmos/auth/v1beta1/account_info/{account}",
      "/cosmos/distribution/v1beta1/validators/{validator}/slashes",
    ]) {
      const { ais: a, wasmd: w } = await both(path);
      expect([a.status, w.status], `${path}: ${JSON.stringify(a.body).slice(0, 300)} / ${JSON.stringify(w.body).slice(0, 300)}`).toEqual([200, 200]);
      expect(sameShape(shapeOf(a.body), shapeOf(w.body)), path).toEqual([]);
    }
  });

  it("gives the same error bodies", async () => {
    for (const path of ["/cosmos/auth/v1beta1/accounts/{unknown}", "/cosmos/staking/v1beta1/validators/not-an-address", "/cosmos/nothing/v1/here"]) {
      const { ais: a, wasmd: w } = await both(path);
      // One deliberate difference: a malformed address is the client's error (400, InvalidArgument)
      // on AIS, where the SDK lets the bech32 decoder's error through as 500 (Unknown).
      expect(a.status, path).toBe(path.includes("not-an-address") ? 400 : w.status);
      if (path.includes("not-an-address")) expect(w.status).toBe(500);
      expect(shapeOf(a.body), path).toEqual(shapeOf(w.body));
      expect(Object.keys(a.body as object)).toEqual(["code", "message", "details"]);
    }
    const unknown = await both("/cosmos/auth/v1beta1/accounts/{unknown}");
    expect((unknown.ais.body as { message: string }).message).toBe((unknown.wasmd.body as { message: string }).message.replace(on.wasmd.unknown!, on.ais.unknown!));
    expect(unknown.ais.body).toMatchObject({ code: 5, details: [] });
  });
});
