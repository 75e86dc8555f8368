import { describe, expect, it } from 'vitest';
import { createClock, MAX_SPEED, parseSpeed } from './massage-clock.js';

describe('the player clock', () => {
  it('reads ?speed= first, then the remembered speed, else 1', () => {
    expect(parseSpeed('?speed=60', null)).toBe(60);
    expect(parseSpeed('', '30')).toBe(30);
    expect(parseSpeed('?speed=1', '30')).toBe(1);
    expect(parseSpeed('', null)).toBe(1);
  });

  it('ignores nonsense and too much', () => {
    for (const bad of ['?speed=0', '?speed=-2', '?speed=abc', '?speed=2.5', `?speed=${MAX_SPEED + 1}`, '?speed=1e3']) expect(parseSpeed(bad, null)).toBe(1);
  });

  it('runs `speed` times faster from the moment it is made', () => {
    let real = 1_000;
    const clock = createClock(60, () => real);
    expect(clock.now()).toBe(1_000);
    real += 1_000;
    expect(clock.now()).toBe(61_000);
    expect(createClock(1, () => real).now()).toBe(real);
  });
});
