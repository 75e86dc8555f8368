/** The result around the level: whom to contact, next steps, things to avoid, routines, recheck, citations. */
import { describe, expect, it } from 'vitest';
import { ROUTINE_IDS } from '../routine-ids.js';
import { SOURCE_KEYS } from '../sources.js';
import { evaluate } from './engine.js';
import { isAtLeast, levelRank, maxLevel } from './levels.js';
import { RULES_VERSION } from './rules.js';
import { withUnknowns, type SymptomAnswers } from './types.js';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

/** A check about the breast, every question of it answered calmly. */
const CALM: SymptomAnswers = withUnknowns({
  about: ['breast'],
  side: 'right',
  where: 10,
  lump: { present: 'no' },
  redness: { present: 'no' },
  pain: 0,
  fluLike: 'no',
  nippleFluid: 'none',
  possibleAbscess: 'no',
  skinBreakdown: 'no',
  feelingVeryUnwell: 'no',
  confusion: 'no',
  blueOrBlotchySkin: 'no',
  breathless: 'no',
  noUrineAllDay: 'no',
  fainting: 'no',
  fastHeartbeat: 'no',
  rigors: 'no',
  feelsVeryCold: 'no',
  vomitingPreventsMedicine: 'no',
});

/** The baby's questions, answered calmly. */
const CALM_BABY = {
  babyFeeding: 'well',
  babyHardToWake: 'no',
  babyBreathingPausesOrBlue: 'no',
  babyMottledCold: 'no',
  babyFit: 'no',
  babyWetNappies24h: 6,
  babyDirtyNappies24h: 3,
  babyHoursSinceWet: 2,
  babyYellow: 'no',
  babyPaleStools: 'no',
  daysSinceBirth: 10,
} as const satisfies Partial<SymptomAnswers>;

const run = (a: Partial<SymptomAnswers>) => evaluate({ ...CALM, ...a }, [], NOW);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const INFLAMED = { lump: { present: 'yes', size: 'small', days: 1, sameSpotBefore: 'no' }, pain: 4 } as const;
const NIPPLE = { about: ['nipple'], nippleDamage: 'cracked', nippleFluid: 'blood-from-crack', pain: 5 } as const;

