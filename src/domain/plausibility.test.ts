import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import { doubtsKey, otherUnitReading, sessionDoubts } from './plausibility.js';
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

  it('a bottle over 360 mL, not at 360 mL: 30 typed in a fl oz field is 887 mL', () => {
    expect(sessionDoubts(bottle(360), NOW)).toEqual([]);
    expect(sessionDoubts(bottle(360.1), NOW)).toEqual([{ kind: 'large-bottle', field: 'volumeMl', ml: 360.1 }]);
    expect(sessionDoubts(bottle(887.2), NOW)).toEqual([{ kind: 'large-bottle', field: 'volumeMl', ml: 887.2 }]);
    // 12 fl oz (355 mL), a big bottle, is not asked about; 15 fl oz (444 mL) is.
    expect(sessionDoubts(bottle(354.9), NOW)).toEqual([]);
    expect(sessionDoubts(bottle(443.6), NOW)).toHaveLength(1);
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

  it('reads what she typed in the other unit when that is the usual value and hers is not', () => {
    // "3" in mL: a 3 mL bottle, or 3 fl oz (88.7 mL).
    expect(otherUnitReading('bottle', 3, 'ml')).toBeCloseTo(88.72, 2);
    // "30" in fl oz: an 887 mL bottle, or 30 mL.
    expect(otherUnitReading('bottle', 887.2, 'floz')).toBe(30);
    // "90" in fl oz is over any limit; as mL it is an everyday bottle.
    expect(otherUnitReading('bottle', 2661.6, 'floz')).toBe(90);
    // "20" fl oz from one side (591 mL): 20 mL.
    expect(otherUnitReading('side', 591.5, 'floz')).toBe(20);
    // Usual values, and readings that are no better in the other unit, suggest nothing.
    expect(otherUnitReading('bottle', 90, 'ml')).toBeNull();
    expect(otherUnitReading('bottle', 900, 'ml')).toBeNull();
    expect(otherUnitReading('side', 2000, 'ml')).toBeNull();
    expect(otherUnitReading('bottle', 8.9, 'floz')).toBeNull();
    expect(otherUnitReading('bottle', 0.4, 'ml')).toBeNull();
    // A fraction of a fl oz is typed on purpose: 33.9 fl oz is not 33.9 mL.
    expect(otherUnitReading('side', 1002.5, 'floz')).toBeNull();
  });

  it('is keyed by what is unusual, so changing the value asks again', () => {
    expect(doubtsKey(sessionDoubts(bottle(3), NOW))).toBe('small-bottle:3');
    expect(doubtsKey(sessionDoubts(bottle(4), NOW))).not.toBe(doubtsKey(sessionDoubts(bottle(3), NOW)));
    expect(doubtsKey([])).toBe('');
  });
});
