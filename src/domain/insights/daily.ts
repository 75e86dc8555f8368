/**
 * The daily picture: for each local day of a range, what was pumped per side, feeds, nursing minutes
 * per side, massage sessions and symptom checks. The per-day arithmetic is the home screen's
 * `dayTotals`; this file only buckets the sessions by local day so years of data stay fast.
 */
import type { Session, Side } from '../session.js';
import { dayTotals } from '../today.js';
import { instantMs, toInstant, type Instant } from '../time.js';
import { LEVELS, type Level } from '../triage/types.js';
import { LocalClock } from './clock.js';

/** The fields of a session the insights read. */
export type LoggedSession = Pick<
  Session,
  'kind' | 'startedAt' | 'endedAt' | 'segments' | 'leftMl' | 'rightMl' | 'volumeMl' | 'massage' | 'deletedAt'
>;

/** A saved symptom check, as far as the insights need it. */
export interface CheckEntry {
  checkedAt: Instant;
  level: Level;
}

export interface DayPicture {
  /** Local calendar date "YYYY-MM-DD". */
  date: string;
  start: Instant;
  end: Instant;
  pumpedMl: Record<Side, number> & { total: number };
  pumpSessions: number;
  /** Nursing sessions plus bottle feeds that started in the day. */
  feeds: number;
  bottleMl: number;
  /** Nursing minutes per side, clipped to the day (a feed over midnight counts in both days). */
  nursingMinutes: Record<Side, number>;
  /** Sessions with massage attached plus massage-only sessions. */
  massageSessions: number;
  symptomChecks: number;
  /** Symptom checks by triage level. */
  checkLevels: Record<Level, number>;
}

export interface RangeOptions {
  /** Symptom checks to count per day (optional). */
  checks?: readonly CheckEntry[];
  /** First and last local date, both included. */
  from: string;
  to: string;
  timeZone: string;
  /** The current instant (ms): running sessions count up to it. */
  nowMs: number;
}

/** The end (ms) of a session for bucketing: its end (segments lie within it), or now while it runs. */
function lastMs(s: LoggedSession, nowMs: number): number {
  return s.endedAt === null ? nowMs : instantMs(s.endedAt);
}

export function dailyPicture(
  sessions: readonly LoggedSession[],
  opts: RangeOptions,
  clock = new LocalClock(opts.timeZone, opts.from, opts.to),
): DayPicture[] {
  const days = clock.localDays.filter((d) => d.date >= opts.from && d.date <= opts.to);
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return [];
  const buckets: LoggedSession[][] = days.map(() => []);
  const indexOf = (ms: number): number => {
    if (ms < first.start) return 0;
    if (ms >= last.end) return days.length - 1;
    let lo = 0;
    let hi = days.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((days[mid] as { start: number }).start <= ms) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const s of sessions) {
    if (s.deletedAt) continue;
    const a = instantMs(s.startedAt);
    // Only nursing time is spread over the days it touches; everything else counts on its start day.
    const b = s.kind === 'nurse' ? Math.max(a, lastMs(s, opts.nowMs)) : a;
    if (b < first.start || a >= last.end) continue;
    // A session goes to every day it touches: counts go by its start, nursing time is clipped per day.
    for (let i = indexOf(a), j = indexOf(b); i <= j; i++) buckets[i]?.push(s);
  }
  const checkCounts = days.map(() => Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>);
  for (const c of opts.checks ?? []) {
    const ms = instantMs(c.checkedAt);
    if (ms < first.start || ms >= last.end) continue;
    const counts = checkCounts[indexOf(ms)];
    if (counts) counts[c.level] += 1;
  }
  return days.map((d, i) => {
    const t = dayTotals(buckets[i] ?? [], d, opts.nowMs);
    const levels = checkCounts[i] as Record<Level, number>;
    return {
      date: d.date,
      start: toInstant(d.start),
      end: toInstant(d.end),
      pumpedMl: t.pumpedMl,
      pumpSessions: t.pumpSessions,
      feeds: t.feeds,
      bottleMl: t.bottleMl,
      nursingMinutes: { left: t.nursingSeconds.left / 60, right: t.nursingSeconds.right / 60 },
      massageSessions: t.massageSessions,
      symptomChecks: LEVELS.reduce((n, l) => n + levels[l], 0),
      checkLevels: levels,
    };
  });
}
