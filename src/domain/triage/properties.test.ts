/** Properties over random answers (fast-check): the engine is total, monotone and deterministic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cToF, toCelsius } from '../units.js';
import { evaluate } from './engine.js';
import { levelRank } from './levels.js';
import { CONCERNS, LEVELS, type SavedCheck, type SymptomAnswers } from './types.js';
import { validateAnswers } from './validate.js';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const HOUR = 3_600_000;

/**
 * The calm answer most of the time: with some forty questions, evenly random answers almost always
 * hold an emergency sign, and a monotonicity property would then compare emergency with emergency.
 */
function mostly<T>(calm: T, ...others: T[]): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constant(calm), weight: 6 * others.length }, ...others.map((o) => ({ arbitrary: fc.constant(o), weight: 1 })));
}
const yesNo = fc.oneof({ arbitrary: fc.constant('no' as const), weight: 12 }, { arbitrary: fc.constant('unknown' as const), weight: 2 }, { arbitrary: fc.constant('yes' as const), weight: 1 });
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
  fc.constant({ taking: 'finished' as const }),
  fc.record({ taking: fc.constant('yes' as const), hoursSinceStart: amount(120) }),
);

const count = (max: number) => fc.oneof(fc.constant('unknown' as const), fc.integer({ min: 0, max }));
const about = fc.oneof(fc.constant('unknown' as const), fc.subarray([...CONCERNS], { minLength: 1 }));

