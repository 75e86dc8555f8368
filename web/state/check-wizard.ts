/**
 * The symptom-check wizard's pure logic: which screens to show for what she said the check is about,
 * the draft a person fills in one screen at a time, and how that draft becomes the engine's answers.
 * A skipped question stays 'unknown' (or 'not-measured'); the engine never reads that as reassuring.
 * Questions of screens not shown are sent as 'unknown' too: the engine knows from `about` which
 * questions were asked.
 */
import type { FieldProblem } from '../../src/domain/session.js';
import { instantMs } from '../../src/domain/time.js';
import { NAPPY_LOOKBACK_MS } from '../../src/domain/baby/enough-milk.js';
import { lastDayOfNappies, type NappyKind } from '../../src/domain/baby/nappy.js';
import { birthWeight, percentFromBirth, WEIGHT_LOSS_PERCENT } from '../../src/domain/baby/weight.js';
import {
  BABY_EMERGENCY_FIELDS,
  evaluate,
  PARENT_EMERGENCY_FIELDS,
  PARENT_URGENT_FIELDS,
  THRESHOLDS,
  validateAnswers,
  type BabyFeeding,
  type BreastSide,
  type Concern,
  type NippleDamage,
  type NippleFluid,
  type PainRelief,
  type SymptomAnswers,
  type Trend,
  type Where,
  type YesNo,
} from '../../src/domain/triage/index.js';
import type { TemperatureUnit } from '../../src/domain/units.js';

/** Her signs asked first: one "yes" ends the check on its result. */
export const SIGN_FIELDS = [...PARENT_EMERGENCY_FIELDS, ...PARENT_URGENT_FIELDS] as const;
export type SignField = (typeof SIGN_FIELDS)[number];
/** The baby's emergency signs, asked first on the baby's screens; "not feeding at all" is one of them. */
export const BABY_SIGNS = [...BABY_EMERGENCY_FIELDS, 'babyNotFeeding'] as const;
export type BabySign = (typeof BABY_SIGNS)[number];

/** Every screen, in the order they come; `stepsFor` picks the ones that fit. */
export const STEPS = [
  'emergency',
  'about',
  'where',
  'breast',
  'nipple',
  'fullness',
  'pain',
  'fever',
  'course',
  'more',
  'babyEmergency',
  'babyTemp',
  'babyFeeding',
  'babyNappies',
  'babyYellow',
] as const;
export type StepId = (typeof STEPS)[number];

/**
 * "How long?" quick picks. Each stands for one number of hours inside its range and on the right
 * side of every threshold the engine uses (24 h and 7 days, all range edges); within the range it
 * leans late, so earlier saved checks of the same problem are not left out of the comparison.
 */
export const HOUR_PICKS = [
  { id: 'lt6', hours: 5, below: 6 },
  { id: 'h6to12', hours: 11, below: 12 },
  { id: 'h12to24', hours: 23, below: 24 },
  { id: 'd1to2', hours: 47, below: 48 },
  { id: 'd2to7', hours: 167, below: 168 },
  { id: 'gt7d', hours: 192, below: Number.POSITIVE_INFINITY },
] as const;
export type HourPickId = (typeof HOUR_PICKS)[number]['id'];

/** "When was the last wet nappy?": each pick on the right side of the 8 h and 12 h thresholds. */
export const DRY_PICKS = [
  { id: 'lt8', hours: 4 },
  { id: 'h8to12', hours: 10 },
  { id: 'gt12', hours: 12 },
] as const;
export type DryPickId = (typeof DRY_PICKS)[number]['id'];

export type AntibioticsChoice = 'yes' | 'no' | 'finished' | 'unknown';

