/** Daily rhythm (volume per pumping session by local hour) and the output trend (a 7-day moving average). */
import { pumpedMl } from '../session.js';
import { instantMs } from '../time.js';
import type { LocalClock } from './clock.js';
import type { DayPicture, LoggedSession } from './daily.js';

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
  /** Mean of this day and the 6 before it; null until 7 days are in the range. */
  movingAverageMl: number | null;
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

export function outputTrend(days: readonly DayPicture[], window = 7): TrendPoint[] {
  let sum = 0;
  return days.map((d, i) => {
    sum += d.pumpedMl.total;
    if (i >= window) sum -= (days[i - window] as DayPicture).pumpedMl.total;
    return { date: d.date, totalMl: d.pumpedMl.total, movingAverageMl: i >= window - 1 ? sum / window : null };
  });
}
