import { describe, expect, it } from 'vitest';
import { cToF, flOzToMl, formatClock, formatTemperature, formatVolume, fToC, fromMl, mlToFlOz, roundVolume, toMl } from './units.js';

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
});
