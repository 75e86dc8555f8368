/**
 * A consultant's view of one client: recent output and the flags that ask for a look. Pure.
 * Daily swings and left/right imbalance are normal (CLINICAL.md §8) and are never flagged; a drop of
 * more than a quarter week on week in *pumped volume* is (it may also be a deliberate reduction, so
 * it is named for what it measures). For each baby: nappies below the table for the age and a weight
 * loss over 10% of birth weight (CLINICAL.md §12); and a share that ends soon.
 */
import type { Finding } from './baby/enough-milk.js';

/** The finding's own window: a whole day ("yesterday") or the last 24 hours. */
export type NappyWindow = 'yesterday' | 'last-24h';
import type { Emptying } from './insights/emptying.js';
import type { Session, Side } from './session.js';
import { instantMs } from './time.js';
import { isAtLeast, levelRank } from './triage/levels.js';
import type { Level } from './triage/types.js';

export const OUTPUT_DROP_FLAG = 0.25;
/** Too little in the earlier week to compare against: no output flag. */
export const MIN_SESSIONS_TO_COMPARE = 3;
export const RECENT_CHECK_DAYS = 7;
/** A share ending within this many days is flagged, so she can ask for more time. */
export const SHARE_ENDING_DAYS = 7;

export type ClientFlag =
  | { id: 'recent-triage'; level: Extract<Level, 'call' | 'urgent' | 'emergency'>; checkedAt: string }
  | { id: 'output-down'; percent: number; lastWeekMl: number; weekBeforeMl: number }
  | { id: 'not-emptied'; side: Side; hours: number }
  | { id: 'nappies-below'; babyId: string; babyName: string; nappy: 'wet' | 'dirty'; window: NappyWindow; count: number; expected: number }
  | { id: 'weight-loss'; babyId: string; babyName: string; percent: number; measuredAt: string }
  | { id: 'share-ending'; endsAt: string };

/** Sums over the last two weeks of a client's log; the database can compute them, or weeklyOutput below. */
export interface WeeklyOutput {
  /** Latest change to an entry (ms), or 0. */
  lastChangeMs: number;
  todayPumpedMl: number;
  todayFeeds: number;
  lastWeekMl: number;
  weekBeforeMl: number;
  weekBeforeSessions: number;
}

export interface ClientPicture {
  lastActivityAt: string | null;
  todayPumpedMl: number;
  todayFeeds: number;
  last7DaysPumpedMl: number;
  flags: ClientFlag[];
}

type Logged = Pick<Session, 'kind' | 'startedAt' | 'leftMl' | 'rightMl' | 'deletedAt' | 'updatedAt'>;

const DAY = 86_400_000;

/** The sums a picture needs, from sessions (what the server's query computes in SQL). */
export function weeklyOutput(sessions: readonly Logged[], opts: { nowMs: number; todayStartMs: number }): WeeklyOutput {
  const weekAgo = opts.nowMs - 7 * DAY;
  const twoWeeksAgo = opts.nowMs - 14 * DAY;
  const o: WeeklyOutput = { lastChangeMs: 0, todayPumpedMl: 0, todayFeeds: 0, lastWeekMl: 0, weekBeforeMl: 0, weekBeforeSessions: 0 };
  for (const s of sessions) {
    if (s.deletedAt) continue;
    const t = instantMs(s.startedAt);
    if (t < twoWeeksAgo) continue;
    o.lastChangeMs = Math.max(o.lastChangeMs, instantMs(s.updatedAt));
    const ml = (s.leftMl ?? 0) + (s.rightMl ?? 0);
    if (t >= opts.todayStartMs) {
      if (s.kind === 'pump') o.todayPumpedMl += ml;
      if (s.kind === 'nurse' || s.kind === 'bottle') o.todayFeeds += 1;
    }
    if (s.kind !== 'pump') continue;
    if (t >= weekAgo) o.lastWeekMl += ml;
    else {
      o.weekBeforeMl += ml;
      o.weekBeforeSessions += 1;
    }
  }
  return o;
}

