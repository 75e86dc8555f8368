import { describe, expect, it } from 'vitest';
import { localDate, localDayBounds, zoneOffsetMs } from '../time.js';
import { LocalClock, localDays } from './clock.js';
import { dailyPicture } from './daily.js';
import { emptying, isNightHour } from './emptying.js';
import { hourlyRhythm, median, outputTrend } from './rhythm.js';
import { insightsSummary } from './summary.js';
import { bottleAt, massageAt, nurseAt, pumpAt } from './testing.js';

const at = (s: string) => Date.parse(s);

describe('local days across daylight-saving changes', () => {
  it('Europe/Madrid 2026-03-29 is 23 hours long and a session at 00:30 on the 30th is not in it', () => {
    const days = localDays('2026-03-28', '2026-03-30', 'Europe/Madrid');
    expect(days.map((d) => [d.date, (d.end - d.start) / 3_600_000])).toEqual([
      ['2026-03-28', 24],
      ['2026-03-29', 23],
      ['2026-03-30', 24],
    ]);
    expect(new Date((days[1] as { start: number }).start).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    const sessions = [
      nurseAt(at('2026-03-28T22:30:00Z'), [['left', 60]]), // 23:30 → 00:30: half on each day
      pumpAt(at('2026-03-29T21:30:00Z'), 40, 50), // 23:30 CEST on the 29th
      pumpAt(at('2026-03-29T22:30:00Z'), 30, 30), // 00:30 on the 30th (a naive 24 h day would take it)
      bottleAt(at('2026-03-29T08:00:00Z'), 90),
    ];
    const nowMs = at('2026-04-01T00:00:00Z');
    const pic = dailyPicture(sessions, { from: '2026-03-28', to: '2026-03-30', timeZone: 'Europe/Madrid', nowMs });
    expect(pic.map((d) => d.pumpedMl.total)).toEqual([0, 90, 60]);
    expect(pic.map((d) => d.nursingMinutes.left)).toEqual([30, 30, 0]);
    expect(pic.map((d) => d.feeds)).toEqual([1, 1, 0]);
    expect(pic[1]).toMatchObject({ pumpedMl: { left: 40, right: 50, total: 90 }, bottleMl: 90, pumpSessions: 1 });
    const clock = new LocalClock('Europe/Madrid', '2026-03-28', '2026-03-30');
    expect(clock.hourOf(at('2026-03-29T21:30:00Z'))).toBe(23.5);
    expect(clock.hourOf(at('2026-03-29T06:00:00Z'))).toBe(8);
    expect(clock.hourOf(at('2026-03-29T00:30:00Z'))).toBe(1.5);
    expect(clock.hourOf(at('2026-03-28T12:15:00Z'))).toBe(13.25);
  });

  it('America/Santiago, where the clocks change at midnight: 2026-09-06 begins at 01:00', () => {
    const days = localDays('2026-09-05', '2026-09-06', 'America/Santiago');
    expect(days.map((d) => new Date(d.start).toISOString())).toEqual(['2026-09-05T04:00:00.000Z', '2026-09-06T04:00:00.000Z']);
    expect(days.map((d) => (d.end - d.start) / 3_600_000)).toEqual([24, 23]);
  });

  it('America/New_York 2026-11-01 is 25 hours long', () => {
    const days = localDays('2026-10-31', '2026-11-02', 'America/New_York');
    expect(days.map((d) => (d.end - d.start) / 3_600_000)).toEqual([24, 25, 24]);
    const sessions = [pumpAt(at('2026-11-02T04:30:00Z'), 20, 25), pumpAt(at('2026-11-01T12:00:00Z'), 30, 35), pumpAt(at('2026-11-02T05:30:00Z'), 1, 1)];
    const pic = dailyPicture(sessions, { from: '2026-10-31', to: '2026-11-02', timeZone: 'America/New_York', nowMs: at('2026-11-05T00:00:00Z') });
    expect(pic.map((d) => d.pumpedMl.total)).toEqual([0, 110, 2]);
    const clock = new LocalClock('America/New_York', '2026-10-31', '2026-11-02');
    expect(clock.hourOf(at('2026-11-02T04:30:00Z'))).toBe(23.5);
    expect(clock.hourOf(at('2026-11-01T12:00:00Z'))).toBe(7);
    expect(clock.hourOf(at('2026-11-01T05:30:00Z'))).toBe(1.5); // 01:30 EDT, the first of two
    expect(clock.hourOf(at('2026-11-01T06:30:00Z'))).toBe(1.5); // 01:30 EST, the second
    const rhythm = hourlyRhythm(sessions, clock, { start: at('2026-10-31T04:00:00Z'), end: at('2026-11-03T05:00:00Z') });
    expect(rhythm.filter((b) => b.n > 0).map((b) => [b.hour, b.n, b.meanMl])).toEqual([[0, 1, 2], [7, 1, 65], [23, 1, 45]]);
  });
});

describe('local days over long ranges', () => {
  it.each(['Europe/Madrid', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago'])('match the day-by-day helper for two years in %s', (tz) => {
    const days = localDays('2025-06-01', '2027-05-31', tz);
    expect(days).toHaveLength(730);
    for (const d of days) {
      const b = localDayBounds(d.start + 3_600_000, tz);
      expect([d.start, d.end], `${tz} ${d.date}`).toEqual([b.start, b.end]);
      expect([localDate(d.start, tz), localDate(d.end - 1000, tz)], `${tz} ${d.date}`).toEqual([d.date, d.date]);
    }
    const clock = new LocalClock(tz, '2025-06-01', '2027-05-31');
    for (let ms = Date.parse('2025-06-01T12:00:00Z'); ms < Date.parse('2027-05-30T00:00:00Z'); ms += 7_777_777) {
      const wall = ms + zoneOffsetMs(ms, tz);
      expect(clock.hourOf(ms)).toBeCloseTo((((wall % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000, 9);
    }
  });
});

describe('daily picture', () => {
  it('counts feeds, massage sessions and symptom checks by level, per local day', () => {
    const d = (h: number) => at('2026-06-10T00:00:00Z') + h * 3_600_000;
    const pic = dailyPicture(
      [nurseAt(d(1), [['left', 10], ['right', 12]]), bottleAt(d(5), 60), massageAt(d(8), 10), pumpAt(d(9), 50, null), { ...pumpAt(d(10), 99, 99), deletedAt: '2026-06-10T11:00:00.000Z' }],
      {
        checks: [{ checkedAt: '2026-06-10T12:00:00.000Z', level: 'watch' }, { checkedAt: '2026-06-10T13:00:00.000Z', level: 'self-care' }, { checkedAt: '2026-06-12T13:00:00.000Z', level: 'call' }],
        from: '2026-06-10', to: '2026-06-11', timeZone: 'UTC', nowMs: d(48) },
    );
    expect(pic[0]).toMatchObject({ feeds: 2, massageSessions: 1, nursingMinutes: { left: 10, right: 12 }, pumpedMl: { left: 50, right: 0, total: 50 }, symptomChecks: 2, checkLevels: { watch: 1, 'self-care': 1, call: 0 } });
    expect(pic[1]).toMatchObject({ feeds: 0, symptomChecks: 0 });
  });

  it('a running nursing session counts up to now', () => {
    const now = at('2026-06-10T10:30:00Z');
    const pic = dailyPicture([nurseAt(at('2026-06-10T10:00:00Z'), [['right', 60]], true)], { from: '2026-06-10', to: '2026-06-10', timeZone: 'UTC', nowMs: now });
    expect(pic[0]?.nursingMinutes.right).toBe(30);
  });
});

describe('trend and rhythm', () => {
  it('7-day moving average: a full week from the 7th day; before that, the days since she started, and says how many', () => {
    const nowMs = at('2026-07-01T00:00:00Z');
    const days = dailyPicture(
      Array.from({ length: 10 }, (_, i) => pumpAt(at('2026-06-01T08:00:00Z') + i * 86_400_000, 10 * i, 0)),
      { from: '2026-06-01', to: '2026-06-10', timeZone: 'UTC', nowMs },
    );
    const t = outputTrend(days, '2026-06-01', nowMs);
    expect(t.slice(0, 3).map((p) => [p.movingAverageMl, p.averageDays])).toEqual([
      [0, 1],
      [5, 2],
      [10, 3],
    ]);
    expect(t[6]).toMatchObject({ movingAverageMl: 30, averageDays: 7 });
    expect(t[9]).toMatchObject({ movingAverageMl: 60, averageDays: 7 });
  });

  it('median of even and odd lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('time since each breast was emptied', () => {
  const now = at('2026-06-10T15:00:00Z');
  const sessions = [
    nurseAt(now - 5 * 3_600_000, [['left', 10], ['right', 10]]),
    pumpAt(now - 3.5 * 3_600_000 - 20 * 60_000, 40, null), // left pumped, ends 3.5 h ago
  ];
  const threshold = { dayHours: 3, nightHours: 4 };

  it('by day a 3 h threshold is passed at 3.5 h; at night a 4 h one is not', () => {
    const day = emptying(sessions, { nowMs: now, localHourNow: 15, threshold });
    expect(day.night).toBe(false);
    expect(day.sides.left).toMatchObject({ via: 'pump', minutesSince: 210, reminder: 'due', thresholdMinutes: 180 });
    expect(day.sides.right).toMatchObject({ via: 'nurse', minutesSince: 280, reminder: 'due' });
    const night = emptying(sessions, { nowMs: now, localHourNow: 23, threshold });
    expect(night.night).toBe(true);
    expect(night.sides.left).toMatchObject({ reminder: 'not-yet', thresholdMinutes: 240 });
    expect(night.sides.right.reminder).toBe('due');
  });

  it('off without a threshold; a side being nursed now is being emptied now; never emptied is null', () => {
    const off = emptying(sessions, { nowMs: now, localHourNow: 15, threshold: null });
    expect(off.sides.left.reminder).toBe('off');
    const running = emptying([nurseAt(now - 10 * 60_000, [['right', 30]], true)], { nowMs: now, localHourNow: 15, threshold });
    expect(running.sides.right).toMatchObject({ minutesSince: 0, reminder: 'not-yet' });
    expect(running.sides.left).toMatchObject({ lastEmptiedAt: null, minutesSince: null, reminder: 'not-yet' });
  });

  it('night windows wrap midnight and are configurable', () => {
    expect([21.9, 22, 3, 5.99, 6].map((h) => isNightHour(h))).toEqual([false, true, true, true, false]);
    expect(isNightHour(1, 0, 5)).toBe(true);
    expect(isNightHour(5, 0, 5)).toBe(false);
    expect(isNightHour(12, 8, 8)).toBe(false);
  });

  it('the summary uses the local hour of now to choose day or night', () => {
    // 23:30 in Madrid (CEST) is 21:30 UTC: night there, though not at that UTC hour.
    const nowMs = at('2026-06-10T21:30:00Z');
    const s = insightsSummary([pumpAt(nowMs - 3.5 * 3_600_000 - 20 * 60_000, 40, 40)], {
      from: '2026-06-04', to: '2026-06-10', timeZone: 'Europe/Madrid', nowMs, threshold, firstLoggedAt: null,
    });
    expect(s.emptying.night).toBe(true);
    expect(s.emptying.sides.left.reminder).toBe('not-yet');
    expect(s.days).toHaveLength(7);
    expect(s.rhythm.find((b) => b.n > 0)).toMatchObject({ hour: 19, n: 1, meanMl: 80, medianMl: 80 });
  });
});
