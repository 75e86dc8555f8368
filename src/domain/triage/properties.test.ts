/** Properties over random answers (fast-check): the engine is total, monotone and deterministic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cToF } from '../units.js';
import { evaluate } from './engine.js';
import { levelRank } from './levels.js';
import { LEVELS, type SavedCheck, type SymptomAnswers } from './types.js';
import { validateAnswers } from './validate.js';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const HOUR = 3_600_000;

const yesNo = fc.constantFrom('yes', 'no', 'unknown' as const);
const amount = (max: number) => fc.oneof(fc.constant('unknown' as const), fc.double({ min: 0, max, noNaN: true }));

const temperature = fc.oneof(
  fc.constant('not-measured' as const),
  fc.record({ value: fc.double({ min: 30, max: 44, noNaN: true }), unit: fc.constant('c' as const) }),
  fc.record({ value: fc.double({ min: 86, max: 111.2, noNaN: true }), unit: fc.constant('f' as const) }),
);

const lump = fc.oneof(
  fc.constant({ present: 'no' as const }),
  fc.constant({ present: 'unknown' as const }),
  fc.record({
    present: fc.constant('yes' as const),
    size: fc.constantFrom('small', 'medium', 'large', 'unknown' as const),
    days: amount(30),
    sameSpotBefore: yesNo,
  }),
);

const redness = fc.oneof(
  fc.constant({ present: 'no' as const }),
  fc.constant({ present: 'unknown' as const }),
  fc.record({ present: fc.constant('yes' as const), area: fc.constantFrom('small', 'large', 'unknown' as const), spreading: yesNo, streaks: yesNo }),
);

const antibiotics = fc.oneof(
  fc.constant({ taking: 'no' as const }),
  fc.constant({ taking: 'unknown' as const }),
  fc.record({ taking: fc.constant('yes' as const), hoursSinceStart: amount(120) }),
);

const answersArb: fc.Arbitrary<SymptomAnswers> = fc
  .record({
    side: fc.constantFrom('left', 'right', 'both', 'unknown' as const),
    where: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom('areola', 'whole', 'unknown' as const)),
    lump,
    redness,
    pain: fc.oneof(fc.constant('unknown' as const), fc.integer({ min: 0, max: 10 })),
    temperature,
    fluLike: yesNo,
    hoursSinceOnset: amount(200),
    trend: fc.constantFrom('better', 'same', 'worse', 'unknown' as const),
    pusOrBlood: yesNo,
    nippleDamage: fc.constantFrom('none', 'cracked', 'infected', 'unknown' as const),
    areolaTooSwollenToLatch: yesNo,
    babyFeeding: fc.constantFrom('well', 'poorly', 'not-at-all', 'unknown' as const),
    bothBreastsFullFirm: yesNo,
    daysSinceBirth: amount(60),
    possibleAbscess: yesNo,
    skinBreakdown: yesNo,
    feelingVeryUnwell: yesNo,
    fastHeartOrBreathing: yesNo,
    confusion: yesNo,
    fainting: yesNo,
    rigors: yesNo,
    vomitingPreventsMedicine: yesNo,
    diabetesOrWeakImmunity: yesNo,
    antibiotics,
  })
  .map((a) => {
    // Antibiotics for this problem cannot predate it (validateAnswers rejects that).
    const ab = a.antibiotics;
    if (ab.taking === 'yes' && ab.hoursSinceStart !== 'unknown' && a.hoursSinceOnset !== 'unknown') {
      return { ...a, antibiotics: { ...ab, hoursSinceStart: Math.min(ab.hoursSinceStart, a.hoursSinceOnset) } };
    }
    return a;
  });

const historyArb: fc.Arbitrary<SavedCheck[]> = fc.array(
  fc.record({
    answers: answersArb,
    result: fc.record({ level: fc.constantFrom(...LEVELS) }),
    savedAt: fc.integer({ min: NOW - 20 * 24 * HOUR, max: NOW }),
  }),
  { maxLength: 3 },
);

const rank = (a: SymptomAnswers, history: SavedCheck[] = []) => levelRank(evaluate(a, history, NOW).level);

/** Answers a parent could add that only ever make things look worse. */
const RED_FLAGS: ((a: SymptomAnswers) => SymptomAnswers)[] = [
  ...(['confusion', 'fainting', 'fastHeartOrBreathing', 'rigors', 'vomitingPreventsMedicine', 'skinBreakdown', 'possibleAbscess', 'pusOrBlood', 'feelingVeryUnwell', 'fluLike', 'diabetesOrWeakImmunity'] as const).map(
    (k) => (a: SymptomAnswers) => ({ ...a, [k]: 'yes' }),
  ),
  (a) => ({ ...a, nippleDamage: 'infected' }),
  (a) => ({ ...a, babyFeeding: 'not-at-all' }),
  (a) => ({ ...a, babyFeeding: 'poorly' }),
  (a) => ({ ...a, trend: 'worse' }),
  (a) => ({ ...a, redness: { present: 'yes', area: 'large', spreading: 'yes', streaks: 'unknown' } }),
  (a) => ({ ...a, redness: { present: 'yes', area: 'small', spreading: 'no', streaks: 'yes' } }),
  (a) => ({ ...a, lump: { present: 'yes', size: 'large', days: 10, sameSpotBefore: 'yes' } }),
  (a) => ({ ...a, temperature: { value: 39, unit: 'c' } }),
];

