// The genesis economy of the mission: 100,000,000,000 AIS (1e17 uais), allocated 10% private
// placement, 3% technology, 15% institutions and 72% to the `mining` module account, which releases
// it only as rewards for verified compute.
import { MINING_MODULE } from "../app/ais.js";
import { baseAccountJson, type AccountJson } from "../modules/auth/genesis.js";
import { BOND_DENOM } from "../modules/bank/genesis.js";
import { accString, moduleAddress } from "../types/address.js";

export const TOTAL_SUPPLY = 100_000_000_000n * 1_000_000n;

/** Shares in percent of the total supply. */
export const ALLOCATION = { private: 10n, technology: 3n, institutions: 15n, mining: 72n } as const;

export interface AllocationHolders {
  private: string;
  technology: string;
  institutions: string;
}

export interface GenesisEconomy {
  accounts: AccountJson[];
  balances: { address: string; coins: { denom: string; amount: string }[] }[];
}

export function allocationAmount(share: bigint): bigint {
  return (TOTAL_SUPPLY * share) / 100n;
}

/**
 * Auth accounts and bank balances for the three holders, the mining pool and the genesis
 * validators' operators, whose funds come out of the institutions' allocation (the total is fixed).
 * Account numbers: the holders 0–2, then the operators in the order given.
 */
export function genesisEconomy(holders: AllocationHolders, operators: readonly { address: string; amount: bigint }[] = []): GenesisEconomy {
  const mining = accString(moduleAddress(MINING_MODULE));
  const operatorFunds = operators.reduce((sum, o) => sum + o.amount, 0n);
  if (operatorFunds > allocationAmount(ALLOCATION.institutions)) throw new Error("the operators' funds exceed the institutions' allocation");
  const entries: [string, bigint][] = [
    [holders.private, allocationAmount(ALLOCATION.private)],
    [holders.technology, allocationAmount(ALLOCATION.technology)],
    [holders.institutions, allocationAmount(ALLOCATION.institutions) - operatorFunds],
    [mining, allocationAmount(ALLOCATION.mining)],
    ...operators.map((o): [string, bigint] => [o.address, o.amount]),
  ];
  const distinct = new Set(entries.map(([address]) => address));
  if (distinct.size !== entries.length) throw new Error("allocation holders and operators must be distinct addresses");
  const accounts: AccountJson[] = [holders.private, holders.technology, holders.institutions, ...operators.map((o) => o.address)].map(
    (address, i) => ({ "@type": "/cosmos.auth.v1beta1.BaseAccount", ...baseAccountJson(address, BigInt(i)) }),
  );
  return {
    accounts,
    balances: entries
      .map(([address, amount]) => ({ address, coins: [{ denom: BOND_DENOM, amount: amount.toString() }] }))
      .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)),
  };
}
