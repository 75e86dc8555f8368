import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, localDate, localDayBounds, normalizeInstant, startOfLocalDate } from './time.js';

describe('normalizeInstant', () => {
  it('accepts Z and offsets and returns canonical UTC', () => {
    expect(normalizeInstant('2026-01-15T10:00:00Z')).toBe('2026-01-15T10:00:00.000Z');
    expect(normalizeInstant('2026-01-15T10:00+02:00')).toBe('2026-01-15T08:00:00.000Z');
    expect(normalizeInstant('2026-01-15T10:00:00.123456Z')).toBe('2026-01-15T10:00:00.123Z');
  });
  it('keeps a canonical instant exactly when Date agrees it is one (the fast path parses nothing)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })),
        fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 999 })),
        ([y, mo, d], [h, mi, se, ms]) => {
          const s = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(se, 2)}.${pad(ms, 3)}Z`;
          const t = Date.parse(s);
          const real = Number.isFinite(t) && new Date(t).toISOString() === s;
          expect(normalizeInstant(s), s).toBe(real ? s : null);
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('rejects dates that do not exist, times without a zone, and junk', () => {
    for (const bad of ['2026-02-30T10:00:00Z', '2026-01-15T24:00:00Z', '2026-01-15T10:60:00Z', '2026-01-15T10:00:00', '2026-01-15', 'yesterday', '']) {
      expect(normalizeInstant(bad), bad).toBeNull();
    }
  });
});

describe('local days', () => {
  it('knows calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
  });
  it('knows calendar dates exactly as Date does', () => {
    const byDate = (t: string) => {
      const d = new Date(`${t}T00:00:00Z`);
      return /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (const year of [0, 4, 100, 400, 1582, 1900, 1999, 2000, 2024, 2025, 2026, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const t = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isCalendarDate(t), t).toBe(byDate(t));
        }
      }
    }
    for (const t of ['2026-1-05', '26-01-05', '2026-01-05 ', ' 2026-01-05', '2026-01-05\n', '2026/01/05', '２０２６-01-05', '+02026-01-05']) expect(isCalendarDate(t), t).toBe(false);
  });
  it('finds the start of a day in a zone, across a daylight-saving change', () => {
    // Madrid: clocks go forward on 2026-03-29 at 02:00 local, so that day has 23 hours.
    const start = startOfLocalDate('2026-03-29', 'Europe/Madrid');
    expect(new Date(start).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    const { start: s, end } = localDayBounds(Date.parse('2026-03-29T12:00:00Z'), 'Europe/Madrid');
    expect(s).toBe(start);
    expect((end - s) / 3_600_000).toBe(23);
    // New York, fall back on 2026-11-01: a 25-hour day.
    const ny = localDayBounds(Date.parse('2026-11-01T15:00:00Z'), 'America/New_York');
    expect((ny.end - ny.start) / 3_600_000).toBe(25);
    expect(localDate(Date.parse('2026-11-01T03:30:00Z'), 'America/New_York')).toBe('2026-10-31');
  });
});
