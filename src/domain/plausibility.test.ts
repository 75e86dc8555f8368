import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import { doubtsKey, sessionDoubts } from './plausibility.js';
import { emptySessionInput, type SessionInput } from './session.js';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const iso = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

function bottle(ml: number, minutes = 10): SessionInput {
  return { ...emptySessionInput('bottle', iso(0)), startedAt: iso(-minutes), endedAt: iso(0), volumeMl: ml };
}
function pump(left: number | null, right: number | null): SessionInput {
  return { ...emptySessionInput('pump', iso(0)), startedAt: iso(-20), leftMl: left, rightMl: right };
}
function nurse(minutes: number): SessionInput {
  return { ...emptySessionInput('nurse', iso(-minutes)), endedAt: iso(0), segments: [{ side: 'left', start: iso(-minutes), end: iso(0) }] };
}

describe('values worth a second look', () => {
  it('a bottle under 10 mL, not at 10 mL (nor an empty one, which is its own error)', () => {
    expect(sessionDoubts(bottle(3), NOW)).toEqual([{ kind: 'small-bottle', field: 'volumeMl', ml: 3 }]);
    expect(sessionDoubts(bottle(9.9), NOW)).toHaveLength(1);
    expect(sessionDoubts(bottle(LIMITS.plausible.minBottleMl), NOW)).toEqual([]);
    expect(sessionDoubts(bottle(0), NOW)).toEqual([]);
    // 3 fl oz is 88.7 mL: nothing to ask.
    expect(sessionDoubts(bottle(88.7), NOW)).toEqual([]);
  });

  it('a pump over 500 mL on one side, each side on its own', () => {
    expect(sessionDoubts(pump(500, 500), NOW)).toEqual([]);
    expect(sessionDoubts(pump(900, 500.1), NOW)).toEqual([
      { kind: 'large-side', field: 'leftMl', side: 'left', ml: 900 },
      { kind: 'large-side', field: 'rightMl', side: 'right', ml: 500.1 },
    ]);
    expect(sessionDoubts(pump(null, 620), NOW)).toEqual([{ kind: 'large-side', field: 'rightMl', side: 'right', ml: 620 }]);
  });

  it('a nursing or bottle feed over 3 hours; a long pump is not a feed', () => {
    expect(sessionDoubts(nurse(180), NOW)).toEqual([]);
    expect(sessionDoubts(nurse(181), NOW)).toEqual([{ kind: 'long-feed', field: 'endedAt', minutes: 181 }]);
    expect(sessionDoubts(nurse(9 * 60), NOW)[0]).toMatchObject({ kind: 'long-feed', minutes: 540 });
    expect(sessionDoubts(bottle(90, 200), NOW)).toEqual([{ kind: 'long-feed', field: 'endedAt', minutes: 200 }]);
    expect(sessionDoubts({ ...pump(60, 60), startedAt: iso(-200) }, NOW)).toEqual([]);
    // A running timer has no end yet: nothing to ask until it stops.
    expect(sessionDoubts({ ...nurse(300), endedAt: null }, NOW)).toEqual([]);
  });

  it('an end later than now', () => {
    expect(sessionDoubts({ ...bottle(90), startedAt: iso(-5), endedAt: iso(1) }, NOW)).toEqual([]);
    expect(sessionDoubts({ ...bottle(90), startedAt: iso(-5), endedAt: iso(29) }, NOW)).toEqual([]);
    expect(sessionDoubts({ ...bottle(90), startedAt: iso(-5), endedAt: iso(45) }, NOW)).toEqual([{ kind: 'ends-later', field: 'endedAt', minutesAhead: 45 }]);
  });

  it('is keyed by what is unusual, so changing the value asks again', () => {
    expect(doubtsKey(sessionDoubts(bottle(3), NOW))).toBe('small-bottle:3');
    expect(doubtsKey(sessionDoubts(bottle(4), NOW))).not.toBe(doubtsKey(sessionDoubts(bottle(3), NOW)));
    expect(doubtsKey([])).toBe('');
  });
});
