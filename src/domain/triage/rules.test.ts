import { describe, expect, it } from 'vitest';
import { isSourceKey } from '../sources.js';
import { AVOID, DISCLAIMER, STEPS } from './advice.js';
import { RULES, RULES_VERSION } from './rules.js';
import { LEVELS } from './types.js';

/** A number with a unit of dose: Lactea never names a drug dose. */
const DOSE = /\d\s*(mg|mcg|µg|g|ml|tablets?|pills?|comprimidos?|pastillas?)\b/i;
/** Telling the parent what she has is a diagnosis. */
const DIAGNOSIS = /\byou have (mastitis|an abscess|sepsis|engorgement)\b|\btienes (mastitis|un absceso|sepsis)\b/i;

const ADVICE = [...Object.values(STEPS), ...Object.values(AVOID)];

describe('RULES', () => {
  it('has unique, stable-looking ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(BABY-EMERG|BABY-CALL|EMERG|URG|CALL|HIST|WATCH|SELF|DEFAULT)-[A-Z0-9-]+$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s cites sources that resolve and gives its reason in both languages', (_id, rule) => {
    expect(rule.citations.length).toBeGreaterThanOrEqual(1);
    expect(rule.citations.filter((k) => !isSourceKey(k))).toEqual([]);
    expect(rule.reason.en.trim()).not.toBe('');
    expect(rule.reason.es.trim()).not.toBe('');
    expect(rule.reason.es).not.toBe(rule.reason.en);
    expect(LEVELS).toContain(rule.level);
    expect(`${rule.reason.en} ${rule.reason.es}`).not.toMatch(DOSE);
    expect(`${rule.reason.en} ${rule.reason.es}`).not.toMatch(DIAGNOSIS);
  });

  it('lists emergency rules first, then urgent, and the two defaults last', () => {
    const ranks = RULES.slice(0, -2).map((r) => LEVELS.indexOf(r.level));
    const firstUrgent = ranks.indexOf(LEVELS.indexOf('urgent'));
    expect(ranks.slice(0, firstUrgent).every((x) => x === LEVELS.indexOf('emergency'))).toBe(true);
    expect(ranks.slice(firstUrgent).every((x) => x < LEVELS.indexOf('emergency'))).toBe(true);
    expect(RULES.slice(-2).map((r) => r.id)).toEqual(['DEFAULT-WATCH', 'DEFAULT-SELFCARE']);
  });

  it('names the baby for the baby rules and the parent for the others', () => {
    for (const r of RULES) expect(`${r.id} ${r.who}`).toBe(`${r.id} ${r.id.startsWith('BABY-') || r.id === 'WATCH-BABY-YELLOW' ? 'baby' : 'parent'}`);
  });

  it('marks as Lactea’s own the rules CLINICAL.md calls its own (§9–§12, §18)', () => {
    const own = RULES.filter((r) => r.own).map((r) => r.id);
    expect(own).toEqual(
      expect.arrayContaining([
        'EMERG-CONFUSION',
        'EMERG-NO-URINE',
        'URG-LOW-TEMP',
        'URG-LOW-TEMP-SIGNS',
        'CALL-PERSISTENT',
        'CALL-RECURRING',
        'CALL-AFTER-ANTIBIOTICS',
        'SELF-NIPPLE',
        'CALL-NIPPLE-NOT-HEALING',
        'CALL-NIPPLE-BLOOD',
        'BABY-EMERG-NOT-FEEDING',
        'BABY-EMERG-DRY-12H',
        'BABY-CALL-WET-NAPPIES',
        'BABY-EMERG-JAUNDICE-SLEEPY',
      ]),
    );
    // Rules that say what a guideline says are not marked as Lactea's own.
    expect(own).not.toContain('CALL-FEVER-385');
    expect(own).not.toContain('URG-SPREADING');
    expect(own).not.toContain('BABY-EMERG-HARD-TO-WAKE');
  });

  it('never sends suspected sepsis to "urgent care", in any reason', () => {
    for (const r of RULES) expect(r.reason.en).not.toMatch(/urgent care/i);
  });

  it('has a dated version', () => {
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });
});

describe('advice catalogue', () => {
  it.each(ADVICE.map((a) => [a.id, a] as const))('%s is in both languages, cited, and names no dose', (_id, a) => {
    expect(a.text.en.trim()).not.toBe('');
    expect(a.text.es.trim()).not.toBe('');
    expect(a.citations.length).toBeGreaterThanOrEqual(1);
    expect(a.citations.filter((k) => !isSourceKey(k))).toEqual([]);
    expect(`${a.text.en} ${a.text.es}`).not.toMatch(DOSE);
  });

  it('has unique ids', () => {
    expect(new Set(ADVICE.map((a) => a.id)).size).toBe(ADVICE.length);
  });

  it('gives cold at most once an hour, wrapped, as Lactea’s own rule (§18)', () => {
    expect(STEPS.cold.text.en).toMatch(/wrapped in a cloth, for about 10 minutes, no more than once an hour/);
    expect(STEPS.cold.text.es).toMatch(/10 minutos, como mucho una vez cada hora/);
    expect(STEPS.cold.own).toBe(true);
  });

  it('keeps feeding wording open to parents who pump, in both languages', () => {
    expect(STEPS.feedOnDemand.text.en).toMatch(/pumping/);
    expect(STEPS.feedOnDemand.text.es).toMatch(/extracciones/);
    expect(STEPS.feedOnDemand.text.es).not.toMatch(/dar el pecho|dando el pecho/);
  });

  it('sends "seek care now" to the urgent line or maternity unit, never to "urgent care"', () => {
    expect(STEPS.seekCareNow.text.en).toMatch(/urgent health line or your maternity unit/);
    for (const a of ADVICE) expect(a.text.en).not.toMatch(/urgent care/i);
  });

  it('leaves pain relief to the package or a clinician', () => {
    expect(STEPS.painRelief.text.en).toMatch(/package or your clinician/);
  });

  it('says it is not a diagnosis, in both languages', () => {
    expect(DISCLAIMER.en).toMatch(/not a diagnosis/);
    expect(DISCLAIMER.es).toMatch(/no un diagnóstico/);
  });
});
