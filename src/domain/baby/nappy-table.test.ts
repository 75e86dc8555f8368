import { describe, expect, it } from 'vitest';
import { isSourceKey } from '../sources.js';
import {
  compareNappies,
  dateOfDay,
  dayOfLife,
  NAPPY_TABLE,
  NAPPY_TABLE_LAST_DAY,
  NAPPY_TABLE_SOURCES,
  nappyExpectation,
  WET_EXPECTATION_LAST_DAY,
  wetNappiesExpected,
} from './nappy-table.js';

describe('nappy table (CLINICAL §12)', () => {
  it('expects, per 24 h, the minimums of the table at every boundary', () => {
    const wet = (d: number) => nappyExpectation(d)?.wetAtLeast;
    const dirty = (d: number) => nappyExpectation(d)?.dirtyAtLeast;
    expect([1, 2, 3, 4, 5, 6, 7, 28].map(wet)).toEqual([1, 1, 3, 3, 5, 5, 6, 6]);
    expect([1, 2, 3, 4, 5, 6, 7, 28].map(dirty)).toEqual([1, 1, 2, 2, 2, 2, 2, 2]);
    expect(nappyExpectation(1)?.dirtyLooks).toBe('meconium');
    expect(nappyExpectation(2)?.wetLooks).toBe('may-be-pink');
    expect(nappyExpectation(28)?.dirtyLooks).toBe('yellow-seedy');
  });

  it('has no expectation before day 1, after day 28, or for a part day', () => {
    expect(nappyExpectation(0)).toBeNull();
    expect(nappyExpectation(NAPPY_TABLE_LAST_DAY + 1)).toBeNull();
    expect(nappyExpectation(3.5)).toBeNull();
  });

  it('covers days 1–28 with no gap or overlap', () => {
    const days = NAPPY_TABLE.flatMap((r) => Array.from({ length: r.toDay - r.fromDay + 1 }, (_, i) => r.fromDay + i));
    expect(days).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it('counts the day of birth as day 1, across months and leap days', () => {
    expect(dayOfLife('2026-12-03', '2026-12-03')).toBe(1);
    expect(dayOfLife('2026-12-03', '2026-12-04')).toBe(2);
    expect(dayOfLife('2028-02-28', '2028-03-01')).toBe(3);
    expect(dayOfLife('2026-12-03', '2026-12-02')).toBeNull();
    expect(dayOfLife('2026-02-30', '2026-03-01')).toBeNull();
    expect(dateOfDay('2026-11-30', 3)).toBe('2026-12-02');
  });

  it('says which counts fall below the table, and only those', () => {
    expect(compareNappies(5, { wet: 4, dirty: 2 })).toMatchObject({ wetBelow: true, dirtyBelow: false });
    expect(compareNappies(5, { wet: 5, dirty: 1 })).toMatchObject({ wetBelow: false, dirtyBelow: true });
    expect(compareNappies(7, { wet: 6, dirty: 2 })).toMatchObject({ wetBelow: false, dirtyBelow: false });
    expect(compareNappies(29, { wet: 0, dirty: 0 })).toBeNull();
  });

  it('expects wet nappies up to 6 weeks: the table to day 28, then HSE’s 6 a day to day 42 [HSE-ENOUGH]', () => {
    expect([1, 3, 5, 7, 28].map(wetNappiesExpected)).toEqual([1, 3, 5, 6, 6]);
    expect([29, 35, 42].map(wetNappiesExpected)).toEqual([6, 6, 6]);
    expect(WET_EXPECTATION_LAST_DAY).toBe(42);
    expect(wetNappiesExpected(43)).toBeNull();
    expect(wetNappiesExpected(0)).toBeNull();
    expect(wetNappiesExpected(30.5)).toBeNull();
    // The "enough milk?" card's table still stops at 4 weeks, with no dirty-nappy count after it.
    expect(nappyExpectation(29)).toBeNull();
    expect(NAPPY_TABLE_SOURCES).toContain('HSE-ENOUGH');
  });

  it('cites sources that exist', () => {
    expect(NAPPY_TABLE_SOURCES.every(isSourceKey)).toBe(true);
  });
});
