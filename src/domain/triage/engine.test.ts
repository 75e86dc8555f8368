/** The result around the level: next steps, things to avoid, routines, recheck, citations. */
import { describe, expect, it } from 'vitest';
import { ROUTINE_IDS } from '../routine-ids.js';
import { SOURCE_KEYS } from '../sources.js';
import { evaluate } from './engine.js';
import { isAtLeast, maxLevel } from './levels.js';
import { RULES_VERSION } from './rules.js';
import { withUnknowns, type SymptomAnswers } from './types.js';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

const CALM: SymptomAnswers = withUnknowns({
  side: 'right',
  where: 10,
  lump: { present: 'no' },
  redness: { present: 'no' },
  pain: 0,
  fluLike: 'no',
  pusOrBlood: 'no',
  nippleDamage: 'none',
  babyFeeding: 'well',
  possibleAbscess: 'no',
  skinBreakdown: 'no',
  feelingVeryUnwell: 'no',
  fastHeartOrBreathing: 'no',
  confusion: 'no',
  fainting: 'no',
  rigors: 'no',
  vomitingPreventsMedicine: 'no',
});

const run = (a: Partial<SymptomAnswers>) => evaluate({ ...CALM, ...a }, [], NOW);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const INFLAMED = { lump: { present: 'yes', size: 'small', days: 1, sameSpotBefore: 'no' }, pain: 4 } as const;

describe('evaluate: the result', () => {
  it('urgent: seek care now first, no massage of any kind', () => {
    const r = run({ rigors: 'yes', ...INFLAMED });
    expect(r.level).toBe('urgent');
    expect(ids(r.nextSteps)).toEqual(['seek-care-now', 'no-massage']);
    expect(ids(r.avoid)[0]).toBe('any-massage');
    expect(r.fitRoutines).toEqual([]);
    expect(r.avoidRoutines).toEqual([...ROUTINE_IDS]);
    expect(r.recheckInHours).toBeNull();
  });

  it('possible abscess: call, no massage at all, but keep feeding and use cold', () => {
    const r = run({ possibleAbscess: 'yes', ...INFLAMED });
    expect(r.level).toBe('call');
    expect(ids(r.nextSteps)).toEqual([
      'contact-provider-today',
      'no-massage',
      'feed-on-demand',
      'no-extra-pumping',
      'cold-wrapped',
      'pain-relief',
      'supportive-bra',
    ]);
    expect(r.fitRoutines).toEqual([]);
    expect(r.avoidRoutines).toEqual([...ROUTINE_IDS]);
    expect(r.recheckInHours).toBeNull();
  });

  it('a tender lump: watch, home care, gentle drainage, no hands-on pumping, massager or RPS', () => {
    const r = run(INFLAMED);
    expect(r.level).toBe('watch');
    expect(r.recheckInHours).toEqual({ min: 12, max: 24 });
    expect(ids(r.nextSteps)).toEqual([
      'feed-on-demand',
      'no-extra-pumping',
      'cold-wrapped',
      'pain-relief',
      'supportive-bra',
      'lymphatic-drainage',
      'recheck-12-24h',
    ]);
    expect(ids(r.avoid)).toEqual(['deep-massage', 'heat', 'vibration', 'extra-pumping', 'nipple-shields']);
    expect(r.fitRoutines).toEqual(['hand-expression', 'lymphatic-drainage', 'inflammation-care']);
    expect(r.avoidRoutines).toEqual(['hands-on-pumping', 'reverse-pressure-softening', 'massager']);
  });

  it('engorgement in the first days: self-care with lymphatic drainage, hands-on pumping not forbidden', () => {
    const r = run({ bothBreastsFullFirm: 'yes', daysSinceBirth: 3, pain: 3 });
    expect(r.level).toBe('self-care');
    expect(ids(r.nextSteps)).toEqual([
      'feed-on-demand',
      'cold-wrapped',
      'pain-relief',
      'supportive-bra',
      'lymphatic-drainage',
      'rerun-if-changes',
    ]);
    expect(ids(r.avoid)).toEqual(['deep-massage']);
    expect(r.fitRoutines).toEqual(['lymphatic-drainage']);
    expect(r.avoidRoutines).toEqual([]);
    expect(r.recheckInHours).toBeNull();
  });

  it('a swollen areola that stops the latch: reverse pressure softening', () => {
    const r = run({ areolaTooSwollenToLatch: 'yes' });
    expect(r.level).toBe('self-care');
    expect(r.fitRoutines).toEqual(['reverse-pressure-softening']);
    expect(ids(r.nextSteps)).toEqual(['feed-on-demand', 'reverse-pressure-softening', 'rerun-if-changes']);
    expect(r.citations).toEqual(expect.arrayContaining(['COTTERMAN04', 'BCP-RPS']));
  });

  it('a swollen areola with inflammation signs: RPS is avoided, not suggested (BCP-RPS)', () => {
    const r = run({ areolaTooSwollenToLatch: 'yes', redness: { present: 'yes', area: 'small', spreading: 'no', streaks: 'no' } });
    expect(r.fitRoutines).not.toContain('reverse-pressure-softening');
    expect(r.avoidRoutines).toContain('reverse-pressure-softening');
    expect(ids(r.nextSteps)).not.toContain('reverse-pressure-softening');
  });

  it('nothing wrong: self-care, feed as usual, run again if anything changes', () => {
    const r = run({});
    expect(r.level).toBe('self-care');
    expect(ids(r.fired)).toEqual(['DEFAULT-SELFCARE']);
    expect(ids(r.nextSteps)).toEqual(['feed-on-demand', 'rerun-if-changes']);
    expect(r.fitRoutines).toEqual([]);
  });

  it('fever: call first, with home care for the breast', () => {
    const r = run({ temperature: { value: 38.6, unit: 'c' }, ...INFLAMED });
    expect(r.level).toBe('call');
    expect(ids(r.nextSteps)[0]).toBe('contact-provider-today');
    expect(ids(r.fired).slice(0, 2)).toEqual(['CALL-FEVER-385', 'CALL-FEVER-38']);
  });

  it('carries the rules version, the disclaimer, and the union of citations in SOURCES order', () => {
    const r = run({ pusOrBlood: 'yes', ...INFLAMED });
    expect(r.rulesVersion).toBe(RULES_VERSION);
    expect(r.disclaimer.en).toMatch(/not a diagnosis/);
    const all = new Set([...r.fired, ...r.nextSteps, ...r.avoid].flatMap((x) => x.citations));
    expect(r.citations).toEqual(SOURCE_KEYS.filter((k) => all.has(k)));
    expect(r.citations).toEqual(expect.arrayContaining(['NICE', 'NHSDG', 'ABM36']));
  });

  it('does not let the caller change the shared recheck window', () => {
    const a = run(INFLAMED);
    a.recheckInHours!.min = 99;
    expect(run(INFLAMED).recheckInHours).toEqual({ min: 12, max: 24 });
  });
});

