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
  CONCERNS,
  LUMP_SIZES,
  NIPPLE_DAMAGE,
  NIPPLE_FLUID,
  PAIN_RELIEF,
  REDNESS_AREAS,
  TRENDS,
  UNKNOWN_ANSWERS,
  YES_NO,
  type AntibioticsAnswer,
  type Concern,
  type LumpAnswer,
  type RednessAnswer,
  type SymptomAnswers,
  type TemperatureAnswer,
  type Where,
  type YesNo,
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

function readTemperature(parent: FieldReader, key: 'temperature' | 'babyTemperature'): TemperatureAnswer {
  const v = parent.raw(key);
  if (v === 'not-measured' || v === 'unknown' || v === undefined) return 'not-measured';
  const r = parent.nested(key);
  if (r === null) return 'not-measured';
  r.onlyKeys(['value', 'unit'], 'unknown field');
  const unit = r.choice('unit', ['c', 'f'] as const, 'c');
  if (r.raw('unit') === undefined) r.problem('unit', "is required: 'c' or 'f'");
  const value = r.raw('value');
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    r.problem('value', `must be a number (or send ${key}: 'not-measured')`);
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
  const taking = r.choice('taking', [...YES_NO, 'finished'] as const, 'unknown');
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

function readAbout(r: FieldReader): readonly Concern[] | 'unknown' {
  const v = r.raw('about');
  if (v === undefined || v === 'unknown') return 'unknown';
  if (!Array.isArray(v) || !v.every((c) => typeof c === 'string' && (CONCERNS as readonly string[]).includes(c))) {
    r.problem('about', `must be 'unknown' or a list of: ${CONCERNS.join(', ')}`);
    return 'unknown';
  }
  // In a fixed order, once each; an empty list says nothing, so it reads as 'unknown'.
  const picked = CONCERNS.filter((c) => v.includes(c));
  return picked.length > 0 ? picked : 'unknown';
}

/**
 * Answers saved by the first rules version (2026-11-23.1) asked two things in one question; they
 * are read into the questions that replaced them, never more reassuringly than they were given.
 */
const LEGACY_KEYS = ['diabetesOrWeakImmunity', 'fastHeartOrBreathing', 'pusOrBlood'] as const;

function legacy(r: FieldReader, a: SymptomAnswers, given: (key: string) => boolean): SymptomAnswers {
  const yn = (key: (typeof LEGACY_KEYS)[number]): YesNo => r.choice(key, YES_NO, 'unknown');
  const out = { ...a };
  const health = yn('diabetesOrWeakImmunity');
  if (!given('diabetes') && !given('weakImmunity') && health !== 'unknown') {
    out.diabetes = health;
    out.weakImmunity = health === 'no' ? 'no' : 'unknown';
  }
  const racing = yn('fastHeartOrBreathing');
  if (!given('fastHeartbeat') && !given('breathless') && racing !== 'unknown') {
    out.fastHeartbeat = racing;
    out.breathless = racing === 'no' ? 'no' : 'unknown';
  }
  const fluid = yn('pusOrBlood');
  if (!given('nippleFluid') && fluid !== 'unknown') out.nippleFluid = fluid === 'yes' ? 'pus' : 'none';
  return out;
}

/** Checks untrusted input (a request body, a stored record) and returns complete answers. */
export function validateAnswers(input: unknown): ValidationResult {
  if (!isBag(input)) return { ok: false, problems: [{ field: 'answers', message: 'must be an object' }] };
  const r = new FieldReader(input, '', []);
  r.onlyKeys([...Object.keys(UNKNOWN_ANSWERS), ...LEGACY_KEYS], 'unknown field');
  const yn = (key: string): YesNo => r.choice(key, YES_NO, 'unknown');
  const count = (key: string, max: number) => r.amount(key, { integer: true, max });
  const hoursSinceOnset = r.amount('hoursSinceOnset');
  const answers: SymptomAnswers = {
    about: readAbout(r),
    side: r.choice('side', BREAST_SIDES, 'unknown'),
    where: readWhere(r),
    lump: readLump(r.nested('lump')),
    redness: readRedness(r.nested('redness')),
    pain: r.amount('pain', { integer: true, max: 10 }),
    painReliefHelps: r.choice('painReliefHelps', PAIN_RELIEF, 'unknown'),
    temperature: readTemperature(r, 'temperature'),
    fluLike: yn('fluLike'),
    hoursSinceOnset,
    trend: r.choice('trend', TRENDS, 'unknown'),
    recurrentSameSpot: yn('recurrentSameSpot'),
    nippleDamage: r.choice('nippleDamage', NIPPLE_DAMAGE, 'unknown'),
    nippleFluid: r.choice('nippleFluid', NIPPLE_FLUID, 'unknown'),
    nippleColourChange: yn('nippleColourChange'),
    crackNotHealing: yn('crackNotHealing'),
    otherFluidOneSideOrLump: yn('otherFluidOneSideOrLump'),
    nippleBurning: yn('nippleBurning'),
    areolaTooSwollenToLatch: yn('areolaTooSwollenToLatch'),
    bothBreastsFullFirm: yn('bothBreastsFullFirm'),
    daysSinceBirth: r.amount('daysSinceBirth'),
    possibleAbscess: yn('possibleAbscess'),
    skinBreakdown: yn('skinBreakdown'),
    skinDimpledOrBruised: yn('skinDimpledOrBruised'),
    recentSurgery: yn('recentSurgery'),
    woundSign: yn('woundSign'),
    feelingVeryUnwell: yn('feelingVeryUnwell'),
    confusion: yn('confusion'),
    blueOrBlotchySkin: yn('blueOrBlotchySkin'),
    breathless: yn('breathless'),
    noUrineAllDay: yn('noUrineAllDay'),
    fainting: yn('fainting'),
    fastHeartbeat: yn('fastHeartbeat'),
    rigors: yn('rigors'),
    feelsVeryCold: yn('feelsVeryCold'),
    vomitingPreventsMedicine: yn('vomitingPreventsMedicine'),
    diabetes: yn('diabetes'),
    weakImmunity: yn('weakImmunity'),
    antibiotics: readAntibiotics(r.nested('antibiotics'), hoursSinceOnset),
    babyFeeding: r.choice('babyFeeding', BABY_FEEDING, 'unknown'),
    babyHardToWake: yn('babyHardToWake'),
    babyBreathingPausesOrBlue: yn('babyBreathingPausesOrBlue'),
    babyMottledCold: yn('babyMottledCold'),
    babyFit: yn('babyFit'),
    babyTemperature: readTemperature(r, 'babyTemperature'),
    babyFeeds24h: count('babyFeeds24h', 48),
    babyHoursSinceFeed: r.amount('babyHoursSinceFeed', { max: 24 * 30 }),
    babySleepy: yn('babySleepy'),
    babyWetNappies24h: count('babyWetNappies24h', 48),
    babyDirtyNappies24h: count('babyDirtyNappies24h', 48),
    babyHoursSinceWet: r.amount('babyHoursSinceWet', { max: 24 * 30 }),
    babyYellow: yn('babyYellow'),
    babyYellowDeeper: yn('babyYellowDeeper'),
    babyPaleStools: yn('babyPaleStools'),
    babyPinkUrates: yn('babyPinkUrates'),
    babyWeightLossOver10: yn('babyWeightLossOver10'),
  };
  const read = legacy(r, answers, (key) => r.raw(key) !== undefined && r.raw(key) !== 'unknown');
  return r.problems.length === 0 ? { ok: true, answers: read } : { ok: false, problems: r.problems };
}

/**
 * The answers of a saved check, whichever rules version saved them, for comparing with a new check.
 * A record that no longer reads (it never should) counts as every question skipped.
 */
export function readSavedAnswers(stored: unknown): SymptomAnswers {
  const v = validateAnswers(stored);
  return v.ok ? v.answers : { ...UNKNOWN_ANSWERS };
}
