/**
 * The symptom check's answers and result. Every answer can be "unknown": the wizard lets a tired
 * parent skip any question, and the engine never reads a skipped answer as a reassuring one.
 */
import type { TemperatureUnit } from '../units.js';
import type { RoutineId } from '../routine-ids.js';
import type { SourceKey } from '../sources.js';

export const YES_NO = ['yes', 'no', 'unknown'] as const;
export type YesNo = (typeof YES_NO)[number];

/** What the check is about, as she said at its start. The wizard asks only what fits these. */
export const CONCERNS = ['breast', 'nipple', 'fullness', 'unwell', 'baby'] as const;
export type Concern = (typeof CONCERNS)[number];

export const BREAST_SIDES = ['left', 'right', 'both', 'unknown'] as const;
export type BreastSide = (typeof BREAST_SIDES)[number];

/** Where on the breast: a clock-face hour (1–12, as the parent looks down), the areola, or all over. */
export type Where = number | 'areola' | 'whole' | 'unknown';

export const LUMP_SIZES = ['small', 'medium', 'large', 'unknown'] as const;
/** Roughly: small under 2 cm, medium about a walnut, large bigger than that. */
export type LumpSize = (typeof LUMP_SIZES)[number];

export type LumpAnswer =
  | { present: 'no' }
  | { present: 'unknown' }
  | {
      present: 'yes';
      size: LumpSize;
      /** Days the lump has been there. */
      days: number | 'unknown';
      /** A lump has been in the same place before. */
      sameSpotBefore: YesNo;
    };

export const REDNESS_AREAS = ['small', 'large', 'unknown'] as const;
export type RednessArea = (typeof REDNESS_AREAS)[number];

export type RednessAnswer =
  | { present: 'no' }
  | { present: 'unknown' }
  | {
      present: 'yes';
      area: RednessArea;
      /** The red area is getting bigger (the wizard asks: "is it spreading, within hours?"). */
      spreading: YesNo;
      /** Red streaks or lines running from the area. */
      streaks: YesNo;
    };

export type TemperatureAnswer = { value: number; unit: TemperatureUnit } | 'not-measured';

export const TRENDS = ['better', 'same', 'worse', 'unknown'] as const;
export type Trend = (typeof TRENDS)[number];

export const PAIN_RELIEF = ['yes', 'no', 'not-tried', 'unknown'] as const;
/** Does pain relief ease the pain? */
export type PainRelief = (typeof PAIN_RELIEF)[number];

export const NIPPLE_DAMAGE = ['none', 'sore', 'cracked', 'infected', 'unknown'] as const;
/** 'sore': painful, no visible damage; 'infected': yellow crust, oozing, or looks infected. */
export type NippleDamage = (typeof NIPPLE_DAMAGE)[number];

export const NIPPLE_FLUID = ['none', 'blood-from-crack', 'blood', 'pus', 'other', 'unknown'] as const;
/**
 * Fluid from the nipple that is not milk. A bleeding crack ('blood-from-crack') is told apart from
 * blood that does not come from a visible crack, or blood-stained milk ('blood') [CLINICAL §11].
 * 'other': another fluid that is not milk (no blood, no pus); `otherFluidOneSideOrLump` says more.
 */
export type NippleFluid = (typeof NIPPLE_FLUID)[number];

export const BABY_FEEDING = ['well', 'poorly', 'not-at-all', 'unknown'] as const;
export type BabyFeeding = (typeof BABY_FEEDING)[number];

export type AntibioticsAnswer =
  | { taking: 'no' }
  | { taking: 'unknown' }
  /** She finished a course for this problem. */
  | { taking: 'finished' }
  | { taking: 'yes'; hoursSinceStart: number | 'unknown' };

