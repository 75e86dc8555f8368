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
    for (const id of ids) expect(id).toMatch(/^(URG|CALL|HIST|WATCH|SELF|DEFAULT)-[A-Z0-9-]+$/);
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

  it('lists urgent rules first and the two defaults last', () => {
    expect(RULES.slice(0, 4).every((r) => r.level === 'urgent')).toBe(true);
    expect(RULES.slice(-2).map((r) => r.id)).toEqual(['DEFAULT-WATCH', 'DEFAULT-SELFCARE']);
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

  it('leaves pain relief to the package or a clinician', () => {
    expect(STEPS.painRelief.text.en).toMatch(/package or your clinician/);
  });

  it('says it is not a diagnosis, in both languages', () => {
    expect(DISCLAIMER.en).toMatch(/not a diagnosis/);
    expect(DISCLAIMER.es).toMatch(/no un diagnóstico/);
  });
});
