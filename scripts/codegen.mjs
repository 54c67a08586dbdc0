#!/usr/bin/env node
// npm run codegen: proto/ → codegen/ with Telescope, in the shape cosmjs-types has (encode/decode,
// fromPartial, JSON, amino converters, cosmjs registry). Imports of cosmos option protos resolve from
// the @protobufs packages (development dependencies); nothing third-party is vendored.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import telescope from "@cosmology/telescope";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// `--out <dir>` writes elsewhere (the test that checks codegen/ is current uses it).
const outArg = process.argv.indexOf("--out");
const outPath = outArg > 0 ? process.argv[outArg + 1] : join(root, "codegen");
rmSync(outPath, { recursive: true, force: true });

await telescope.default({
  protoDirs: [join(root, "proto"), join(root, "node_modules/@protobufs")],
  outPath,
  options: {
    removeUnusedImports: true,
    restoreImportExtension: ".js",
    tsDisable: { disableAll: true }, // generated code does not meet our strict flags; its types still check ours
    prototypes: {
      includes: { packages: ["ais.distribution.v1", "ais.epochs.v1", "ais.fees.v1", "ais.gov.v1", "ais.slashing.v1", "ais.staking.v1"] },
      methods: { encode: true, decode: true, fromPartial: true, fromJSON: true, toJSON: true, toAmino: true, fromAmino: true, toProto: false, fromProto: false },
      typingsFormat: {
        num64: "bigint",
        timestamp: "timestamp",
        duration: "duration",
        customTypes: { useCosmosSDKDec: false },
        useTelescopeGeneratedType: false,
      },
      addTypeUrlToObjects: true,
      addAminoTypeToObjects: false,
    },
    aminoEncoding: { enabled: true },
    interfaces: { enabled: false },
    stargateClients: { enabled: false },
    rpcClients: { enabled: false },
    lcdClients: { enabled: false },
    bundle: { enabled: false },
  },
});
