/** Instants are ISO 8601 UTC strings ("2026-11-23T22:40:00.000Z") everywhere outside the UI. */

export type Instant = string;

export function toInstant(d: Date | number): Instant {
  return new Date(d).toISOString();
}

export function instantMs(i: Instant): number {
  return Date.parse(i);
}

/** True for a canonical ISO-8601 UTC instant as produced by Date#toISOString. */
export function isInstant(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(s)) return false;
  const ms = Date.parse(s);
  return Number.isFinite(ms) && new Date(ms).toISOString() === s;
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The two digits of `s` at `i` as a number (the caller has checked they are digits). */
function twoDigits(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

/** Accepts any ISO 8601 date-time with an offset or Z and returns the canonical UTC instant, or null. */
export function normalizeInstant(s: string): Instant | null {
  // What every client sends (Date#toISOString) is already canonical: check it, keep it, parse nothing.
  if (CANONICAL.test(s)) {
    return datePartValid(s) && twoDigits(s, 11) <= 23 && twoDigits(s, 14) <= 59 && twoDigits(s, 17) <= 59 ? s : null;
  }
  const m = DATE_TIME.exec(s);
  // Date.parse rolls 30 February over into March; a date that does not exist is not an instant.
  if (!m || !isCalendarDate(m[1] ?? '') || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[5] ?? 0) > 59) return null;
  const ms = Date.parse(s);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date "YYYY-MM-DD" that exists (proleptic Gregorian, as Date counts). Every logged instant passes here. */
export function isCalendarDate(s: string): boolean {
  return CALENDAR_DATE.test(s) && datePartValid(s);
}

/** Whether the "YYYY-MM-DD" digits at the start of `s` (already matched) name a day that exists. */
function datePartValid(s: string): boolean {
  const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/** Building a formatter costs far more than using one; keep one per time zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = makeFormatter(timeZone);
    formatters.set(timeZone, f);
  }
  return f;
}

function makeFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** What the en-US formatter above writes: "12/03/2026, 14:05:09". */
const FORMATTED = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

function zonedParts(ms: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const f = formatterFor(timeZone);
  // Reading the formatted string is a quarter of formatToParts' cost (1 µs against 4), and a
  // summary asks a dozen times (profile-api: ~50 µs of a summary's CPU). Any other layout (another
  // engine, a year outside 1000–9999) takes the parts.
  const m = FORMATTED.exec(f.format(ms));
  if (m) return { y: Number(m[3]), mo: Number(m[1]), d: Number(m[2]), h: Number(m[4]), mi: Number(m[5]), s: Number(m[6]) };
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { y: p.year ?? 0, mo: p.month ?? 1, d: p.day ?? 1, h: p.hour ?? 0, mi: p.minute ?? 0, s: p.second ?? 0 };
}

/** Offset of a time zone from UTC at an instant, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return asUtc - (ms - (ms % 1000));
}

/** The local hour of an instant in a time zone, with its minutes as a fraction (14:30 is 14.5). */
export function localHour(ms: number, timeZone: string): number {
  const wall = ms + zoneOffsetMs(ms, timeZone);
  return (((wall % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000;
}

/** The calendar date ("YYYY-MM-DD") of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${String(p.y).padStart(4, '0')}-${String(p.mo).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

/** The instant (ms) at which a calendar date begins in a time zone; handles daylight-saving changes. */
export function startOfLocalDate(date: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // Two passes settle the offset even when midnight itself sits next to a DST change.
  const t1 = guess - zoneOffsetMs(guess, timeZone);
  const t2 = guess - zoneOffsetMs(t1, timeZone);
  if (t1 === t2) return t2;
  // Where the clocks change at midnight (e.g. America/Santiago), one of the two lands on the day
  // before: the day begins at the earliest candidate that is on the date.
  const onDate = [t1, t2].filter((t) => localDate(t, timeZone) === date);
  return onDate.length > 0 ? Math.min(...onDate) : t2;
}

/** The calendar date `days` days after (or before, when negative) a date "YYYY-MM-DD". */
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Start and end (exclusive) of the local day that contains an instant. */
export function localDayBounds(ms: number, timeZone: string): { start: number; end: number } {
  const date = localDate(ms, timeZone);
  const start = startOfLocalDate(date, timeZone);
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const end = startOfLocalDate(next.toISOString().slice(0, 10), timeZone);
  return { start, end };
}

const knownZones = new Set<string>();

/** True for a time zone this runtime knows; remembered, since building a formatter is costly. */
export function isValidTimeZone(tz: string): boolean {
  if (knownZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    return false;
  }
  // Only valid names are kept, so junk input cannot grow the set.
  knownZones.add(tz);
  return true;
}
