// node --import ./test/helpers/ts-register.mjs some.ts: runs TypeScript sources (see ts-hooks.mjs).
import { register } from "node:module";

register("./ts-hooks.mjs", import.meta.url);
