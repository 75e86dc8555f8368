/**
 * "Enough milk?" for a baby in the first four weeks (CLINICAL.md §12): today's and yesterday's
 * nappies against the table for the baby's age, feeds in the last 24 hours, the weight change from
 * birth, and — when the rules below say so — who to contact and how soon. Facts and the table's
 * expectation only: it never says that a baby is fine, and a count can only be as complete as the log.
 *
 * The levels are **Lactea's own rule** (§12, a synthesis; no single source gives them):
 * - emergency: dry for 12 hours or more;
 * - today, with the baby's midwife, health visitor or doctor (not a lactation professional alone):
 *   fewer wet nappies than the table for the age; no wet nappy for 8 hours; pale stools;
 * - soon, the midwife or health visitor: a weight loss over 10% of birth weight.
 * From the sources directly, at the "talk to the midwife" level (no time given, so "soon"): fewer
 * dirty nappies than expected, fewer than 8 feeds in 24 hours [ELHT] [PCS-FEED], and pink urates
 * after the first couple of days [PCS-FEED].
 *
 * Lactea's own reading where the sources are silent: the hour rules start on day 3 (on days 1–2 the
 * table itself expects only one or two wet nappies a day), a day is judged only once it is a whole
 * day of life, and a count is judged only when something was logged in its window (an empty log is
 * not evidence of a dry baby; the card then says nothing was logged).
 *
 * Hours before she started logging are not zeros (as in insights, domain/insights/periods.ts): a
 * count is set against the table only when her log covers its whole window. Nappy counts wait for
 * her nappy log (from the first nappy she logged), feed counts for her log as a whole (from her first
 * entry of any kind). Until a full 24 hours are logged the card shows the counts with no verdict and
 * says when she started (`waiting`). The hour rules and the signs (a pale stool, pink urates, a
 * weight) speak from the first entry on: they are about what was logged, not about a count.
 */
import { localDayBounds, localDate, instantMs, startOfLocalDate, type Instant } from '../time.js';
import type { SourceKey } from '../sources.js';
import { countNappies, isDirty, isWet, lastDayOfNappies, nappyLogSince, type Nappy, type NappyCounts } from './nappy.js';
import { dayOfLife, NAPPY_TABLE_LAST_DAY, NAPPY_TABLE_SOURCES, nappyExpectation, type NappyExpectation } from './nappy-table.js';
import { growth, WEIGHT_SOURCES, type GrowthPoint, type Weight } from './weight.js';

