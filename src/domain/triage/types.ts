/**
 * The symptom check's answers and result. Every answer can be "unknown": the wizard lets a tired
 * parent skip any question, and the engine never reads a skipped answer as a reassuring one.
 */
import type { TemperatureUnit } from '../units.js';
import type { RoutineId } from '../routine-ids.js';
import type { SourceKey } from '../sources.js';

export const YES_NO = ['yes', 'no', 'unknown'] as const;
export type YesNo = (typeof YES_NO)[number];

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

export const NIPPLE_DAMAGE = ['none', 'cracked', 'infected', 'unknown'] as const;
/** 'infected': cracked and looks infected (red, weeping, yellow crust). */
export type NippleDamage = (typeof NIPPLE_DAMAGE)[number];

export const BABY_FEEDING = ['well', 'poorly', 'not-at-all', 'unknown'] as const;
export type BabyFeeding = (typeof BABY_FEEDING)[number];

export type AntibioticsAnswer =
  | { taking: 'no' }
  | { taking: 'unknown' }
  | { taking: 'yes'; hoursSinceStart: number | 'unknown' };

/** A complete set of answers (a skipped question is 'unknown' / 'not-measured'). */
export interface SymptomAnswers {
  side: BreastSide;
  where: Where;
  lump: LumpAnswer;
  redness: RednessAnswer;
  /** 0–10, whole numbers. */
  pain: number | 'unknown';
  temperature: TemperatureAnswer;
  /** Chills or flu-like aches. */
  fluLike: YesNo;
  /** Hours since the problem started. */
  hoursSinceOnset: number | 'unknown';
  trend: Trend;
  pusOrBlood: YesNo;
  nippleDamage: NippleDamage;
  /** The areola is so swollen that the baby cannot latch. */
  areolaTooSwollenToLatch: YesNo;
  babyFeeding: BabyFeeding;
  /** Both breasts full and firm. */
  bothBreastsFullFirm: YesNo;
  daysSinceBirth: number | 'unknown';
  /** A very firm, extremely tender, well-defined swelling. */
  possibleAbscess: YesNo;
  /** Skin breaking down or turning dark or black. */
  skinBreakdown: YesNo;
  feelingVeryUnwell: YesNo;
  fastHeartOrBreathing: YesNo;
  confusion: YesNo;
  fainting: YesNo;
  /** Shaking chills (rigors). */
  rigors: YesNo;
  vomitingPreventsMedicine: YesNo;
  /** Diabetes or a weakened immune system. */
  diabetesOrWeakImmunity: YesNo;
  antibiotics: AntibioticsAnswer;
}

export type SymptomField = keyof SymptomAnswers;

export const LEVELS = ['self-care', 'watch', 'call', 'urgent'] as const;
/** self-care < watch (recheck in 12–24 h) < call (contact your provider today) < urgent (seek care now). */
export type Level = (typeof LEVELS)[number];

export interface Localized {
  en: string;
  es: string;
}

export interface FiredRule {
  id: string;
  level: Level;
  reason: Localized;
  citations: readonly SourceKey[];
}

/** One piece of advice, to do or to avoid, with a stable id the UI and tests can rely on. */
export interface Advice {
  id: string;
  text: Localized;
  citations: readonly SourceKey[];
}

export interface TriageResult {
  level: Level;
  rulesVersion: string;
  /** Rules that fired, highest level first, then in table order. */
  fired: FiredRule[];
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
  side: 'unknown',
  where: 'unknown',
  lump: { present: 'unknown' },
  redness: { present: 'unknown' },
  pain: 'unknown',
  temperature: 'not-measured',
  fluLike: 'unknown',
  hoursSinceOnset: 'unknown',
  trend: 'unknown',
  pusOrBlood: 'unknown',
  nippleDamage: 'unknown',
  areolaTooSwollenToLatch: 'unknown',
  babyFeeding: 'unknown',
  bothBreastsFullFirm: 'unknown',
  daysSinceBirth: 'unknown',
  possibleAbscess: 'unknown',
  skinBreakdown: 'unknown',
  feelingVeryUnwell: 'unknown',
  fastHeartOrBreathing: 'unknown',
  confusion: 'unknown',
  fainting: 'unknown',
  rigors: 'unknown',
  vomitingPreventsMedicine: 'unknown',
  diabetesOrWeakImmunity: 'unknown',
  antibiotics: { taking: 'unknown' },
});

/** Fills every answer not given with 'unknown'. */
export function withUnknowns(partial: Partial<SymptomAnswers>): SymptomAnswers {
  return { ...UNKNOWN_ANSWERS, ...partial };
}