describe('evaluate: the result', () => {
  it('emergency (her): the emergency number first, no massage, no home care', () => {
    const r = run({ breathless: 'yes', ...INFLAMED });
    expect(r.level).toBe('emergency');
    expect(r.contacts).toEqual([{ who: 'parent', kind: 'emergency' }]);
    expect(ids(r.nextSteps)).toEqual(['call-emergency', 'no-massage']);
    expect(r.avoidRoutines).toEqual([...ROUTINE_IDS]);
    expect(r.fired[0]).toMatchObject({ id: 'EMERG-BREATHING', who: 'parent', own: true });
  });

  it('emergency (the baby): the emergency number for the baby; her own lower reasons only noted', () => {
    const r = run({ about: ['breast', 'baby'], babyFeeding: 'well', babyHardToWake: 'yes', babyBreathingPausesOrBlue: 'no', babyMottledCold: 'no', babyFit: 'no', ...INFLAMED });
    expect(r.level).toBe('emergency');
    expect(r.contacts).toEqual([{ who: 'baby', kind: 'emergency' }]);
    expect(ids(r.nextSteps)).toEqual(['call-emergency-baby']);
    expect(r.fired.map((f) => [f.id, f.who])).toEqual([
      ['BABY-EMERG-HARD-TO-WAKE', 'baby'],
      ['WATCH-TENDER', 'parent'],
    ]);
  });

  it('urgent: the urgent line (not "urgent care"), then no massage of any kind', () => {
    const r = run({ rigors: 'yes', ...INFLAMED });
    expect(r.level).toBe('urgent');
    expect(r.contacts).toEqual([{ who: 'parent', kind: 'urgent-line' }]);
    expect(ids(r.nextSteps)).toEqual(['seek-care-now', 'no-massage']);
    expect(r.nextSteps[0]?.text.en).not.toMatch(/urgent care/i);
    expect(ids(r.avoid)[0]).toBe('any-massage');
    expect(r.fitRoutines).toEqual([]);
    expect(r.avoidRoutines).toEqual([...ROUTINE_IDS]);
    expect(r.recheckInHours).toBeNull();
  });

  it('urgent for her without a sign that forbids massage (very unwell, a red breast): no routine offered beside "do not massage at all" (QA 19)', () => {
    const r = run({ feelingVeryUnwell: 'yes', ...INFLAMED });
    expect(r.level).toBe('urgent');
    expect(r.fired.map((f) => f.id)).toContain('URG-UNWELL-BREAST');
    expect(ids(r.nextSteps)).toContain('no-massage');
    expect(r.fitRoutines).toEqual([]);
    expect(r.avoidRoutines).toEqual([...ROUTINE_IDS]);
    expect(ids(r.avoid)[0]).toBe('any-massage');
  });

  it('a low temperature alone: measure again, then the urgent line', () => {
    const r = run({ temperature: { value: 35.5, unit: 'c' } });
    expect(r.level).toBe('urgent');
    expect(ids(r.nextSteps)).toEqual(['remeasure-temperature', 'seek-care-now', 'no-massage']);
    const withSign = run({ temperature: { value: 35.5, unit: 'c' }, ...INFLAMED });
    expect(ids(withSign.nextSteps)).toEqual(['seek-care-now', 'no-massage']);
  });

  it('a low temperature alone and an emergency for the baby: both contacts, measuring again kept', () => {
    const r = run({ about: ['breast', 'baby'], temperature: { value: 35.5, unit: 'c' }, babyFit: 'yes' });
    expect(r.contacts).toEqual([
      { who: 'baby', kind: 'emergency' },
      { who: 'parent', kind: 'urgent-line' },
    ]);
    expect(ids(r.nextSteps)).toEqual(['call-emergency-baby', 'remeasure-temperature', 'seek-care-now', 'no-massage']);
  });

  it('possible abscess: call, no massage at all, but keep feeding and use cold', () => {
    const r = run({ possibleAbscess: 'yes', ...INFLAMED });
    expect(r.level).toBe('call');
    expect(r.contacts).toEqual([{ who: 'parent', kind: 'clinician' }]);
    expect(ids(r.nextSteps)).toEqual([
      'contact-provider-today',
      'no-massage',
      'feed-on-demand',
      'no-extra-pumping',
      'milk-safe',
      'cold-wrapped',
      'pain-relief',
      'supportive-bra',
    ]);
    expect(r.fitRoutines).toEqual([]);
    expect(r.avoidRoutines).toEqual([...ROUTINE_IDS]);
    expect(r.recheckInHours).toBeNull();
  });

  it('a tender lump: watch, home care with milk safe and cold at most once an hour, no hands-on pumping, massager or RPS', () => {
    const r = run(INFLAMED);
    expect(r.level).toBe('watch');
    expect(r.contacts).toEqual([]);
    expect(r.recheckInHours).toEqual({ min: 12, max: 24 });
    expect(ids(r.nextSteps)).toEqual([
      'feed-on-demand',
      'no-extra-pumping',
      'milk-safe',
      'cold-wrapped',
      'pain-relief',
      'supportive-bra',
      'lymphatic-drainage',
      'recheck-12-24h',
    ]);
    const cold = r.nextSteps.find((s) => s.id === 'cold-wrapped');
    expect(cold).toMatchObject({ own: true });
    expect(cold?.text.en).toMatch(/10 minutes, no more than once an hour/);
    expect(r.nextSteps.find((s) => s.id === 'milk-safe')?.text.en).toMatch(/safe for a healthy baby born at term/);
    expect(ids(r.avoid)).toEqual(['deep-massage', 'heat', 'vibration', 'extra-pumping', 'nipple-shields']);
    expect(r.fitRoutines).toEqual(['hand-expression', 'lymphatic-drainage', 'inflammation-care']);
    expect(r.avoidRoutines).toEqual(['hands-on-pumping', 'reverse-pressure-softening', 'massager']);
  });

  it('a sore, bleeding crack: latch, positioning and flange help; no cold packs, no drainage, nothing to avoid but shields', () => {
    const r = run(NIPPLE);
    expect(r.level).toBe('self-care');
    expect(ids(r.fired)).toEqual(['SELF-NIPPLE']);
    expect(r.contacts).toEqual([{ who: 'parent', kind: 'feeding-help' }]);
    expect(ids(r.nextSteps)).toEqual(['latch-help', 'feed-on-demand', 'positioning', 'flange-fit', 'nipple-care', 'rerun-if-changes']);
    expect(ids(r.nextSteps)).not.toContain('cold-wrapped');
    expect(ids(r.nextSteps)).not.toContain('lymphatic-drainage');
    expect(ids(r.avoid)).toEqual(['deep-massage', 'nipple-shields-for-latch']);
    expect(r.fitRoutines).toEqual([]);
    expect(r.avoidRoutines).toEqual([]);
  });

  it('a very painful nipple: express to keep up the supply; an infected crack: the clinician today and latch help', () => {
    expect(ids(run({ ...NIPPLE, pain: 9 }).nextSteps)).toContain('express-if-painful');
    const r = run({ ...NIPPLE, nippleDamage: 'infected' });
    expect(r.level).toBe('call');
    expect(r.contacts).toEqual([
      { who: 'parent', kind: 'clinician' },
      { who: 'parent', kind: 'feeding-help' },
    ]);
    expect(ids(r.nextSteps).slice(0, 2)).toEqual(['contact-provider-today', 'latch-help']);
  });

  it('the baby, today: the baby’s midwife, health visitor or doctor, not a lactation professional alone', () => {
    const r = run({ about: ['baby'], babyFeeding: 'poorly', babyHardToWake: 'no', babyBreathingPausesOrBlue: 'no', babyMottledCold: 'no', babyFit: 'no' });
    expect(r.level).toBe('call');
    expect(r.contacts).toEqual([{ who: 'baby', kind: 'clinician' }]);
    expect(ids(r.nextSteps)).toEqual(['contact-baby-clinician-today']);
    expect(r.nextSteps[0]?.text.en).toMatch(/not only a lactation professional/);
  });

  it('persisting inflammation: an examination and usually a scan, compatible with breastfeeding', () => {
    const r = run({ redness: { present: 'yes', area: 'small', spreading: 'no', streaks: 'no' }, hoursSinceOnset: 240, trend: 'better' });
    expect(r.level).toBe('call');
    expect(ids(r.nextSteps).slice(0, 2)).toEqual(['contact-provider-today', 'ask-for-examination']);
    expect(r.nextSteps[1]?.text.en).toMatch(/compatible with breastfeeding/);
    expect(r.fired[0]).toMatchObject({ id: 'CALL-PERSISTENT', own: true });
  });

  it('engorgement in the first days: self-care with lymphatic drainage, hands-on pumping not forbidden', () => {
    const r = run({ bothBreastsFullFirm: 'yes', daysSinceBirth: 3, pain: 3 });
    expect(r.level).toBe('self-care');
    expect(ids(r.nextSteps)).toEqual(['feed-on-demand', 'cold-wrapped', 'pain-relief', 'supportive-bra', 'lymphatic-drainage', 'rerun-if-changes']);
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
    expect(r.contacts).toEqual([]);
  });

  it('fever: call first, with home care for the breast', () => {
    const r = run({ temperature: { value: 38.6, unit: 'c' }, ...INFLAMED });
    expect(r.level).toBe('call');
    expect(ids(r.nextSteps)[0]).toBe('contact-provider-today');
    // 38.5 °C says it once; the lower fever rule and "can be cared for at home" are not repeated beside it.
    expect(ids(r.fired)).toEqual(['CALL-FEVER-385']);
    expect(ids(r.nextSteps)).toEqual(expect.arrayContaining(['milk-safe', 'cold-wrapped', 'no-extra-pumping']));
  });

  it('a fever with no sign in the breast: the contact, and no breast-inflammation care', () => {
    const r = run({ about: ['unwell'], temperature: { value: 38.3, unit: 'c' } });
    expect(r.level).toBe('call');
    expect(ids(r.fired)).toEqual(['CALL-FEVER-NO-BREAST-SIGN']);
    expect(r.fired[0]?.own).toBe(true);
    expect(ids(r.nextSteps)).toEqual(['contact-provider-today', 'feed-on-demand']);
    expect(ids(r.avoid)).toEqual(['deep-massage']);
    expect(r.fitRoutines).toEqual([]);
    // Massaging and extra removal still wait while she has a fever.
    expect(r.avoidRoutines).toEqual(['hands-on-pumping', 'reverse-pressure-softening', 'massager']);
  });

  it('a low temperature with shaking chills or feeling very cold: seek care now, without "measure again" first', () => {
    for (const sign of [{ rigors: 'yes' }, { feelsVeryCold: 'yes' }] as const) {
      const r = run({ about: ['unwell'], temperature: { value: 35.8, unit: 'c' }, ...sign });
      expect(r.level).toBe('urgent');
      expect(ids(r.fired)).toContain('URG-LOW-TEMP-SIGNS');
      expect(ids(r.fired)).not.toContain('URG-LOW-TEMP');
      expect(ids(r.nextSteps)).toEqual(['seek-care-now', 'no-massage']);
    }
  });

  it('very unwell with a sign in the breast, whatever the temperature: seek care now', () => {
    for (const temperature of ['not-measured', { value: 37.2, unit: 'c' }, { value: 38.2, unit: 'c' }] as const) {
      const r = run({ feelingVeryUnwell: 'yes', redness: { present: 'yes', area: 'small', spreading: 'no', streaks: 'no' }, pain: 5, temperature });
      expect(r.level).toBe('urgent');
      expect(r.fired[0]).toMatchObject({ id: 'URG-UNWELL-BREAST', own: true, citations: ['NG51', 'NHS-SEPSIS'] });
      expect(ids(r.fired)).not.toContain('WATCH-TENDER');
      expect(ids(r.fired)).not.toContain('CALL-VERY-UNWELL');
    }
  });

  it('a yellow baby to watch: every step names the baby’s contact, and no breast advice', () => {
    const r = run({ about: ['baby'], ...CALM_BABY, babyYellow: 'yes', babyYellowDeeper: 'no', daysSinceBirth: 4 });
    expect(r.level).toBe('watch');
    expect(ids(r.fired)).toEqual(['WATCH-BABY-YELLOW']);
    expect(ids(r.nextSteps)).toEqual(['recheck-baby-12-24h']);
    expect(r.nextSteps[0]?.text.en).toMatch(/your baby's midwife, health visitor or doctor/);
    expect(r.fired[0]?.reason.en).toMatch(/Tell your baby's midwife or health visitor/);
    expect(r.avoid).toEqual([]);
  });

  it('a calm check about the baby: run again if anything changes for the baby, no breast advice', () => {
    const r = run({ about: ['baby'], ...CALM_BABY });
    expect(r.level).toBe('self-care');
    expect(ids(r.nextSteps)).toEqual(['rerun-if-baby-changes']);
    expect(r.avoid).toEqual([]);
  });

  it('the baby’s skipped nappy screen: watch, with the baby’s recheck', () => {
    const r = run({ about: ['baby'], ...CALM_BABY, babyWetNappies24h: 'unknown', babyHoursSinceWet: 'unknown' });
    expect(r.level).toBe('watch');
    expect(r.fired.map((f) => [f.id, f.who])).toEqual([['DEFAULT-WATCH-BABY', 'baby']]);
    expect(ids(r.nextSteps)).toEqual(['recheck-baby-12-24h']);
  });

  it('her tender area beside the baby’s call: the baby’s clinician today, and her own recheck in 12–24 h', () => {
    const r = run({ about: ['breast', 'baby'], ...CALM_BABY, babyPaleStools: 'yes', ...INFLAMED });
    expect(r.level).toBe('call');
    expect(ids(r.fired)).toEqual(['BABY-CALL-PALE-STOOLS', 'WATCH-TENDER']);
    expect(ids(r.nextSteps)[0]).toBe('contact-baby-clinician-today');
    expect(ids(r.nextSteps)).toContain('recheck-12-24h');
    expect(ids(r.nextSteps)).not.toContain('recheck-baby-12-24h');
  });

  it('carries the rules version, the disclaimer, and the union of citations in SOURCES order', () => {
    const r = run({ nippleFluid: 'pus', ...INFLAMED });
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
  it('orders self-care < watch < call < urgent < emergency', () => {
    expect(maxLevel('watch', 'call')).toBe('call');
    expect(maxLevel('urgent', 'self-care')).toBe('urgent');
    expect(maxLevel('urgent', 'emergency')).toBe('emergency');
    expect(levelRank('emergency')).toBe(4);
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
    expect(api.readSavedAnswers({})).toEqual(api.UNKNOWN_ANSWERS);
    expect(api.RULES.length).toBeGreaterThan(60);
    expect(api.RULES_VERSION).toBe(RULES_VERSION);
    expect(api.THRESHOLDS.highFeverC).toBe(38.5);
    expect(api.THRESHOLDS.lowTempC).toBe(36);
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

describe('the baby’s age in the reasons (QA 19 L3)', () => {
  const babyC = (value: number) => ({ value, unit: 'c' }) as const;
  // Each rule that also fires when the age is not known: answers that fire it, with the age known.
  const CASES: [string, Partial<SymptomAnswers>][] = [
    ['BABY-EMERG-FEVER', { about: ['baby'], ...CALM_BABY, daysSinceBirth: 20, babyTemperature: babyC(38.2) }],
    ['BABY-CALL-WET-NAPPIES', { about: ['baby'], ...CALM_BABY, daysSinceBirth: 10, babyWetNappies24h: 4 }],
    ['BABY-CALL-DIRTY-NAPPIES', { about: ['baby'], ...CALM_BABY, daysSinceBirth: 10, babyDirtyNappies24h: 1 }],
    ['BABY-CALL-JAUNDICE-EARLY', { about: ['baby'], ...CALM_BABY, daysSinceBirth: 0, babyWetNappies24h: 1, babyDirtyNappies24h: 1, babyYellow: 'yes' }],
    ['BABY-CALL-PINK-URATES', { about: ['baby'], ...CALM_BABY, daysSinceBirth: 4, babyPinkUrates: 'yes' }],
    ['WATCH-FULLNESS', { bothBreastsFullFirm: 'yes', daysSinceBirth: 10 }],
  ];
  const reasonOf = (a: Partial<SymptomAnswers>, id: string) => run(a).fired.find((f) => f.id === id)?.reason;

  it.each(CASES)('%s: no aside about the age when Lactea knows it, in both languages', (id, a) => {
    const reason = reasonOf(a, id);
    expect(reason?.en).toBeTruthy();
    expect(reason?.en).not.toMatch(/does not know|not know/);
    expect(reason?.es).not.toMatch(/no sabe|sin saber/);
  });

  it.each(CASES)('%s: says that Lactea does not know the age when it does not, in both languages', (id, a) => {
    const reason = reasonOf({ ...a, daysSinceBirth: 'unknown' }, id);
    expect(reason?.en).toMatch(/Lactea does not know (your baby's age|when your baby was born)/);
    expect(reason?.es).toMatch(/Lactea no sabe (la edad de tu bebé|cuándo nació tu bebé)/);
    expect(reason?.en).not.toMatch(/\(or/);
    expect(reason?.es).not.toMatch(/\(o /);
  });

  it('with no age, the nappy reasons give the count they were read against', () => {
    const wet = reasonOf({ about: ['baby'], ...CALM_BABY, daysSinceBirth: 'unknown', babyWetNappies24h: 4 }, 'BABY-CALL-WET-NAPPIES');
    expect(wet?.en).toMatch(/^Fewer than 6 wet nappies in 24 hours: from the end of the first week to 6 weeks of age, at least 6 are expected\./);
    expect(wet?.es).toMatch(/^Menos de 6 pañales mojados en 24 horas: .* se esperan al menos 6\./);
    const dirty = reasonOf({ about: ['baby'], ...CALM_BABY, daysSinceBirth: 'unknown', babyDirtyNappies24h: 1 }, 'BABY-CALL-DIRTY-NAPPIES');
    expect(dirty?.en).toMatch(/^Fewer than 2 dirty nappies in 24 hours: from day 3 to 4 weeks of age, at least 2 are expected\./);
    expect(dirty?.es).toMatch(/^Menos de 2 pañales sucios en 24 horas: desde el tercer día hasta las 4 semanas de vida se esperan al menos 2\./);
    // With the age known, the count expected for that age speaks.
    expect(reasonOf({ about: ['baby'], ...CALM_BABY, daysSinceBirth: 10, babyWetNappies24h: 4 }, 'BABY-CALL-WET-NAPPIES')?.en).toMatch(/^Fewer wet nappies in 24 hours than expected for your baby's age\./);
  });
});
