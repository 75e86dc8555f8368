/**
 * The log form's numbers at every boundary, in both units: what she types becomes mL once, the
 * limits are the server's (src/domain/limits.ts), and unusual values are left to the "are you sure?".
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits.js';
import { sessionDoubts } from '../../src/domain/plausibility.js';
import { emptySessionInput, sessionProblems, type SessionInput } from '../../src/domain/session.js';
import { flOzToMl, mlToFlOz, roundVolume } from '../../src/domain/units.js';
import { parseDecimal } from '../format.js';
import { buildInput, formFromSession, type EntryForm } from './entry-form.js';
import type { VolumeUnit } from '../../src/domain/units.js';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const base = (kind: 'pump' | 'bottle'): SessionInput => ({ ...emptySessionInput(kind, new Date(NOW).toISOString()), startedAt: new Date(NOW - 15 * 60_000).toISOString() });

function build(kind: 'pump' | 'bottle', unit: VolumeUnit, change: Partial<EntryForm>) {
  const b = base(kind);
  const initial = formFromSession(b, unit, 'en');
  return buildInput({ ...initial, ...change }, initial, b, true, unit, NOW);
}

describe('volumes typed in the log form', () => {
  it('read "2,5", "-30" and the typographic minus as people mean them', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal(' 60 ')).toBe(60);
    expect(parseDecimal('-30')).toBe(-30);
    expect(parseDecimal('\u221230')).toBe(-30);
    expect(parseDecimal('- 3')).toBe(-3);
    expect(parseDecimal('abc')).toBeNaN();
    expect(parseDecimal('')).toBeNull();
  });

  it('refuse −30 with its own message, not "enter a number"', () => {
    const r = build('pump', 'ml', { left: '-30' });
    expect(r.input).toBeNull();
    expect(r.errors.left).toBe('fieldErrors.negative');
    expect(build('bottle', 'ml', { volume: 'abc' }).errors.volume).toBe('Enter a number, like 60 or 2.5.');
  });

  it('keep the server limit of 1000 mL a side at the same place in fl oz', () => {
    // 33.8 fl oz is 999.6 mL: allowed; 33.9 fl oz is 1002.5 mL: refused, as the server would.
    expect(build('pump', 'floz', { left: '33.8' }).input?.leftMl).toBe(999.6);
    expect(build('pump', 'floz', { left: '33.9' }).errors.left).toBe('Enter 0 to 33.8 fl oz.');
    expect(build('pump', 'ml', { left: String(LIMITS.maxSideVolumeMl) }).input?.leftMl).toBe(1000);
    expect(build('pump', 'ml', { left: '1000.1' }).errors.left).toBe('Enter 0 to 1,000 mL.');
  });

  it('over the limit in fl oz, offer the mL she may have meant', () => {
    expect(build('bottle', 'floz', { volume: '90' }).errors.volume).toBe('Enter 0 to 33.8 fl oz. If you meant 90 mL, that is 3 fl oz.');
    expect(build('pump', 'floz', { right: '120' }).errors.right).toBe('Enter 0 to 33.8 fl oz. If you meant 120 mL, that is 4.1 fl oz.');
    // Nothing to offer when the other reading is no better.
    expect(build('bottle', 'floz', { volume: '5000' }).errors.volume).toBe('Enter 0 to 33.8 fl oz.');
    expect(build('bottle', 'ml', { volume: '2000' }).errors.volume).toBe('Enter 0 to 1,000 mL.');
  });

  it('ask about a side over 500 mL whichever unit she types in, and not at 500', () => {
    const at = (unit: VolumeUnit, text: string) => {
      const input = build('pump', unit, { left: text }).input;
      if (!input) throw new Error('not built');
      return sessionDoubts(input, NOW).map((d) => d.kind);
    };
    expect(at('ml', '500')).toEqual([]);
    expect(at('ml', '501')).toEqual(['large-side']);
    // 16.9 fl oz is 499.8 mL; 17 fl oz is 502.7 mL.
    expect(at('floz', '16.9')).toEqual([]);
    expect(at('floz', '17')).toEqual(['large-side']);
  });

  it('ask about a bottle under 10 mL: 3 typed in mL, or 0.3 fl oz', () => {
    const doubt = (unit: VolumeUnit, text: string) => {
      const input = build('bottle', unit, { volume: text }).input;
      if (!input) throw new Error('not built');
      return sessionDoubts(input, NOW);
    };
    expect(doubt('ml', '3')).toEqual([{ kind: 'small-bottle', field: 'volumeMl', ml: 3 }]);
    expect(doubt('ml', '10')).toEqual([]);
    expect(doubt('floz', '0.3')).toEqual([{ kind: 'small-bottle', field: 'volumeMl', ml: 8.9 }]);
    expect(doubt('floz', '3')).toEqual([]);
  });

  it('ask about a bottle over 360 mL: 30 typed in fl oz is 887 mL', () => {
    const input = build('bottle', 'floz', { volume: '30' }).input;
    if (!input) throw new Error('not built');
    expect(sessionDoubts(input, NOW)).toEqual([{ kind: 'large-bottle', field: 'volumeMl', ml: 887.2 }]);
  });

  it('round fl oz to a tenth and mL to whole numbers for display, and back within a tenth of a mL', () => {
    for (const ml of [10, 29.6, 88.7, 120, 499.8, 500, 999.6, 1000]) {
      const shown = roundVolume(ml, 'floz');
      expect(Math.abs(mlToFlOz(ml) - shown)).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(flOzToMl(shown) - ml)).toBeLessThan(1.5);
      expect(roundVolume(ml, 'ml')).toBe(Math.round(ml));
    }
  });

  it('an untouched volume keeps its exact mL (no fl oz round trip)', () => {
    const b = { ...base('pump'), leftMl: 100, endedAt: new Date(NOW).toISOString() };
    const initial = formFromSession(b, 'floz', 'en');
    expect(initial.left).toBe('3.4');
    expect(buildInput(initial, initial, b, false, 'floz', NOW).input?.leftMl).toBe(100);
  });
});

describe('a pump or bottle logged now', () => {
  it('ends when she saves, however long the form was open, and starts its minutes before', () => {
    const opened = NOW - 7 * 60_000;
    for (const kind of ['pump', 'bottle'] as const) {
      const b = { ...emptySessionInput(kind, new Date(opened).toISOString()), startedAt: new Date(opened - 10 * 60_000).toISOString() };
      const initial = formFromSession(b, 'ml', 'en');
      const built = buildInput({ ...initial, left: '60', volume: '90' }, initial, b, true, 'ml', NOW);
      expect(built.input?.endedAt).toBe(new Date(NOW).toISOString());
      expect(built.input?.startedAt).toBe(new Date(NOW - 10 * 60_000).toISOString());
    }
  });
});

describe('notes', () => {
  it('over the limit are refused with a message and kept whole, never cut', () => {
    const long = 'x'.repeat(LIMITS.maxNotesLength + 5);
    const r = build('bottle', 'ml', { volume: '90', notes: long });
    expect(r.input).toBeNull();
    expect(r.errors.notes).toBe('fieldErrors.too_long');
    const ok = build('bottle', 'ml', { volume: '90', notes: 'x'.repeat(LIMITS.maxNotesLength) });
    expect(ok.input?.notes).toHaveLength(LIMITS.maxNotesLength);
    expect(ok.input && sessionProblems(ok.input, NOW)).toEqual([]);
  });
});