export interface CheckDraft {
  /** What she said the check is about; empty until she says (or when she skips: every screen). */
  about: Concern[];
  /** Opened from the baby's side: straight to the baby's screens. */
  forBaby: boolean;
  confusion: YesNo;
  blueOrBlotchySkin: YesNo;
  breathless: YesNo;
  noUrineAllDay: YesNo;
  fainting: YesNo;
  fastHeartbeat: YesNo;
  rigors: YesNo;
  feelsVeryCold: YesNo;
  vomitingPreventsMedicine: YesNo;
  side: BreastSide;
  where: Where;
  lump: YesNo;
  redness: YesNo;
  spreading: YesNo;
  streaks: YesNo;
  possibleAbscess: YesNo;
  skinBreakdown: YesNo;
  skinDimpledOrBruised: YesNo;
  nippleFluid: NippleFluid;
  /** Asked only when the fluid is 'other'. */
  otherFluidOneSideOrLump: YesNo;
  nippleDamage: NippleDamage;
  nippleColourChange: YesNo;
  crackNotHealing: YesNo;
  nippleBurning: YesNo;
  /** Asked only when she did not say what the check is about (the "full breasts" choice says yes). */
  bothBreastsFullFirm: YesNo;
  daysSinceBirthText: string;
  areolaTooSwollenToLatch: YesNo;
  pain: number | 'unknown';
  /** 'value': use temperatureText; 'not-measured' (also what a skip gives). */
  temperatureMode: 'value' | 'not-measured';
  temperatureText: string;
  temperatureUnit: TemperatureUnit;
  fluLike: YesNo;
  feelingVeryUnwell: YesNo;
  hours: HourPickId | 'exact' | 'unknown';
  hoursText: string;
  trend: Trend;
  painReliefHelps: PainRelief;
  recurrentSameSpot: YesNo;
  antibiotics: AntibioticsChoice;
  antibioticHoursText: string;
  diabetes: YesNo;
  weakImmunity: YesNo;
  recentSurgery: YesNo;
  /** Asked only after a caesarean or other operation in the last 6 weeks. */
  woundSign: YesNo;
  babyHardToWake: YesNo;
  babyBreathingPausesOrBlue: YesNo;
  babyMottledCold: YesNo;
  babyFit: YesNo;
  babyFeeding: BabyFeeding;
  babyTempMode: 'value' | 'not-measured';
  babyTempText: string;
  /** Its own unit: changing it must not change what her own temperature means. */
  babyTempUnit: TemperatureUnit;
  babyFeedsText: string;
  babyHoursSinceFeedText: string;
  babySleepy: YesNo;
  babyWetText: string;
  babyDirtyText: string;
  babyDry: DryPickId | 'unknown';
  babyYellow: YesNo;
  babyYellowDeeper: YesNo;
  babyPaleStools: YesNo;
  /** Asked from the third day of life (or when the age is not known). */
  babyPinkUrates: YesNo;
  /** Filled in from the logged weights when there are some (she can change it). */
  babyWeightLossOver10: YesNo;
  /**
   * What her nappy log last gave each nappy answer (null, false: nothing). An answer still equal to it
   * is the log's, and follows the log when a nappy is logged or deleted; one she typed, changed or
   * emptied is hers and stays.
   */
  nappiesFromLog: { wet: string | null; dirty: string | null; urates: boolean; dry: DryPickId | null };
}

/** What the log says about feeds, to fill in the baby's feeding questions (she can change them). */
export interface FeedsFromLog {
  feeds24h: number;
  hoursSinceFeed: number;
}

/** What the logged weights say: the latest weighing against the birth weight. */
export interface WeightFromLog {
  percentFromBirth: number;
  /** More than 10% below the birth weight [NG75]. */
  over10: boolean;
}

/** What the nappy log says about the last 24 hours, to fill in the nappies screen (she can change it). */
export interface NappiesFromLog {
  /** Null when her nappy log does not cover the whole 24 hours, or holds none of them: a count would be too low. */
  counts: { wet: number; dirty: number } | null;
  /** A wet nappy of the last 24 hours was logged with pink or orange urates. */
  pinkUrates: boolean;
  /**
   * When the last wet nappy was: certain when one was logged under 8 hours ago (an unlogged one could
   * only be later); otherwise only when her log covers the whole 24 hours. Null when not known.
   */
  dry: DryPickId | null;
}

interface LoggedNappy {
  babyId: string;
  changedAt: string;
  kind: NappyKind;
  pinkUrates: boolean;
  deletedAt: string | null;
}

/**
 * This baby's nappies of the last 24 hours, from the log. The counts only when her nappy log covers
 * the whole 24 hours and has a nappy in them (hours before she began logging, or a log no longer kept,
 * are not zeros); pink urates whenever a wet nappy was logged with them. Null when neither.
 */
export function nappiesFromLog(nappies: readonly LoggedNappy[], babyId: string, nowMs: number): NappiesFromLog | null {
  const day = lastDayOfNappies(
    nappies.filter((n) => n.babyId === babyId),
    nowMs,
    nowMs - NAPPY_LOOKBACK_MS,
  );
  const counts = day.covered && day.counts.changes > 0 ? { wet: day.counts.wet, dirty: day.counts.dirty } : null;
  const dry = dryFromLog(day.lastWetMs === null ? null : (nowMs - day.lastWetMs) / 3_600_000, counts !== null);
  return counts || day.pinkUrates || dry ? { counts, pinkUrates: day.pinkUrates, dry } : null;
}