export const URGENCIES = ['soon', 'today', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** At least this many feeds in 24 hours is one sign feeding is going well [PCS-FEED] [ELHT]. */
export const FEEDS_PER_DAY = 8;
/** No wet nappy for this long: contact today [HT-JAUN]; this long or more: emergency (Lactea's own rule). */
export const DRY_TODAY_HOURS = 8;
export const DRY_EMERGENCY_HOURS = 12;
/** The hour rules apply from this day of life (the table expects 3 or more wet nappies a day from day 3). */
export const HOUR_RULES_FROM_DAY = 3;
/** How far back callers give nappies (`nappiesFrom`): a nappy log that paused this long starts again. */
export const NAPPY_LOOKBACK_MS = 7 * 24 * 3_600_000;
/** Pink urates "beyond the first couple of days" are worth telling the midwife about [PCS-FEED]. */
export const PINK_URATES_FROM_DAY = 3;

interface FindingBase {
  urgency: Urgency;
  sources: readonly SourceKey[];
  /** The level is Lactea's own rule (cite it so), not a guideline's. */
  lacteaOwn: boolean;
}

export type Finding = FindingBase &
  (
    | { id: 'dry-12h'; hours: number }
    | { id: 'no-wet-8h'; hours: number }
    | { id: 'wet-below'; window: 'yesterday' | 'last-24h'; wet: number; expected: number }
    | { id: 'pale-stool'; at: Instant }
    | { id: 'dirty-below'; dirty: number; expected: number }
    | { id: 'pink-urates'; at: Instant; dayOfLife: number }
    | { id: 'few-feeds'; feeds: number }
    | { id: 'weight-loss'; percent: number; measuredAt: Instant; dayOfLife: number | null }
  );

export interface DayNappies {
  date: string;
  dayOfLife: number;
  counts: NappyCounts;
  /** Had her nappy log begun by the end of this day (else the counts are unknown, not zeros)? */
  logged: boolean;
  /** The table's row for that day of life (null after day 28). */
  expectation: NappyExpectation | null;
}

export type EnoughMilk =
  | { status: 'no-birth-date' }
  | { status: 'not-born-yet' }
  | { status: 'past-four-weeks'; dayOfLife: number }
  | {
      status: 'first-weeks';
      dayOfLife: number;
      today: DayNappies;
      /** Null on the day of birth. `complete`: a whole day of life, so its count is judged. */
      yesterday: (DayNappies & { complete: boolean }) | null;
      last24h: NappyCounts;
      lastWetAt: Instant | null;
      /** Hours since the last wet nappy logged, when the log says anything about it. */
      hoursSinceWet: number | null;
      feeds24h: number;
      /** When her log began (first entry of any kind) and her nappy log (first nappy); null: none yet. */
      log: { since: Instant | null; nappiesSince: Instant | null };
      /** Counts shown without a verdict because fewer than 24 hours are logged, and when that ends. */
      waiting: Waiting | null;
      weight: { birth: GrowthPoint | null; latest: GrowthPoint | null };
      findings: Finding[];
      /** The most urgent finding's level, or null. */
      urgency: Urgency | null;
      sources: SourceKey[];
    };

export interface Waiting {
  /** 'log': her whole log is younger than 24 hours; 'nappies': only her nappy log is. */
  what: 'log' | 'nappies';
  startedAt: Instant;
  /** 24 hours after `startedAt`: from then on the counts are set against the table. */
  judgedFrom: Instant;
}

type NappyLike = Pick<Nappy, 'changedAt' | 'kind' | 'colour' | 'pinkUrates' | 'deletedAt'>;
type WeightLike = Pick<Weight, 'id' | 'measuredAt' | 'grams' | 'birth' | 'place' | 'deletedAt'>;

export interface EnoughMilkInput {
  birthDate: string | null;
  nowMs: number;
  timeZone: string;
  /**
   * This baby's nappies since `nappiesFrom` (at least 48 hours back; earlier ones are ignored). Her
   * nappy log begins at the first of them: a log that resumes after days without nappies starts again.
   */
  nappies: readonly NappyLike[];
  nappiesFrom: number;
  /** Start instants of this baby's feeds (nursing and bottles), since at least 48 hours ago. */
  feedStarts: readonly Instant[];
  /** When her household's log began as far as the server knows (first session or nappy); the entries above count too. */
  loggingSince: Instant | null;
  weights: readonly WeightLike[];
}

const HOUR = 3_600_000;
const rank = (u: Urgency): number => URGENCIES.indexOf(u);

const NAPPY_RULE: readonly SourceKey[] = NAPPY_TABLE_SOURCES;
const DRY_RULE: readonly SourceKey[] = ['HT-JAUN', 'NHS-SEPSIS'];
const PALE_RULE: readonly SourceKey[] = ['HT-JAUN', 'BLISS-JAUN'];
const FEEDS_RULE: readonly SourceKey[] = ['PCS-FEED', 'ELHT'];

function dayNappies(nappies: readonly NappyLike[], birthDate: string, ms: number, timeZone: string, nappiesSince: number | null): DayNappies {
  const date = localDate(ms, timeZone);
  const day = dayOfLife(birthDate, date) ?? 0;
  const bounds = localDayBounds(ms, timeZone);
  return { date, dayOfLife: day, counts: countNappies(nappies, bounds), logged: nappiesSince !== null && nappiesSince < bounds.end, expectation: nappyExpectation(day) };
}

const earliest = (times: readonly number[]): number | null => (times.length > 0 ? Math.min(...times) : null);
const iso = (ms: number | null): Instant | null => (ms === null ? null : new Date(ms).toISOString());

export function enoughMilk(input: EnoughMilkInput): EnoughMilk {
  const { birthDate, nowMs, timeZone } = input;
  if (!birthDate) return { status: 'no-birth-date' };
  const today = localDate(nowMs, timeZone);
  const day = dayOfLife(birthDate, today);
  if (day === null) return { status: 'not-born-yet' };
  if (day > NAPPY_TABLE_LAST_DAY) return { status: 'past-four-weeks', dayOfLife: day };

  const nappies = input.nappies.filter((n) => !n.deletedAt && instantMs(n.changedAt) >= input.nappiesFrom);
  const feedTimes = input.feedStarts.map(instantMs).filter((t) => t <= nowMs);
  const nappiesSince = nappyLogSince(nappies, input.nappiesFrom, nowMs);
  const since = earliest([...(input.loggingSince ? [instantMs(input.loggingSince)] : []), ...(nappiesSince === null ? [] : [nappiesSince]), ...feedTimes]);
  const dayAgo = nowMs - 24 * HOUR;
  /** Does her log of this kind cover the whole window from `start`? */
  const covers = (from: number | null, start: number): boolean => from !== null && from <= start;

  const todayBounds = localDayBounds(nowMs, timeZone);
  const todayNappies = dayNappies(nappies, birthDate, nowMs, timeZone, nappiesSince);
  const yesterdayBounds = localDayBounds(todayBounds.start - 1, timeZone);
  const yesterday = day >= 2 ? { ...dayNappies(nappies, birthDate, todayBounds.start - 1, timeZone, nappiesSince), complete: day - 1 >= 2 } : null;
  const lastDay = lastDayOfNappies(nappies, nowMs, input.nappiesFrom);
  const last24h = lastDay.counts;
  const birthStart = startOfLocalDate(birthDate, timeZone);

  const wets = nappies.filter(isWet).map((n) => instantMs(n.changedAt)).filter((t) => t <= nowMs);
  const lastWetMs = wets.length > 0 ? Math.max(...wets) : null;
  // Since the last wet nappy; with none logged, since her nappy log began (or birth), but only
  // when she logged some nappy in the last day: an empty log says nothing about the baby.
  const reference = lastWetMs ?? (last24h.changes > 0 && nappiesSince !== null ? Math.max(nappiesSince, birthStart) : null);
  const hoursSinceWet = reference === null ? null : (nowMs - reference) / HOUR;

  const feeds24h = feedTimes.filter((t) => t > dayAgo).length;
  const feeds48h = feedTimes.filter((t) => t > nowMs - 48 * HOUR).length;
  const nappyDayJudged = yesterday?.complete === true && covers(nappiesSince, yesterdayBounds.start) && yesterday.counts.changes > 0;

  const points = growth(input.weights, birthDate, timeZone);
  const birth = points.find((p) => p.birth) ?? null;
  const measured = points.filter((p) => !p.birth && instantMs(p.measuredAt) <= nowMs);
  const latest = measured[measured.length - 1] ?? null;

  const findings: Finding[] = [];
  const own = { lacteaOwn: true } as const;

  if (day >= HOUR_RULES_FROM_DAY && hoursSinceWet !== null) {
    if (hoursSinceWet >= DRY_EMERGENCY_HOURS) findings.push({ id: 'dry-12h', urgency: 'emergency', hours: Math.floor(hoursSinceWet), sources: DRY_RULE, ...own });
    else if (hoursSinceWet >= DRY_TODAY_HOURS) findings.push({ id: 'no-wet-8h', urgency: 'today', hours: Math.floor(hoursSinceWet), sources: DRY_RULE, ...own });
  }

  // Fewer wet nappies than the table: a whole day of life first, else the last 24 hours against
  // the lower of the two days' rows it spans.
  if (nappyDayJudged && yesterday?.expectation && yesterday.counts.wet < yesterday.expectation.wetAtLeast) {
    findings.push({ id: 'wet-below', urgency: 'today', window: 'yesterday', wet: yesterday.counts.wet, expected: yesterday.expectation.wetAtLeast, sources: NAPPY_RULE, ...own });
  } else if (day >= HOUR_RULES_FROM_DAY && lastDay.covered && last24h.changes > 0) {
    const dayBefore = dayOfLife(birthDate, localDate(dayAgo, timeZone)) ?? 1;
    const rows = [nappyExpectation(Math.max(2, dayBefore)), todayNappies.expectation].filter((r): r is NappyExpectation => r !== null);
    const expected = Math.min(...rows.map((r) => r.wetAtLeast));
    if (rows.length > 0 && last24h.wet < expected) {
      findings.push({ id: 'wet-below', urgency: 'today', window: 'last-24h', wet: last24h.wet, expected, sources: NAPPY_RULE, ...own });
    }
  }

  const recent = nappies.filter((n) => {
    const t = instantMs(n.changedAt);
    return t >= todayBounds.start - 24 * HOUR && t <= nowMs;
  });
  const pale = recent.filter((n) => isDirty(n) && n.colour === 'pale').sort((a, b) => b.changedAt.localeCompare(a.changedAt))[0];
  if (pale) findings.push({ id: 'pale-stool', urgency: 'today', at: pale.changedAt, sources: PALE_RULE, ...own });

  if (nappyDayJudged && yesterday?.expectation && yesterday.counts.dirty < yesterday.expectation.dirtyAtLeast) {
    findings.push({ id: 'dirty-below', urgency: 'soon', dirty: yesterday.counts.dirty, expected: yesterday.expectation.dirtyAtLeast, sources: ['ELHT', 'PCS-FEED'], lacteaOwn: false });
  }

  const pink = recent
    .filter((n) => isWet(n) && n.pinkUrates)
    .map((n) => ({ n, day: dayOfLife(birthDate, localDate(instantMs(n.changedAt), timeZone)) ?? 0 }))
    .filter((x) => x.day >= PINK_URATES_FROM_DAY)
    .sort((a, b) => b.n.changedAt.localeCompare(a.n.changedAt))[0];
  if (pink) findings.push({ id: 'pink-urates', urgency: 'soon', at: pink.n.changedAt, dayOfLife: pink.day, sources: ['PCS-FEED'], lacteaOwn: false });

  // A whole 24 hours of life and of her log, and feeds logged lately (else the log is not being kept).
  if (dayAgo >= birthStart && covers(since, dayAgo) && feeds48h > 0 && feeds24h < FEEDS_PER_DAY) {
    findings.push({ id: 'few-feeds', urgency: 'soon', feeds: feeds24h, sources: FEEDS_RULE, lacteaOwn: false });
  }

  if (latest?.lossOverLimit && latest.percentFromBirth !== null) {
    findings.push({ id: 'weight-loss', urgency: 'soon', percent: latest.percentFromBirth, measuredAt: latest.measuredAt, dayOfLife: latest.dayOfLife, sources: WEIGHT_SOURCES, ...own });
  }

  // Counts without a verdict while less than a day is logged: say so, and until when.
  const youngest = since !== null && since > dayAgo ? { what: 'log' as const, at: since } : nappiesSince !== null && nappiesSince > dayAgo ? { what: 'nappies' as const, at: nappiesSince } : null;
  const waiting: Waiting | null = youngest ? { what: youngest.what, startedAt: iso(youngest.at) as Instant, judgedFrom: iso(youngest.at + 24 * HOUR) as Instant } : null;

  findings.sort((a, b) => rank(b.urgency) - rank(a.urgency));
  const urgency = findings[0]?.urgency ?? null;
  const sources = [...new Set<SourceKey>([...NAPPY_TABLE_SOURCES, ...FEEDS_RULE, ...WEIGHT_SOURCES, ...findings.flatMap((f) => f.sources)])];
  return {
    status: 'first-weeks',
    dayOfLife: day,
    today: todayNappies,
    yesterday,
    last24h,
    lastWetAt: lastWetMs === null ? null : new Date(lastWetMs).toISOString(),
    hoursSinceWet,
    feeds24h,
    log: { since: iso(since), nappiesSince: iso(nappiesSince) },
    waiting,
    weight: { birth, latest },
    findings,
    urgency,
    sources,
  };
}

/** Is the card's window under four weeks for this baby today (the card shows only then)? */
export function inFirstWeeks(birthDate: string | null, nowMs: number, timeZone: string): boolean {
  if (!birthDate) return false;
  const day = dayOfLife(birthDate, localDate(nowMs, timeZone));
  return day !== null && day <= NAPPY_TABLE_LAST_DAY;
}