describe('levels', () => {
  it('orders self-care < watch < call < urgent', () => {
    expect(maxLevel('watch', 'call')).toBe('call');
    expect(maxLevel('urgent', 'self-care')).toBe('urgent');
    expect(isAtLeast('watch', 'watch')).toBe(true);
    expect(isAtLeast('self-care', 'watch')).toBe(false);
  });
});

describe('public entry point', () => {
  it('exports the engine, the validator and the rule table from index', async () => {
    const api = await import('./index.js');
    const r = api.evaluate(api.UNKNOWN_ANSWERS, [], NOW);
    expect(r.level).toBe('watch');
    expect(api.validateAnswers({}).ok).toBe(true);
    expect(api.RULES.length).toBeGreaterThan(20);
    expect(api.RULES_VERSION).toBe(RULES_VERSION);
    expect(api.THRESHOLDS.highFeverC).toBe(38.5);
    expect(api.TEMPERATURE_RANGE_C).toEqual({ min: 30, max: 44 });
    expect(api.RECHECK_HOURS).toEqual({ min: 12, max: 24 });
    expect(api.levelRank('urgent')).toBe(3);
    expect(Object.keys(api.STEPS).length).toBeGreaterThan(5);
    expect(Object.keys(api.AVOID)).toContain('heat');
    expect(api.DISCLAIMER.es).not.toBe('');
    expect(api.maxLevel('call', 'watch')).toBe('call');
    expect(api.isAtLeast('call', 'watch')).toBe(true);
  });
});
