/**
 * The symptom-check wizard's pure logic: the steps, the draft a person fills in one step at a time,
 * and how that draft becomes the engine's answers. A skipped question stays 'unknown' (or
 * 'not-measured'); the engine never reads that as reassuring.
 */
import type { FieldProblem } from '../../src/domain/session.js';
import {
  evaluate,
  isAtLeast,
  validateAnswers,
  type BabyFeeding,
  type BreastSide,
  type NippleDamage,
  type SymptomAnswers,
  type Trend,
  type Where,
  type YesNo,
} from '../../src/domain/triage/index.js';
import type { TemperatureUnit } from '../../src/domain/units.js';

/** "Any of these right now?": each one alone means seek care now. */
export const EMERGENCY_FIELDS = ['feelingVeryUnwell', 'fastHeartOrBreathing', 'confusion', 'fainting', 'rigors', 'vomitingPreventsMedicine'] as const;
export type EmergencyField = (typeof EMERGENCY_FIELDS)[number];

export const STEPS = [
  'emergency',
  'where',
  'lump',
  'redness',
  'pain',
  'temperature',
  'flu',
  'duration',
  'trend',
  'pus',
  'nipple',
  'areola',
  'feeding',
  'fullness',
  'abscess',
  'skin',
  'health',
  'antibiotics',
] as const;
export type StepId = (typeof STEPS)[number];

export type LumpChoice = 'no' | 'small' | 'medium' | 'large' | 'yes-unsure' | 'unknown';
export type RednessChoice = 'no' | 'small' | 'large' | 'unknown';

/**
 * "How long?" quick picks. Each stands for one number of hours inside its range and on the right
 * side of every threshold the engine uses (12, 24 and 48 h, all range edges); within the range it
 * leans late, so earlier saved checks of the same problem are not left out of the comparison.
 */
export const HOUR_PICKS = [
  { id: 'lt6', hours: 5, below: 6 },
  { id: 'h6to12', hours: 11, below: 12 },
  { id: 'h12to24', hours: 23, below: 24 },
  { id: 'd1to2', hours: 47, below: 48 },
  { id: 'gt2d', hours: 72, below: Number.POSITIVE_INFINITY },
] as const;
export type HourPickId = (typeof HOUR_PICKS)[number]['id'];

export interface CheckDraft {
  feelingVeryUnwell: YesNo;
  fastHeartOrBreathing: YesNo;
  confusion: YesNo;
  fainting: YesNo;
  rigors: YesNo;
  vomitingPreventsMedicine: YesNo;
  side: BreastSide;
  where: Where;
  lump: LumpChoice;
  lumpDays: string;
  lumpSameSpot: YesNo;
  redness: RednessChoice;
  spreading: YesNo;
  streaks: YesNo;
  pain: number | 'unknown';
  /** 'value': use temperatureText; 'not-measured' (also what a skip gives). */
  temperatureMode: 'value' | 'not-measured';
  temperatureText: string;
  temperatureUnit: TemperatureUnit;
  fluLike: YesNo;
  hours: HourPickId | 'exact' | 'unknown';
  hoursText: string;
  trend: Trend;
  pusOrBlood: YesNo;
  nippleDamage: NippleDamage;
  areolaTooSwollenToLatch: YesNo;
  babyFeeding: BabyFeeding;
  bothBreastsFullFirm: YesNo;
  daysSinceBirthText: string;
  possibleAbscess: YesNo;
  skinBreakdown: YesNo;
  diabetesOrWeakImmunity: YesNo;
  antibiotics: YesNo;
  antibioticHoursText: string;
}

/** A blank draft: every question unanswered. */
export function newDraft(unit: TemperatureUnit, daysSinceBirth: number | null): CheckDraft {
  return {
    feelingVeryUnwell: 'unknown',
    fastHeartOrBreathing: 'unknown',
    confusion: 'unknown',
    fainting: 'unknown',
    rigors: 'unknown',
    vomitingPreventsMedicine: 'unknown',
    side: 'unknown',
    where: 'unknown',
    lump: 'unknown',
    lumpDays: '',
    lumpSameSpot: 'unknown',
    redness: 'unknown',
    spreading: 'unknown',
    streaks: 'unknown',
    pain: 'unknown',
    temperatureMode: 'not-measured',
    temperatureText: '',
    temperatureUnit: unit,
    fluLike: 'unknown',
    hours: 'unknown',
    hoursText: '',
    trend: 'unknown',
    pusOrBlood: 'unknown',
    nippleDamage: 'unknown',
    areolaTooSwollenToLatch: 'unknown',
    babyFeeding: 'unknown',
    bothBreastsFullFirm: 'unknown',
    daysSinceBirthText: daysSinceBirth === null ? '' : String(daysSinceBirth),
    possibleAbscess: 'unknown',
    skinBreakdown: 'unknown',
    diabetesOrWeakImmunity: 'unknown',
    antibiotics: 'unknown',
    antibioticHoursText: '',
  };
}

