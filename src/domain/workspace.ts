/**
 * A consultant's view of one client: recent output and the flags that ask for a look. Pure.
 * Daily swings and left/right imbalance are normal (CLINICAL.md §8) and are never flagged; a drop of
 * more than a quarter week on week is (issue: consultant workspace).
 */
import type { Emptying } from './insights/emptying.js';
import type { Session, Side } from './session.js';
import { instantMs } from './time.js';
import { isAtLeast, levelRank } from './triage/levels.js';
import type { Level } from './triage/types.js';

export const OUTPUT_DROP_FLAG = 0.25;
/** Too little in the earlier week to compare against: no output flag. */
export const MIN_SESSIONS_TO_COMPARE = 3;
export const RECENT_CHECK_DAYS = 7;

export type ClientFlag =
  | { id: 'recent-triage'; level: Extract<Level, 'call' | 'urgent' | 'emergency'>; checkedAt: string }
  | { id: 'output-down'; percent: number; lastWeekMl: number; weekBeforeMl: number }
  | { id: 'not-emptied'; side: Side; hours: number };

export interface ClientPicture {
  lastActivityAt: string | null;
  todayPumpedMl: number;
  todayFeeds: number;
  last7DaysPumpedMl: number;
  flags: ClientFlag[];
}

type Logged = Pick<Session, 'kind' | 'startedAt' | 'leftMl' | 'rightMl' | 'deletedAt' | 'updatedAt'>;

export function clientPicture(
  sessions: readonly Logged[],
  checks: readonly { checkedAt: string; level: Level }[],
  opts: { nowMs: number; todayStartMs: number; emptying?: Emptying | null },
): ClientPicture {
  const day = 86_400_000;
  const weekAgo = opts.nowMs - 7 * day;
  const twoWeeksAgo = opts.nowMs - 14 * day;
  let lastActivity = 0;
  let todayPumped = 0;
  let todayFeeds = 0;
  let lastWeek = 0;
  let weekBefore = 0;
  let weekBeforeSessions = 0;
  for (const s of sessions) {
    if (s.deletedAt) continue;
    lastActivity = Math.max(lastActivity, instantMs(s.updatedAt));
    const t = instantMs(s.startedAt);
    const ml = (s.leftMl ?? 0) + (s.rightMl ?? 0);
    if (t >= opts.todayStartMs) {
      if (s.kind === 'pump') todayPumped += ml;
      if (s.kind === 'nurse' || s.kind === 'bottle') todayFeeds += 1;
    }
    if (s.kind !== 'pump') continue;
    if (t >= weekAgo) lastWeek += ml;
    else if (t >= twoWeeksAgo) {
      weekBefore += ml;
      weekBeforeSessions += 1;
    }
  }
  const flags: ClientFlag[] = [];
  const recent = checks
    .filter((c) => isAtLeast(c.level, 'call') && instantMs(c.checkedAt) >= opts.nowMs - RECENT_CHECK_DAYS * day)
    .sort((a, b) => levelRank(b.level) - levelRank(a.level) || b.checkedAt.localeCompare(a.checkedAt))[0];
  if (recent) flags.push({ id: 'recent-triage', level: recent.level as 'call' | 'urgent' | 'emergency', checkedAt: recent.checkedAt });
  if (weekBeforeSessions >= MIN_SESSIONS_TO_COMPARE && weekBefore > 0 && lastWeek < weekBefore * (1 - OUTPUT_DROP_FLAG)) {
    flags.push({ id: 'output-down', percent: Math.round((1 - lastWeek / weekBefore) * 100), lastWeekMl: lastWeek, weekBeforeMl: weekBefore });
  }
  // Past the reminder threshold she set herself (no threshold, no flag).
  for (const side of ['left', 'right'] as const) {
    const e = opts.emptying?.sides[side];
    if (e?.reminder === 'due' && e.minutesSince !== null) flags.push({ id: 'not-emptied', side, hours: Math.floor(e.minutesSince / 60) });
  }
  return {
    lastActivityAt: lastActivity > 0 ? new Date(lastActivity).toISOString() : null,
    todayPumpedMl: todayPumped,
    todayFeeds,
    last7DaysPumpedMl: lastWeek,
    flags,
  };
}
