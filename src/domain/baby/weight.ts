/**
 * A baby's weights, the birth weight among them, and the change from birth in percent: the figure
 * the weight rule of CLINICAL.md §12 reads (a loss of more than 10% of birth weight) [NG75] [NHSDG-FG].
 */
import { LIMITS } from '../limits.js';
import type { FieldProblem, RecordMeta } from '../record.js';
import type { SourceKey } from '../sources.js';
import { instantMs, localDate, type Instant } from '../time.js';
import { dayOfLife } from './nappy-table.js';

export const WEIGHT_PLACES = ['home', 'clinic', 'hospital', 'other'] as const;
export type WeightPlace = (typeof WEIGHT_PLACES)[number];

export interface WeightInput {
  babyId: string;
  measuredAt: Instant;
  grams: number;
  /** The birth weight: at most one per baby. */
  birth: boolean;
  /** Where it was measured (scales differ between home and clinic). */
  place: WeightPlace;
  notes: string;
}

export interface Weight extends WeightInput, RecordMeta {}

/**
 * More than this loss from birth weight calls for a clinical assessment and a look at a feed
 * [NG75] [NHSDG-FG]; "talk to the midwife or health visitor soon" is Lactea's own level for it (§12).
 */
export const WEIGHT_LOSS_PERCENT = 10;
export const WEIGHT_SOURCES: readonly SourceKey[] = ['NG75', 'NHSDG-FG'];

export function weightProblems(w: WeightInput, nowMs: number): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (instantMs(w.measuredAt) > nowMs + LIMITS.maxFutureSkewMinutes * 60_000) out.push({ field: 'measuredAt', code: 'in_future', message: 'must not be in the future' });
  if (!Number.isFinite(w.grams) || w.grams < LIMITS.weightGrams.min || w.grams > LIMITS.weightGrams.max) {
    out.push({ field: 'grams', code: 'out_of_range', params: LIMITS.weightGrams, message: `must be between ${LIMITS.weightGrams.min} and ${LIMITS.weightGrams.max} g` });
  }
  return out;
}

export function toWeightInput(w: WeightInput): WeightInput {
  return { babyId: w.babyId, measuredAt: w.measuredAt, grams: w.grams, birth: w.birth, place: w.place, notes: w.notes };
}

/** Change from birth weight in percent (negative: lighter than at birth). */
export function percentFromBirth(birthGrams: number, grams: number): number {
  return ((grams - birthGrams) / birthGrams) * 100;
}

export interface GrowthPoint {
  id: string;
  measuredAt: Instant;
  grams: number;
  birth: boolean;
  place: WeightPlace;
  /** Day of life (the day of birth is day 1), when the birth date is known. */
  dayOfLife: number | null;
  /** Change from the birth weight, when there is one. */
  percentFromBirth: number | null;
  /** More than WEIGHT_LOSS_PERCENT below the birth weight. */
  lossOverLimit: boolean;
}

type Weighed = Pick<Weight, 'id' | 'measuredAt' | 'grams' | 'birth' | 'place' | 'deletedAt'>;

/** The baby's birth weight record (the latest one, should there ever be two), or null. */
export function birthWeight<T extends Weighed>(weights: readonly T[]): T | null {
  let found: T | null = null;
  for (const w of weights) if (w.birth && !w.deletedAt && (!found || w.measuredAt > found.measuredAt)) found = w;
  return found;
}

/** Weights in time order, each against the birth weight, for the growth view and the report. */
export function growth(weights: readonly Weighed[], birthDate: string | null, timeZone: string): GrowthPoint[] {
  const birth = birthWeight(weights);
  return weights
    .filter((w) => !w.deletedAt)
    .sort((a, b) => a.measuredAt.localeCompare(b.measuredAt) || (a.birth === b.birth ? a.id.localeCompare(b.id) : a.birth ? -1 : 1))
    .map((w) => {
      const pct = birth && !w.birth ? percentFromBirth(birth.grams, w.grams) : birth && w.id === birth.id ? 0 : null;
      return {
        id: w.id,
        measuredAt: w.measuredAt,
        grams: w.grams,
        birth: w.birth,
        place: w.place,
        dayOfLife: birthDate ? dayOfLife(birthDate, localDate(instantMs(w.measuredAt), timeZone)) : null,
        percentFromBirth: pct,
        lossOverLimit: pct !== null && pct < -WEIGHT_LOSS_PERCENT,
      };
    });
}
