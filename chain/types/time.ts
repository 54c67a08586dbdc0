// RFC 3339 UTC times ↔ protobuf Timestamps, for the proleptic Gregorian calendar of any year (as Go's
// time package): pure integer arithmetic (H. Hinnant's civil-date algorithms), no Date, no clock.
export interface Timestamp {
  seconds: bigint;
  nanos: number;
}

const DAY = 86_400n;

/** "2006-01-02T15:04:05.999999999Z" (fraction optional, 1–9 digits; years of 4 or more digits, may be negative). */
export function parseRfc3339(text: string): Timestamp {
  const match = /^(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?Z$/.exec(text);
  if (match === null) throw new Error(`not an RFC 3339 UTC time: ${text.slice(0, 40)}`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => BigInt(part!)) as [bigint, bigint, bigint, bigint, bigint, bigint];
  if (month < 1n || month > 12n || day < 1n || day > 31n || hour > 23n || minute > 59n || second > 59n) throw new Error(`not an RFC 3339 UTC time: ${text.slice(0, 40)}`);
  return { seconds: daysFromCivil(year, month, day) * DAY + hour * 3600n + minute * 60n + second, nanos: Number((match[7] ?? "").padEnd(9, "0")) };
}

/** As Go's time.Format(RFC3339Nano) in UTC: the fraction without trailing zeros, none when zero. */
export function formatRfc3339(time: Timestamp): string {
  const days = time.seconds >= 0n ? time.seconds / DAY : -((-time.seconds + DAY - 1n) / DAY);
  const second = time.seconds - days * DAY;
  const [year, month, day] = civilFromDays(days);
  const pad = (n: bigint, width: number) => n.toString().padStart(width, "0");
  const yearText = `${year < 0n ? "-" : ""}${pad(year < 0n ? -year : year, 4)}`;
  const clock = `${pad(second / 3600n, 2)}:${pad((second / 60n) % 60n, 2)}:${pad(second % 60n, 2)}`;
  const fraction = time.nanos === 0 ? "" : `.${String(time.nanos).padStart(9, "0").replace(/0+$/, "")}`;
  return `${yearText}-${pad(month, 2)}-${pad(day, 2)}T${clock}${fraction}Z`;
}

function civilFromDays(days: bigint): [bigint, bigint, bigint] {
  const z = days + 719_468n;
  const era = (z >= 0n ? z : z - 146_096n) / 146_097n;
  const doe = z - era * 146_097n;
  const yoe = (doe - doe / 1_460n + doe / 36_524n - doe / 146_096n) / 365n;
  const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n);
  const mp = (5n * doy + 2n) / 153n;
  const day = doy - (153n * mp + 2n) / 5n + 1n;
  const month = mp < 10n ? mp + 3n : mp - 9n;
  return [yoe + era * 400n + (month <= 2n ? 1n : 0n), month, day];
}

function daysFromCivil(year: bigint, month: bigint, day: bigint): bigint {
  const y = month <= 2n ? year - 1n : year;
  const era = (y >= 0n ? y : y - 399n) / 400n;
  const yoe = y - era * 400n;
  const doy = (153n * (month > 2n ? month - 3n : month + 9n) + 2n) / 5n + day - 1n;
  return era * 146_097n + yoe * 365n + yoe / 4n - yoe / 100n + doy - 719_468n;
}
