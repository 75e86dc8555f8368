/**
 * Local days and local hours for a run of instants in one time zone, fast enough for years of data.
 * Built on the date helpers in ../time.ts: each day's bounds come from them (so daylight-saving
 * changes are handled there), and within a day without an offset change the local hour is plain
 * arithmetic instead of one time-zone lookup per session.
 */
import { addCalendarDays, localHour, startOfLocalDate, zoneOffsetMs } from '../time.js';

export interface LocalDay {
  /** Calendar date "YYYY-MM-DD" in the time zone. */
  date: string;
  /** First instant of the day (ms). */
  start: number;
  /** First instant of the next day (ms); 23 or 25 hours after `start` on a daylight-saving change. */
  end: number;
}

interface DayEntry extends LocalDay {
  /** Date.UTC of the date: the day's wall-clock midnight read as if it were UTC. */
  wallMidnight: number;
  /** Offset of the zone at the start and at the end of the day (ms, east positive). */
  offStart: number;
  offEnd: number;
}

function wallMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The local days from `from` to `to`, both included, in order. */
export function localDays(from: string, to: string, timeZone: string): LocalDay[] {
  return buildDays(from, to, timeZone).map(({ date, start, end }) => ({ date, start, end }));
}

/** Days checked against the time-zone data at once; within a block the offset is assumed not to change twice. */
const BLOCK_DAYS = 7;

function buildDays(from: string, to: string, timeZone: string): DayEntry[] {
  const out: DayEntry[] = [];
  if (to < from) return out;
  let date = from;
  let start = startOfLocalDate(from, timeZone);
  let off = wallMidnight(from) - start;
  for (;;) {
    // Most weeks keep one offset: lay out a block of days with it, then confirm the block's end with
    // one look-up. When the offset changed inside the block, redo its days one by one.
    const block: DayEntry[] = [];
    let d = date;
    for (let i = 0; i < BLOCK_DAYS; i++) {
      const next = addCalendarDays(d, 1);
      block.push({ date: d, start: wallMidnight(d) - off, end: wallMidnight(next) - off, wallMidnight: wallMidnight(d), offStart: off, offEnd: off });
      if (d >= to) break;
      d = next;
    }
    const lastDay = block[block.length - 1] as DayEntry;
    if (zoneOffsetMs(lastDay.end, timeZone) === off) {
      out.push(...block);
    } else {
      for (const b of block) {
        const next = addCalendarDays(b.date, 1);
        const nextWall = wallMidnight(next);
        const guess = nextWall - off;
        const end = zoneOffsetMs(guess, timeZone) === off ? guess : startOfLocalDate(next, timeZone);
        const offEnd = nextWall - end;
        out.push({ date: b.date, start, end, wallMidnight: b.wallMidnight, offStart: off, offEnd });
        start = end;
        off = offEnd;
      }
    }
    if (lastDay.date >= to) break;
    const tail = out[out.length - 1] as DayEntry;
    date = addCalendarDays(tail.date, 1);
    start = tail.end;
    off = tail.offEnd;
  }
  return out;
}

/** Maps instants to their local day and hour in one time zone over a span of dates. */
export class LocalClock {
  private readonly days: DayEntry[];

  constructor(
    readonly timeZone: string,
    from: string,
    to: string,
  ) {
    this.days = buildDays(from, to, timeZone);
  }

  get localDays(): LocalDay[] {
    return this.days.map(({ date, start, end }) => ({ date, start, end }));
  }

  /** Index of the day that holds `ms`, or -1 when it is outside the span. */
  dayIndex(ms: number): number {
    let lo = 0;
    let hi = this.days.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = this.days[mid] as DayEntry;
      if (ms < d.start) hi = mid - 1;
      else if (ms >= d.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Local wall-clock hour with minutes, in [0, 24): 07:30 is 7.5. */
  hourOf(ms: number): number {
    const d = this.days[this.dayIndex(ms)];
    if (d && d.offStart === d.offEnd) return (ms + d.offStart - d.wallMidnight) / 3_600_000;
    // Outside the span, or on a day when the clocks change: ask the time-zone data.
    return localHour(ms, this.timeZone);
  }
}