/** What a baby's "enough milk?" card and growth say, for the flags. */
export interface BabyPicture {
  babyId: string;
  babyName: string;
  /** The card's findings (empty outside the first four weeks). */
  findings: readonly Finding[];
  /** The latest weight against birth weight, if both are known. */
  latestWeight: { percentFromBirth: number; measuredAt: string; lossOverLimit: boolean } | null;
}

export interface PictureOptions {
  nowMs: number;
  emptying?: Emptying | null;
  babies?: readonly BabyPicture[];
  /** When her access to this client ends (null: no end). */
  accessExpiresAt?: string | null;
}

export function pictureOf(output: WeeklyOutput, checks: readonly { checkedAt: string; level: Level }[], opts: PictureOptions): ClientPicture {
  const flags: ClientFlag[] = [];
  const recent = checks
    .filter((c) => isAtLeast(c.level, 'call') && instantMs(c.checkedAt) >= opts.nowMs - RECENT_CHECK_DAYS * DAY)
    .sort((a, b) => levelRank(b.level) - levelRank(a.level) || b.checkedAt.localeCompare(a.checkedAt))[0];
  if (recent) flags.push({ id: 'recent-triage', level: recent.level as 'call' | 'urgent' | 'emergency', checkedAt: recent.checkedAt });
  const { lastWeekMl, weekBeforeMl } = output;
  if (output.weekBeforeSessions >= MIN_SESSIONS_TO_COMPARE && weekBeforeMl > 0 && lastWeekMl < weekBeforeMl * (1 - OUTPUT_DROP_FLAG)) {
    flags.push({ id: 'output-down', percent: Math.round((1 - lastWeekMl / weekBeforeMl) * 100), lastWeekMl, weekBeforeMl });
  }
  for (const b of opts.babies ?? []) {
    for (const f of b.findings) {
      if (f.id === 'wet-below') flags.push({ id: 'nappies-below', babyId: b.babyId, babyName: b.babyName, nappy: 'wet', window: f.window, count: f.wet, expected: f.expected });
      if (f.id === 'dirty-below') flags.push({ id: 'nappies-below', babyId: b.babyId, babyName: b.babyName, nappy: 'dirty', window: 'yesterday', count: f.dirty, expected: f.expected });
    }
    const w = b.latestWeight;
    if (w?.lossOverLimit) flags.push({ id: 'weight-loss', babyId: b.babyId, babyName: b.babyName, percent: w.percentFromBirth, measuredAt: w.measuredAt });
  }
  // Past the reminder threshold she set herself (no threshold, no flag).
  for (const side of ['left', 'right'] as const) {
    const e = opts.emptying?.sides[side];
    if (e?.reminder === 'due' && e.minutesSince !== null) flags.push({ id: 'not-emptied', side, hours: Math.floor(e.minutesSince / 60) });
  }
  const ends = opts.accessExpiresAt ? instantMs(opts.accessExpiresAt) : null;
  if (ends !== null && ends > opts.nowMs && ends - opts.nowMs <= SHARE_ENDING_DAYS * DAY) flags.push({ id: 'share-ending', endsAt: opts.accessExpiresAt as string });
  return {
    lastActivityAt: output.lastChangeMs > 0 ? new Date(output.lastChangeMs).toISOString() : null,
    todayPumpedMl: output.todayPumpedMl,
    todayFeeds: output.todayFeeds,
    last7DaysPumpedMl: lastWeekMl,
    flags,
  };
}

/** The picture from a client's sessions (two weeks of them) and checks. */
export function clientPicture(
  sessions: readonly Logged[],
  checks: readonly { checkedAt: string; level: Level }[],
  opts: PictureOptions & { todayStartMs: number },
): ClientPicture {
  return pictureOf(weeklyOutput(sessions, opts), checks, opts);
}