/** The "last wet nappy" pick the log can vouch for (see `NappiesFromLog.dry`). */
function dryFromLog(hoursSinceWet: number | null, covered: boolean): DryPickId | null {
  if (hoursSinceWet !== null && hoursSinceWet < 8) return 'lt8';
  if (!covered) return null;
  if (hoursSinceWet !== null && hoursSinceWet < 12) return 'h8to12';
  return 'gt12';
}

interface LoggedWeight {
  id: string;
  babyId: string;
  measuredAt: string;
  grams: number;
  birth: boolean;
  place: 'home' | 'clinic' | 'hospital' | 'other';
  deletedAt: string | null;
}

/**
 * The latest weighing of this baby against the birth weight, from the log; null without a birth
 * weight and a later weighing (then she is asked, and "don't know" stays unknown).
 */
export function weightFromLog(weights: readonly LoggedWeight[], babyId: string, nowMs: number): WeightFromLog | null {
  const mine = weights.filter((w) => !w.deletedAt && w.babyId === babyId && instantMs(w.measuredAt) <= nowMs);
  const birth = birthWeight(mine);
  if (!birth) return null;
  const latest = mine.filter((w) => !w.birth).sort((a, b) => b.measuredAt.localeCompare(a.measuredAt))[0];
  if (!latest) return null;
  const pct = percentFromBirth(birth.grams, latest.grams);
  return { percentFromBirth: pct, over10: pct < -WEIGHT_LOSS_PERCENT };
}

