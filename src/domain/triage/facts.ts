/**
 * What the rules look at, derived once from the answers. An unknown answer never makes a
 * warning fact true by itself, and never makes a reassuring fact true either: rules above
 * self-care only test warning facts, and DEFAULT-WATCH catches skipped core questions.
 */
import { PINK_URATES_FROM_DAY } from '../baby/enough-milk.js';
import { MOST_NAPPIES_EXPECTED, nappyExpectation, wetNappiesExpected } from '../baby/nappy-table.js';
import { toCelsius } from '../units.js';
import {
  BABY_EMERGENCY_FIELDS,
  PARENT_EMERGENCY_FIELDS,
  PARENT_URGENT_FIELDS,
  type Concern,
  type SymptomAnswers,
  type TemperatureAnswer,
} from './types.js';

/** The numbers behind the rules (CLINICAL.md §4, §5, §9–§12). */
export const THRESHOLDS = {
  /** A red, painful area with this fever: call [UIHC] [ABM4]. */
  feverC: 38.0,
  /** Fever on its own: call [ABM4]; with feeling very unwell: seek care now (Lactea's own). */
  highFeverC: 38.5,
  /** Below this, a low temperature: a sepsis sign [NG51-T] [UKST-SN] [NHS-SEPSIS]. */
  lowTempC: 36.0,
  /** Home care not helping for this long: call [NICE] [NHSDG] [NHSH]. */
  notBetterHours: 24,
  /** On antibiotics and not better after this long: call (the handout says 24 h) [UIHC] [UNC]. */
  antibioticsNotBetterHours: 24,
  /** Redness, swelling or a lump for more than this many days: an examination (Lactea's own, §10). */
  persistDays: 7,
  /** "The first days after birth" for engorgement [ABM20]; CLINICAL.md gives no number, 7 is our conservative reading. */
  engorgementDays: 7,
  /** A fever in a saved check this recent, and again now: call. */
  historyFeverHours: 48,
  /** A saved check at watch or above at least this long ago, and not better now: call. */
  historyRecheckHours: 12,
  /** The baby: a fever at or above this under 3 months, or a temperature below lowTempC: emergency [HT-JAUN] [HT-NPB]. */
  babyFeverC: 38.0,
  /** "Under 3 months" in whole days since birth: below this (leaning to the safe side). */
  babyUnder3MonthsDays: 92,
  /** No wet nappy for this long: contact today [HT-JAUN]. */
  babyDryCallHours: 8,
  /** Dry for this long: emergency (Lactea's own, §12; [NHS-SEPSIS] under 5s: 12 hours). */
  babyDryEmergencyHours: 12,
  /** Fewer feeds than this in 24 h: talk to the midwife [ELHT] [PCS-FEED]. */
  babyFeedsPerDay: 8,
  /** The feed count applies to the first weeks (the nappy table's days 1–28). */
  babyFeedsUntilDays: 28,
  /** No feed at all for a day: the baby is not feeding (Lactea's reading of "not feeding at all"). */
  babyNoFeedHours: 24,
  /**
   * No feed for this long in the first 28 days: the baby's clinician today. CLINICAL.md gives no hours
   * threshold; Lactea's own conservative rule, from "8 or more feeds in 24 hours" [PCS-FEED] [ELHT].
   */
  babyLongGapHours: 8,
  /** Yellow in the first 24 hours of life: days since birth at most this (the day of birth or the next). */
  jaundiceEarlyDays: 1,
  /** Still yellow at 2 weeks: contact today [HT-JAUN]; 3 weeks for a preterm baby, so 14 is the safe side. */
  jaundiceLateDays: 14,
  /**
   * Pink urates "beyond the first couple of days" [PCS-FEED]: from this many whole days since birth (the
   * third day of life, as the "enough milk?" card reads it).
   */
  pinkUratesFromDays: PINK_URATES_FROM_DAY - 1,
} as const;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Temperatures converted from °F can land a hair either side of a threshold (e.g. 101.3 °F). */
const TEMPERATURE_TOLERANCE_C = 1e-9;

export function atLeast(value: number | 'unknown', threshold: number): boolean {
  return value !== 'unknown' && value >= threshold;
}

function celsius(t: TemperatureAnswer): number | null {
  return t === 'not-measured' ? null : toCelsius(t.value, t.unit);
}

function hot(c: number | null, threshold: number): boolean {
  return c !== null && c + TEMPERATURE_TOLERANCE_C >= threshold;
}

function cold(c: number | null): boolean {
  return c !== null && c + TEMPERATURE_TOLERANCE_C < THRESHOLDS.lowTempC;
}

/** A concern counts when she named it, or when she did not say what the check is about. */
export function concerns(a: SymptomAnswers, c: Concern): boolean {
  return a.about === 'unknown' || a.about.includes(c);
}