/** A complete set of answers (a skipped question is 'unknown' / 'not-measured'). */
export interface SymptomAnswers {
  /** What the check is about; 'unknown' (skipped, or an older client) means every question counts. */
  about: readonly Concern[] | 'unknown';
  side: BreastSide;
  where: Where;
  lump: LumpAnswer;
  redness: RednessAnswer;
  /** 0–10, whole numbers. */
  pain: number | 'unknown';
  painReliefHelps: PainRelief;
  temperature: TemperatureAnswer;
  /** Flu-like aches (asked as "chills or flu-like aches" until rules 2026-12-03.2; shivering is `rigors`). */
  fluLike: YesNo;
  /** Hours since the problem started. */
  hoursSinceOnset: number | 'unknown';
  trend: Trend;
  /** This has happened in the same place before. */
  recurrentSameSpot: YesNo;
  nippleDamage: NippleDamage;
  nippleFluid: NippleFluid;
  /** Severe pain that comes in episodes, with the nipple turning white, blue or purple. */
  nippleColourChange: YesNo;
  /** A crack that is not healing after 2–3 days of better attachment. */
  crackNotHealing: YesNo;
  /**
   * The other fluid (nippleFluid 'other') comes from one nipple only, or with a lump, redness or
   * swelling in the breast [NHS-ND] [NIDIRECT-ND]. Asked only with 'other' (from rules 2026-12-03.3).
   */
  otherFluidOneSideOrLump: YesNo;
  /**
   * Burning or itching in both nipples after feeds, or a shiny look, often after a time without
   * pain (the pattern CLINICAL §11 describes for suspected thrush; never named so to her).
   */
  nippleBurning: YesNo;
  /** The areola is so swollen that the baby cannot latch. */
  areolaTooSwollenToLatch: YesNo;
  /** Both breasts full and firm. */
  bothBreastsFullFirm: YesNo;
  /** Whole days since the birth (0 on the day of birth). */
  daysSinceBirth: number | 'unknown';
  /** A very firm, extremely tender, well-defined swelling. */
  possibleAbscess: YesNo;
  /** Skin breaking down or turning dark or black. */
  skinBreakdown: YesNo;
  /** Breast skin that looks pink, reddish-purple or bruised, or dimpled or ridged like orange peel [NCI-IBC]. */
  skinDimpledOrBruised: YesNo;
  /** A caesarean or other operation in the last 6 weeks [NG51-T] [NG255]. */
  recentSurgery: YesNo;
  /** The surgical wound is red, swollen, leaking or opening (asked after recentSurgery 'yes'). */
  woundSign: YesNo;
  feelingVeryUnwell: YesNo;
  /** New confusion or slurred speech, or very hard to wake. */
  confusion: YesNo;
  /** Blue, pale or blotchy skin, lips or tongue. */
  blueOrBlotchySkin: YesNo;
  /** Difficulty breathing, breathlessness, or breathing very fast. */
  breathless: YesNo;
  /** Has not passed urine all day. */
  noUrineAllDay: YesNo;
  fainting: YesNo;
  /** A racing heart. */
  fastHeartbeat: YesNo;
  /** Shivering or shaking chills (rigors). */
  rigors: YesNo;
  /** Feels very cold, or cold to the touch. */
  feelsVeryCold: YesNo;
  vomitingPreventsMedicine: YesNo;
  diabetes: YesNo;
  /** A weakened immune system, from an illness or medicines. Asked apart from diabetes. */
  weakImmunity: YesNo;
  antibiotics: AntibioticsAnswer;
  // ---- the baby (CLINICAL §12) ----
  babyFeeding: BabyFeeding;
  /** Hard to wake, or very sleepy. */
  babyHardToWake: YesNo;
  /** Pauses in breathing, or going blue. */
  babyBreathingPausesOrBlue: YesNo;
  /** Pale, mottled and cold to the touch. */
  babyMottledCold: YesNo;
  /** A fit (seizure). */
  babyFit: YesNo;
  babyTemperature: TemperatureAnswer;
  /** Feeds in the last 24 hours. */
  babyFeeds24h: number | 'unknown';
  /** Hours since the last feed began. */
  babyHoursSinceFeed: number | 'unknown';
  /** Sleepier than usual, less interested in feeding. */
  babySleepy: YesNo;
  /** Wet and dirty nappies in the last 24 hours. */
  babyWetNappies24h: number | 'unknown';
  babyDirtyNappies24h: number | 'unknown';
  /** Hours since the last wet nappy. */
  babyHoursSinceWet: number | 'unknown';
  /** Yellow skin or yellow whites of the eyes. */
  babyYellow: YesNo;
  /** Getting rapidly more yellow. */
  babyYellowDeeper: YesNo;
  /** Pale or chalk-coloured stools. */
  babyPaleStools: YesNo;
  /** Pink or orange-red staining (urates) in wet nappies; a reason to act after the first couple of days [PCS-FEED]. */
  babyPinkUrates: YesNo;
  /** At the last weighing, more than 10% below birth weight (from the logged weights, or as she was told) [NG75]. */
  babyWeightLossOver10: YesNo;
}

export type SymptomField = keyof SymptomAnswers;

export const LEVELS = ['self-care', 'watch', 'call', 'urgent', 'emergency'] as const;
/**
 * self-care < watch (recheck in 12–24 h) < call (contact today) < urgent (seek care now: the urgent
 * health line or maternity unit now) < emergency (the emergency number now).
 */
export type Level = (typeof LEVELS)[number];

/** Who a reason is about: the contact it names differs (her midwife or doctor, or the baby's). */
export type Who = 'parent' | 'baby';

export interface Localized {
  en: string;
  es: string;
}

export interface FiredRule {
  id: string;
  level: Level;
  who: Who;
  reason: Localized;
  citations: readonly SourceKey[];
  /** Lactea's own rule, built from the cited sources (CLINICAL.md marks it so); no guideline says it. */
  own: boolean;
}

