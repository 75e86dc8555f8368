import { describe, expect, it } from 'vitest';
import {
  finishPump,
  isPumpPaused,
  lastPumped,
  pausePump,
  pumpEndMs,
  pumpingNow,
  pumpingSeconds,
  resumePump,
  setPumpSides,
  startPumpSegments,
  switchPumpSide,
} from './pump-timer.js';
import { emptySessionInput, sessionProblems, sideSeconds, type SessionInput } from './session.js';

const t = (min: number) => new Date(Date.UTC(2026, 0, 15, 3, min)).toISOString();
const ms = (min: number) => Date.parse(t(min));
const NOW = Date.UTC(2026, 0, 15, 12);

const running = (segments: SessionInput['segments']): SessionInput => ({ ...emptySessionInput('pump', t(0)), endedAt: null, segments });

describe('pump timer', () => {
  it('double pumps, pauses, resumes on both sides, and counts time once', () => {
    let segs = startPumpSegments('both', t(0));
    expect(pumpingNow(segs)).toBe('both');
    expect(sessionProblems(running(segs), NOW)).toEqual([]);
    segs = pausePump(segs, t(10));
    expect(pumpingNow(segs)).toBeNull();
    expect(isPumpPaused(running(segs))).toBe(true);
    expect(lastPumped(segs)).toBe('both');
    segs = resumePump(segs, t(12));
    expect(pumpingNow(segs)).toBe('both');
    expect(resumePump(segs, t(13))).toEqual(segs);
    expect(sideSeconds(segs, ms(15))).toEqual({ left: 780, right: 780 });
    // Both at once count once in the total.
    expect(pumpingSeconds(segs, ms(15))).toBe(780);
    expect(sessionProblems(running(segs), NOW)).toEqual([]);
  });

  it('single pumps one side, switches, and resumes the side it paused on', () => {
    let segs = startPumpSegments('left', t(0));
    expect(pumpingNow(segs)).toBe('left');
    segs = switchPumpSide(segs, t(5));
    expect(pumpingNow(segs)).toBe('right');
    segs = pausePump(segs, t(8));
    segs = resumePump(segs, t(9));
    expect(pumpingNow(segs)).toBe('right');
    segs = setPumpSides(segs, t(10), 'both');
    expect(pumpingNow(segs)).toBe('both');
    // Switching while double pumping changes nothing.
    expect(switchPumpSide(segs, t(11))).toEqual(segs);
    expect(sideSeconds(segs, ms(12))).toEqual({ left: 420, right: 360 });
    expect(pumpingSeconds(segs, ms(12))).toBe(660);
    expect(sessionProblems(running(segs), NOW)).toEqual([]);
  });

  it('finishes when the pumping ended: now while it runs, at the pause when paused', () => {
    const runningPump = running(startPumpSegments('both', t(0)));
    const done = finishPump({ ...runningPump, leftMl: 60, rightMl: 40 }, ms(20));
    expect(done.endedAt).toBe(t(20));
    expect(done.segments.every((g) => g.end === t(20))).toBe(true);
    expect(sessionProblems(done, NOW)).toEqual([]);

    const paused = running(pausePump(startPumpSegments('right', t(0)), t(12)));
    expect(pumpEndMs(paused.segments, ms(90))).toBe(ms(12));
    expect(finishPump(paused, ms(90)).endedAt).toBe(t(12));
    // A pump with no segments (logged by hand or by an older app) ends now.
    expect(finishPump(running([]), ms(30)).endedAt).toBe(t(30));
  });

  it('the log refuses a side pumped twice at once, or segments out of order', () => {
    const fields = (segments: SessionInput['segments']) => sessionProblems(running(segments), NOW).map((p) => p.field);
    const twiceLeft = [
      { side: 'left' as const, start: t(0), end: t(10) },
      { side: 'left' as const, start: t(5), end: null },
    ];
    expect(fields(twiceLeft)).toEqual(['segments.1.start']);
    const outOfOrder = [
      { side: 'left' as const, start: t(5), end: null },
      { side: 'right' as const, start: t(0), end: null },
    ];
    expect(fields(outOfOrder)).toEqual(['segments.1.start']);
    const twoOpen = [
      { side: 'left' as const, start: t(0), end: null },
      { side: 'left' as const, start: t(5), end: null },
    ];
    expect(fields(twoOpen)).toContain('segments.0.end');
    // A finished pump cannot have a side still running.
    const finished = { ...running(startPumpSegments('both', t(0))), endedAt: t(10), leftMl: 10 };
    expect(sessionProblems(finished, NOW).map((p) => p.field)).toEqual(['segments.0.end', 'segments.1.end']);
    // Bottles and massage sessions still have no segments.
    expect(sessionProblems({ ...emptySessionInput('bottle', t(0)), volumeMl: 50, segments: startPumpSegments('left', t(0)) }, NOW).map((p) => p.field)).toEqual(['segments']);
  });
});
