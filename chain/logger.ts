// A small structured logger in CometBFT's line format, so one terminal reads both processes:
//   I[2026-11-24|13:37:51.123] committed block    module=app height=12 app_hash=AB12…
// Consensus code receives a Logger but never depends on what it writes.

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, string | number | bigint | boolean | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  with(fields: LogFields): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
const LETTER: Record<LogLevel, string> = { debug: "D", info: "I", warn: "W", error: "E" };

export interface LoggerOptions {
  level?: LogLevel;
  write?: (line: string, level: LogLevel) => void;
  /** Source of the timestamp printed on each line (log output only, never state). */
  now?: () => Date;
}

export function createLogger(options: LoggerOptions = {}, context: LogFields = {}): Logger {
  const threshold = RANK[options.level ?? "info"];
  const write = options.write ?? ((line: string) => process.stderr.write(line + "\n"));
  const now = options.now ?? (() => new Date());
  const log = (level: LogLevel, message: string, fields?: LogFields) => {
    if (RANK[level] < threshold) return;
    const all = { ...context, ...fields };
    const pairs = Object.entries(all)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${formatValue(v!)}`)
      .join(" ");
    write(`${LETTER[level]}[${timestamp(now())}] ${message.padEnd(30)} ${pairs}`.trimEnd(), level);
  };
  return {
    debug: (m, f) => log("debug", m, f),
    info: (m, f) => log("info", m, f),
    warn: (m, f) => log("warn", m, f),
    error: (m, f) => log("error", m, f),
    with: (fields) => createLogger(options, { ...context, ...fields }),
  };
}

/** Discards everything; for tests and tools that print nothing. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  with: () => silentLogger,
};

function formatValue(value: string | number | bigint | boolean): string {
  const text = String(value);
  return /[\s"=]/.test(text) ? JSON.stringify(text) : text;
}

function timestamp(date: Date): string {
  const iso = date.toISOString(); // 2026-11-24T13:37:51.123Z
  return `${iso.slice(0, 10)}|${iso.slice(11, 23)}`;
}

export function isLogLevel(value: string): value is LogLevel {
  return value in RANK;
}
