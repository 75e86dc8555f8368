import { describe, expect, it } from 'vitest';
import { lastDayOfNappies, nappyLogSince, type NappyKind } from './nappy.js';

const H = 3_600_000;
const NOW = Date.parse('2026-12-03T12:00:00.000Z');
const WEEK_AGO = NOW - 7 * 24 * H;
const at = (hoursAgo: number, kind: NappyKind, extra: { pinkUrates?: boolean; deletedAt?: string } = {}) => ({
  changedAt: new Date(NOW - hoursAgo * H).toISOString(),
  kind,
  pinkUrates: extra.pinkUrates ?? false,
  deletedAt: extra.deletedAt ?? null,
});

describe('where her nappy log begins', () => {
  it('is the first nappy since the look-back, leaving out deleted ones and any after now', () => {
    expect(nappyLogSince([at(3, 'wet'), at(30, 'dirty'), at(40, 'wet', { deletedAt: '2026-12-03T00:00:00.000Z' }), at(-1, 'wet')], WEEK_AGO, NOW)).toBe(NOW - 30 * H);
    expect(nappyLogSince([], WEEK_AGO, NOW)).toBeNull();
  });
  it('starts again after a pause longer than the look-back', () => {
    expect(nappyLogSince([at(9 * 24, 'wet'), at(5, 'wet')], WEEK_AGO, NOW)).toBe(NOW - 5 * H);
  });
});

describe('the last 24 hours of nappies from her log', () => {
  it('counts wet and dirty nappies of the last 24 hours (a "both" in each) when her log covers them all', () => {
    const day = lastDayOfNappies([at(30, 'wet'), at(23.9, 'wet'), at(20, 'both'), at(10, 'dirty'), at(2, 'wet'), at(0, 'wet')], NOW, WEEK_AGO);
    expect(day).toEqual({ counts: { wet: 4, dirty: 2, changes: 5 }, covered: true, pinkUrates: false, lastWetMs: NOW });
  });
  it('says the log does not cover the day when logging began later (5 hours ago): its counts would be too low', () => {
    const day = lastDayOfNappies([at(5, 'wet'), at(3, 'dirty'), at(1, 'wet')], NOW, WEEK_AGO);
    expect(day.covered).toBe(false);
    expect(day.counts).toEqual({ wet: 2, dirty: 1, changes: 3 });
  });
  it('a log begun exactly 24 hours ago covers the day; a deleted first nappy does not count as the start', () => {
    expect(lastDayOfNappies([at(24, 'wet'), at(4, 'wet')], NOW, WEEK_AGO).covered).toBe(true);
    expect(lastDayOfNappies([at(26, 'wet', { deletedAt: '2026-12-03T00:00:00.000Z' }), at(4, 'wet')], NOW, WEEK_AGO).covered).toBe(false);
  });
  it('a log that paused for longer than the look-back covers nothing before it started again', () => {
    expect(lastDayOfNappies([at(8 * 24, 'wet'), at(6, 'wet')], NOW, WEEK_AGO)).toMatchObject({ covered: false, counts: { wet: 1 } });
  });
  it('notes pink urates in a wet nappy of the last 24 hours, even before the log covers the whole day, but not older ones', () => {
    expect(lastDayOfNappies([at(3, 'wet', { pinkUrates: true })], NOW, WEEK_AGO)).toMatchObject({ covered: false, pinkUrates: true });
    expect(lastDayOfNappies([at(30, 'wet', { pinkUrates: true }), at(3, 'wet')], NOW, WEEK_AGO)).toMatchObject({ covered: true, pinkUrates: false });
    expect(lastDayOfNappies([at(3, 'both', { pinkUrates: true, deletedAt: '2026-12-03T11:00:00.000Z' })], NOW, WEEK_AGO).pinkUrates).toBe(false);
  });
});
