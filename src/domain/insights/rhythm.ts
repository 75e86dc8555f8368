/** Daily rhythm (volume per pumping session by local hour) and the output trend (a 7-day moving average). */
import { pumpedMl } from '../session.js';
import { instantMs } from '../time.js';
import type { LocalClock } from './clock.js';
import type { DayPicture, LoggedSession } from './daily.js';
import { isOver } from './periods.js';

export interface HourBucket {
  hour: number;
  n: number;
  /** Null when the hour has no session. */
  meanMl: number | null;
  medianMl: number | null;
}

export interface TrendPoint {
  date: string;
  totalMl: number;
  /**
   * Mean pumped per day over this day and the 6 before it, counting only finished days of the range
   * from her first logged day; null for a day not over yet, or before she started.
   */
  movingAverageMl: number | null;
  /** How many days that mean covers (7 for a full week; fewer near her start or the range's). */
  averageDays: number;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** A finished, not deleted pumping session with a volume for at least one side. */
export function isMeasuredPump(s: LoggedSession): boolean {
  return s.kind === 'pump' && !s.deletedAt && s.endedAt !== null && (s.leftMl !== null || s.rightMl !== null);
}

/** Volume per pumping session by the local hour it started, over sessions starting in [startMs, endMs). */
export function hourlyRhythm(sessions: readonly LoggedSession[], clock: LocalClock, window: { start: number; end: number }): HourBucket[] {
  const byHour: number[][] = Array.from({ length: 24 }, () => []);
  for (const s of sessions) {
    if (!isMeasuredPump(s)) continue;
    const ms = instantMs(s.startedAt);
    if (ms < window.start || ms >= window.end) continue;
    byHour[Math.min(23, Math.floor(clock.hourOf(ms)))]?.push(pumpedMl(s));
  }
  return byHour.map((xs, hour) => ({
    hour,
    n: xs.length,
    meanMl: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null,
    medianMl: median(xs),
  }));
}

/**
 * The moving average of pumped milk per day. Days before `started` (her first logged day) and days
 * not over yet (today) are left out of every window rather than counted as zeros.
 */
export function outputTrend(days: readonly DayPicture[], started: string | null, nowMs: number, window = 7): TrendPoint[] {
  const counts = days.map((d) => started !== null && d.date >= started && isOver(d, nowMs));
  let sum = 0;
  let n = 0;
  return days.map((d, i) => {
    if (counts[i]) {
      sum += d.pumpedMl.total;
      n += 1;
    }
    const out = i - window;
    if (out >= 0 && counts[out]) {
      sum -= (days[out] as DayPicture).pumpedMl.total;
      n -= 1;
    }
    const shown = counts[i] === true && n > 0;
    return { date: d.date, totalMl: d.pumpedMl.total, movingAverageMl: shown ? sum / n : null, averageDays: shown ? n : 0 };
  });
}
