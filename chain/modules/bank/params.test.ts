import { describe, expect, it } from "vitest";
import { TestChain, testGenesis } from "../../../test/helpers/chain.js";
import { aisModules } from "../../app/ais.js";
import { DEFAULT_BANK_PARAMS } from "./keeper.js";
import { validateBankParams, validateSendEnabledChange } from "./params.js";

describe("bank params validation", () => {
  it("accepts the defaults and either default_send_enabled", () => {
    expect(() => validateBankParams(DEFAULT_BANK_PARAMS)).not.toThrow();
    expect(() => validateBankParams({ sendEnabled: [], defaultSendEnabled: false })).not.toThrow();
  });

  it("rejects the deprecated params.send_enabled list, pointing at MsgSetSendEnabled", () => {
    expect(() => validateBankParams({ sendEnabled: [{ denom: "uais", enabled: false }], defaultSendEnabled: true })).toThrow(
      "params.send_enabled is no longer supported; set per-denom flags with /cosmos.bank.v1beta1.MsgSetSendEnabled",
    );
  });
});

describe("MsgSetSendEnabled validation", () => {
  it("accepts distinct valid denoms in both lists, or nothing at all", () => {
    expect(() => validateSendEnabledChange([{ denom: "uais", enabled: false }, { denom: "ibc/ABC", enabled: true }], ["uatom"])).not.toThrow();
    expect(() => validateSendEnabledChange([], [])).not.toThrow();
  });

  it("rejects invalid denoms, naming the list", () => {
    expect(() => validateSendEnabledChange([{ denom: "1x", enabled: true }], [])).toThrow('invalid send_enabled denom "1x"');
    expect(() => validateSendEnabledChange([], [""])).toThrow('invalid use_default_for denom ""');
  });

  it("rejects a denom named twice, within or across the lists", () => {
    const twice = [{ denom: "uais", enabled: true }, { denom: "uais", enabled: false }];
    expect(() => validateSendEnabledChange(twice, [])).toThrow('duplicate denom entries found for "uais"');
    expect(() => validateSendEnabledChange([{ denom: "uais", enabled: true }], ["uais"])).toThrow('duplicate denom entries found for "uais"');
    expect(() => validateSendEnabledChange([], ["uais", "uais"])).toThrow('duplicate denom entries found for "uais"');
  });
});

describe("default_send_enabled false", () => {
  // proto3 encodes it as no bytes at all; the keeper must still store it (absent reads as true).
  it("is kept in state from genesis", async () => {
    const genesis = testGenesis();
    (genesis.app_state.bank as { params: { default_send_enabled: boolean } }).params.default_send_enabled = false;
    const chain = await TestChain.start({ genesis });
    try {
      const { bank } = aisModules();
      expect(bank.keeper.params(chain.readContext()).defaultSendEnabled).toBe(false);
      expect(bank.keeper.isSendEnabled(chain.readContext(), "uais")).toBe(false);
    } finally {
      await chain.close();
    }
  });
});