/** For each question: a reassuring answer and the skipped one. Skipping must never lower the level. */
const SKIPPABLE: [string, Partial<SymptomAnswers>, Partial<SymptomAnswers>][] = [
  ...(['fluLike', 'pusOrBlood', 'areolaTooSwollenToLatch', 'bothBreastsFullFirm', 'possibleAbscess', 'skinBreakdown', 'feelingVeryUnwell', 'fastHeartOrBreathing', 'confusion', 'fainting', 'rigors', 'vomitingPreventsMedicine', 'diabetesOrWeakImmunity'] as const).map(
    (k): [string, Partial<SymptomAnswers>, Partial<SymptomAnswers>] => [k, { [k]: 'no' }, { [k]: 'unknown' }],
  ),
  ['side', { side: 'left' }, { side: 'unknown' }],
  ['where', { where: 3 }, { where: 'unknown' }],
  ['lump', { lump: { present: 'no' } }, { lump: { present: 'unknown' } }],
  ['redness', { redness: { present: 'no' } }, { redness: { present: 'unknown' } }],
  ['pain', { pain: 0 }, { pain: 'unknown' }],
  ['temperature', { temperature: { value: 36.6, unit: 'c' } }, { temperature: 'not-measured' }],
  ['hoursSinceOnset', { hoursSinceOnset: 0 }, { hoursSinceOnset: 'unknown' }],
  ['trend', { trend: 'better' }, { trend: 'unknown' }],
  ['nippleDamage', { nippleDamage: 'none' }, { nippleDamage: 'unknown' }],
  ['babyFeeding', { babyFeeding: 'well' }, { babyFeeding: 'unknown' }],
  ['daysSinceBirth', { daysSinceBirth: 2 }, { daysSinceBirth: 'unknown' }],
  ['antibiotics', { antibiotics: { taking: 'no' } }, { antibiotics: { taking: 'unknown' } }],
  ['antibiotics.hoursSinceStart', { antibiotics: { taking: 'yes', hoursSinceStart: 0 } }, { antibiotics: { taking: 'yes', hoursSinceStart: 'unknown' } }],
];

