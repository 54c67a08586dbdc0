// Lines from standard input: piped input is read line by line; at a terminal, a prompt is shown and
// hidden input (passwords) is not echoed.
import { createInterface } from "node:readline";

let piped: string[] | undefined;

async function pipedLines(): Promise<string[]> {
  if (piped === undefined) {
    piped = [];
    const rl = createInterface({ input: process.stdin, terminal: false });
    for await (const line of rl) piped.push(line);
  }
  return piped;
}

export async function readLine(prompt: string, options: { hidden?: boolean } = {}): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = await pipedLines();
    const line = lines.shift();
    if (line === undefined) throw new Error(`expected input on stdin: ${prompt.trim()}`);
    return line;
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  if (options.hidden) {
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(prompt)) process.stderr.write(prompt);
    };
  }
  const answer = await new Promise<string>((resolve) => rl.question(prompt, resolve));
  rl.close();
  if (options.hidden) process.stderr.write("\n");
  return answer;
}

/** The keyring password: $AIS_KEYRING_PASSWORD, else asked once. */
export function passwordSource(): () => Promise<string> {
  let cached: string | undefined;
  return async () => {
    cached ??= process.env.AIS_KEYRING_PASSWORD ?? (await readLine("Enter keyring password: ", { hidden: true }));
    return cached;
  };
}
