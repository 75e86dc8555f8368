/**
 * Which days of a range an average may count. Days before her first logged day are not zeros: she
 * had not started. Today is not over, so a day's average counts only finished days, and an average
 * over fewer days than its window says how many it covers.
 */
import { localDate, type Instant } from '../time.js';
import type { DayPicture } from './daily.js';

export interface Period {
  /** The first local date anything was logged in the household; null when nothing has been. */
  startedOn: string | null;
  /** The first date of the range that counts: the later of the range's start and `startedOn`. */
  countedFrom: string | null;
  /** Days of the range from `countedFrom` on (today included), and how many of them are over. */
  days: number;
  fullDays: number;
  /** Pumped per finished counted day, on average (mL); null before a first finished day. */
  perFullDayMl: number | null;
}

/** Her first logged day, as a local date. */
export function startedOn(firstLoggedAt: Instant | null, timeZone: string): string | null {
  return firstLoggedAt === null ? null : localDate(Date.parse(firstLoggedAt), timeZone);
}

/** A day is over once its last instant has passed. */
export function isOver(day: Pick<DayPicture, 'end'>, nowMs: number): boolean {
  return Date.parse(day.end) <= nowMs;
}

/** The days of a range that count: from her first logged day on (none before she started). */
export function countedDays<T extends Pick<DayPicture, 'date'>>(days: readonly T[], started: string | null): T[] {
  return started === null ? [] : days.filter((d) => d.date >= started);
}

export function period(days: readonly DayPicture[], started: string | null, nowMs: number): Period {
  const counted = countedDays(days, started);
  const full = counted.filter((d) => isOver(d, nowMs));
  const fullMl = full.reduce((n, d) => n + d.pumpedMl.total, 0);
  return {
    startedOn: started,
    countedFrom: counted[0]?.date ?? null,
    days: counted.length,
    fullDays: full.length,
    perFullDayMl: full.length > 0 ? fullMl / full.length : null,
  };
}
