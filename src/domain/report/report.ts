/**
 * The one-page report for a date range, per baby: feeds per day (nursing minutes per side, bottles),
 * nappies per day against the table, weights against birth weight; pumped volume per side; massage
 * use and the massage-effect estimate with its interval; milk fat and energy if measured; every
 * symptom check with its level and reasons; the consultant's care plan and notes. Pure: the server
 * builds it once and draws it as a PDF, the browser draws the same model for print.
 */
import type { Baby, Language } from '../account.js';
import { currentPlan, type CareNote } from '../baby/care-note.js';
import { countNappies, type Nappy } from '../baby/nappy.js';
import { dayOfLife, NAPPY_TABLE_SOURCES, nappyExpectation } from '../baby/nappy-table.js';
import { growth, WEIGHT_SOURCES, type GrowthPoint, type Weight } from '../baby/weight.js';
import { LocalClock } from '../insights/clock.js';
import { dailyPicture } from '../insights/daily.js';
import { period, startedOn as startedOnOf, type Period } from '../insights/periods.js';
import { massageEffect, type EffectResult } from '../insights/massage-effect.js';
import { milkQuality } from '../insights/milk-quality.js';
import type { SourceKey } from '../sources.js';
import type { Session } from '../session.js';
import { addCalendarDays, instantMs } from '../time.js';
import type { Level, Localized, TriageResult } from '../triage/types.js';
import type { VolumeUnit, WeightUnit } from '../units.js';

export interface ReportCheck {
  checkedAt: string;
  result: Pick<TriageResult, 'level' | 'fired'>;
}

export interface ReportInput {
  householdName: string;
  babies: readonly Baby[];
  /** Local dates, both included. */
  from: string;
  to: string;
  timeZone: string;
  nowMs: number;
  /** Sessions of the range (and of the day before: a feed over midnight counts). */
  sessions: readonly Session[];
  nappies: readonly Nappy[];
  /** When the household's log began (its first session or nappy, at any time), or null: days before are not zeros. */
  firstLoggedAt: string | null;
  /** Every weight of the babies: the birth weight may lie before the range. */
  weights: readonly Weight[];
  checks: readonly ReportCheck[];
  creamatocrit: readonly { measuredAt: string; cmctPercent: number; sample: 'fore' | 'hind' | 'mixed'; frozen: boolean; massage: boolean }[];
  /** Care notes of the range, and the plan in force (which may be older), with their authors. */
  careNotes: readonly (CareNote & { authorEmail: string | null })[];
  /** The viewer's language and units. */
  lang: Language;
  /** The locale dates and times are written in: `lang`, or a region of it ("en-GB"). */
  locale: string;
  volumeUnit: VolumeUnit;
  weightUnit: WeightUnit;
}

export interface BabyDay {
  date: string;
  dayOfLife: number | null;
  /** False before her log began, before the baby was born, or still to come: the day's figures are unknown, not zeros. */
  logged: boolean;
  nursingMinutes: { left: number; right: number };
  nursingFeeds: number;
  bottles: number;
  bottleMl: number;
  wet: number;
  dirty: number;
  /** The table's minimums for that day of life (days 1–28), and whether the day fell below them. */
  expected: { wet: number; dirty: number } | null;
  below: { wet: boolean; dirty: boolean } | null;
}

export interface BabyReport {
  id: string;
  name: string;
  birthDate: string | null;
  days: BabyDay[];
  /** The birth weight and every weight measured in the range. */
  weights: GrowthPoint[];
  totals: { nursingMinutes: number; nursingFeeds: number; bottles: number; bottleMl: number; wet: number; dirty: number };
}

export interface PumpDay {
  date: string;
  /** False before her log began or still to come. */
  logged: boolean;
  leftMl: number;
  rightMl: number;
  sessions: number;
}