/** One decimal, without a trailing ".0". */
function short(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A blank draft: every question unanswered, a few filled in from what the app already knows. */
export function newDraft(
  unit: TemperatureUnit,
  daysSinceBirth: number | null,
  opts: { forBaby?: boolean; feeds?: FeedsFromLog | null; weight?: WeightFromLog | null; nappies?: NappiesFromLog | null } = {},
): CheckDraft {
  const forBaby = opts.forBaby ?? false;
  const draft: CheckDraft = {
    about: forBaby ? ['baby'] : [],
    forBaby,
    confusion: 'unknown',
    blueOrBlotchySkin: 'unknown',
    breathless: 'unknown',
    noUrineAllDay: 'unknown',
    fainting: 'unknown',
    fastHeartbeat: 'unknown',
    rigors: 'unknown',
    feelsVeryCold: 'unknown',
    vomitingPreventsMedicine: 'unknown',
    side: 'unknown',
    where: 'unknown',
    lump: 'unknown',
    redness: 'unknown',
    spreading: 'unknown',
    streaks: 'unknown',
    possibleAbscess: 'unknown',
    skinBreakdown: 'unknown',
    skinDimpledOrBruised: 'unknown',
    nippleFluid: 'unknown',
    otherFluidOneSideOrLump: 'unknown',
    nippleDamage: 'unknown',
    nippleColourChange: 'unknown',
    crackNotHealing: 'unknown',
    nippleBurning: 'unknown',
    bothBreastsFullFirm: 'unknown',
    daysSinceBirthText: daysSinceBirth === null ? '' : String(daysSinceBirth),
    areolaTooSwollenToLatch: 'unknown',
    pain: 'unknown',
    temperatureMode: 'not-measured',
    temperatureText: '',
    temperatureUnit: unit,
    fluLike: 'unknown',
    feelingVeryUnwell: 'unknown',
    hours: 'unknown',
    hoursText: '',
    trend: 'unknown',
    painReliefHelps: 'unknown',
    recurrentSameSpot: 'unknown',
    antibiotics: 'unknown',
    antibioticHoursText: '',
    diabetes: 'unknown',
    weakImmunity: 'unknown',
    recentSurgery: 'unknown',
    woundSign: 'unknown',
    babyHardToWake: 'unknown',
    babyBreathingPausesOrBlue: 'unknown',
    babyMottledCold: 'unknown',
    babyFit: 'unknown',
    babyFeeding: 'unknown',
    babyTempMode: 'not-measured',
    babyTempText: '',
    babyTempUnit: unit,
    babyFeedsText: opts.feeds ? String(opts.feeds.feeds24h) : '',
    babyHoursSinceFeedText: opts.feeds ? short(opts.feeds.hoursSinceFeed) : '',
    babySleepy: 'unknown',
    babyWetText: '',
    babyDirtyText: '',
    babyDry: 'unknown',
    babyYellow: 'unknown',
    babyYellowDeeper: 'unknown',
    babyPaleStools: 'unknown',
    babyPinkUrates: 'unknown',
    babyWeightLossOver10: 'unknown',
    nappiesFromLog: { wet: null, dirty: null, urates: false, dry: null },
  };
  return withNappiesFromLog(withWeightFromLog(draft, opts.weight ?? null), opts.nappies ?? null);
}

/**
 * The weight question answered from the logged weights, while it is still unanswered (the weights can
 * arrive from the server after the check has begun). An answer she gave, or a skip, is kept.
 */
export function withWeightFromLog(d: CheckDraft, weight: WeightFromLog | null): CheckDraft {
  if (!weight || d.babyWeightLossOver10 !== 'unknown') return d;
  return { ...d, babyWeightLossOver10: weight.over10 ? 'yes' : 'no' };
}

/**
 * The household a check is for: the one it was begun for (`begun`, kept from her first answer), else
 * the one in use. A check about the person in a shared household stays hers to save there; it is
 * never filed in the household the app switched to because that one was no longer shared.
 */
export function checkHousehold(begun: string | null, inUse: string | null): string | null {
  return begun ?? inUse;
}

/**
 * The household a check in progress is for, when she has since chosen another one herself (it is
 * still hers, so the app did not switch away because it was no longer shared): the wizard names it,
 * so she knows where the check will be saved, and offers to start again for the one in use. Null
 * when the check is for the household in use, or when the one it was for is gone.
 */
export function checkForOther<H extends { id: string }>(begun: string | null, inUse: string | null, households: readonly H[]): H | null {
  if (begun === null || begun === inUse) return null;
  return households.find((h) => h.id === begun) ?? null;
}

/**
 * The nappy answers from her nappy log (the nappies can arrive, or change, after the check has
 * begun). An answer that is still the log's (unanswered, or as the log last gave it) takes what the
 * log says now; an answer she gave, changed or emptied is kept.
 */
export function withNappiesFromLog(d: CheckDraft, n: NappiesFromLog | null): CheckDraft {
  const was = d.nappiesFromLog;
  const wet = n?.counts ? String(n.counts.wet) : null;
  const dirty = n?.counts ? String(n.counts.dirty) : null;
  const urates = n?.pinkUrates === true;
  const wetIsLogs = d.babyWetText === (was.wet ?? '');
  const dirtyIsLogs = d.babyDirtyText === (was.dirty ?? '');
  const uratesIsLogs = d.babyPinkUrates === (was.urates ? 'yes' : 'unknown');
  const dry = n?.dry ?? null;
  const dryIsLogs = d.babyDry === (was.dry ?? 'unknown');
  return {
    ...d,
    babyWetText: wetIsLogs ? (wet ?? '') : d.babyWetText,
    babyDirtyText: dirtyIsLogs ? (dirty ?? '') : d.babyDirtyText,
    babyPinkUrates: uratesIsLogs ? (urates ? 'yes' : 'unknown') : d.babyPinkUrates,
    babyDry: dryIsLogs ? (dry ?? 'unknown') : d.babyDry,
    nappiesFromLog: {
      wet: wetIsLogs ? wet : was.wet,
      dirty: dirtyIsLogs ? dirty : was.dirty,
      urates: uratesIsLogs ? urates : was.urates,
      dry: dryIsLogs ? dry : was.dry,
    },
  };
}

/** Which nappy answers say "from your nappy log": those still as the log last gave them. */
export function nappiesShownFromLog(d: CheckDraft): { wet: boolean; dirty: boolean; urates: boolean; dry: boolean } {
  const log = d.nappiesFromLog;
  return {
    wet: log.wet !== null && d.babyWetText === log.wet,
    dirty: log.dirty !== null && d.babyDirtyText === log.dirty,
    urates: log.urates && d.babyPinkUrates === 'yes',
    dry: log.dry !== null && d.babyDry === log.dry,
  };
}

/** A concern counts when she chose it, or when she has not said (then every screen is shown). */
function concerns(d: CheckDraft, c: Concern): boolean {
  return d.about.length === 0 || d.about.includes(c);
}

/** The screens for what she has said so far, in order. A typical check is 8 or fewer. */
export function stepsFor(d: CheckDraft): StepId[] {
  const breast = concerns(d, 'breast');
  const nipple = concerns(d, 'nipple');
  const fullness = concerns(d, 'fullness');
  const unwell = concerns(d, 'unwell');
  const baby = concerns(d, 'baby');
  const show: Record<StepId, boolean> = {
    emergency: !d.forBaby,
    about: !d.forBaby,
    where: breast,
    breast,
    nipple,
    fullness,
    pain: breast || nipple || fullness,
    fever: breast || nipple || fullness || unwell,
    // Fullness too: worse or not better, a weakened immune system, diabetes and persistence need them.
    course: breast || nipple || fullness || unwell,
    more: breast || nipple || fullness || unwell,
    babyEmergency: baby,
    babyTemp: baby,
    babyFeeding: baby,
    babyNappies: baby,
    babyYellow: baby,
  };
  return STEPS.filter((s) => show[s]);
}

/**
 * "This has happened in the same place before" is about a place on the breast: asked on the "a few
 * more questions" screen only when the check went through the breast's screens ("where" and "the
 * breast"), never on a nipple, full-breasts or feeling-unwell check, which choose no place.
 */
export function asksSameSpot(d: CheckDraft): boolean {
  return stepsFor(d).includes('where');
}

/**
 * Pink urates are a reason to act only after the first couple of days [PCS-FEED]: asked from the third
 * day of life, or when the age is not known (or not a number yet).
 */
export function asksPinkUrates(d: CheckDraft): boolean {
  const days = parseNumber(d.daysSinceBirthText);
  return days === null || Number.isNaN(days) || days >= THRESHOLDS.pinkUratesFromDays;
}

/** What "I don't know / skip" does to a screen: its answers back to unknown. */
export function skipStep(d: CheckDraft, step: StepId): CheckDraft {
  const unknown = (fields: readonly (keyof CheckDraft)[]) => Object.fromEntries(fields.map((f) => [f, 'unknown']));
  switch (step) {
    case 'emergency':
      return { ...d, ...unknown(SIGN_FIELDS) };
    case 'about':
      return { ...d, about: [] };
    case 'where':
      return { ...d, side: 'unknown', where: 'unknown' };
    case 'breast':
      return { ...d, ...unknown(['lump', 'redness', 'spreading', 'streaks', 'possibleAbscess', 'skinBreakdown', 'skinDimpledOrBruised', 'nippleFluid', 'otherFluidOneSideOrLump']) };
    case 'nipple':
      return { ...d, ...unknown(['nippleDamage', 'nippleFluid', 'otherFluidOneSideOrLump', 'nippleColourChange', 'crackNotHealing', 'nippleBurning']) };
    case 'fullness':
      // The birth date stays: it comes from the baby's record and the nappies screen asks it too.
      return { ...d, ...unknown(['bothBreastsFullFirm', 'areolaTooSwollenToLatch']) };
    case 'pain':
      return { ...d, pain: 'unknown' };
    case 'fever':
      return { ...d, temperatureMode: 'not-measured', temperatureText: '', fluLike: 'unknown', feelingVeryUnwell: 'unknown' };
    case 'course':
      return { ...d, hours: 'unknown', hoursText: '', trend: 'unknown' };
    case 'more':
      return { ...d, ...unknown(['painReliefHelps', 'recurrentSameSpot', 'antibiotics', 'diabetes', 'weakImmunity', 'recentSurgery', 'woundSign']), antibioticHoursText: '' };
    case 'babyEmergency':
      return { ...d, ...unknown(BABY_EMERGENCY_FIELDS), babyFeeding: d.babyFeeding === 'not-at-all' ? 'unknown' : d.babyFeeding };
    case 'babyTemp':
      return { ...d, babyTempMode: 'not-measured', babyTempText: '' };
    case 'babyFeeding':
      return { ...d, babyFeeding: 'unknown', babyFeedsText: '', babyHoursSinceFeedText: '', babySleepy: 'unknown', babyWeightLossOver10: 'unknown' };
    case 'babyNappies':
      return { ...d, babyWetText: '', babyDirtyText: '', babyDry: 'unknown', babyPinkUrates: 'unknown' };
    case 'babyYellow':
      return { ...d, ...unknown(['babyYellow', 'babyYellowDeeper', 'babyPaleStools']) };
  }
}

/** The draft with one of her signs (or the baby's) answered "yes": the check ends on its result. */
export function withSign(d: CheckDraft, sign: SignField | BabySign): CheckDraft {
  if (sign === 'babyNotFeeding') return { ...d, babyFeeding: 'not-at-all' };
  return { ...d, [sign]: 'yes' };
}

/** "It's about my baby" on her signs screen: the check is about the baby, straight to the baby's signs. */
export function aboutBaby(d: CheckDraft): CheckDraft {
  return { ...d, about: ['baby'] };
}

/** "None of these" on a signs screen. */
export function noneOf(d: CheckDraft, step: 'emergency' | 'babyEmergency'): CheckDraft {
  const no = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, 'no']));
  if (step === 'emergency') return { ...d, ...no(SIGN_FIELDS) };
  return { ...d, ...no(BABY_EMERGENCY_FIELDS), babyFeeding: d.babyFeeding === 'not-at-all' ? 'unknown' : d.babyFeeding };
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