/** One piece of advice, to do or to avoid, with a stable id the UI and tests can rely on. */
export interface Advice {
  id: string;
  text: Localized;
  citations: readonly SourceKey[];
  /** Lactea's own rule (e.g. how often to use cold), cited as such. */
  own?: boolean;
}

/**
 * Whom to contact, for whom: 'emergency' (the emergency number), 'urgent-line' (the urgent health
 * line or maternity unit, now), 'clinician' (her midwife or doctor, or the baby's midwife, health
 * visitor or doctor, today), 'feeding-help' (a midwife, health visitor or lactation professional
 * for latch or pump help, within a day or two).
 */
export const CONTACT_KINDS = ['emergency', 'urgent-line', 'clinician', 'feeding-help'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export interface ContactNeed {
  who: Who;
  kind: ContactKind;
}

export interface TriageResult {
  level: Level;
  rulesVersion: string;
  /** Rules that fired, highest level first, then in table order. */
  fired: FiredRule[];
  /** Whom to contact, most pressing first (empty when no contact is needed). */
  contacts: ContactNeed[];
  nextSteps: Advice[];
  avoid: Advice[];
  fitRoutines: RoutineId[];
  avoidRoutines: RoutineId[];
  /** Only for 'watch': check again within this window. */
  recheckInHours: { min: number; max: number } | null;
  /** Every source behind the rules and advice above, in SOURCES order. */
  citations: SourceKey[];
  disclaimer: Localized;
}

/** A previously saved check of the same household. */
export interface SavedCheck {
  answers: SymptomAnswers;
  result: Pick<TriageResult, 'level'>;
  /** When it was saved, ms since the epoch. */
  savedAt: number;
}

/** Every question skipped. */
export const UNKNOWN_ANSWERS: Readonly<SymptomAnswers> = Object.freeze<SymptomAnswers>({
  about: 'unknown',
  side: 'unknown',
  where: 'unknown',
  lump: { present: 'unknown' },
  redness: { present: 'unknown' },
  pain: 'unknown',
  painReliefHelps: 'unknown',
  temperature: 'not-measured',
  fluLike: 'unknown',
  hoursSinceOnset: 'unknown',
  trend: 'unknown',
  recurrentSameSpot: 'unknown',
  nippleDamage: 'unknown',
  nippleFluid: 'unknown',
  nippleColourChange: 'unknown',
  crackNotHealing: 'unknown',
  otherFluidOneSideOrLump: 'unknown',
  nippleBurning: 'unknown',
  areolaTooSwollenToLatch: 'unknown',
  bothBreastsFullFirm: 'unknown',
  daysSinceBirth: 'unknown',
  possibleAbscess: 'unknown',
  skinBreakdown: 'unknown',
  skinDimpledOrBruised: 'unknown',
  recentSurgery: 'unknown',
  woundSign: 'unknown',
  feelingVeryUnwell: 'unknown',
  confusion: 'unknown',
  blueOrBlotchySkin: 'unknown',
  breathless: 'unknown',
  noUrineAllDay: 'unknown',
  fainting: 'unknown',
  fastHeartbeat: 'unknown',
  rigors: 'unknown',
  feelsVeryCold: 'unknown',
  vomitingPreventsMedicine: 'unknown',
  diabetes: 'unknown',
  weakImmunity: 'unknown',
  antibiotics: { taking: 'unknown' },
  babyFeeding: 'unknown',
  babyHardToWake: 'unknown',
  babyBreathingPausesOrBlue: 'unknown',
  babyMottledCold: 'unknown',
  babyFit: 'unknown',
  babyTemperature: 'not-measured',
  babyFeeds24h: 'unknown',
  babyHoursSinceFeed: 'unknown',
  babySleepy: 'unknown',
  babyWetNappies24h: 'unknown',
  babyDirtyNappies24h: 'unknown',
  babyHoursSinceWet: 'unknown',
  babyYellow: 'unknown',
  babyYellowDeeper: 'unknown',
  babyPaleStools: 'unknown',
  babyPinkUrates: 'unknown',
  babyWeightLossOver10: 'unknown',
});

/** Fills every answer not given with 'unknown'. */
export function withUnknowns(partial: Partial<SymptomAnswers>): SymptomAnswers {
  return { ...UNKNOWN_ANSWERS, ...partial };
}

/** The yes/no questions, by the group the wizard asks them in. */
export const PARENT_EMERGENCY_FIELDS = ['confusion', 'blueOrBlotchySkin', 'breathless', 'noUrineAllDay'] as const;
export const PARENT_URGENT_FIELDS = ['fainting', 'fastHeartbeat', 'rigors', 'feelsVeryCold', 'vomitingPreventsMedicine'] as const;
export const BABY_EMERGENCY_FIELDS = ['babyHardToWake', 'babyBreathingPausesOrBlue', 'babyMottledCold', 'babyFit'] as const;
