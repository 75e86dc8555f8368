import { describe, expect, it } from 'vitest';
import { dailyPicture } from './daily.js';
import { countedDays, isOver, period, startedOn } from './periods.js';
import { outputTrend } from './rhythm.js';
import { insightsSummary } from './summary.js';
import { pumpAt } from './testing.js';

const at = (s: string) => Date.parse(s);
const HOUR = 3_600_000;

/** Her first day: three pumps of 3.5 fl oz (about 103.5 mL) this morning, nothing before. */
function firstDay(nowMs: number) {
  const sessions = [0, 3, 6].map((h) => pumpAt(at('2026-12-01T07:00:00Z') + h * HOUR, 51.75, 51.75));
  return insightsSummary(sessions, { from: '2026-11-18', to: '2026-12-01', timeZone: 'UTC', nowMs, threshold: null, firstLoggedAt: sessions[0]?.startedAt ?? null });
}

describe('the days that count', () => {
  it('on her first day nothing is averaged: the 13 days before she started are not zeros', () => {
    const s = firstDay(at('2026-12-01T15:00:00Z'));
    expect(s.period).toEqual({ startedOn: '2026-12-01', countedFrom: '2026-12-01', days: 1, fullDays: 0, perFullDayMl: null });
    expect(s.trend.every((p) => p.movingAverageMl === null && p.averageDays === 0)).toBe(true);
    expect(s.days).toHaveLength(14);
    expect(s.days[13]?.pumpedMl.total).toBeCloseTo(310.5);
  });

  it('the next day, her first day is a full day and its total is the average', () => {
    const s = firstDay(at('2026-12-02T09:00:00Z'));
    // The range is still the 14 days to 2026-12-01: all of them over now.
    expect(s.period).toMatchObject({ days: 1, fullDays: 1 });
    expect(s.period.perFullDayMl).toBeCloseTo(310.5);
    expect(s.trend[13]).toMatchObject({ averageDays: 1 });
    expect(s.trend[13]?.movingAverageMl).toBeCloseTo(310.5);
    expect(s.trend[12]?.movingAverageMl).toBeNull();
  });

  it('counts from her first day when she started inside the range, finished days only', () => {
    const nowMs = at('2026-06-10T12:00:00Z');
    // 100 mL a day from June 7 on; today (June 10) only 40 mL so far.
    const sessions = [7, 8, 9].map((d) => pumpAt(at(`2026-06-0${d}T08:00:00Z`), 50, 50));
    sessions.push(pumpAt(at('2026-06-10T08:00:00Z'), 20, 20));
    const days = dailyPicture(sessions, { from: '2026-05-28', to: '2026-06-10', timeZone: 'UTC', nowMs });
    expect(period(days, '2026-06-07', nowMs)).toEqual({ startedOn: '2026-06-07', countedFrom: '2026-06-07', days: 4, fullDays: 3, perFullDayMl: 100 });
    const t = outputTrend(days, '2026-06-07', nowMs);
    expect(t.filter((p) => p.movingAverageMl !== null).map((p) => [p.date, p.movingAverageMl, p.averageDays])).toEqual([
      ['2026-06-07', 100, 1],
      ['2026-06-08', 100, 2],
      ['2026-06-09', 100, 3],
    ]);
  });

  it('when she started before the range, every day of it counts', () => {
    const nowMs = at('2026-06-20T12:00:00Z');
    const days = dailyPicture([pumpAt(at('2026-06-15T08:00:00Z'), 70, 0)], { from: '2026-06-14', to: '2026-06-20', timeZone: 'UTC', nowMs });
    expect(period(days, '2026-01-03', nowMs)).toEqual({ startedOn: '2026-01-03', countedFrom: '2026-06-14', days: 7, fullDays: 6, perFullDayMl: 70 / 6 });
  });

  it('nothing logged: no day counts', () => {
    const nowMs = at('2026-06-20T12:00:00Z');
    const days = dailyPicture([], { from: '2026-06-14', to: '2026-06-20', timeZone: 'UTC', nowMs });
    expect(period(days, null, nowMs)).toEqual({ startedOn: null, countedFrom: null, days: 0, fullDays: 0, perFullDayMl: null });
    expect(countedDays(days, null)).toEqual([]);
  });

  it('her first day is a local date: 23:30 in New York is the next day in UTC', () => {
    expect(startedOn('2026-06-11T03:30:00.000Z', 'America/New_York')).toBe('2026-06-10');
    expect(startedOn('2026-06-11T03:30:00.000Z', 'UTC')).toBe('2026-06-11');
    expect(startedOn(null, 'UTC')).toBeNull();
  });

  it('a day is over at its last instant, not before', () => {
    const day = { end: '2026-06-11T00:00:00.000Z' };
    expect(isOver(day, at('2026-06-10T23:59:59.999Z'))).toBe(false);
    expect(isOver(day, at('2026-06-11T00:00:00.000Z'))).toBe(true);
  });
});
