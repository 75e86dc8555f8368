import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.js';
import { formatWeight, gramsToLbOz, lbOzToGrams, weightUnitFor } from '../units.js';
import { birthWeight, growth, percentFromBirth, weightProblems, type WeightInput } from './weight.js';

const input = (over: Partial<WeightInput> = {}): WeightInput => ({ babyId: 'b', measuredAt: '2026-12-05T10:00:00.000Z', grams: 3400, birth: false, place: 'clinic', notes: '', ...over });

describe('weights in her units', () => {
  it('follows her volume unit: mL with kilograms, fl oz with pounds and ounces', () => {
    expect(weightUnitFor('ml')).toBe('kg');
    expect(weightUnitFor('floz')).toBe('lb');
  });

  it('converts grams to pounds and ounces and back, carrying 16 ounces into a pound', () => {
    expect(gramsToLbOz(3500)).toEqual({ lb: 7, oz: 11.5 });
    expect(lbOzToGrams(7, 11.5)).toBeCloseTo(3501.17, 2);
    expect(lbOzToGrams(1, 0)).toBe(453.59237);
    expect(gramsToLbOz(lbOzToGrams(7, 15.99))).toEqual({ lb: 8, oz: 0 });
    expect(gramsToLbOz(0)).toEqual({ lb: 0, oz: 0 });
  });

  it('formats weights as a parent reads them', () => {
    expect(formatWeight(3450, 'kg', 'en')).toBe('3.45 kg');
    expect(formatWeight(3452, 'kg', 'en')).toBe('3.452 kg');
    expect(formatWeight(3450, 'kg', 'es')).toBe('3,45 kg');
    expect(formatWeight(3500, 'lb', 'en')).toBe('7 lb 11.5 oz');
    expect(formatWeight(3500, 'lb', 'es')).toBe('7 lb 11,5 oz');
  });
});

describe('weight records', () => {
  it('refuses the future and what no baby weighs', () => {
    const now = Date.parse('2026-12-05T12:00:00Z');
    expect(weightProblems(input(), now)).toEqual([]);
    expect(weightProblems(input({ measuredAt: '2026-12-05T13:00:00.000Z' }), now).map((p) => p.field)).toEqual(['measuredAt']);
    expect(weightProblems(input({ grams: 0 }), now).map((p) => p.field)).toEqual(['grams']);
    expect(weightProblems(input({ grams: 40_000 }), now).map((p) => p.field)).toEqual(['grams']);
    expect(weightProblems(input({ grams: LIMITS.weightGrams.min }), now)).toEqual([]);
    expect(weightProblems(input({ grams: LIMITS.weightGrams.max }), now)).toEqual([]);
  });

  it('sets each weight against the birth weight, in time order, with its day of life', () => {
    const ws = [
      { id: 'c', measuredAt: '2026-12-11T09:00:00.000Z', grams: 3600, birth: false, place: 'clinic' as const, deletedAt: null },
      { id: 'a', measuredAt: '2026-12-01T06:00:00.000Z', grams: 3500, birth: true, place: 'hospital' as const, deletedAt: null },
      { id: 'b', measuredAt: '2026-12-04T09:00:00.000Z', grams: 3140, birth: false, place: 'home' as const, deletedAt: null },
      { id: 'x', measuredAt: '2026-12-05T09:00:00.000Z', grams: 100, birth: false, place: 'home' as const, deletedAt: '2026-12-05T10:00:00.000Z' },
    ];
    expect(birthWeight(ws)?.id).toBe('a');
    const g = growth(ws, '2026-12-01', 'UTC');
    expect(g.map((p) => [p.id, p.dayOfLife, p.percentFromBirth === null ? null : Math.round(p.percentFromBirth * 100) / 100, p.lossOverLimit])).toEqual([
      ['a', 1, 0, false],
      ['b', 4, -10.29, true],
      ['c', 11, 2.86, false],
    ]);
    expect(percentFromBirth(3500, 3150)).toBe(-10);
    expect(growth(ws.slice(2), null, 'UTC')[0]).toMatchObject({ dayOfLife: null, percentFromBirth: null });
  });
});
