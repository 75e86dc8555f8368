/**
 * Time since each breast was last emptied, and whether it has passed the threshold she set.
 * A side is emptied by nursing on it (the end of its last segment on that side) or by pumping it
 * (the end of a finished pumping session with a volume, even 0 mL, entered for that side). A side
 * being nursed right now counts as being emptied now. Reminders are off unless she sets a threshold;
 * a difference between the sides is normal and is never flagged (CLINICAL.md §8).
 */
import { SIDES, type SessionKind, type Side } from '../session.js';
import { instantMs, toInstant, type Instant } from '../time.js';
import type { LoggedSession } from './daily.js';

export interface EmptyingThreshold {
  /** Hours after which to remind her in the day, and at night. */
  dayHours: number;
  nightHours: number;
  /** The local night window [startHour, endHour), wrapping midnight; default 22:00–06:00. */
  nightStartHour?: number;
  nightEndHour?: number;
}

/**
 * What the time since emptying reads of a session: a nursing session's segments, any other's end
 * and per-side volumes (only pumping has them). A LoggedSession is one; so is a row read with just
 * those columns for its kind.
 */
export type EmptyingSession =
  | (Pick<LoggedSession, 'segments' | 'deletedAt'> & { kind: 'nurse' })
  | (Pick<LoggedSession, 'endedAt' | 'leftMl' | 'rightMl' | 'deletedAt'> & { kind: Exclude<SessionKind, 'nurse'> });

export const DEFAULT_NIGHT = { startHour: 22, endHour: 6 } as const;

export interface SideEmptying {
  side: Side;
  lastEmptiedAt: Instant | null;
  via: 'nurse' | 'pump' | null;
  /** Minutes from the last emptying to now; null when never. */
  minutesSince: number | null;
  /** 'off' without a threshold; 'due' once the time since passes the threshold for now (day or night). */
  reminder: 'off' | 'not-yet' | 'due';
  thresholdMinutes: number | null;
}

export interface Emptying {
  /** Whether now falls in her night window (local time). */
  night: boolean;
  sides: Record<Side, SideEmptying>;
}

/** True when a local hour (with minutes) falls in a night window that may wrap midnight. */
export function isNightHour(hour: number, startHour: number = DEFAULT_NIGHT.startHour, endHour: number = DEFAULT_NIGHT.endHour): boolean {
  if (startHour === endHour) return false;
  return startHour < endHour ? hour >= startHour && hour < endHour : hour >= startHour || hour < endHour;
}

export function emptying(
  sessions: readonly EmptyingSession[],
  opts: { nowMs: number; localHourNow: number; threshold: EmptyingThreshold | null },
): Emptying {
  // Instants are canonical ISO strings, so the latest is found by comparing text; only it is parsed.
  const latest: Record<Side, { at: Instant; via: 'nurse' | 'pump' } | null> = { left: null, right: null };
  const running: Record<Side, boolean> = { left: false, right: false };
  const see = (side: Side, at: Instant, via: 'nurse' | 'pump') => {
    const cur = latest[side];
    if (!cur || at > cur.at) latest[side] = { at, via };
  };
  for (const s of sessions) {
    if (s.deletedAt) continue;
    if (s.kind === 'nurse') {
      for (const seg of s.segments) {
        if (seg.end === null) running[seg.side] = true;
        else see(seg.side, seg.end, 'nurse');
      }
    } else if (s.kind === 'pump' && s.endedAt !== null) {
      if (s.leftMl !== null) see('left', s.endedAt, 'pump');
      if (s.rightMl !== null) see('right', s.endedAt, 'pump');
    }
  }
  const last: Record<Side, { ms: number; via: 'nurse' | 'pump' } | null> = { left: null, right: null };
  for (const side of SIDES) {
    const l = latest[side];
    // A side being nursed right now is being emptied now; an end a few minutes ahead (clock skew) counts as now.
    if (running[side]) last[side] = { ms: opts.nowMs, via: 'nurse' };
    else if (l) last[side] = { ms: Math.min(instantMs(l.at), opts.nowMs), via: l.via };
  }
  const t = opts.threshold;
  const night = isNightHour(opts.localHourNow, t?.nightStartHour, t?.nightEndHour);
  const thresholdMinutes = t ? (night ? t.nightHours : t.dayHours) * 60 : null;
  const sides = Object.fromEntries(
    SIDES.map((side): [Side, SideEmptying] => {
      const l = last[side];
      const minutesSince = l ? (opts.nowMs - l.ms) / 60_000 : null;
      const reminder = thresholdMinutes === null ? 'off' : minutesSince !== null && minutesSince >= thresholdMinutes ? 'due' : 'not-yet';
      return [side, { side, lastEmptiedAt: l ? toInstant(l.ms) : null, via: l?.via ?? null, minutesSince, reminder, thresholdMinutes }];
    }),
  ) as Record<Side, SideEmptying>;
  return { night, sides };
}
