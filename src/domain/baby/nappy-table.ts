/**
 * What to expect from a breastfed baby's nappies in the first four weeks (CLINICAL.md §12), shared by
 * the symptom check's baby questions and the "enough milk?" card. The table is the Scottish
 * Government checklist [PCS-FEED], also on an NHS trust page [ELHT] and in NCT's sheet [NCT-NAPPY].
 * HSE Ireland counts day by day with slightly higher numbers on days 4 and 6 [HSE-ENOUGH]; §12 says
 * to use this table and accept either count, so the minimums here are the lower of the two.
 */
import type { SourceKey } from '../sources.js';
import { addCalendarDays, isCalendarDate } from '../time.js';

export type WetLooks = 'may-be-pink' | 'heavier' | 'heavy';
export type DirtyLooks = 'meconium' | 'changing' | 'yellow-watery' | 'yellow-seedy';

export interface NappyExpectation {
  /** Days of life this row covers, inclusive (the day of birth is day 1). */
  fromDay: number;
  toDay: number;
  /** The fewest wet nappies in 24 hours the table expects ("or more"). */
  wetAtLeast: number;
  wetLooks: WetLooks;
  /** The fewest dirty nappies in 24 hours the table expects. */
  dirtyAtLeast: number;
  dirtyLooks: DirtyLooks;
}

export const NAPPY_TABLE: readonly NappyExpectation[] = [
  { fromDay: 1, toDay: 2, wetAtLeast: 1, wetLooks: 'may-be-pink', dirtyAtLeast: 1, dirtyLooks: 'meconium' },
  { fromDay: 3, toDay: 4, wetAtLeast: 3, wetLooks: 'heavier', dirtyAtLeast: 2, dirtyLooks: 'changing' },
  { fromDay: 5, toDay: 6, wetAtLeast: 5, wetLooks: 'heavy', dirtyAtLeast: 2, dirtyLooks: 'yellow-watery' },
  { fromDay: 7, toDay: 28, wetAtLeast: 6, wetLooks: 'heavy', dirtyAtLeast: 2, dirtyLooks: 'yellow-seedy' },
];

export const NAPPY_TABLE_SOURCES: readonly SourceKey[] = ['PCS-FEED', 'ELHT', 'NCT-NAPPY', 'HSE-ENOUGH'];

/** The last day of life the table covers; after it there is no nappy expectation. */
export const NAPPY_TABLE_LAST_DAY = 28;

/**
 * After the table, wet nappies only: HSE Ireland expects "6 wet nappies (heavy wet with pale, yellow
 * or clear urine)" from 6 days to 6 weeks [HSE-ENOUGH], and §12 says to accept either count. There is
 * no dirty-nappy figure after 4 weeks in CLINICAL.md (stools vary), so none is expected here. The
 * "enough milk?" card keeps to the table's 4 weeks; the symptom check uses this for days 29–42.
 */
export const WET_TO_SIX_WEEKS = { fromDay: NAPPY_TABLE_LAST_DAY + 1, toDay: 42, wetAtLeast: 6, wetLooks: 'heavy' } as const satisfies {
  fromDay: number;
  toDay: number;
  wetAtLeast: number;
  wetLooks: WetLooks;
};

/** The last day of life with a wet-nappy expectation (6 weeks) [HSE-ENOUGH]. */
export const WET_EXPECTATION_LAST_DAY = WET_TO_SIX_WEEKS.toDay;

/** The fewest wet nappies in 24 hours expected on a day of life: the table for days 1–28, then HSE's 6 up to day 42; null outside. */
export function wetNappiesExpected(day: number): number | null {
  const row = nappyExpectation(day);
  if (row) return row.wetAtLeast;
  return Number.isInteger(day) && day >= WET_TO_SIX_WEEKS.fromDay && day <= WET_TO_SIX_WEEKS.toDay ? WET_TO_SIX_WEEKS.wetAtLeast : null;
}

/**
 * The most nappies in 24 hours the table expects at any age (6 wet from day 7, 2 dirty from day 3): what
 * the symptom check reads a count against when it does not know the baby's age, on the safe side.
 */
export const MOST_NAPPIES_EXPECTED = {
  wetAtLeast: Math.max(...NAPPY_TABLE.map((r) => r.wetAtLeast)),
  dirtyAtLeast: Math.max(...NAPPY_TABLE.map((r) => r.dirtyAtLeast)),
} as const;

/** A "heavy" wet nappy holds about 45 mL (3 tablespoons) of water poured into a dry nappy [NCT-NAPPY]. */
export const HEAVY_NAPPY_ML = 45;

/**
 * The baby's day of life on `date` ("YYYY-MM-DD"), counting the day of birth as day 1 (Lactea's
 * reading of the table's "1–2 days"; the sources do not say how they count). Null for a date before
 * the birth or an invalid date.
 */
export function dayOfLife(birthDate: string, date: string): number | null {
  if (!isCalendarDate(birthDate) || !isCalendarDate(date) || date < birthDate) return null;
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${birthDate}T00:00:00Z`)) / 86_400_000);
  return days + 1;
}

/** The table's row for a day of life, or null outside days 1–28. */
export function nappyExpectation(day: number): NappyExpectation | null {
  if (!Number.isInteger(day)) return null;
  return NAPPY_TABLE.find((r) => day >= r.fromDay && day <= r.toDay) ?? null;
}

/** The date on which a baby born on `birthDate` reaches day of life `day`. */
export function dateOfDay(birthDate: string, day: number): string {
  return addCalendarDays(birthDate, day - 1);
}

export interface NappyCount {
  wet: number;
  dirty: number;
}

export interface NappyComparison {
  expectation: NappyExpectation;
  wetBelow: boolean;
  dirtyBelow: boolean;
}

/** A day's counts against the table for that day of life; null where the table has no row. */
export function compareNappies(day: number, count: NappyCount): NappyComparison | null {
  const expectation = nappyExpectation(day);
  if (!expectation) return null;
  return { expectation, wetBelow: count.wet < expectation.wetAtLeast, dirtyBelow: count.dirty < expectation.dirtyAtLeast };
}