function temperature(mode: 'value' | 'not-measured', text: string, unit: TemperatureUnit, field: string, problems: FieldProblem[]): unknown {
  if (mode === 'not-measured') return 'not-measured';
  const n = parseNumber(text);
  if (n === null) problems.push({ field: `${field}.value`, message: TEMPERATURE_MISSING });
  else if (Number.isNaN(n)) problems.push({ field: `${field}.value`, message: NOT_A_NUMBER });
  return n === null || Number.isNaN(n) ? 'not-measured' : { value: n, unit };
}

function onsetHours(d: CheckDraft, problems: FieldProblem[]): number | 'unknown' {
  if (d.hours === 'unknown') return 'unknown';
  if (d.hours === 'exact') return amount(d.hoursText, 'hoursSinceOnset', problems);
  return HOUR_PICKS.find((p) => p.id === d.hours)?.hours ?? 'unknown';
}

/** The draft with the answers of screens not shown for what she said put back to unknown. */
function shownOnly(d: CheckDraft): CheckDraft {
  const shown = new Set(stepsFor(d));
  const out = STEPS.filter((s) => !shown.has(s) && s !== 'about').reduce((acc, s) => skipStep(acc, s), d);
  // Fluid from the nipple is asked on the breast screen and the nipple screen: either shown, it counts.
  const fluid = shown.has('breast') || shown.has('nipple') ? { ...out, nippleFluid: d.nippleFluid, otherFluidOneSideOrLump: d.otherFluidOneSideOrLump } : out;
  // Not asked without a place on the breast: an answer given before she changed what the check is about does not count.
  return asksSameSpot(d) ? fluid : { ...fluid, recurrentSameSpot: 'unknown' };
}

