// Child process of the differential tests: replays the recorded blocks in <input> and writes what
// consensus saw to <output> (see differential.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { replay, type RecordedBlocks } from "./differential.js";

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) throw new Error("usage: replay-child.ts <blocks.json> <replay.json>");
const recorded = JSON.parse(readFileSync(input, "utf8")) as RecordedBlocks;
writeFileSync(output, JSON.stringify(await replay(recorded)));
