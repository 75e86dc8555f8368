/** The home screen's picture of a day: totals, the last feed, and which side to start next. */
import { sideSeconds, type Session, type Side } from './session.js';
import { instantMs, type Instant } from './time.js';

export interface DayTotals {
  pumpedMl: Record<Side, number> & { total: number };
  pumpSessions: number;
  /** Nursing sessions plus bottle feeds that started in the day. */
  feeds: number;
  nursingSeconds: Record<Side, number>;
  bottleMl: number;
  massageSessions: number;
}

type Logged = Pick<
  Session,
  'kind' | 'startedAt' | 'endedAt' | 'segments' | 'leftMl' | 'rightMl' | 'volumeMl' | 'massage' | 'deletedAt'
>;

/** Totals for the sessions that start in [start, end); nursing time is clipped to the window. */
export function dayTotals(sessions: readonly Logged[], window: { start: number; end: number }, nowMs: number): DayTotals {
  const t: DayTotals = {
    pumpedMl: { left: 0, right: 0, total: 0 },
    pumpSessions: 0,
    feeds: 0,
    nursingSeconds: { left: 0, right: 0 },
    bottleMl: 0,
    massageSessions: 0,
  };
  for (const s of sessions) {
    if (s.deletedAt) continue;
    const startMs = instantMs(s.startedAt);
    if (s.kind === 'nurse') {
      const secs = sideSeconds(s.segments, nowMs, window);
      t.nursingSeconds.left += secs.left;
      t.nursingSeconds.right += secs.right;
    }
    if (startMs < window.start || startMs >= window.end) continue;
    if (s.massage || s.kind === 'massage') t.massageSessions += 1;
    switch (s.kind) {
      case 'pump':
        t.pumpSessions += 1;
        t.pumpedMl.left += s.leftMl ?? 0;
        t.pumpedMl.right += s.rightMl ?? 0;
        break;
      case 'nurse':
        t.feeds += 1;
        break;
      case 'bottle':
        t.feeds += 1;
        t.bottleMl += s.volumeMl ?? 0;
        break;
      case 'massage':
        break;
    }
  }
  t.pumpedMl.total = t.pumpedMl.left + t.pumpedMl.right;
  return t;
}

/** The most recent nursing or bottle feed (by start), or null. */
export function lastFeed<T extends Logged>(sessions: readonly T[]): T | null {
  let best: T | null = null;
  for (const s of sessions) {
    if (s.deletedAt || (s.kind !== 'nurse' && s.kind !== 'bottle')) continue;
    if (!best || instantMs(s.startedAt) > instantMs(best.startedAt)) best = s;
  }
  return best;
}

/** What happened at the last nursing session: the side she started on and the one she finished on. */
export interface LastNursing {
  first: Side;
  last: Side;
  /** True when she nursed on one side only. */
  oneSide: boolean;
  /** When the last side's stretch ended; null while it runs. */
  endedAt: Instant | null;
}

/**
 * The last nursing session's sides, as a fact to show, not a suggestion: CLINICAL.md has nothing
 * on which breast to offer first, so Lactea does not say which (null when there is no nursing yet).
 */
export function lastNursing(sessions: readonly Logged[]): LastNursing | null {
  let latest: Logged | null = null;
  for (const s of sessions) {
    if (s.deletedAt || s.kind !== 'nurse' || s.segments.length === 0) continue;
    if (!latest || instantMs(s.startedAt) > instantMs(latest.startedAt)) latest = s;
  }
  const segs = latest?.segments ?? [];
  const first = segs[0];
  const last = segs[segs.length - 1];
  if (!first || !last) return null;
  return { first: first.side, last: last.side, oneSide: segs.every((g) => g.side === first.side), endedAt: last.end };
}
