/** The insights summary: the daily picture, output trend, daily rhythm, and time since each breast was emptied. */
import { type Emptying, type EmptyingSession, type EmptyingThreshold, emptying } from './emptying.js';
import { LocalClock } from './clock.js';
import { type DayPicture, dailyPicture, type LoggedSession, type RangeOptions } from './daily.js';
import { type HourBucket, hourlyRhythm, outputTrend, type TrendPoint } from './rhythm.js';
import { period, startedOn, type Period } from './periods.js';
import type { Instant } from '../time.js';

export interface Summary {
  from: string;
  to: string;
  timeZone: string;
  /** Which days count: from her first logged day, and how many are over. */
  period: Period;
  days: DayPicture[];
  trend: TrendPoint[];
  rhythm: HourBucket[];
  emptying: Emptying;
}

/** A range, and when she first logged anything (null: never), so days before that do not count as zeros. */
export type SummaryRange = RangeOptions & { firstLoggedAt: Instant | null };

export type SummaryOptions = SummaryRange & { threshold: EmptyingThreshold | null; recent?: readonly EmptyingSession[] };

/**
 * `sessions` should hold the range's sessions (and any that began the day before and ran into it);
 * `recent` the latest nursing and pumping sessions, for the time since each side was emptied.
 */
export function insightsSummary(sessions: readonly LoggedSession[], opts: SummaryOptions): Summary {
  const clock = new LocalClock(opts.timeZone, opts.from, opts.to);
  return { ...summaryWithoutEmptying(sessions, opts, clock), emptying: summaryEmptying(sessions, opts, clock) };
}

/** All of the summary but the emptying; it reads the clock only for sessions still running. */
export function summaryWithoutEmptying(sessions: readonly LoggedSession[], opts: SummaryRange, clock: LocalClock): Omit<Summary, 'emptying'> {
  const days = dailyPicture(sessions, opts, clock);
  const first = days[0];
  const last = days[days.length - 1];
  const window = { start: first ? Date.parse(first.start) : 0, end: last ? Date.parse(last.end) : 0 };
  const started = startedOn(opts.firstLoggedAt, opts.timeZone);
  return {
    from: opts.from,
    to: opts.to,
    timeZone: opts.timeZone,
    period: period(days, started, opts.nowMs),
    days,
    trend: outputTrend(days, started, opts.nowMs),
    rhythm: hourlyRhythm(sessions, clock, window),
  };
}

/** The summary's emptying: time since each side was emptied, as of `opts.nowMs`. */
export function summaryEmptying(
  sessions: readonly LoggedSession[],
  opts: Pick<SummaryOptions, 'nowMs' | 'threshold' | 'recent'>,
  clock: LocalClock,
): Emptying {
  return emptying([...(opts.recent ?? []), ...sessions], { nowMs: opts.nowMs, localHourNow: clock.hourOf(opts.nowMs), threshold: opts.threshold });
}