export interface Facts {
  /** Her body temperature in °C, or null when not measured. */
  tempC: number | null;
  fever38: boolean;
  fever385: boolean;
  /** Below 36.0 °C. */
  lowTemp: boolean;
  /** Fever ≥ 38.0 °C or chills / flu-like aches. */
  febrile: boolean;
  lump: boolean;
  redness: boolean;
  spreading: boolean;
  streaks: boolean;
  painful: boolean;
  /** Pain 8–10. */
  severePain: boolean;
  /** Both breasts full and firm within the first days after birth (engorgement). */
  engorgementPattern: boolean;
  /** Pain, a crack, bleeding from a crack, infection, colour change, burning after feeds or a crack not healing on the nipple. */
  nippleProblem: boolean;
  /** A tender area or lump on the breast: a lump, redness, or pain not explained by engorgement, a swollen areola or the nipple. */
  localSign: boolean;
  /** Any sign on the inflammation spectrum: a tender area or lump, fever or flu-like feeling, a possible abscess. */
  inflamed: boolean;
  /** A breast sign that rules out a nipple-only problem. */
  breastSign: boolean;
  /**
   * A sign in the breast itself (a tender area, lump, redness, possible abscess or broken skin): what
   * breast-inflammation care is for. A fever with none of these gets no cold packs or drainage.
   */
  breastInflamed: boolean;
  /** A nipple problem with nothing on the breast and no sign of illness (§11): latch help, no cold, no drainage. */
  nippleOnly: boolean;
  /** A §9 sign for the emergency number. */
  emergencySign: boolean;
  /** A §5 / §9 sign of serious infection: seek care now. */
  sepsisSign: boolean;
  /** A sign of illness beside a local one: a fever, chills or aches, a low temperature, feeling very unwell, or a sepsis or emergency sign. */
  systemicSign: boolean;
  /** Suspected abscess, spreading redness, skin breakdown, a low temperature or a sepsis sign: no massage at all [NHSDG] [NHSH]. */
  massageForbidden: boolean;
  /** Reverse pressure softening fits: a swollen areola stops the latch and inflammation is ruled out. */
  rpsFits: boolean;
  /** She said the same or worse (a skipped trend is not counted). */
  notBetter: boolean;
  worse: boolean;
  /** Redness, a lump or a swelling for more than 7 days by any duration answer. */
  persistent: boolean;
  /** The same place before (the general question, or the lump's own). */
  recurrent: boolean;
  // ---- the baby ----
  babyTempC: number | null;
  babyEmergencySign: boolean;
  babyFever: boolean;
  babyLowTemp: boolean;
  /** Under 3 months, or age not known (the safe side). */
  babyUnder3Months: boolean;
  /** Fewer wet / dirty nappies than the table for the age (the highest minimum when the age is unknown). */
  wetBelowTable: boolean;
  dirtyBelowTable: boolean;
  /** Fewer than 8 feeds in 24 h in the first weeks. */
  fewFeeds: boolean;
  /** No feed for 8 hours or more in the first weeks (Lactea's own rule). */
  longFeedGap: boolean;
  /** No wet nappy for 12 hours or more: she said so, or no wet nappy at all in 24 hours (after the day of birth). */
  babyDry12h: boolean;
  /** Not feeding: she said so, no feed in 24 h, or no feed for a day. */
  babyNotFeeding: boolean;
}

/**
 * The fewest nappies expected for a day of life, or the most ever expected when the age is unknown.
 * Wet nappies are expected up to 6 weeks [HSE-ENOUGH], dirty ones up to the table's 4 weeks.
 */
function nappyMinimum(days: number | 'unknown', kind: 'wetAtLeast' | 'dirtyAtLeast'): number | null {
  if (days === 'unknown') return MOST_NAPPIES_EXPECTED[kind];
  const day = Math.floor(days) + 1;
  return kind === 'wetAtLeast' ? wetNappiesExpected(day) : (nappyExpectation(day)?.dirtyAtLeast ?? null);
}

/** Every breast question of the breast screen answered "no": nothing on the breast itself. */
function breastClear(a: SymptomAnswers): boolean {
  return a.lump.present === 'no' && a.redness.present === 'no' && a.possibleAbscess === 'no' && a.skinBreakdown === 'no';
}

function below(count: number | 'unknown', minimum: number | null): boolean {
  return count !== 'unknown' && minimum !== null && count < minimum;
}

