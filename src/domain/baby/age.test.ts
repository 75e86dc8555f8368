import { describe, expect, it } from 'vitest';
import { babyAge } from './age.js';

describe('babyAge', () => {
  it('counts days, then weeks, then whole months, at each boundary', () => {
    expect(babyAge('2026-12-01', '2026-12-01')).toEqual({ unit: 'days', n: 0 });
    expect(babyAge('2026-12-01', '2026-12-14')).toEqual({ unit: 'days', n: 13 });
    expect(babyAge('2026-12-01', '2026-12-15')).toEqual({ unit: 'weeks', n: 2 });
    expect(babyAge('2026-12-01', '2027-03-01')).toEqual({ unit: 'weeks', n: 12 });
    expect(babyAge('2026-12-01', '2027-03-02')).toEqual({ unit: 'months', n: 3 });
    expect(babyAge('2026-01-31', '2026-05-30')).toEqual({ unit: 'months', n: 3 });
    expect(babyAge('2026-12-02', '2026-12-01')).toBeNull();
  });
});