export interface Report {
  householdName: string;
  from: string;
  to: string;
  timeZone: string;
  generatedAt: string;
  lang: Language;
  /** The locale dates and times are written in: `lang`, or a region of it ("en-GB"). */
  locale: string;
  volumeUnit: VolumeUnit;
  weightUnit: WeightUnit;
  dates: string[];
  /** Her first logged day (local date), or null when nothing was ever logged. */
  startedOn: string | null;
  babies: BabyReport[];
  /** `period`: the days of the range that count (from her first logged day), the finished ones, and pumped per finished day. */
  pumping: { days: PumpDay[]; totalMl: number; leftMl: number; rightMl: number; sessions: number; period: Period };
  massage: { sessions: number; minutes: number; byTiming: { before: number; during: number; after: number }; effect: EffectResult };
  /** Null when no creamatocrit was measured in the range. */
  milk: { n: number; fatGPerL: number; energyKcalPerL: number; withMassage: number; withoutMassage: number } | null;
  checks: { checkedAt: string; level: Level; reasons: Localized[] }[];
  plan: (CareNote & { authorEmail: string | null }) | null;
  notes: (CareNote & { authorEmail: string | null })[];
  sources: SourceKey[];
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The dates from `from` to `to`, both included. */
export function datesOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}

export function buildReport(input: ReportInput): Report {
  const { from, to, timeZone, nowMs } = input;
  const dates = datesOf(from, to);
  const clock = new LocalClock(timeZone, addCalendarDays(from, -1), to);
  const days = clock.localDays.filter((d) => d.date >= from && d.date <= to);
  const range = { from, to, timeZone, nowMs };
  const single = input.babies.length === 1;
  const live = input.sessions.filter((s) => !s.deletedAt);
  // Days before her first entry are not zeros (as in insights): she had not started.
  const started = startedOnOf(input.firstLoggedAt, timeZone);
  // Nor are days still to come.
  const begun = new Set(days.filter((d) => d.start <= nowMs).map((d) => d.date));
  const logged = (date: string): boolean => started !== null && date >= started && begun.has(date);

  const babies = input.babies.map((b): BabyReport => {
    const mine = live.filter((s) => (s.kind === 'nurse' || s.kind === 'bottle') && (s.babyId === b.id || (single && s.babyId === null)));
    const nursing = dailyPicture(mine.filter((s) => s.kind === 'nurse'), range, clock);
    const bottles = dailyPicture(mine.filter((s) => s.kind === 'bottle'), range, clock);
    const nappies = input.nappies.filter((n) => n.babyId === b.id && !n.deletedAt);
    const out = days.map((d, i): BabyDay => {
      const counts = countNappies(nappies, d);
      const day = b.birthDate ? dayOfLife(b.birthDate, d.date) : null;
      const row = day === null ? null : nappyExpectation(day);
      // A day is judged only when whole (from day 2, and over), wholly inside her log (not the day she
      // began), and when something was logged on it.
      const judged = row !== null && day !== null && day >= 2 && d.end <= nowMs && started !== null && d.date > started && counts.changes > 0;
      return {
        date: d.date,
        dayOfLife: day,
        logged: logged(d.date) && (b.birthDate === null || d.date >= b.birthDate),
        nursingMinutes: nursing[i]?.nursingMinutes ?? { left: 0, right: 0 },
        nursingFeeds: nursing[i]?.feeds ?? 0,
        bottles: bottles[i]?.feeds ?? 0,
        bottleMl: bottles[i]?.bottleMl ?? 0,
        wet: counts.wet,
        dirty: counts.dirty,
        expected: row ? { wet: row.wetAtLeast, dirty: row.dirtyAtLeast } : null,
        below: judged && row ? { wet: counts.wet < row.wetAtLeast, dirty: counts.dirty < row.dirtyAtLeast } : null,
      };
    });
    const startMs = days[0]?.start ?? 0;
    const endMs = days[days.length - 1]?.end ?? 0;
    const points = growth(
      input.weights.filter((w) => w.babyId === b.id),
      b.birthDate,
      timeZone,
    ).filter((p) => p.birth || (instantMs(p.measuredAt) >= startMs && instantMs(p.measuredAt) < endMs));
    const sum = (f: (d: BabyDay) => number): number => out.reduce((a, d) => a + f(d), 0);
    return {
      id: b.id,
      name: b.name,
      birthDate: b.birthDate,
      days: out,
      weights: points,
      totals: {
        nursingMinutes: sum((d) => d.nursingMinutes.left + d.nursingMinutes.right),
        nursingFeeds: sum((d) => d.nursingFeeds),
        bottles: sum((d) => d.bottles),
        bottleMl: sum((d) => d.bottleMl),
        wet: sum((d) => d.wet),
        dirty: sum((d) => d.dirty),
      },
    };
  });

  const household = dailyPicture(live, range, clock);
  const pumpDays = household.map((d) => ({ date: d.date, logged: logged(d.date), leftMl: d.pumpedMl.left, rightMl: d.pumpedMl.right, sessions: d.pumpSessions }));
  const rangeStart = days[0]?.start ?? 0;
  const rangeEnd = days[days.length - 1]?.end ?? 0;
  const inRange = (iso: string): boolean => instantMs(iso) >= rangeStart && instantMs(iso) < rangeEnd;
  const massaged = live.filter((s) => inRange(s.startedAt) && (s.massage !== null || s.kind === 'massage'));
  const byTiming = { before: 0, during: 0, after: 0 };
  for (const s of massaged) if (s.massage) byTiming[s.massage.timing] += 1;

  const cmct = input.creamatocrit.filter((e) => inRange(e.measuredAt));
  const quality = cmct.length > 0 ? milkQuality(cmct) : null;
  const milk =
    quality && quality.ok
      ? {
          n: quality.entries.length,
          fatGPerL: mean(quality.entries.map((e) => e.wang.fatGPerL)),
          energyKcalPerL: mean(quality.entries.map((e) => e.wang.energyKcalPerL)),
          withMassage: quality.entries.filter((e) => e.massage).length,
          withoutMassage: quality.entries.filter((e) => !e.massage).length,
        }
      : null;

  const notes = input.careNotes.filter((n) => !n.deletedAt);
  const plan = currentPlan(notes);
  return {
    householdName: input.householdName,
    from,
    to,
    timeZone,
    generatedAt: new Date(nowMs).toISOString(),
    lang: input.lang,
    locale: input.locale,
    volumeUnit: input.volumeUnit,
    weightUnit: input.weightUnit,
    dates,
    startedOn: started,
    babies,
    pumping: {
      period: period(household, started, nowMs),
      days: pumpDays,
      leftMl: pumpDays.reduce((a, d) => a + d.leftMl, 0),
      rightMl: pumpDays.reduce((a, d) => a + d.rightMl, 0),
      totalMl: pumpDays.reduce((a, d) => a + d.leftMl + d.rightMl, 0),
      sessions: pumpDays.reduce((a, d) => a + d.sessions, 0),
    },
    massage: {
      sessions: massaged.length,
      minutes: massaged.reduce((a, s) => a + (s.massage?.minutes ?? (s.endedAt ? (instantMs(s.endedAt) - instantMs(s.startedAt)) / 60_000 : 0)), 0),
      byTiming,
      effect: massageEffect(live.filter((s) => inRange(s.startedAt)), timeZone, input.volumeUnit).overall,
    },
    milk,
    checks: [...input.checks]
      .filter((c) => inRange(c.checkedAt))
      .sort((a, b) => a.checkedAt.localeCompare(b.checkedAt))
      .map((c) => ({ checkedAt: c.checkedAt, level: c.result.level, reasons: c.result.fired.map((f) => f.reason) })),
    plan,
    notes: notes.filter((n) => n !== plan && n.kind === 'note' && inRange(n.notedAt)).sort((a, b) => a.notedAt.localeCompare(b.notedAt)),
    sources: [...new Set<SourceKey>([...NAPPY_TABLE_SOURCES, ...WEIGHT_SOURCES])],
  };
}