const answersArb: fc.Arbitrary<SymptomAnswers> = fc
  .record({
    about,
    side: fc.constantFrom('left', 'right', 'both', 'unknown' as const),
    where: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom('areola', 'whole', 'unknown' as const)),
    lump,
    redness,
    pain: fc.oneof(fc.constant('unknown' as const), fc.integer({ min: 0, max: 10 })),
    painReliefHelps: fc.constantFrom('yes', 'no', 'not-tried', 'unknown' as const),
    temperature,
    fluLike: yesNo,
    hoursSinceOnset: amount(400),
    trend: fc.constantFrom('better', 'same', 'worse', 'unknown' as const),
    recurrentSameSpot: yesNo,
    nippleDamage: mostly<SymptomAnswers['nippleDamage']>('none', 'sore', 'cracked', 'infected', 'unknown'),
    nippleFluid: mostly<SymptomAnswers['nippleFluid']>('none', 'blood-from-crack', 'blood', 'pus', 'other', 'unknown'),
    nippleColourChange: yesNo,
    crackNotHealing: yesNo,
    otherFluidOneSideOrLump: yesNo,
    nippleBurning: yesNo,
    areolaTooSwollenToLatch: yesNo,
    bothBreastsFullFirm: yesNo,
    daysSinceBirth: fc.oneof(fc.constant('unknown' as const), fc.integer({ min: 0, max: 120 })),
    possibleAbscess: yesNo,
    skinBreakdown: yesNo,
    skinDimpledOrBruised: yesNo,
    recentSurgery: yesNo,
    woundSign: yesNo,
    feelingVeryUnwell: yesNo,
    confusion: yesNo,
    blueOrBlotchySkin: yesNo,
    breathless: yesNo,
    noUrineAllDay: yesNo,
    fainting: yesNo,
    fastHeartbeat: yesNo,
    rigors: yesNo,
    feelsVeryCold: yesNo,
    vomitingPreventsMedicine: yesNo,
    diabetes: yesNo,
    weakImmunity: yesNo,
    antibiotics,
    babyFeeding: mostly<SymptomAnswers['babyFeeding']>('well', 'poorly', 'not-at-all', 'unknown'),
    babyHardToWake: yesNo,
    babyBreathingPausesOrBlue: yesNo,
    babyMottledCold: yesNo,
    babyFit: yesNo,
    babyTemperature: temperature,
    babyFeeds24h: count(20),
    babyHoursSinceFeed: amount(48),
    babySleepy: yesNo,
    babyWetNappies24h: count(12),
    babyDirtyNappies24h: count(8),
    babyHoursSinceWet: amount(24),
    babyYellow: yesNo,
    babyYellowDeeper: yesNo,
    babyPaleStools: yesNo,
    babyPinkUrates: yesNo,
    babyWeightLossOver10: yesNo,
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

const isLow = (t: SymptomAnswers['temperature']) => t !== 'not-measured' && toCelsius(t.value, t.unit) < 36;

const YES_FLAGS = [
  'confusion',
  'blueOrBlotchySkin',
  'breathless',
  'noUrineAllDay',
  'fainting',
  'fastHeartbeat',
  'rigors',
  'feelsVeryCold',
  'vomitingPreventsMedicine',
  'skinBreakdown',
  'possibleAbscess',
  'feelingVeryUnwell',
  'fluLike',
  'diabetes',
  'weakImmunity',
  'recurrentSameSpot',
  'nippleColourChange',
  'crackNotHealing',
  'babyHardToWake',
  'babyBreathingPausesOrBlue',
  'babyMottledCold',
  'babyFit',
  'babySleepy',
  'babyYellow',
  'babyYellowDeeper',
  'babyPaleStools',
  // Rules 2026-12-03.3 (review finding L11).
  'skinDimpledOrBruised',
  'recentSurgery',
  'woundSign',
  'otherFluidOneSideOrLump',
  'nippleBurning',
  'babyPinkUrates',
  'babyWeightLossOver10',
] as const;

/** Answers a parent could add that only ever make things look worse. */
const RED_FLAGS: ((a: SymptomAnswers) => SymptomAnswers)[] = [
  ...YES_FLAGS.map((k) => (a: SymptomAnswers) => ({ ...a, [k]: 'yes' })),
  (a) => ({ ...a, nippleDamage: 'infected' }),
  (a) => ({ ...a, nippleFluid: 'pus' }),
  (a) => ({ ...a, nippleFluid: 'blood' }),
  // Another fluid, in place of none: never calmer (in place of blood or pus it may be).
  (a) => (a.nippleFluid === 'none' ? { ...a, nippleFluid: 'other' } : a),
  (a) => ({ ...a, babyFeeding: 'not-at-all' }),
  // Only on top of a calmer answer: "poorly" in place of "not at all" is not an added flag.
  (a) => (a.babyFeeding === 'not-at-all' ? a : { ...a, babyFeeding: 'poorly' }),
  (a) => ({ ...a, trend: 'worse' }),
  (a) => ({ ...a, painReliefHelps: 'no' }),
  (a) => ({ ...a, pain: 10 }),
  (a) => (a.antibiotics.taking === 'yes' ? a : { ...a, antibiotics: { taking: 'finished' } }),
  (a) => ({ ...a, redness: { present: 'yes', area: 'large', spreading: 'yes', streaks: 'unknown' } }),
  (a) => ({ ...a, redness: { present: 'yes', area: 'small', spreading: 'no', streaks: 'yes' } }),
  (a) => ({ ...a, lump: { present: 'yes', size: 'large', days: 10, sameSpotBefore: 'yes' } }),
  // A fever in place of a low temperature is not an added flag (below 36 °C is a sign of its own).
  (a) => (isLow(a.temperature) ? a : { ...a, temperature: { value: 39, unit: 'c' } }),
  (a) => ({ ...a, temperature: { value: 35, unit: 'c' } }),
  (a) => (isLow(a.babyTemperature) ? a : { ...a, babyTemperature: { value: 38.5, unit: 'c' } }),
  (a) => ({ ...a, babyTemperature: { value: 95, unit: 'f' } }),
  (a) => ({ ...a, babyHoursSinceWet: 13 }),
  (a) => ({ ...a, babyHoursSinceFeed: 30 }),
  (a) => ({ ...a, babyFeeds24h: 0 }),
  (a) => ({ ...a, babyWetNappies24h: 0 }),
  (a) => ({ ...a, babyDirtyNappies24h: 0 }),
];

/** For each question: a reassuring answer and the skipped one. Skipping must never lower the level. */
const SKIPPABLE: [string, Partial<SymptomAnswers>, Partial<SymptomAnswers>][] = [
  ...([...YES_FLAGS, 'areolaTooSwollenToLatch', 'bothBreastsFullFirm'] as const).map(
    (k): [string, Partial<SymptomAnswers>, Partial<SymptomAnswers>] => [k, { [k]: 'no' }, { [k]: 'unknown' }],
  ),
  ['about (breast)', { about: ['breast'] }, { about: 'unknown' }],
  ['about (nipple)', { about: ['nipple'] }, { about: 'unknown' }],
  ['about (baby)', { about: ['baby'] }, { about: 'unknown' }],
  ['side', { side: 'left' }, { side: 'unknown' }],
  ['where', { where: 3 }, { where: 'unknown' }],
  ['lump', { lump: { present: 'no' } }, { lump: { present: 'unknown' } }],
  ['redness', { redness: { present: 'no' } }, { redness: { present: 'unknown' } }],
  ['pain', { pain: 0 }, { pain: 'unknown' }],
  ['painReliefHelps', { painReliefHelps: 'yes' }, { painReliefHelps: 'unknown' }],
  ['temperature', { temperature: { value: 36.6, unit: 'c' } }, { temperature: 'not-measured' }],
  ['hoursSinceOnset', { hoursSinceOnset: 0 }, { hoursSinceOnset: 'unknown' }],
  ['trend', { trend: 'better' }, { trend: 'unknown' }],
  ['nippleDamage', { nippleDamage: 'none' }, { nippleDamage: 'unknown' }],
  ['nippleFluid', { nippleFluid: 'none' }, { nippleFluid: 'unknown' }],
  ['babyFeeding', { babyFeeding: 'well' }, { babyFeeding: 'unknown' }],
  ['daysSinceBirth (older baby)', { daysSinceBirth: 100 }, { daysSinceBirth: 'unknown' }],
  ['daysSinceBirth (day 3)', { daysSinceBirth: 2 }, { daysSinceBirth: 'unknown' }],
  ['antibiotics', { antibiotics: { taking: 'no' } }, { antibiotics: { taking: 'unknown' } }],
  ['antibiotics.hoursSinceStart', { antibiotics: { taking: 'yes', hoursSinceStart: 0 } }, { antibiotics: { taking: 'yes', hoursSinceStart: 'unknown' } }],
  ['babyTemperature', { babyTemperature: { value: 36.8, unit: 'c' } }, { babyTemperature: 'not-measured' }],
  ['babyFeeds24h', { babyFeeds24h: 10 }, { babyFeeds24h: 'unknown' }],
  ['babyHoursSinceFeed', { babyHoursSinceFeed: 1 }, { babyHoursSinceFeed: 'unknown' }],
  ['babyWetNappies24h', { babyWetNappies24h: 8 }, { babyWetNappies24h: 'unknown' }],
  ['babyDirtyNappies24h', { babyDirtyNappies24h: 4 }, { babyDirtyNappies24h: 'unknown' }],
  ['babyHoursSinceWet', { babyHoursSinceWet: 1 }, { babyHoursSinceWet: 'unknown' }],
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

  it('any valid answers give exactly one of the five levels: the highest of the rules that fired', () => {
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
      fc.property(answersArb, historyArb, fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true }), (a, h, x, y) => {
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

  /** A temperature in °C or °F, chosen at random, for a value in °C. */
  const inUnit = (c: number, inF: boolean) => (inF ? { value: cToF(c), unit: 'f' as const } : { value: c, unit: 'c' as const });
  const normalOrHigh = fc.double({ min: 36, max: 44, noNaN: true });
  const low = fc.double({ min: 30, max: 35.99, noNaN: true });

  it('a higher temperature (from normal up) never lowers the level, whatever the units', () => {
    fc.assert(
      fc.property(answersArb, normalOrHigh, normalOrHigh, fc.boolean(), fc.boolean(), (a, x, y, fLo, fHi) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(rank({ ...a, temperature: inUnit(hi, fHi) })).toBeGreaterThanOrEqual(rank({ ...a, temperature: inUnit(lo, fLo) }));
        expect(rank({ ...a, babyTemperature: inUnit(hi, fHi) })).toBeGreaterThanOrEqual(rank({ ...a, babyTemperature: inUnit(lo, fLo) }));
      }),
      { numRuns: 500 },
    );
  });

  it('a lower-than-normal temperature (below 36 °C) never lowers the level, against any other reading or none', () => {
    const other = fc.oneof(fc.constant('not-measured' as const), fc.tuple(normalOrHigh, fc.boolean()).map(([c, f]) => inUnit(c, f)), fc.tuple(low, fc.boolean()).map(([c, f]) => inUnit(c, f)));
    fc.assert(
      fc.property(answersArb, low, low, fc.boolean(), other, (a, x, y, inF, t) => {
        const [lower, higher] = x <= y ? [x, y] : [y, x];
        expect(rank({ ...a, temperature: inUnit(lower, inF) })).toBeGreaterThanOrEqual(rank({ ...a, temperature: t }));
        expect(rank({ ...a, temperature: inUnit(lower, inF) })).toBeGreaterThanOrEqual(rank({ ...a, temperature: inUnit(higher, !inF) }));
        expect(rank({ ...a, babyTemperature: inUnit(lower, inF) })).toBeGreaterThanOrEqual(rank({ ...a, babyTemperature: t }));
      }),
      { numRuns: 500 },
    );
  });

  it('more hours since the last wet nappy or feed, or fewer nappies or feeds, never lower the level', () => {
    const n = fc.integer({ min: 0, max: 12 });
    const h = fc.double({ min: 0, max: 48, noNaN: true });
    fc.assert(
      fc.property(answersArb, h, h, n, n, (a, x, y, i, j) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const [few, many] = i <= j ? [i, j] : [j, i];
        expect(rank({ ...a, babyHoursSinceWet: hi })).toBeGreaterThanOrEqual(rank({ ...a, babyHoursSinceWet: lo }));
        expect(rank({ ...a, babyHoursSinceFeed: hi })).toBeGreaterThanOrEqual(rank({ ...a, babyHoursSinceFeed: lo }));
        expect(rank({ ...a, babyWetNappies24h: few })).toBeGreaterThanOrEqual(rank({ ...a, babyWetNappies24h: many }));
        expect(rank({ ...a, babyDirtyNappies24h: few })).toBeGreaterThanOrEqual(rank({ ...a, babyDirtyNappies24h: many }));
        expect(rank({ ...a, babyFeeds24h: few })).toBeGreaterThanOrEqual(rank({ ...a, babyFeeds24h: many }));
      }),
      { numRuns: 500 },
    );
  });

  it('more pain never lowers the level', () => {
    const p = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(answersArb, p, p, (a, x, y) => {
        expect(rank({ ...a, pain: Math.max(x, y) })).toBeGreaterThanOrEqual(rank({ ...a, pain: Math.min(x, y) }));
      }),
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
        // "Do not massage at all" in the steps: no routine offered, every routine to avoid, and said under "Avoid" too.
        if (r.nextSteps.some((x) => x.id === 'no-massage')) {
          expect(r.fitRoutines).toEqual([]);
          expect(r.avoidRoutines.length).toBeGreaterThan(0);
          expect(r.avoid.map((x) => x.id)).toContain('any-massage');
        }
        // The first step is the contact for the person the most serious reason is about.
        const top = r.fired[0];
        if (r.level === 'emergency') expect(r.nextSteps[0]?.id).toBe(top?.who === 'baby' ? 'call-emergency-baby' : 'call-emergency');
        if (r.level === 'urgent') expect(['seek-care-now', 'remeasure-temperature']).toContain(r.nextSteps[0]?.id);
        if (r.level === 'call') expect(r.nextSteps[0]?.id).toBe(top?.who === 'baby' ? 'contact-baby-clinician-today' : 'contact-provider-today');
        expect(r.contacts.length > 0).toBe(levelRank(r.level) >= levelRank('call') || r.contacts.some((c) => c.kind === 'feeding-help'));
        expect(r.recheckInHours !== null).toBe(r.level === 'watch');
      }),
      { numRuns: 500 },
    );
  });

  it('never shows a reassuring reason beside a more serious one about the same person', () => {
    // "Can be cared for at home", "check again in 12–24 hours", "within a day or two": the level above
    // which each would contradict the result.
    const reassuring: Record<string, 'watch' | 'call'> = {
      'WATCH-TENDER': 'call',
      'WATCH-FULLNESS': 'call',
      'WATCH-BABY-YELLOW': 'call',
      'SELF-NIPPLE': 'call',
      'SELF-ENGORGEMENT': 'watch',
      'DEFAULT-WATCH': 'call',
      'DEFAULT-WATCH-BABY': 'call',
    };
    fc.assert(
      fc.property(answersArb, historyArb, (a, h) => {
        const r = evaluate(a, h, NOW);
        for (const f of r.fired) {
          const floor = reassuring[f.id];
          if (!floor) continue;
          // Skipped questions (DEFAULT-WATCH) do not contradict "on their own, can be cared for at home".
          const above = r.fired.filter(
            (g) => g !== f && g.id !== 'DEFAULT-WATCH' && levelRank(g.level) >= levelRank(floor) && (g.who === f.who || f.id.startsWith('DEFAULT-')),
          );
          expect(above.map((g) => g.id), f.id).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('always mentions a fluid that is not milk, whatever else fired (rules 2026-12-03.4, QA 19 L2)', () => {
    fc.assert(
      fc.property(answersArb, historyArb, (a, h) => {
        const ids = evaluate(a, h, NOW).fired.map((f) => f.id);
        const fluid = ids.filter((id) => id === 'CALL-NIPPLE-DISCHARGE' || id === 'WATCH-NIPPLE-DISCHARGE');
        expect(fluid.length).toBe(a.nippleFluid === 'other' ? 1 : 0);
      }),
      { numRuns: 1000 },
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
