import { describe, expect, it } from "vitest";
import { VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgUpdateParams as ConsensusUpdateParams } from "cosmjs-types/cosmos/consensus/v1/tx";
import { MsgCommunityPoolSpend } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MsgUpdateParams as EpochsUpdateParams } from "../../codegen/ais/epochs/v1/tx.js";
import { MsgUpdateParams as SlashingUpdateParams } from "../../codegen/ais/slashing/v1/tx.js";
import { aisModules } from "../app/ais.js";
import { ModuleRegistry } from "../app/module.js";
import { GOV_AUTHORITY } from "../modules/authority.js";
import { DEFAULT_SLASHING_PARAMS, slashingParamsToJson } from "../modules/slashing/params.js";
import { weightedOptionsArgument } from "./gov.js";
import { parseProposalFile } from "./proposal.js";

const registry = new ModuleRegistry(aisModules().modules);
const file = (messages: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ messages, metadata: "ipfs://x", deposit: "10000000uais", title: "T", summary: "S", ...extra });
const slashing = (changes: Record<string, unknown> = {}) => ({ "@type": "/ais.slashing.v1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { ...slashingParamsToJson(DEFAULT_SLASHING_PARAMS), ...changes } });

describe("aisd tx gov submit-proposal file", () => {
  it("reads module params in their genesis form and other messages as snake_case proto JSON", () => {
    const parsed = parseProposalFile(
      registry,
      file([
        { "@type": "/ais.epochs.v1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { epoch_duration: "3600s" } },
        slashing({ slash_fraction_downtime: "0.02" }),
        { "@type": "/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", authority: GOV_AUTHORITY, recipient: GOV_AUTHORITY, amount: [{ denom: "uais", amount: "5" }] },
        {
          "@type": "/cosmos.consensus.v1.MsgUpdateParams",
          authority: GOV_AUTHORITY,
          block: { max_bytes: "22020096", max_gas: "100000000" },
          evidence: { max_age_num_blocks: "100000", max_age_duration: "172800s", max_bytes: "1048576" },
          validator: { pub_key_types: ["ed25519"] },
        },
      ], { expedited: true }),
    );
    expect(parsed.deposit).toEqual([{ denom: "uais", amount: "10000000" }]);
    expect([parsed.title, parsed.summary, parsed.metadata, parsed.expedited]).toEqual(["T", "S", "ipfs://x", true]);
    expect(EpochsUpdateParams.decode(parsed.messages[0]!.value).params.epochDuration).toEqual({ seconds: 3600n, nanos: 0 });
    expect(SlashingUpdateParams.decode(parsed.messages[1]!.value).params.slashFractionDowntime).toBe("20000000000000000");
    expect(MsgCommunityPoolSpend.decode(parsed.messages[2]!.value).amount).toEqual([{ denom: "uais", amount: "5" }]);
    const consensus = ConsensusUpdateParams.decode(parsed.messages[3]!.value);
    expect(consensus.evidence?.maxAgeDuration).toEqual({ seconds: 172800n, nanos: 0 });
    expect(consensus.block?.maxGas).toBe(100_000_000n);
  });

  it("refuses a params set with a missing or unknown field, an invalid value, an unknown type or bad JSON", () => {
    const partial = Object.fromEntries(Object.entries(slashingParamsToJson(DEFAULT_SLASHING_PARAMS)).filter(([name]) => name !== "slash_fraction_downtime"));
    expect(() => parseProposalFile(registry, file([{ ...slashing(), params: partial }]))).toThrow(/replaces every parameter; missing: slash_fraction_downtime/);
    expect(() => parseProposalFile(registry, file([slashing({ typo: "1" })]))).toThrow(/unknown parameters typo/);
    expect(() => parseProposalFile(registry, file([slashing({ slash_fraction_downtime: "1.5" })]))).toThrow(/slashFractionDowntime must be a fraction between 0 and 1/);
    expect(() => parseProposalFile(registry, file([{ "@type": "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade" }]))).toThrow(/does not know \/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade/);
    expect(() => parseProposalFile(registry, file([{ authority: GOV_AUTHORITY }]))).toThrow(/has no "@type"/);
    expect(() => parseProposalFile(registry, "{")).toThrow(/not JSON/);
    expect(() => parseProposalFile(registry, file([], { deposit: "ten" }))).toThrow();
  });
});

describe("aisd tx gov weighted-vote options", () => {
  it("parses option=weight pairs and refuses what the chain would", () => {
    expect(weightedOptionsArgument("yes=0.6,no_with_veto=0.4")).toEqual([
      { option: VoteOption.VOTE_OPTION_YES, weight: "0.6" },
      { option: VoteOption.VOTE_OPTION_NO_WITH_VETO, weight: "0.4" },
    ]);
    expect(() => weightedOptionsArgument("yes=0.5,no=0.4")).toThrow(/total weight 0.900000000000000000 is not 1/);
    expect(() => weightedOptionsArgument("yes=0.5,yes=0.5")).toThrow(/duplicated vote option/);
    expect(() => weightedOptionsArgument("maybe=1")).toThrow(/not a vote option/);
    expect(() => weightedOptionsArgument("yes")).toThrow(/is not option=weight/);
  });
});
