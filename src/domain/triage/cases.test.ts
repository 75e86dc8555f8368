/**
 * The case table, written from CLINICAL.md §5 (and §4): answers → expected level and exactly which
 * rules fire. Each threshold is tested on both sides of its boundary. Answers go through
 * validateAnswers first, as they would from the wizard.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from './engine.js';
import { RULES } from './rules.js';
import type { Level, SavedCheck, SymptomAnswers } from './types.js';
import { validateAnswers } from './validate.js';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every question answered, nothing wrong. */
const CALM: SymptomAnswers = {
  side: 'left',
  where: 2,
  lump: { present: 'no' },
  redness: { present: 'no' },
  pain: 0,
  temperature: { value: 36.8, unit: 'c' },
  fluLike: 'no',
  hoursSinceOnset: 2,
  trend: 'same',
  pusOrBlood: 'no',
  nippleDamage: 'none',
  areolaTooSwollenToLatch: 'no',
  babyFeeding: 'well',
  bothBreastsFullFirm: 'no',
  daysSinceBirth: 30,
  possibleAbscess: 'no',
  skinBreakdown: 'no',
  feelingVeryUnwell: 'no',
  fastHeartOrBreathing: 'no',
  confusion: 'no',
  fainting: 'no',
  rigors: 'no',
  vomitingPreventsMedicine: 'no',
  diabetesOrWeakImmunity: 'no',
  antibiotics: { taking: 'no' },
};

const lump = (days: number | 'unknown' = 1, sameSpotBefore: 'yes' | 'no' | 'unknown' = 'no') =>
  ({ present: 'yes', size: 'small', days, sameSpotBefore }) as const;
const red = (spreading: 'yes' | 'no' | 'unknown' = 'no', streaks: 'yes' | 'no' | 'unknown' = 'no') =>
  ({ present: 'yes', area: 'small', spreading, streaks }) as const;
const c = (value: number) => ({ value, unit: 'c' }) as const;
const f = (value: number) => ({ value, unit: 'f' }) as const;
/** A red, painful area. */
const RED_PAINFUL = { redness: red(), pain: 5 } as const;

function saved(ageMs: number, answers: Partial<SymptomAnswers>, level: Level = 'watch'): SavedCheck {
  return { answers: { ...CALM, ...answers }, result: { level }, savedAt: NOW - ageMs };
}

interface Case {
  name: string;
  /** Changes to CALM (or, with `from: 'unknown'`, to an empty input). */
  answers: Record<string, unknown>;
  from?: 'unknown';
  history?: SavedCheck[];
  level: Level;
  rules: string[];
}

