/**
 * What the rules look at, derived once from the answers. An unknown answer never makes a
 * warning fact true by itself, and never makes a reassuring fact true either: rules above
 * self-care only test warning facts, and DEFAULT-WATCH catches skipped core questions.
 */
import { toCelsius } from '../units.js';
import type { SymptomAnswers } from './types.js';

/** The numbers behind the rules (CLINICAL.md §4 and §5). */
export const THRESHOLDS = {
  /** A red, painful area with this fever: call [UIHC] [ABM4]. */
  feverC: 38.0,
  /** Fever on its own: call [ABM4]. */
  highFeverC: 38.5,
  /** No improvement after 12–24 h of home care: call at 24 h [NICE] [NHSDG] [NHSH]. */
  notBetterHours: 24,
  /** Worse after 12 h: call [NICE] [NHSDG] [NHSH]. */
  worseHours: 12,
  /** On antibiotics: no improvement after 48 h [UIHC] [UNC]. */
  antibioticsNotBetterHours: 48,
  /** On antibiotics: worse after 12 h [UIHC] [UNC]. */
  antibioticsWorseHours: 12,
  /** A lump lasting more than this many days: review [NHSH] [DOUGLAS]. */
  lumpDays: 7,
  /** "The first days after birth" for engorgement [ABM20]; CLINICAL.md gives no number, 7 is our conservative reading. */
  engorgementDays: 7,
  /** A fever in a saved check this recent, and again now: call. */
  historyFeverHours: 48,
  /** A saved check at watch or above at least this long ago, and not better now: call. */
  historyRecheckHours: 12,
} as const;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Temperatures converted from °F can land a hair under a threshold (e.g. 101.3 °F). */
const TEMPERATURE_TOLERANCE_C = 1e-9;

export function atLeast(value: number | 'unknown', threshold: number): boolean {
  return value !== 'unknown' && value >= threshold;
}

export interface Facts {
  /** Body temperature in °C, or null when not measured. */
  tempC: number | null;
  fever38: boolean;
  fever385: boolean;
  /** Fever ≥ 38.0 °C or chills / flu-like aches. */
  febrile: boolean;
  lump: boolean;
  redness: boolean;
  spreading: boolean;
  streaks: boolean;
  painful: boolean;
  /** Both breasts full and firm within the first days after birth (engorgement). */
  engorgementPattern: boolean;
  /** A tender area or lump: a lump, redness, or pain not explained by engorgement or a swollen areola. */
  localSign: boolean;
  /** Any sign on the inflammation spectrum: a tender area or lump, fever or flu-like feeling, a possible abscess. */
  inflamed: boolean;
  sepsisSign: boolean;
  /** Suspected abscess, spreading redness, skin breakdown or sepsis: no massage at all [NHSDG] [NHSH]. */
  massageForbidden: boolean;
  /** Reverse pressure softening fits: a swollen areola stops the latch and inflammation is ruled out. */
  rpsFits: boolean;
  notBetter: boolean;
  worse: boolean;
}

export function computeFacts(a: SymptomAnswers): Facts {
  const tempC = a.temperature === 'not-measured' ? null : toCelsius(a.temperature.value, a.temperature.unit);
  const hot = (threshold: number) => tempC !== null && tempC + TEMPERATURE_TOLERANCE_C >= threshold;
  const fever38 = hot(THRESHOLDS.feverC);
  const febrile = fever38 || a.fluLike === 'yes';
  const lump = a.lump.present === 'yes';
  const redness = a.redness.present === 'yes';
  const spreading = a.redness.present === 'yes' && a.redness.spreading === 'yes';
  const streaks = a.redness.present === 'yes' && a.redness.streaks === 'yes';
  const painful = atLeast(a.pain, 1);
  const engorgementPattern =
    a.bothBreastsFullFirm === 'yes' && a.daysSinceBirth !== 'unknown' && a.daysSinceBirth <= THRESHOLDS.engorgementDays;
  const painExplained = engorgementPattern || a.areolaTooSwollenToLatch === 'yes';
  const sepsisSign = [a.confusion, a.fainting, a.fastHeartOrBreathing, a.rigors, a.vomitingPreventsMedicine].includes('yes');
  const localSign = lump || redness || (painful && !painExplained);
  const inflamed = localSign || febrile || a.possibleAbscess === 'yes';
  const massageForbidden = sepsisSign || spreading || streaks || a.skinBreakdown === 'yes' || a.possibleAbscess === 'yes';
  return {
    tempC,
    fever38,
    fever385: hot(THRESHOLDS.highFeverC),
    febrile,
    lump,
    redness,
    spreading,
    streaks,
    painful,
    engorgementPattern,
    localSign,
    inflamed,
    sepsisSign,
    massageForbidden,
    rpsFits:
      a.areolaTooSwollenToLatch === 'yes' &&
      a.lump.present === 'no' &&
      a.redness.present === 'no' &&
      a.possibleAbscess === 'no' &&
      !inflamed &&
      !massageForbidden,
    notBetter: a.trend !== 'better',
    worse: a.trend === 'worse',
  };
}