export function computeFacts(a: SymptomAnswers): Facts {
  const tempC = celsius(a.temperature);
  const fever38 = hot(tempC, THRESHOLDS.feverC);
  const febrile = fever38 || a.fluLike === 'yes';
  const lump = a.lump.present === 'yes';
  const redness = a.redness.present === 'yes';
  const spreading = a.redness.present === 'yes' && a.redness.spreading === 'yes';
  const streaks = a.redness.present === 'yes' && a.redness.streaks === 'yes';
  const painful = atLeast(a.pain, 1);
  const engorgementPattern =
    a.bothBreastsFullFirm === 'yes' && a.daysSinceBirth !== 'unknown' && a.daysSinceBirth <= THRESHOLDS.engorgementDays;
  const nippleProblem =
    ['sore', 'cracked', 'infected'].includes(a.nippleDamage) ||
    a.nippleFluid === 'blood-from-crack' ||
    a.crackNotHealing === 'yes' ||
    a.nippleColourChange === 'yes' ||
    a.nippleBurning === 'yes';
  // Pain is put down to a nipple problem unless the breast may have a sign of its own: the check is not
  // about the breast, or the breast questions were all answered "no".
  const painOnNipple = nippleProblem && (!concerns(a, 'breast') || breastClear(a));
  const painExplained = engorgementPattern || a.areolaTooSwollenToLatch === 'yes' || painOnNipple;
  const emergencySign = PARENT_EMERGENCY_FIELDS.some((f) => a[f] === 'yes');
  const lowTemp = cold(tempC);
  const sepsisSign = PARENT_URGENT_FIELDS.some((f) => a[f] === 'yes');
  const localSign = lump || redness || (painful && !painExplained);
  const inflamed = localSign || febrile || a.possibleAbscess === 'yes';
  const breastSign = lump || redness || a.possibleAbscess === 'yes' || a.skinBreakdown === 'yes';
  const breastInflamed = localSign || breastSign;
  const massageForbidden =
    emergencySign || sepsisSign || lowTemp || spreading || streaks || a.skinBreakdown === 'yes' || a.possibleAbscess === 'yes';
  const onsetDays = a.hoursSinceOnset === 'unknown' ? 0 : a.hoursSinceOnset / 24;
  const lumpDays = a.lump.present === 'yes' && a.lump.days !== 'unknown' ? a.lump.days : 0;
  const babyTempC = celsius(a.babyTemperature);
  const firstWeeks = a.daysSinceBirth === 'unknown' || a.daysSinceBirth < THRESHOLDS.babyFeedsUntilDays;
  return {
    tempC,
    fever38,
    fever385: hot(tempC, THRESHOLDS.highFeverC),
    lowTemp,
    febrile,
    lump,
    redness,
    spreading,
    streaks,
    painful,
    severePain: atLeast(a.pain, 8),
    engorgementPattern,
    nippleProblem,
    localSign,
    inflamed,
    breastSign,
    breastInflamed,
    nippleOnly: nippleProblem && !breastSign && !inflamed && !emergencySign && !sepsisSign && !lowTemp && a.feelingVeryUnwell !== 'yes',
    emergencySign,
    sepsisSign,
    systemicSign: febrile || lowTemp || a.feelingVeryUnwell === 'yes' || sepsisSign || emergencySign,
    massageForbidden,
    // On a check about the breast, RPS needs its answers to be "no" (not with inflammation [BCP-RPS]);
    // on a fullness check the breast screen is not asked, and no breast sign may have been said.
    rpsFits: a.areolaTooSwollenToLatch === 'yes' && (concerns(a, 'breast') ? breastClear(a) : !breastSign) && !inflamed && !massageForbidden,
    notBetter: a.trend === 'same' || a.trend === 'worse',
    worse: a.trend === 'worse',
    persistent: (lump || redness || a.possibleAbscess === 'yes') && Math.max(onsetDays, lumpDays) > THRESHOLDS.persistDays,
    recurrent: a.recurrentSameSpot === 'yes' || (a.lump.present === 'yes' && a.lump.sameSpotBefore === 'yes'),
    babyTempC,
    babyEmergencySign: BABY_EMERGENCY_FIELDS.some((f) => a[f] === 'yes'),
    babyFever: hot(babyTempC, THRESHOLDS.babyFeverC),
    babyLowTemp: cold(babyTempC),
    babyUnder3Months: a.daysSinceBirth === 'unknown' || a.daysSinceBirth < THRESHOLDS.babyUnder3MonthsDays,
    wetBelowTable: below(a.babyWetNappies24h, nappyMinimum(a.daysSinceBirth, 'wetAtLeast')),
    dirtyBelowTable: below(a.babyDirtyNappies24h, nappyMinimum(a.daysSinceBirth, 'dirtyAtLeast')),
    fewFeeds: firstWeeks && a.babyFeeds24h !== 'unknown' && a.babyFeeds24h < THRESHOLDS.babyFeedsPerDay,
    longFeedGap: firstWeeks && atLeast(a.babyHoursSinceFeed, THRESHOLDS.babyLongGapHours),
    // No wet nappy in the last 24 hours means dry for 12 hours or more, unless the baby was born today
    // (then "the last 24 hours" is not yet a day of life, and the table's call rule speaks).
    babyDry12h: atLeast(a.babyHoursSinceWet, THRESHOLDS.babyDryEmergencyHours) || (a.babyWetNappies24h === 0 && a.daysSinceBirth !== 0),
    babyNotFeeding:
      a.babyFeeding === 'not-at-all' ||
      (a.babyFeeds24h !== 'unknown' && a.babyFeeds24h === 0) ||
      atLeast(a.babyHoursSinceFeed, THRESHOLDS.babyNoFeedHours),
  };
}
