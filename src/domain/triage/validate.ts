/**
 * Plain-TypeScript validation of the wizard's answers (no schema library, so it stays small in the
 * browser). Missing or null answers become 'unknown'; impossible values are bad input, each
 * reported with the field it belongs to.
 */
import type { FieldProblem } from '../session.js';
import { toCelsius } from '../units.js';
import {
  BABY_FEEDING,
  BREAST_SIDES,
  LUMP_SIZES,
  NIPPLE_DAMAGE,
  REDNESS_AREAS,
  TRENDS,
  UNKNOWN_ANSWERS,
  YES_NO,
  type AntibioticsAnswer,
  type LumpAnswer,
  type RednessAnswer,
  type SymptomAnswers,
  type TemperatureAnswer,
  type Where,
} from './types.js';

export type ValidationResult = { ok: true; answers: SymptomAnswers } | { ok: false; problems: FieldProblem[] };

/** A body temperature outside this range (°C, after conversion) is a typing or unit mistake. */
export const TEMPERATURE_RANGE_C = { min: 30, max: 44 } as const;

type Bag = Record<string, unknown>;

function isBag(v: unknown): v is Bag {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads the fields of one object, collecting problems under dotted field names. */
class FieldReader {
  constructor(
    private readonly bag: Bag,
    private readonly prefix: string,
    readonly problems: FieldProblem[],
  ) {}

  field(key: string): string {
    return this.prefix + key;
  }

  problem(key: string, message: string): void {
    this.problems.push({ field: this.field(key), message });
  }

  /** The raw value, with null read as missing. */
  raw(key: string): unknown {
    const v = this.bag[key];
    return v === null ? undefined : v;
  }

  onlyKeys(allowed: readonly string[], message: string): void {
    for (const key of Object.keys(this.bag)) {
      if (!allowed.includes(key)) this.problem(key, message);
    }
  }

  choice<T extends string>(key: string, values: readonly T[], missing: T): T {
    const v = this.raw(key);
    if (v === undefined) return missing;
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    this.problem(key, `must be one of: ${values.join(', ')}`);
    return missing;
  }

  /** A count or duration: a finite number ≥ 0 (whole when asked, at most max), or 'unknown'. */
  amount(key: string, opts: { integer?: boolean; max?: number } = {}): number | 'unknown' {
    const v = this.raw(key);
    if (v === undefined || v === 'unknown') return 'unknown';
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.problem(key, "must be a number or 'unknown'");
    } else if (v < 0) {
      this.problem(key, 'must not be negative');
    } else if (opts.max !== undefined && v > opts.max) {
      this.problem(key, `must be at most ${opts.max}`);
    } else if (opts.integer && !Number.isInteger(v)) {
      this.problem(key, 'must be a whole number');
    } else {
      return v;
    }
    return 'unknown';
  }

  /** A nested object, or null when it is missing (a problem is recorded when it is not an object). */
  nested(key: string): FieldReader | null {
    const v = this.raw(key);
    if (v === undefined) return null;
    if (isBag(v)) return new FieldReader(v, `${this.field(key)}.`, this.problems);
    this.problem(key, 'must be an object');
    return null;
  }
}

function readWhere(r: FieldReader): Where {
  const v = r.raw('where');
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12) return v;
  if (typeof v === 'number') {
    r.problem('where', 'a clock-face position must be a whole number from 1 to 12');
    return 'unknown';
  }
  return r.choice('where', ['areola', 'whole', 'unknown'] as const, 'unknown');
}

function readLump(r: FieldReader | null): LumpAnswer {
  if (r === null) return { present: 'unknown' };
  const present = r.choice('present', YES_NO, 'unknown');
  if (present !== 'yes') {
    r.onlyKeys(['present'], "allowed only when present is 'yes'");
    return { present };
  }
  r.onlyKeys(['present', 'size', 'days', 'sameSpotBefore'], 'unknown field');
  return {
    present,
    size: r.choice('size', LUMP_SIZES, 'unknown'),
    days: r.amount('days'),
    sameSpotBefore: r.choice('sameSpotBefore', YES_NO, 'unknown'),
  };
}

function readRedness(r: FieldReader | null): RednessAnswer {
  if (r === null) return { present: 'unknown' };
  const present = r.choice('present', YES_NO, 'unknown');
  if (present !== 'yes') {
    r.onlyKeys(['present'], "allowed only when present is 'yes'");
    return { present };
  }
  r.onlyKeys(['present', 'area', 'spreading', 'streaks'], 'unknown field');
  return {
    present,
    area: r.choice('area', REDNESS_AREAS, 'unknown'),
    spreading: r.choice('spreading', YES_NO, 'unknown'),
    streaks: r.choice('streaks', YES_NO, 'unknown'),
  };
}

