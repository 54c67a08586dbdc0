// aisd query bank balances|total, auth account, tx, staking|slashing|distribution … — JSON as the
// SDK's CLI prints it with -o json (the module queries print exactly what the REST gateway serves).
import { Command } from "commander";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryAllBalancesRequest, QueryAllBalancesResponse, QueryTotalSupplyRequest, QueryTotalSupplyResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { aisModules } from "../app/ais.js";
import { ModuleRegistry } from "../app/module.js";
import { abciQuery } from "../client/query.js";
import { pageResponse } from "../rest/pagination.js";
import { GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { getTx } from "../grpc/tx-service.js";
import { protoJsonFor } from "../rest/types.js";
import { cometOf as comet, nodeOption } from "./common.js";
import { registerDistributionQuery } from "./distribution.js";
import { registerGovQuery } from "./gov.js";
import { printJson } from "./format.js";
import { registerSlashingQuery } from "./slashing.js";
import { registerStakingQuery } from "./staking.js";

export function registerQuery(program: Command): void {
  const query = program.command("query").alias("q").description("query the chain through a node");
  const json = () => protoJsonFor(new ModuleRegistry(aisModules().modules));

  const bank = query.command("bank").description("bank queries");
  bank
    .command("balances")
    .description("all balances of an address")
    .argument("<address>")
    .addOption(nodeOption())
    .action(async (address: string, opts: { node: string }) => {
      const r = await abciQuery(comet(opts), "/cosmos.bank.v1beta1.Query/AllBalances", QueryAllBalancesRequest, { address }, QueryAllBalancesResponse);
      printJson({ balances: r.balances, pagination: pageResponse(r.pagination) });
    });
  bank
    .command("total")
    .description("the total supply of every denom")
    .addOption(nodeOption())
    .action(async (opts: { node: string }) => {
      const r = await abciQuery(comet(opts), "/cosmos.bank.v1beta1.Query/TotalSupply", QueryTotalSupplyRequest, {}, QueryTotalSupplyResponse);
      printJson({ supply: r.supply, pagination: pageResponse(r.pagination) });
    });

  query
    .command("auth")
    .description("auth queries")
    .command("account")
    .description("an account by address")
    .argument("<address>")
    .addOption(nodeOption())
    .action(async (address: string, opts: { node: string }) => {
      const r = await abciQuery(comet(opts), "/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest, { address }, QueryAccountResponse);
      printJson(json().message(QueryAccountResponse, r));
    });

  query
    .command("tx")
    .description("a transaction by hash")
    .argument("<hash>")
    .addOption(nodeOption())
    .action(async (hash: string, opts: { node: string }) => {
      if (!/^(0x)?[0-9a-fA-F]{64}$/.test(hash)) throw new Error("the hash must be 64 hex digits");
      printJson(json().message(GetTxResponse, await getTx(comet(opts), hash.replace(/^0x/, ""))));
    });

  registerStakingQuery(query);
  registerSlashingQuery(query);
  registerDistributionQuery(query);
  registerGovQuery(query);
}
