import { describe, expect, it } from 'vitest';
import { cToF, flOzToMl, formatClock, formatTemperature, formatVolume, fToC, fromMl, mlToFlOz, roundVolume, shownTotalMl, spokenDuration, toMl, WEIGHT_UNITS, weightUnitFor } from './units.js';

describe('units', () => {
  it('converts US fluid ounces and millilitres both ways', () => {
    expect(flOzToMl(1)).toBeCloseTo(29.5735, 4);
    expect(mlToFlOz(118.294)).toBeCloseTo(4, 3);
    expect(fromMl(toMl(3.5, 'floz'), 'floz')).toBeCloseTo(3.5, 10);
    expect(toMl(120, 'ml')).toBe(120);
  });
  it('converts temperatures at the triage thresholds', () => {
    expect(cToF(38.5)).toBeCloseTo(101.3, 1);
    expect(cToF(38)).toBeCloseTo(100.4, 1);
    expect(fToC(101.3)).toBeCloseTo(38.5, 1);
  });
  it('formats for display', () => {
    expect(roundVolume(100, 'floz')).toBe(3.4);
    expect(formatVolume(120.4, 'ml')).toBe('120 mL');
    expect(formatVolume(120, 'floz')).toBe('4.1 fl oz');
    expect(formatVolume(120, 'floz', 'es')).toBe('4,1 fl oz');
    expect(formatTemperature(38.5, 'f')).toBe('101.3 °F');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-3)).toBe('0:00');
  });

  it('says durations as people do: never "0 min" for something that happened', () => {
    expect(spokenDuration(0)).toEqual({ kind: 'none' });
    expect(spokenDuration(-5)).toEqual({ kind: 'none' });
    expect(spokenDuration(1)).toEqual({ kind: 'under-minute' });
    expect(spokenDuration(59.9)).toEqual({ kind: 'under-minute' });
    expect(spokenDuration(60)).toEqual({ kind: 'minutes', m: 1 });
    expect(spokenDuration(7 * 60 + 20)).toEqual({ kind: 'minutes', m: 7 });
    expect(spokenDuration(59 * 60 + 29)).toEqual({ kind: 'minutes', m: 59 });
    expect(spokenDuration(59 * 60 + 31)).toEqual({ kind: 'hours', h: 1, m: 0 });
    expect(spokenDuration(2 * 3600 + 15 * 60)).toEqual({ kind: 'hours', h: 2, m: 15 });
  });

  it('starts the weight unit where it used to follow the volume unit: mL with kg, fl oz with lb (then it is hers to change)', () => {
    expect(weightUnitFor('ml')).toBe('kg');
    expect(weightUnitFor('floz')).toBe('lb');
    expect(WEIGHT_UNITS).toEqual(['kg', 'lb']);
  });
});

describe('a total shown beside its parts', () => {
  it('is the sum of the parts as shown, in either unit', () => {
    // 2 and 1.5 fl oz, stored as 59.1 and 44.4 mL: shown as 59 and 44 mL, so the total reads 103 mL.
    expect(formatVolume(59.1 + 44.4, 'ml')).toBe('104 mL');
    expect(formatVolume(shownTotalMl([59.1, 44.4], 'ml'), 'ml')).toBe('103 mL');
    expect(formatVolume(shownTotalMl([59.1, 44.4], 'floz'), 'floz')).toBe('3.5 fl oz');
    // 0.14 + 0.14 fl oz would round to 0.3 on its own; its parts show 0.1 each.
    expect(formatVolume(shownTotalMl([flOzToMl(0.14), flOzToMl(0.14)], 'floz'), 'floz')).toBe('0.2 fl oz');
    expect(shownTotalMl([], 'ml')).toBe(0);
  });
});