/** What "I don't know / skip" does to a step: its answers back to unknown. */
export function skipStep(d: CheckDraft, step: StepId): CheckDraft {
  switch (step) {
    case 'emergency':
      return { ...d, ...Object.fromEntries(EMERGENCY_FIELDS.map((f) => [f, 'unknown'])) };
    case 'where':
      return { ...d, side: 'unknown', where: 'unknown' };
    case 'lump':
      return { ...d, lump: 'unknown', lumpDays: '', lumpSameSpot: 'unknown' };
    case 'redness':
      return { ...d, redness: 'unknown', spreading: 'unknown', streaks: 'unknown' };
    case 'pain':
      return { ...d, pain: 'unknown' };
    case 'temperature':
      return { ...d, temperatureMode: 'not-measured', temperatureText: '' };
    case 'flu':
      return { ...d, fluLike: 'unknown' };
    case 'duration':
      return { ...d, hours: 'unknown', hoursText: '' };
    case 'trend':
      return { ...d, trend: 'unknown' };
    case 'pus':
      return { ...d, pusOrBlood: 'unknown' };
    case 'nipple':
      return { ...d, nippleDamage: 'unknown' };
    case 'areola':
      return { ...d, areolaTooSwollenToLatch: 'unknown' };
    case 'feeding':
      return { ...d, babyFeeding: 'unknown' };
    case 'fullness':
      return { ...d, bothBreastsFullFirm: 'unknown' };
    case 'abscess':
      return { ...d, possibleAbscess: 'unknown' };
    case 'skin':
      return { ...d, skinBreakdown: 'unknown' };
    case 'health':
      return { ...d, diabetesOrWeakImmunity: 'unknown' };
    case 'antibiotics':
      return { ...d, antibiotics: 'unknown', antibioticHoursText: '' };
  }
}

/**
 * True when the answers so far already give "seek care now": nothing answered later can lower it,
 * so the wizard offers the result at once. The engine decides, so the wizard never second-guesses it.
 */
export function alreadyUrgent(d: CheckDraft, nowMs: number): boolean {
  const c = checkDraft(d);
  return c.ok && isAtLeast(evaluate(c.answers, [], nowMs).level, 'urgent');
}

/** A number typed by a person ("38.5" or "38,5"); null when empty, NaN when not a number. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (s === '') return null;
  return /^-?\d+(\.\d*)?$|^-?\.\d+$/.test(s) ? Number(s) : Number.NaN;
}

/** Local problems use these messages; the engine's validator words its own. */
export const NOT_A_NUMBER = 'not-a-number';
export const TEMPERATURE_MISSING = 'temperature-missing';

interface Built {
  input: Record<string, unknown>;
  problems: FieldProblem[];
}

/** An optional amount: '' is unknown; anything else must be a number (the validator checks its range). */
function amount(text: string, field: string, problems: FieldProblem[]): number | 'unknown' {
  const n = parseNumber(text);
  if (n === null) return 'unknown';
  if (Number.isNaN(n)) {
    problems.push({ field, message: NOT_A_NUMBER });
    return 'unknown';
  }
  return n;
}

function onsetHours(d: CheckDraft, problems: FieldProblem[]): number | 'unknown' {
  if (d.hours === 'unknown') return 'unknown';
  if (d.hours === 'exact') return amount(d.hoursText, 'hoursSinceOnset', problems);
  return HOUR_PICKS.find((p) => p.id === d.hours)?.hours ?? 'unknown';
}

/** The draft as the body the validator (and the API) reads, plus problems found while reading numbers. */
export function draftToInput(d: CheckDraft): Built {
  const problems: FieldProblem[] = [];
  const input: Record<string, unknown> = {};
  for (const f of EMERGENCY_FIELDS) input[f] = d[f];
  input.side = d.side;
  input.where = d.where;

  if (d.lump === 'no' || d.lump === 'unknown') input.lump = { present: d.lump };
  else
    input.lump = {
      present: 'yes',
      size: d.lump === 'yes-unsure' ? 'unknown' : d.lump,
      days: amount(d.lumpDays, 'lump.days', problems),
      sameSpotBefore: d.lumpSameSpot,
    };

  if (d.redness === 'no' || d.redness === 'unknown') input.redness = { present: d.redness };
  else input.redness = { present: 'yes', area: d.redness, spreading: d.spreading, streaks: d.streaks };

  input.pain = d.pain;

  if (d.temperatureMode === 'not-measured') input.temperature = 'not-measured';
  else {
    const n = parseNumber(d.temperatureText);
    if (n === null) problems.push({ field: 'temperature.value', message: TEMPERATURE_MISSING });
    else if (Number.isNaN(n)) problems.push({ field: 'temperature.value', message: NOT_A_NUMBER });
    input.temperature = n === null || Number.isNaN(n) ? 'not-measured' : { value: n, unit: d.temperatureUnit };
  }

  input.fluLike = d.fluLike;
  let onset = onsetHours(d, problems);
  input.trend = d.trend;
  input.pusOrBlood = d.pusOrBlood;
  input.nippleDamage = d.nippleDamage;
  input.areolaTooSwollenToLatch = d.areolaTooSwollenToLatch;
  input.babyFeeding = d.babyFeeding;
  input.bothBreastsFullFirm = d.bothBreastsFullFirm;
  input.daysSinceBirth = amount(d.daysSinceBirthText, 'daysSinceBirth', problems);
  input.possibleAbscess = d.possibleAbscess;
  input.skinBreakdown = d.skinBreakdown;
  input.diabetesOrWeakImmunity = d.diabetesOrWeakImmunity;

  if (d.antibiotics === 'yes') {
    const since = amount(d.antibioticHoursText, 'antibiotics.hoursSinceStart', problems);
    // A quick pick is a range: antibiotics started within it make the problem at least that old.
    const pick = HOUR_PICKS.find((p) => p.id === d.hours);
    if (pick && since !== 'unknown' && onset !== 'unknown' && since > onset && since < pick.below) onset = since;
    input.antibiotics = { taking: 'yes', hoursSinceStart: since };
  } else input.antibiotics = { taking: d.antibiotics };
  input.hoursSinceOnset = onset;

  return { input, problems };
}

