import { describe, expect, it } from 'vitest';
import type { Emptying } from '../../src/domain/insights/emptying.js';
import { sidesNow } from './insights-reminder.js';

/** Local times, so the day/night window is the runner's own, as it is the browser's. */
const at = (h: number, m = 0): number => new Date(2026, 10, 23, h, m).getTime();

function emptied(leftMs: number | null, rightMs: number | null): Emptying {
  const side = (ms: number | null) => ({
    lastEmptiedAt: ms === null ? null : new Date(ms).toISOString(),
    via: ms === null ? null : ('pump' as const),
    minutesSince: null,
    reminder: 'off' as const,
    thresholdMinutes: null,
  });
  return { night: false, sides: { left: { side: 'left', ...side(leftMs) }, right: { side: 'right', ...side(rightMs) } } };
}

describe('time since each breast was emptied', () => {
  it('counts whole minutes from the last emptying to now', () => {
    const [left, right] = sidesNow(emptied(at(9), at(10, 30)), null, at(12, 5));
    expect(left).toMatchObject({ side: 'left', minutes: 185, due: false, thresholdMinutes: null });
    expect(right).toMatchObject({ side: 'right', minutes: 95, due: false });
  });

  it('is due once the day threshold has passed, by day', () => {
    const sides = sidesNow(emptied(at(9), at(11)), { dayHours: 3, nightHours: 5 }, at(12));
    expect(sides.map((s) => s.due)).toEqual([true, false]);
    expect(sides[0]?.thresholdMinutes).toBe(180);
  });

  it('uses the night threshold between 22:00 and 6:00', () => {
    const sides = sidesNow(emptied(at(0), at(2)), { dayHours: 3, nightHours: 5 }, at(4, 30));
    expect(sides.map((s) => s.thresholdMinutes)).toEqual([300, 300]);
    expect(sides.map((s) => s.due)).toEqual([false, false]);
    expect(sidesNow(emptied(at(0), at(2)), { dayHours: 3, nightHours: 4 }, at(5)).map((s) => s.due)).toEqual([true, false]);
  });

  it('is never due for a side never emptied, nor with reminders off', () => {
    expect(sidesNow(emptied(null, at(1)), { dayHours: 0.5, nightHours: 0.5 }, at(12))).toMatchObject([
      { minutes: null, due: false },
      { due: true },
    ]);
    expect(sidesNow(emptied(at(1), at(1)), null, at(23)).some((s) => s.due)).toBe(false);
  });
});
