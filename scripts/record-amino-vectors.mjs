#!/usr/bin/env node
// Records SIGN_MODE_LEGACY_AMINO_JSON golden vectors from the Cosmos SDK itself: wasmd (SDK 0.53,
// x/tx v0.14) builds each transaction with `--generate-only` and signs it offline with
// `--sign-mode amino-json`; the signed TxRaw is the vector. RFC 6979 signatures are deterministic,
// so the signature verifies against AIS's sign bytes only if they are byte-for-byte the SDK's.
// The sign doc AIS computes is written beside each vector (checked against the signature first),
// to read. Needs .bin/wasmd (node testnet/peers/wasmd.mjs install) and a build (npm run build).
//
//   node scripts/record-amino-vectors.mjs      → test/vectors/amino/wasmd.json
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const wasmd = join(root, ".bin", "wasmd");
const { verifyAminoVector } = await import(join(root, "dist", "test", "helpers", "amino-vectors.js"));

const CHAIN_ID = "amino-vectors-1";
const ACCOUNT_NUMBER = "7";
const SEQUENCE = "3";
const MNEMONICS = {
  alice: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
  bob: "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
  carol: "legal winner thank year wave sausage worth useful legal winner thank yellow",
};

const home = mkdtempSync(join(tmpdir(), "amino-vectors-"));
function run(args, input) {
  const result = spawnSync(wasmd, [...args, "--home", home], { encoding: "utf8", input });
  if (result.status !== 0) throw new Error(`wasmd ${args.join(" ")}:\n${result.stderr}`);
  return result.stdout.trim();
}
const keyring = ["--keyring-backend", "test"];
for (const [name, mnemonic] of Object.entries(MNEMONICS)) run(["keys", "add", name, "--recover", ...keyring], `${mnemonic}\n`);
const address = (name, bech = "acc") => run(["keys", "show", name, "-a", "--bech", bech, ...keyring]);
const [alice, bob, carol, aliceValoper, bobValoper] = [address("alice"), address("bob"), address("carol"), address("alice", "val"), address("bob", "val")];
const file = (name, value) => {
  const path = join(home, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

const fee = ["--fees", "500ucosm", "--gas", "200000"];
/** name → the `wasmd tx` arguments that build it (signed by alice). */
const cases = {
  "bank send, memo with characters Go escapes, timeout height": ["bank", "send", alice, bob, "5ucosm", "--note", "a <b> & \"c\"\n\t☃ \u2028", "--timeout-height", "1000", ...fee],
  "bank send, no fee": ["bank", "send", alice, bob, "1stake", "--gas", "100000"],
  "bank send, fee payer and granter": ["bank", "send", alice, bob, "5ucosm", "--fee-payer", bob, "--fee-granter", carol, ...fee],
  "bank multi-send": ["bank", "multi-send", alice, bob, carol, "3ucosm,4stake", ...fee],
  "staking delegate": ["staking", "delegate", aliceValoper, "1000stake", ...fee],
  "staking unbond": ["staking", "unbond", aliceValoper, "10stake", ...fee],
  "staking redelegate": ["staking", "redelegate", aliceValoper, bobValoper, "10stake", ...fee],
  "staking cancel-unbond": ["staking", "cancel-unbond", aliceValoper, "10stake", "123", ...fee],
  "staking create-validator (ed25519 key, rates, description)": [
    "staking",
    "create-validator",
    file("validator.json", {
      pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: "oWg2ISpLF405Jcm2vXV+2v4fnjodh6aafuIdeoW+rUw=" },
      amount: "100stake",
      moniker: "moniker & <co>",
      identity: "",
      website: "https://example.com",
      security: "sec@example.com",
      details: "details",
      "commission-rate": "0.1",
      "commission-max-rate": "0.2",
      "commission-max-change-rate": "0.01",
      "min-self-delegation": "1",
    }),
    ...fee,
  ],
  "staking edit-validator, new rate and moniker": ["staking", "edit-validator", "--new-moniker", "renamed", "--commission-rate", "0.15", ...fee],
  "staking edit-validator, nothing changed": ["staking", "edit-validator", ...fee],
  "distribution withdraw-rewards with commission (two messages)": ["distribution", "withdraw-rewards", aliceValoper, "--commission", ...fee],
  "distribution set-withdraw-addr": ["distribution", "set-withdraw-addr", bob, ...fee],
  "distribution fund-community-pool": ["distribution", "fund-community-pool", "10ucosm", ...fee],
  "gov vote (v1)": ["gov", "vote", "7", "no", "--metadata", "why", ...fee],
  "gov weighted-vote (v1)": ["gov", "weighted-vote", "7", "yes=0.6,abstain=0.4", ...fee],
  "gov deposit (v1)": ["gov", "deposit", "7", "10stake", ...fee],
  "gov submit-proposal (v1, a message inside)": [
    "gov",
    "submit-proposal",
    file("proposal.json", {
      messages: [{ "@type": "/cosmos.bank.v1beta1.MsgSend", from_address: "wasm10d07y265gmmuvt4z0w9aw880jnsr700js7zslc", to_address: bob, amount: [{ denom: "stake", amount: "10" }] }],
      metadata: "ipfs://x",
      deposit: "10stake",
      title: "title",
      summary: "summary",
      expedited: true,
    }),
    ...fee,
  ],
  "slashing unjail": ["slashing", "unjail", ...fee],
};

const vectors = [];
try {
  for (const [name, args] of Object.entries(cases)) {
    const unsigned = file("unsigned.json", JSON.parse(run(["tx", ...args, "--from", "alice", "--generate-only", "--chain-id", CHAIN_ID, ...keyring])));
    const signed = run(["tx", "sign", unsigned, "--offline", "--from", "alice", "--account-number", ACCOUNT_NUMBER, "--sequence", SEQUENCE, "--chain-id", CHAIN_ID, "--sign-mode", "amino-json", ...keyring]);
    const tx = run(["tx", "encode", file("signed.json", JSON.parse(signed))]);
    const vector = { name, tx };
    const verdict = verifyAminoVector({ chain_id: CHAIN_ID, account_number: ACCOUNT_NUMBER, sequence: SEQUENCE }, vector);
    if (!verdict.verified) throw new Error(`${name}: AIS's sign bytes do not verify wasmd's signature:\n${verdict.signDoc}`);
    vectors.push({ ...vector, sign_doc: verdict.signDoc });
    console.log(`ok  ${name}`);
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}

const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).config.wasmdVersion;
const out = join(root, "test", "vectors", "amino");
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, "wasmd.json"),
  `${JSON.stringify({ source: `wasmd ${version} (Cosmos SDK 0.53, x/tx v0.14): tx --generate-only, then tx sign --offline --sign-mode amino-json; recorded by scripts/record-amino-vectors.mjs`, chain_id: CHAIN_ID, account_number: ACCOUNT_NUMBER, sequence: SEQUENCE, vectors }, null, 2)}\n`,
);
console.log(`${vectors.length} vectors → ${join(out, "wasmd.json")}`);
