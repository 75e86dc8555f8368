import { describe, expect, it } from 'vitest';
import { massageEffect } from '../insights/massage-effect.js';
import { sessionProblems } from '../session.js';
import { validateAnswers } from '../triage/validate.js';
import { DEMO_NOTE, generateDemo, mulberry32 } from './index.js';

const END = Date.parse('2026-11-23T20:00:00Z');

describe('demo data', () => {
  const demo = generateDemo({ endMs: END, days: 42 });

  it('is reproducible for a seed and different for another', () => {
    expect(generateDemo({ endMs: END, days: 42 })).toEqual(demo);
    expect(generateDemo({ endMs: END, days: 42, seed: 2 }).sessions[0]).not.toEqual(demo.sessions[0]);
    const ids = demo.sessions.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
  });

  it('is labelled synthetic, valid, and never in the future', () => {
    expect(demo.sessions.every((s) => s.input.notes === DEMO_NOTE)).toBe(true);
    expect(demo.sessions.flatMap((s) => sessionProblems(s.input, END))).toEqual([]);
    expect(demo.sessions.every((s) => Date.parse(s.input.endedAt ?? '') <= END)).toBe(true);
    expect(demo.checks.length).toBeGreaterThanOrEqual(2);
    expect(demo.checks.every((c) => validateAnswers(c.answers).ok)).toBe(true);
  });

  it('has all kinds, several feeds a day, the right side ahead in about two thirds of pumps, more in the morning', () => {
    const kinds = new Set(demo.sessions.map((s) => s.input.kind));
    expect([...kinds].sort()).toEqual(['bottle', 'massage', 'nurse', 'pump']);
    const nurses = demo.sessions.filter((s) => s.input.kind === 'nurse');
    expect(nurses.length / 42).toBeGreaterThan(6);
    expect(nurses.some((s) => s.input.segments.length > 1 && s.input.segments[0]?.side !== s.input.segments[1]?.side)).toBe(true);
    const pumps = demo.sessions.map((s) => s.input).filter((s) => s.kind === 'pump');
    const both = pumps.filter((p) => p.leftMl !== null && p.rightMl !== null);
    const rightMore = both.filter((p) => (p.rightMl ?? 0) > (p.leftMl ?? 0)).length / both.length;
    expect(rightMore).toBeGreaterThan(0.55);
    expect(rightMore).toBeLessThan(0.8);
    const hour = (s: { startedAt: string }) => new Date(s.startedAt).getUTCHours();
    const total = (p: { leftMl: number | null; rightMl: number | null }) => (p.leftMl ?? 0) + (p.rightMl ?? 0);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(both.filter((p) => hour(p) < 9).map(total))).toBeGreaterThan(mean(both.filter((p) => hour(p) >= 18).map(total)));
    expect(pumps.some((p) => p.massage)).toBe(true);
  });

  it('has a modest massage effect that the model can see', () => {
    const r = massageEffect(
      demo.sessions.map((s) => ({ ...s.input, deletedAt: null })),
      'Europe/Madrid',
    ).overall;
    expect(r.nWith).toBeGreaterThanOrEqual(8);
    expect(['clear', 'unclear']).toContain(r.status);
    expect(r.differenceMl).toBeGreaterThan(0);
  });

  it('the generator draws uniform numbers in [0, 1)', () => {
    const g = mulberry32(1);
    const xs = Array.from({ length: 10_000 }, () => g.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(Math.abs(xs.reduce((a, b) => a + b, 0) / xs.length - 0.5)).toBeLessThan(0.02);
  });
});