describe('triage properties', () => {
  it('generated answers are valid and survive a JSON round trip through validateAnswers', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const v = validateAnswers(JSON.parse(JSON.stringify(a)));
        expect(v).toEqual({ ok: true, answers: a });
      }),
    );
  });

  it('any valid answers give exactly one of the four levels: the highest of the rules that fired', () => {
    fc.assert(
      fc.property(answersArb, historyArb, (a, h) => {
        const r = evaluate(a, h, NOW);
        expect(LEVELS).toContain(r.level);
        expect(r.fired.length).toBeGreaterThan(0);
        expect(Math.max(...r.fired.map((x) => levelRank(x.level)))).toBe(levelRank(r.level));
        expect(r.fired.map((x) => levelRank(x.level))).toEqual([...r.fired.map((x) => levelRank(x.level))].sort((x, y) => y - x));
      }),
      { numRuns: 500 },
    );
  });

  it('adding any red-flag answer never lowers the level', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...RED_FLAGS), (a, flag) => {
        expect(rank(flag(a))).toBeGreaterThanOrEqual(rank(a));
      }),
      { numRuns: 1000 },
    );
  });

  it('a skipped answer is never read as a reassuring one', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...SKIPPABLE), historyArb, (a, [, known, skipped], h) => {
        expect(rank({ ...a, ...skipped }, h)).toBeGreaterThanOrEqual(rank({ ...a, ...known }, h));
      }),
      { numRuns: 1000 },
    );
  });

  it('more hours since onset never lower the level', () => {
    fc.assert(
      fc.property(answersArb, historyArb, fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), (a, h, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const ab = { taking: 'yes', hoursSinceStart: lo } as const;
        expect(rank({ ...a, hoursSinceOnset: hi }, h)).toBeGreaterThanOrEqual(rank({ ...a, hoursSinceOnset: lo }, h));
        expect(rank({ ...a, hoursSinceOnset: hi, antibiotics: { ...ab, hoursSinceStart: hi } })).toBeGreaterThanOrEqual(
          rank({ ...a, hoursSinceOnset: hi, antibiotics: ab }),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('more days with a lump never lower the level', () => {
    fc.assert(
      fc.property(answersArb, fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), (a, x, y) => {
        const withDays = (days: number) => ({ ...a, lump: { present: 'yes', size: 'small', days, sameSpotBefore: 'no' } as const });
        expect(rank(withDays(Math.max(x, y)))).toBeGreaterThanOrEqual(rank(withDays(Math.min(x, y))));
      }),
    );
  });

  it('a higher temperature never lowers the level, whatever the units', () => {
    const celsius = fc.double({ min: 30, max: 44, noNaN: true });
    fc.assert(
      fc.property(answersArb, celsius, celsius, fc.boolean(), fc.boolean(), (a, x, y, fLo, fHi) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const t = (c: number, inF: boolean) => (inF ? { value: cToF(c), unit: 'f' as const } : { value: c, unit: 'c' as const });
        expect(rank({ ...a, temperature: t(hi, fHi) })).toBeGreaterThanOrEqual(rank({ ...a, temperature: t(lo, fLo) }));
      }),
      { numRuns: 500 },
    );
  });

  it('saved checks only ever raise the level', () => {
    fc.assert(
      fc.property(answersArb, historyArb, (a, h) => {
        expect(rank(a, h)).toBeGreaterThanOrEqual(rank(a, []));
      }),
    );
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(answersArb, historyArb, (a, h) => {
        expect(evaluate(structuredClone(a), structuredClone(h), NOW)).toEqual(evaluate(a, h, NOW));
      }),
    );
  });

  it('never suggests a routine it also says to avoid, and avoids every routine when massage is ruled out', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = evaluate(a, [], NOW);
        expect(r.fitRoutines.filter((id) => r.avoidRoutines.includes(id))).toEqual([]);
        if (r.avoid.some((x) => x.id === 'any-massage')) expect(r.fitRoutines).toEqual([]);
        if (r.level === 'urgent') expect(r.nextSteps[0]?.id).toBe('seek-care-now');
        if (r.level === 'call') expect(r.nextSteps[0]?.id).toBe('contact-provider-today');
        expect(r.recheckInHours !== null).toBe(r.level === 'watch');
      }),
      { numRuns: 500 },
    );
  });

  it('validateAnswers rejects body temperatures below 30 °C or above 44 °C, in °C and °F', () => {
    const outsideC = fc.oneof(fc.double({ min: -1000, max: 29.999, noNaN: true }), fc.double({ min: 44.001, max: 1000, noNaN: true }));
    fc.assert(
      fc.property(outsideC, fc.boolean(), (c, inF) => {
        const temperature = inF ? { value: cToF(c), unit: 'f' } : { value: c, unit: 'c' };
        const v = validateAnswers({ temperature });
        expect(v.ok).toBe(false);
        if (!v.ok) expect(v.problems.map((p) => p.field)).toEqual(['temperature.value']);
      }),
    );
  });
});