/** The draft as the body the validator (and the API) reads, plus problems found while reading numbers. */
export function draftToInput(draft: CheckDraft): Built {
  const d = shownOnly(draft);
  const steps = stepsFor(d);
  const problems: FieldProblem[] = [];
  const input: Record<string, unknown> = {};
  input.about = d.about.length > 0 ? d.about : 'unknown';
  for (const f of SIGN_FIELDS) input[f] = d[f];
  input.side = d.side;
  input.where = d.where;
  input.lump = d.lump === 'yes' ? { present: 'yes', size: 'unknown', days: 'unknown', sameSpotBefore: 'unknown' } : { present: d.lump };
  input.redness = d.redness === 'yes' ? { present: 'yes', area: 'unknown', spreading: d.spreading, streaks: d.streaks } : { present: d.redness };
  input.possibleAbscess = d.possibleAbscess;
  input.skinBreakdown = d.skinBreakdown;
  input.skinDimpledOrBruised = d.skinDimpledOrBruised;
  input.nippleFluid = d.nippleFluid;
  input.otherFluidOneSideOrLump = d.nippleFluid === 'other' ? d.otherFluidOneSideOrLump : 'unknown';
  input.nippleDamage = d.nippleDamage;
  input.nippleColourChange = d.nippleColourChange;
  input.crackNotHealing = d.crackNotHealing;
  input.nippleBurning = d.nippleBurning;
  input.bothBreastsFullFirm = d.about.includes('fullness') ? 'yes' : d.bothBreastsFullFirm;
  input.areolaTooSwollenToLatch = d.areolaTooSwollenToLatch;
  // The birth date is asked on the fullness and the nappies screens; either shown, it counts.
  input.daysSinceBirth = steps.includes('fullness') || steps.includes('babyNappies') ? amount(d.daysSinceBirthText, 'daysSinceBirth', problems) : 'unknown';
  input.pain = d.pain;
  input.temperature = temperature(d.temperatureMode, d.temperatureText, d.temperatureUnit, 'temperature', problems);
  input.fluLike = d.fluLike;
  input.feelingVeryUnwell = d.feelingVeryUnwell;
  let onset = onsetHours(d, problems);
  input.trend = d.trend;
  input.painReliefHelps = d.painReliefHelps;
  input.recurrentSameSpot = d.recurrentSameSpot;
  input.diabetes = d.diabetes;
  input.weakImmunity = d.weakImmunity;
  input.recentSurgery = d.recentSurgery;
  input.woundSign = d.recentSurgery === 'yes' ? d.woundSign : 'unknown';
  if (d.antibiotics === 'yes') {
    const since = amount(d.antibioticHoursText, 'antibiotics.hoursSinceStart', problems);
    // A quick pick is a range: antibiotics started within it make the problem at least that old.
    const pick = HOUR_PICKS.find((p) => p.id === d.hours);
    if (pick && since !== 'unknown' && onset !== 'unknown' && since > onset && since < pick.below) onset = since;
    input.antibiotics = { taking: 'yes', hoursSinceStart: since };
  } else input.antibiotics = { taking: d.antibiotics };
  input.hoursSinceOnset = onset;
  for (const f of BABY_EMERGENCY_FIELDS) input[f] = d[f];
  input.babyFeeding = d.babyFeeding;
  input.babyTemperature = temperature(d.babyTempMode, d.babyTempText, d.babyTempUnit, 'babyTemperature', problems);
  input.babyFeeds24h = amount(d.babyFeedsText, 'babyFeeds24h', problems);
  input.babyHoursSinceFeed = amount(d.babyHoursSinceFeedText, 'babyHoursSinceFeed', problems);
  input.babySleepy = d.babySleepy;
  input.babyWetNappies24h = amount(d.babyWetText, 'babyWetNappies24h', problems);
  input.babyDirtyNappies24h = amount(d.babyDirtyText, 'babyDirtyNappies24h', problems);
  input.babyHoursSinceWet = DRY_PICKS.find((p) => p.id === d.babyDry)?.hours ?? 'unknown';
  input.babyYellow = d.babyYellow;
  input.babyYellowDeeper = d.babyYellow === 'yes' ? d.babyYellowDeeper : 'unknown';
  input.babyPaleStools = d.babyPaleStools;
  input.babyPinkUrates = asksPinkUrates(d) ? d.babyPinkUrates : 'unknown';
  input.babyWeightLossOver10 = d.babyWeightLossOver10;
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

/** The draft fields behind an answer, and what they hold when it is unknown. */
const BLANKS: Record<string, Partial<CheckDraft>> = {
  temperature: { temperatureMode: 'not-measured', temperatureText: '' },
  babyTemperature: { babyTempMode: 'not-measured', babyTempText: '' },
  hoursSinceOnset: { hours: 'unknown', hoursText: '' },
  daysSinceBirth: { daysSinceBirthText: '' },
  antibiotics: { antibioticHoursText: '' },
  babyFeeds24h: { babyFeedsText: '' },
  babyHoursSinceFeed: { babyHoursSinceFeedText: '' },
  babyWetNappies24h: { babyWetText: '' },
  babyDirtyNappies24h: { babyDirtyText: '' },
};

/**
 * The draft checked for a result that cannot wait (a sign tapped, an emergency already clear): a
 * number that another screen refused is sent as unknown rather than holding her back on that screen.
 * Still not ok only if a problem has no field to blank.
 */
export function checkDraftNow(d: CheckDraft): DraftCheck {
  const first = checkDraft(d);
  if (first.ok) return first;
  const blanks = first.problems.map((p) => BLANKS[p.field.replace(/^answers\./, '').split('.')[0] ?? '']);
  if (blanks.some((b) => b === undefined)) return first;
  return checkDraft(Object.assign({ ...d }, ...blanks));
}

/**
 * The answers so far already call for the emergency number (the saved checks can only raise a
 * level, never to an emergency): the check ends on its result, like a tapped sign. E.g. a baby under
 * 3 months at 38 °C, or no wet nappy in 24 hours.
 */
export function emergencyNow(d: CheckDraft, nowMs: number): boolean {
  const checked = checkDraftNow(d);
  return checked.ok && evaluate(checked.answers, [], nowMs).level === 'emergency';
}

/** The screens that ask each answer (the first one shown wins, e.g. the birth date). */
const FIELD_STEPS: Record<string, readonly StepId[]> = {
  about: ['about'],
  side: ['where'],
  where: ['where'],
  lump: ['breast'],
  redness: ['breast'],
  possibleAbscess: ['breast'],
  skinBreakdown: ['breast'],
  skinDimpledOrBruised: ['breast'],
  nippleFluid: ['nipple', 'breast'],
  otherFluidOneSideOrLump: ['nipple', 'breast'],
  nippleDamage: ['nipple'],
  nippleColourChange: ['nipple'],
  crackNotHealing: ['nipple'],
  nippleBurning: ['nipple'],
  bothBreastsFullFirm: ['fullness'],
  areolaTooSwollenToLatch: ['fullness'],
  daysSinceBirth: ['babyNappies', 'fullness'],
  pain: ['pain'],
  temperature: ['fever'],
  fluLike: ['fever'],
  feelingVeryUnwell: ['fever'],
  hoursSinceOnset: ['course'],
  trend: ['course'],
  painReliefHelps: ['more'],
  recurrentSameSpot: ['more'],
  antibiotics: ['more'],
  diabetes: ['more'],
  weakImmunity: ['more'],
  recentSurgery: ['more'],
  woundSign: ['more'],
  babyFeeding: ['babyFeeding'],
  babyTemperature: ['babyTemp'],
  babyFeeds24h: ['babyFeeding'],
  babyHoursSinceFeed: ['babyFeeding'],
  babySleepy: ['babyFeeding'],
  babyWetNappies24h: ['babyNappies'],
  babyDirtyNappies24h: ['babyNappies'],
  babyHoursSinceWet: ['babyNappies'],
  babyYellow: ['babyYellow'],
  babyYellowDeeper: ['babyYellow'],
  babyPaleStools: ['babyYellow'],
  babyPinkUrates: ['babyNappies'],
  babyWeightLossOver10: ['babyFeeding'],
};

/** The screen a field belongs to among those shown ("answers." from a server 400 is ignored). */
export function stepOfField(field: string, steps: readonly StepId[] = STEPS): StepId {
  const f = field.replace(/^answers\./, '');
  const head = f.split('.')[0] ?? f;
  if ((SIGN_FIELDS as readonly string[]).includes(head)) return 'emergency';
  if ((BABY_EMERGENCY_FIELDS as readonly string[]).includes(head)) return 'babyEmergency';
  const owners = FIELD_STEPS[head] ?? [];
  return owners.find((s) => steps.includes(s)) ?? owners[0] ?? steps[0] ?? 'emergency';
}

/** Which translated message a problem shows (the validator's own words are English only). */
export type ProblemCode = 'number' | 'temperatureRange' | 'temperatureMissing' | 'amount' | 'count' | 'antibioticsBeforeOnset' | 'invalid';

const AMOUNTS = ['hoursSinceOnset', 'daysSinceBirth', 'antibiotics.hoursSinceStart', 'babyHoursSinceFeed'];
const COUNTS = ['babyFeeds24h', 'babyWetNappies24h', 'babyDirtyNappies24h'];

export function problemCode(p: FieldProblem): ProblemCode {
  const field = p.field.replace(/^answers\./, '');
  if (p.message === NOT_A_NUMBER) return 'number';
  if (p.message === TEMPERATURE_MISSING) return 'temperatureMissing';
  if (field.startsWith('temperature') || field.startsWith('babyTemperature')) return 'temperatureRange';
  if (field === 'antibiotics.hoursSinceStart' && /before/.test(p.message)) return 'antibioticsBeforeOnset';
  if (AMOUNTS.includes(field)) return 'amount';
  if (COUNTS.includes(field)) return 'count';
  return 'invalid';
}

/** The draft field an input shows its error for, so a message sits next to the right control. */
export function problemsForStep(problems: readonly FieldProblem[], step: StepId, steps: readonly StepId[] = STEPS): Record<string, ProblemCode> {
  const out: Record<string, ProblemCode> = {};
  for (const p of problems) {
    if (stepOfField(p.field, steps) !== step) continue;
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

interface LoggedFeed {
  kind: string;
  startedAt: string;
  deletedAt: string | null;
  babyId: string | null;
}

/**
 * Feeds in the last 24 hours and hours since the last one, from the log (nursing and bottles of this
 * baby). Null when nothing is logged in the last day: an empty log says she has not logged, not that
 * the baby has not fed, so nothing is filled in.
 */
export function feedsFromLog(sessions: readonly LoggedFeed[], babyId: string | null, nowMs: number): FeedsFromLog | null {
  const starts = sessions
    .filter((s) => !s.deletedAt && (s.kind === 'nurse' || s.kind === 'bottle') && (babyId === null || s.babyId === null || s.babyId === babyId))
    .map((s) => instantMs(s.startedAt))
    .filter((t) => t <= nowMs && t > nowMs - 86_400_000);
  if (starts.length === 0) return null;
  return { feeds24h: starts.length, hoursSinceFeed: (nowMs - Math.max(...starts)) / 3_600_000 };
}

/** Where a clock-face hour sits on a round drawing, as percentages of its box (12 at the top). */
export function clockPosition(hour: number, radiusPct: number): { left: number; top: number } {
  const angle = ((hour % 12) / 12) * 2 * Math.PI;
  return { left: 50 + radiusPct * Math.sin(angle), top: 50 - radiusPct * Math.cos(angle) };
}