function readTemperature(parent: FieldReader): TemperatureAnswer {
  const v = parent.raw('temperature');
  if (v === 'not-measured' || v === 'unknown' || v === undefined) return 'not-measured';
  const r = parent.nested('temperature');
  if (r === null) return 'not-measured';
  r.onlyKeys(['value', 'unit'], 'unknown field');
  const unit = r.choice('unit', ['c', 'f'] as const, 'c');
  if (r.raw('unit') === undefined) r.problem('unit', "is required: 'c' or 'f'");
  const value = r.raw('value');
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    r.problem('value', "must be a number (or send temperature: 'not-measured')");
    return 'not-measured';
  }
  const c = toCelsius(value, unit);
  if (c < TEMPERATURE_RANGE_C.min || c > TEMPERATURE_RANGE_C.max) {
    r.problem('value', 'must be a body temperature between 30 and 44 °C (86 and 111.2 °F)');
  }
  return { value, unit };
}

function readAntibiotics(r: FieldReader | null, hoursSinceOnset: number | 'unknown'): AntibioticsAnswer {
  if (r === null) return { taking: 'unknown' };
  const taking = r.choice('taking', YES_NO, 'unknown');
  if (taking !== 'yes') {
    r.onlyKeys(['taking'], "allowed only when taking is 'yes'");
    return { taking };
  }
  r.onlyKeys(['taking', 'hoursSinceStart'], 'unknown field');
  const hoursSinceStart = r.amount('hoursSinceStart');
  if (hoursSinceStart !== 'unknown' && hoursSinceOnset !== 'unknown' && hoursSinceStart > hoursSinceOnset) {
    r.problem('hoursSinceStart', 'antibiotics for this problem cannot have started before the problem did (hoursSinceOnset)');
  }
  return { taking, hoursSinceStart };
}

/** Checks untrusted input (a request body, a stored record) and returns complete answers. */
export function validateAnswers(input: unknown): ValidationResult {
  if (!isBag(input)) return { ok: false, problems: [{ field: 'answers', message: 'must be an object' }] };
  const r = new FieldReader(input, '', []);
  r.onlyKeys(Object.keys(UNKNOWN_ANSWERS), 'unknown field');
  const hoursSinceOnset = r.amount('hoursSinceOnset');
  const answers: SymptomAnswers = {
    side: r.choice('side', BREAST_SIDES, 'unknown'),
    where: readWhere(r),
    lump: readLump(r.nested('lump')),
    redness: readRedness(r.nested('redness')),
    pain: r.amount('pain', { integer: true, max: 10 }),
    temperature: readTemperature(r),
    fluLike: r.choice('fluLike', YES_NO, 'unknown'),
    hoursSinceOnset,
    trend: r.choice('trend', TRENDS, 'unknown'),
    pusOrBlood: r.choice('pusOrBlood', YES_NO, 'unknown'),
    nippleDamage: r.choice('nippleDamage', NIPPLE_DAMAGE, 'unknown'),
    areolaTooSwollenToLatch: r.choice('areolaTooSwollenToLatch', YES_NO, 'unknown'),
    babyFeeding: r.choice('babyFeeding', BABY_FEEDING, 'unknown'),
    bothBreastsFullFirm: r.choice('bothBreastsFullFirm', YES_NO, 'unknown'),
    daysSinceBirth: r.amount('daysSinceBirth'),
    possibleAbscess: r.choice('possibleAbscess', YES_NO, 'unknown'),
    skinBreakdown: r.choice('skinBreakdown', YES_NO, 'unknown'),
    feelingVeryUnwell: r.choice('feelingVeryUnwell', YES_NO, 'unknown'),
    fastHeartOrBreathing: r.choice('fastHeartOrBreathing', YES_NO, 'unknown'),
    confusion: r.choice('confusion', YES_NO, 'unknown'),
    fainting: r.choice('fainting', YES_NO, 'unknown'),
    rigors: r.choice('rigors', YES_NO, 'unknown'),
    vomitingPreventsMedicine: r.choice('vomitingPreventsMedicine', YES_NO, 'unknown'),
    diabetesOrWeakImmunity: r.choice('diabetesOrWeakImmunity', YES_NO, 'unknown'),
    antibiotics: readAntibiotics(r.nested('antibiotics'), hoursSinceOnset),
  };
  return r.problems.length === 0 ? { ok: true, answers } : { ok: false, problems: r.problems };
}