const CASES: Case[] = [
  // ---- defaults ----
  { name: 'nothing wrong, everything answered', answers: {}, level: 'self-care', rules: ['DEFAULT-SELFCARE'] },
  { name: 'nothing answered at all', from: 'unknown', answers: {}, level: 'watch', rules: ['DEFAULT-WATCH'] },
  { name: 'pain skipped', answers: { pain: 'unknown' }, level: 'watch', rules: ['DEFAULT-WATCH'] },
  { name: 'chills / flu-like skipped', answers: { fluLike: 'unknown' }, level: 'watch', rules: ['DEFAULT-WATCH'] },
  { name: 'a sepsis question skipped', answers: { confusion: null }, level: 'watch', rules: ['DEFAULT-WATCH'] },
  { name: 'temperature not measured, the rest calm', answers: { temperature: 'not-measured' }, level: 'self-care', rules: ['DEFAULT-SELFCARE'] },
  { name: 'cracked (not infected) nipple, no pain', answers: { nippleDamage: 'cracked' }, level: 'self-care', rules: ['DEFAULT-SELFCARE'] },
  { name: 'diabetes, no breast sign', answers: { diabetesOrWeakImmunity: 'yes' }, level: 'self-care', rules: ['DEFAULT-SELFCARE'] },

  // ---- urgent ----
  { name: 'confusion', answers: { confusion: 'yes' }, level: 'urgent', rules: ['URG-SEPSIS'] },
  { name: 'fainting', answers: { fainting: 'yes' }, level: 'urgent', rules: ['URG-SEPSIS'] },
  { name: 'fast heartbeat or breathing', answers: { fastHeartOrBreathing: 'yes' }, level: 'urgent', rules: ['URG-SEPSIS'] },
  { name: 'shaking chills (rigors)', answers: { rigors: 'yes' }, level: 'urgent', rules: ['URG-SEPSIS'] },
  { name: 'vomiting, cannot keep medicine down', answers: { vomitingPreventsMedicine: 'yes' }, level: 'urgent', rules: ['URG-SEPSIS'] },
  { name: 'spreading redness', answers: { redness: red('yes'), pain: 5 }, level: 'urgent', rules: ['URG-SPREADING', 'WATCH-TENDER'] },
  { name: 'red streaks', answers: { redness: red('no', 'yes') }, level: 'urgent', rules: ['URG-RED-STREAKS', 'WATCH-TENDER'] },
  { name: 'redness, spreading unknown', answers: { redness: red('unknown', 'unknown') }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'skin breakdown', answers: { skinBreakdown: 'yes' }, level: 'urgent', rules: ['URG-SKIN'] },
  { name: 'sepsis sign outranks engorgement', answers: { rigors: 'yes', bothBreastsFullFirm: 'yes', daysSinceBirth: 3 }, level: 'urgent', rules: ['URG-SEPSIS', 'SELF-ENGORGEMENT'] },

  // ---- fever (°C and °F, both sides of 38.0 and 38.5) ----
  { name: '38.5 °C', answers: { temperature: c(38.5) }, level: 'call', rules: ['CALL-FEVER-385', 'CALL-FEVER-38'] },
  { name: '38.4 °C, no breast sign', answers: { temperature: c(38.4) }, level: 'call', rules: ['CALL-FEVER-38'] },
  { name: '101.3 °F', answers: { temperature: f(101.3) }, level: 'call', rules: ['CALL-FEVER-385', 'CALL-FEVER-38'] },
  { name: '101.2 °F', answers: { temperature: f(101.2) }, level: 'call', rules: ['CALL-FEVER-38'] },
  { name: 'red painful area, 37.9 °C', answers: { ...RED_PAINFUL, temperature: c(37.9) }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'red painful area, 38.0 °C', answers: { ...RED_PAINFUL, temperature: c(38.0) }, level: 'call', rules: ['CALL-FEVER-38', 'WATCH-TENDER'] },
  { name: 'red painful area, 100.3 °F', answers: { ...RED_PAINFUL, temperature: f(100.3) }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'red painful area, 100.4 °F', answers: { ...RED_PAINFUL, temperature: f(100.4) }, level: 'call', rules: ['CALL-FEVER-38', 'WATCH-TENDER'] },
  { name: 'red painful area with flu-like aches, not measured', answers: { ...RED_PAINFUL, temperature: 'not-measured', fluLike: 'yes' }, level: 'call', rules: ['CALL-FEVER-38', 'WATCH-TENDER'] },
  { name: 'feeling very unwell', answers: { feelingVeryUnwell: 'yes' }, level: 'call', rules: ['CALL-VERY-UNWELL'] },

  // ---- not better / worse with time (23/24 h, 11/12 h) ----
  { name: 'lump, 23 h, same', answers: { lump: lump(), hoursSinceOnset: 23 }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'lump, 24 h, same', answers: { lump: lump(), hoursSinceOnset: 24 }, level: 'call', rules: ['CALL-NOT-BETTER-24H', 'WATCH-TENDER'] },
  { name: 'lump, 30 h, better', answers: { lump: lump(), hoursSinceOnset: 30, trend: 'better' }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'lump, 30 h, trend skipped', answers: { lump: lump(), hoursSinceOnset: 30, trend: 'unknown' }, level: 'call', rules: ['CALL-NOT-BETTER-24H', 'WATCH-TENDER'] },
  { name: 'lump, 11 h, worse', answers: { lump: lump(), hoursSinceOnset: 11, trend: 'worse' }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'lump, 12 h, worse', answers: { lump: lump(), hoursSinceOnset: 12, trend: 'worse' }, level: 'call', rules: ['CALL-WORSE-12H', 'WATCH-TENDER'] },
  { name: 'lump, worse, how long unknown', answers: { lump: lump(), hoursSinceOnset: 'unknown', trend: 'worse' }, level: 'call', rules: ['CALL-WORSE-12H', 'WATCH-TENDER'] },
  { name: 'lump, same, how long unknown', answers: { lump: lump(), hoursSinceOnset: 'unknown' }, level: 'watch', rules: ['WATCH-TENDER'] },

  // ---- other call signs ----
  { name: 'possible abscess', answers: { possibleAbscess: 'yes', lump: lump(), pain: 8 }, level: 'call', rules: ['CALL-ABSCESS', 'WATCH-TENDER'] },
  { name: 'pus or blood from the nipple', answers: { pusOrBlood: 'yes' }, level: 'call', rules: ['CALL-PUS-BLOOD'] },
  { name: 'cracked nipple that looks infected', answers: { nippleDamage: 'infected' }, level: 'call', rules: ['CALL-NIPPLE-INFECTED'] },
  { name: 'diabetes with a lump', answers: { diabetesOrWeakImmunity: 'yes', lump: lump() }, level: 'call', rules: ['CALL-HEALTH-RISK', 'WATCH-TENDER'] },
  { name: 'weak immunity with chills', answers: { diabetesOrWeakImmunity: 'yes', fluLike: 'yes' }, level: 'call', rules: ['CALL-FEVER-38', 'CALL-HEALTH-RISK'] },
  { name: 'baby feeding poorly', answers: { babyFeeding: 'poorly' }, level: 'call', rules: ['CALL-BABY-FEEDING'] },
  { name: 'baby not feeding at all', answers: { babyFeeding: 'not-at-all' }, level: 'call', rules: ['CALL-BABY-FEEDING'] },

  // ---- antibiotics (47/48 h not better, 11/12 h worse) ----
  { name: 'antibiotics 47 h, same', answers: { lump: lump(), hoursSinceOnset: 'unknown', antibiotics: { taking: 'yes', hoursSinceStart: 47 } }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'antibiotics 48 h, same', answers: { lump: lump(), hoursSinceOnset: 'unknown', antibiotics: { taking: 'yes', hoursSinceStart: 48 } }, level: 'call', rules: ['CALL-ANTIBIOTICS-48H', 'WATCH-TENDER'] },
  { name: 'antibiotics 60 h, better', answers: { lump: lump(), hoursSinceOnset: 70, trend: 'better', antibiotics: { taking: 'yes', hoursSinceStart: 60 } }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'antibiotics 11 h, worse', answers: { lump: lump(), hoursSinceOnset: 11, trend: 'worse', antibiotics: { taking: 'yes', hoursSinceStart: 11 } }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'antibiotics 12 h, worse', answers: { lump: lump(), hoursSinceOnset: 12, trend: 'worse', antibiotics: { taking: 'yes', hoursSinceStart: 12 } }, level: 'call', rules: ['CALL-WORSE-12H', 'CALL-ANTIBIOTICS-WORSE', 'WATCH-TENDER'] },
  { name: 'antibiotics, start unknown, worse at 11 h', answers: { lump: lump(), hoursSinceOnset: 11, trend: 'worse', antibiotics: { taking: 'yes' } }, level: 'call', rules: ['CALL-ANTIBIOTICS-WORSE', 'WATCH-TENDER'] },

  // ---- lump lasting (7/8 days) or coming back ----
  { name: 'lump 7 days, no pain', answers: { lump: lump(7) }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'lump 8 days, no pain', answers: { lump: lump(8) }, level: 'call', rules: ['CALL-LUMP-7D', 'WATCH-TENDER'] },
  { name: 'lump 7.5 days', answers: { lump: lump(7.5) }, level: 'call', rules: ['CALL-LUMP-7D', 'WATCH-TENDER'] },
  { name: 'lump for an unknown time', answers: { lump: lump('unknown') }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'lump back in the same place', answers: { lump: lump(1, 'yes') }, level: 'call', rules: ['CALL-LUMP-RECURRING', 'WATCH-TENDER'] },

  // ---- watch ----
  { name: 'a sore area (pain 3) only', answers: { pain: 3 }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'both breasts full on day 8', answers: { bothBreastsFullFirm: 'yes', daysSinceBirth: 8 }, level: 'watch', rules: ['WATCH-FULLNESS'] },
  { name: 'both breasts full, birth date unknown', answers: { bothBreastsFullFirm: 'yes', daysSinceBirth: 'unknown', pain: 4 }, level: 'watch', rules: ['WATCH-TENDER', 'WATCH-FULLNESS'] },

  // ---- self-care ----
  { name: 'engorgement on day 3, sore', answers: { bothBreastsFullFirm: 'yes', daysSinceBirth: 3, pain: 4 }, level: 'self-care', rules: ['SELF-ENGORGEMENT'] },
  { name: 'engorgement on day 7', answers: { bothBreastsFullFirm: 'yes', daysSinceBirth: 7 }, level: 'self-care', rules: ['SELF-ENGORGEMENT'] },
  { name: 'engorgement, flu-like question skipped', answers: { bothBreastsFullFirm: 'yes', daysSinceBirth: 2, fluLike: 'unknown' }, level: 'watch', rules: ['DEFAULT-WATCH', 'SELF-ENGORGEMENT'] },
  { name: 'engorgement with a fever', answers: { bothBreastsFullFirm: 'yes', daysSinceBirth: 4, temperature: c(38.2) }, level: 'call', rules: ['CALL-FEVER-38', 'SELF-ENGORGEMENT'] },
  { name: 'areola too swollen to latch, sore', answers: { areolaTooSwollenToLatch: 'yes', pain: 3 }, level: 'self-care', rules: ['SELF-AREOLA-RPS'] },
  { name: 'swollen areola with redness: no RPS', answers: { areolaTooSwollenToLatch: 'yes', redness: red() }, level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'swollen areola, lump question skipped', answers: { areolaTooSwollenToLatch: 'yes', lump: { present: 'unknown' } }, level: 'watch', rules: ['DEFAULT-WATCH'] },
  { name: 'swollen areola, abscess question skipped', answers: { areolaTooSwollenToLatch: 'yes', possibleAbscess: 'unknown' }, level: 'watch', rules: ['DEFAULT-WATCH'] },
  { name: 'swollen areola with chills', answers: { areolaTooSwollenToLatch: 'yes', fluLike: 'yes' }, level: 'call', rules: ['CALL-FEVER-38'] },
  { name: 'swollen areola with fainting', answers: { areolaTooSwollenToLatch: 'yes', fainting: 'yes' }, level: 'urgent', rules: ['URG-SEPSIS'] },

  // ---- history (saved checks) ----
  { name: 'lump now and 8 days ago', answers: { lump: lump(2) }, history: [saved(8 * DAY, { lump: lump() })], level: 'call', rules: ['HIST-LUMP-7D', 'WATCH-TENDER'] },
  { name: 'lump now and exactly 7 days ago', answers: { lump: lump(2) }, history: [saved(7 * DAY, { lump: lump() })], level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'lump now (left) and 8 days ago on the right', answers: { lump: lump(2) }, history: [saved(8 * DAY, { lump: lump(), side: 'right' })], level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'lump now (left) and 8 days ago on both sides', answers: { lump: lump(2) }, history: [saved(8 * DAY, { lump: lump(), side: 'both' })], level: 'call', rules: ['HIST-LUMP-7D', 'WATCH-TENDER'] },
  { name: 'no lump now, lump 8 days ago', answers: {}, history: [saved(8 * DAY, { lump: lump() })], level: 'self-care', rules: ['DEFAULT-SELFCARE'] },
  { name: 'lump now, no lump 8 days ago', answers: { lump: lump(2) }, history: [saved(8 * DAY, {})], level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'fever now and 47 h ago', answers: { temperature: c(38.1) }, history: [saved(47 * HOUR, { temperature: c(38.3) }, 'call')], level: 'call', rules: ['CALL-FEVER-38', 'HIST-FEVER-48H'] },
  { name: 'fever now and 49 h ago', answers: { temperature: c(38.1) }, history: [saved(49 * HOUR, { temperature: c(38.3) }, 'call')], level: 'call', rules: ['CALL-FEVER-38'] },
  { name: 'fever now, none 10 h ago', answers: { temperature: c(38.1) }, history: [saved(10 * HOUR, {})], level: 'call', rules: ['CALL-FEVER-38'] },
  { name: 'no fever now, fever 10 h ago', answers: {}, history: [saved(10 * HOUR, { fluLike: 'yes' }, 'call')], level: 'self-care', rules: ['DEFAULT-SELFCARE'] },
  { name: 'watch 12 h ago, not better now', answers: { lump: lump(), hoursSinceOnset: 'unknown' }, history: [saved(12 * HOUR, { lump: lump() })], level: 'call', rules: ['HIST-NOT-BETTER', 'WATCH-TENDER'] },
  { name: 'watch 11 h ago, not better now', answers: { lump: lump(), hoursSinceOnset: 'unknown' }, history: [saved(11 * HOUR, { lump: lump() })], level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'watch 20 h ago, better now', answers: { lump: lump(), hoursSinceOnset: 'unknown', trend: 'better' }, history: [saved(20 * HOUR, { lump: lump() })], level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'self-care 20 h ago, not better now', answers: { lump: lump(), hoursSinceOnset: 'unknown' }, history: [saved(20 * HOUR, {}, 'self-care')], level: 'watch', rules: ['WATCH-TENDER'] },
  { name: 'watch 20 h ago, this problem started 20 h ago', answers: { lump: lump(), hoursSinceOnset: 20 }, history: [saved(20 * HOUR, { lump: lump() })], level: 'call', rules: ['HIST-NOT-BETTER', 'WATCH-TENDER'] },
  { name: 'watch 20 h ago, before this problem started (10 h)', answers: { lump: lump(), hoursSinceOnset: 10 }, history: [saved(20 * HOUR, { lump: lump() })], level: 'watch', rules: ['WATCH-TENDER'] },
];

function answersOf(k: Case): SymptomAnswers {
  const input = k.from === 'unknown' ? k.answers : { ...CALM, ...k.answers };
  const v = validateAnswers(input);
  if (!v.ok) throw new Error(`case "${k.name}" has invalid answers: ${JSON.stringify(v.problems)}`);
  return v.answers;
}

describe('triage case table (CLINICAL.md §5)', () => {
  it.each(CASES)('$name → $level', (k) => {
    const result = evaluate(answersOf(k), k.history ?? [], NOW);
    expect(result.level).toBe(k.level);
    expect(result.fired.map((r) => r.id)).toEqual(k.rules);
  });

  it('has at least 40 cases with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((k) => k.name)).size).toBe(CASES.length);
  });

  it('exercises every rule in RULES and every level', () => {
    const used = new Set(CASES.flatMap((k) => k.rules));
    expect(RULES.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(CASES.map((k) => k.level))).toEqual(new Set(['self-care', 'watch', 'call', 'urgent']));
  });

  it('only names rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(CASES.flatMap((k) => k.rules).filter((id) => !ids.has(id))).toEqual([]);
  });
});
