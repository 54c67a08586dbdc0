// aisd keys add|list|show|import|export|delete
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, Option } from "commander";
import { Keyring, type KeyRecord, type KeyringBackend } from "../node/keyring.js";
import { newMnemonic } from "../node/wallet.js";
import { printJson } from "./format.js";
import { passwordSource, readLine } from "./input.js";

export const keyringBackendOption = () =>
  new Option("--keyring-backend <backend>", "file (encrypted with a password) or test (unencrypted)").choices(["file", "test"]).default("file");

export function openKeyring(opts: { home: string; keyringBackend: string }): Keyring {
  return new Keyring(resolve(opts.home), opts.keyringBackend as KeyringBackend, passwordSource());
}

export function registerKeys(program: Command, homeOption: () => Option): void {
  const keys = program.command("keys").description("manage the account keys of this home's keyring");
  const withKeyring = (command: Command) => command.addOption(homeOption()).addOption(keyringBackendOption());

  withKeyring(keys.command("add"))
    .description("create a key (its mnemonic is printed once), or --recover one from a mnemonic read from stdin")
    .argument("<name>")
    .option("--recover", "read a BIP39 mnemonic instead of generating one", false)
    .action(async (name: string, opts: { home: string; keyringBackend: string; recover: boolean }) => {
      const keyring = openKeyring(opts);
      const mnemonic = opts.recover ? await readLine("Enter your bip39 mnemonic: ") : newMnemonic();
      const info = await keyring.add(name, mnemonic);
      printJson(opts.recover ? info : { ...info, mnemonic });
    });

  withKeyring(keys.command("list"))
    .description("list the keys")
    .action((opts: { home: string; keyringBackend: string }) => printJson(openKeyring(opts).list()));

  withKeyring(keys.command("show"))
    .description("show a key's address and public key")
    .argument("<name>")
    .option("-a, --address", "print only the address", false)
    .action((name: string, opts: { home: string; keyringBackend: string; address: boolean }) => {
      const info = openKeyring(opts).show(name);
      if (opts.address) process.stdout.write(`${info.address}\n`);
      else printJson(info);
    });

  withKeyring(keys.command("export"))
    .description("print a key's record (sealed with its password when the backend is file) for `keys import`")
    .argument("<name>")
    .action((name: string, opts: { home: string; keyringBackend: string }) => printJson(openKeyring(opts).exportRecord(name)));

  withKeyring(keys.command("import"))
    .description("import a key record written by `keys export`")
    .argument("<name>")
    .argument("<file>")
    .action((name: string, file: string, opts: { home: string; keyringBackend: string }) => {
      const record = JSON.parse(readFileSync(file, "utf8")) as KeyRecord;
      printJson(openKeyring(opts).importRecord(name, record));
    });

  withKeyring(keys.command("delete"))
    .description("delete a key")
    .argument("<name>")
    .option("-y, --yes", "do not ask for confirmation", false)
    .action(async (name: string, opts: { home: string; keyringBackend: string; yes: boolean }) => {
      const keyring = openKeyring(opts);
      keyring.show(name);
      if (!opts.yes) {
        const answer = await readLine(`Delete key ${name}? This cannot be undone [y/N]: `);
        if (!/^y(es)?$/i.test(answer.trim())) throw new Error("aborted");
      }
      keyring.delete(name);
      process.stderr.write(`Key deleted forever (uh oh!)\n`);
    });
}
