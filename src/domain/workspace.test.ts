import { describe, expect, it } from 'vitest';
import type { Finding } from './baby/enough-milk.js';
import { clientPicture, pictureOf, weeklyOutput } from './workspace.js';

const NOW = Date.parse('2026-03-20T12:00:00Z');
const TODAY = Date.parse('2026-03-20T00:00:00Z');
const daysAgo = (d: number, h = 0) => new Date(NOW - d * 86_400_000 - h * 3_600_000).toISOString();
const pump = (d: number, ml: number) => ({ kind: 'pump' as const, startedAt: daysAgo(d), updatedAt: daysAgo(d), leftMl: ml / 2, rightMl: ml / 2, deletedAt: null });

describe('clientPicture', () => {
  it('flags output down more than 25% week on week, and not a smaller drop', () => {
    const weekBefore = [8, 9, 10, 11].map((d) => pump(d, 200));
    const down = clientPicture([...weekBefore, pump(1, 150), pump(2, 150), pump(3, 150), pump(4, 140)], [], { nowMs: NOW, todayStartMs: TODAY });
    expect(down.flags).toEqual([{ id: 'output-down', percent: 26, lastWeekMl: 590, weekBeforeMl: 800 }]);
    const slight = clientPicture([...weekBefore, pump(1, 160), pump(2, 150), pump(3, 150), pump(4, 150)], [], { nowMs: NOW, todayStartMs: TODAY });
    expect(slight.flags).toEqual([]);
  });

  it('does not compare against a week with too few sessions', () => {
    const p = clientPicture([pump(9, 500), pump(10, 500), pump(1, 10)], [], { nowMs: NOW, todayStartMs: TODAY });
    expect(p.flags).toEqual([]);
  });

  it('flags a recent call or urgent check (urgent first), not an old one or a watch', () => {
    const p = clientPicture([], [
      { checkedAt: daysAgo(2), level: 'call' },
      { checkedAt: daysAgo(3), level: 'urgent' },
      { checkedAt: daysAgo(1), level: 'watch' },
      { checkedAt: daysAgo(9), level: 'urgent' },
    ], { nowMs: NOW, todayStartMs: TODAY });
    expect(p.flags).toEqual([{ id: 'recent-triage', level: 'urgent', checkedAt: daysAgo(3) }]);
    expect(clientPicture([], [{ checkedAt: daysAgo(9), level: 'urgent' }], { nowMs: NOW, todayStartMs: TODAY }).flags).toEqual([]);
  });

  it("sums today's pumping and feeds and finds the last activity", () => {
    const p = clientPicture(
      [
        { kind: 'pump', startedAt: daysAgo(0, 2), updatedAt: daysAgo(0, 1), leftMl: 40, rightMl: 50, deletedAt: null },
        { kind: 'nurse', startedAt: daysAgo(0, 3), updatedAt: daysAgo(0, 3), leftMl: null, rightMl: null, deletedAt: null },
        { kind: 'pump', startedAt: daysAgo(0, 4), updatedAt: daysAgo(0, 4), leftMl: 999, rightMl: 0, deletedAt: daysAgo(0, 4) },
      ],
      [],
      { nowMs: NOW, todayStartMs: TODAY },
    );
    expect(p).toMatchObject({ todayPumpedMl: 90, todayFeeds: 1, last7DaysPumpedMl: 90, lastActivityAt: daysAgo(0, 1) });
  });

  it('flags a breast past the reminder threshold she set, and nothing without one', () => {
    const emptying = {
      night: false,
      sides: {
        left: { side: 'left' as const, lastEmptiedAt: daysAgo(0, 5), via: 'pump' as const, minutesSince: 300, reminder: 'due' as const, thresholdMinutes: 180 },
        right: { side: 'right' as const, lastEmptiedAt: daysAgo(0, 1), via: 'pump' as const, minutesSince: 60, reminder: 'not-yet' as const, thresholdMinutes: 180 },
      },
    };
    expect(clientPicture([], [], { nowMs: NOW, todayStartMs: TODAY, emptying }).flags).toEqual([{ id: 'not-emptied', side: 'left', hours: 5 }]);
    expect(clientPicture([], [], { nowMs: NOW, todayStartMs: TODAY, emptying: null }).flags).toEqual([]);
  });

  it('flags nappies below the table and a weight loss over 10% per baby, by name', () => {
    const wet: Finding = { id: 'wet-below', urgency: 'today', window: 'yesterday', wet: 3, expected: 6, sources: ['PCS-FEED'], lacteaOwn: true };
    const dirty: Finding = { id: 'dirty-below', urgency: 'soon', dirty: 1, expected: 2, sources: ['ELHT'], lacteaOwn: false };
    const pale: Finding = { id: 'pale-stool', urgency: 'today', at: daysAgo(0, 1), sources: ['HT-JAUN'], lacteaOwn: true };
    const p = clientPicture([], [], {
      nowMs: NOW,
      todayStartMs: TODAY,
      babies: [
        { babyId: 'a', babyName: 'Ada', findings: [wet, dirty, pale], latestWeight: { percentFromBirth: -4, measuredAt: daysAgo(1), lossOverLimit: false } },
        { babyId: 'b', babyName: 'Bea', findings: [], latestWeight: { percentFromBirth: -11.2, measuredAt: daysAgo(1), lossOverLimit: true } },
      ],
    });
    expect(p.flags).toEqual([
      { id: 'nappies-below', babyId: 'a', babyName: 'Ada', nappy: 'wet', window: 'yesterday', count: 3, expected: 6 },
      { id: 'nappies-below', babyId: 'a', babyName: 'Ada', nappy: 'dirty', window: 'yesterday', count: 1, expected: 2 },
      { id: 'weight-loss', babyId: 'b', babyName: 'Bea', percent: -11.2, measuredAt: daysAgo(1) },
    ]);
  });

  it('keeps the window of a nappy finding: the last 24 hours are not "yesterday"', () => {
    const wet: Finding = { id: 'wet-below', urgency: 'today', window: 'last-24h', wet: 1, expected: 3, sources: ['PCS-FEED'], lacteaOwn: true };
    const p = clientPicture([], [], { nowMs: NOW, todayStartMs: TODAY, babies: [{ babyId: 'a', babyName: 'Lucía', findings: [wet], latestWeight: null }] });
    expect(p.flags).toEqual([{ id: 'nappies-below', babyId: 'a', babyName: 'Lucía', nappy: 'wet', window: 'last-24h', count: 1, expected: 3 }]);
  });

  it('flags a share that ends within a week, not a later or an open-ended one', () => {
    const inDays = (d: number) => new Date(NOW + d * 86_400_000).toISOString();
    const flags = (at: string | null) => clientPicture([], [], { nowMs: NOW, todayStartMs: TODAY, accessExpiresAt: at }).flags;
    expect(flags(inDays(6.9))).toEqual([{ id: 'share-ending', endsAt: inDays(6.9) }]);
    expect(flags(inDays(7.1))).toEqual([]);
    expect(flags(null)).toEqual([]);
  });

  it('gives the same picture from sums as from the sessions they sum', () => {
    const sessions = [8, 9, 10, 11].map((d) => pump(d, 200)).concat([pump(1, 100), pump(0, 50)]);
    const out = weeklyOutput(sessions, { nowMs: NOW, todayStartMs: TODAY });
    expect(out).toMatchObject({ lastWeekMl: 150, weekBeforeMl: 800, weekBeforeSessions: 4, todayPumpedMl: 50 });
    expect(pictureOf(out, [], { nowMs: NOW })).toEqual(clientPicture(sessions, [], { nowMs: NOW, todayStartMs: TODAY }));
  });
});