export type DraftCheck = { ok: true; answers: SymptomAnswers } | { ok: false; problems: FieldProblem[] };

/** The draft checked as the server will check it: local number problems first, then the engine's validator. */
export function checkDraft(d: CheckDraft): DraftCheck {
  const { input, problems } = draftToInput(d);
  const v = validateAnswers(input);
  const all = [...problems, ...(v.ok ? [] : v.problems.filter((p) => !problems.some((q) => q.field === p.field)))];
  if (all.length > 0) return { ok: false, problems: all };
  if (!v.ok) return { ok: false, problems: v.problems };
  return { ok: true, answers: v.answers };
}

/** The step a field belongs to ("answers." from a server 400 is ignored). */
export function stepOfField(field: string): StepId {
  const f = field.replace(/^answers\./, '');
  const head = f.split('.')[0] ?? f;
  if ((EMERGENCY_FIELDS as readonly string[]).includes(head)) return 'emergency';
  const map: Record<string, StepId> = {
    side: 'where',
    where: 'where',
    lump: 'lump',
    redness: 'redness',
    pain: 'pain',
    temperature: 'temperature',
    fluLike: 'flu',
    hoursSinceOnset: 'duration',
    trend: 'trend',
    pusOrBlood: 'pus',
    nippleDamage: 'nipple',
    areolaTooSwollenToLatch: 'areola',
    babyFeeding: 'feeding',
    bothBreastsFullFirm: 'fullness',
    daysSinceBirth: 'fullness',
    possibleAbscess: 'abscess',
    skinBreakdown: 'skin',
    diabetesOrWeakImmunity: 'health',
    antibiotics: 'antibiotics',
  };
  return map[head] ?? 'emergency';
}

/** Which translated message a problem shows (the validator's own words are English only). */
export type ProblemCode = 'number' | 'temperatureRange' | 'temperatureMissing' | 'amount' | 'antibioticsBeforeOnset' | 'invalid';

export function problemCode(p: FieldProblem): ProblemCode {
  const field = p.field.replace(/^answers\./, '');
  if (p.message === NOT_A_NUMBER) return 'number';
  if (p.message === TEMPERATURE_MISSING) return 'temperatureMissing';
  if (field.startsWith('temperature')) return 'temperatureRange';
  if (field === 'antibiotics.hoursSinceStart' && /before/.test(p.message)) return 'antibioticsBeforeOnset';
  if (['lump.days', 'hoursSinceOnset', 'daysSinceBirth', 'antibiotics.hoursSinceStart'].includes(field)) return 'amount';
  return 'invalid';
}

/** The draft field an input shows its error for, so a message sits next to the right control. */
export function problemsForStep(problems: readonly FieldProblem[], step: StepId): Record<string, ProblemCode> {
  const out: Record<string, ProblemCode> = {};
  for (const p of problems) {
    if (stepOfField(p.field) !== step) continue;
    const field = p.field.replace(/^answers\./, '');
    out[field] ??= problemCode(p);
  }
  return out;
}

/** Whole days from a "YYYY-MM-DD" birth date to today (local calendar); null when unknown or in the future. */
export function daysSinceBirth(birthDate: string | null, nowMs: number): number | null {
  if (!birthDate) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) return null;
  const birth = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const now = new Date(nowMs);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((today - birth) / 86_400_000);
  return days >= 0 ? days : null;
}

/** Where a clock-face hour sits on a round drawing, as percentages of its box (12 at the top). */
export function clockPosition(hour: number, radiusPct: number): { left: number; top: number } {
  const angle = ((hour % 12) / 12) * 2 * Math.PI;
  return { left: 50 + radiusPct * Math.sin(angle), top: 50 - radiusPct * Math.cos(angle) };
}
