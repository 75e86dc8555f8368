import { describe, expect, it } from 'vitest';
import {
  currentSide,
  emptySessionInput,
  isPaused,
  pauseSegments,
  resumeSegments,
  sameSessionInput,
  segmentsFromMinutes,
  sessionProblems,
  sideSeconds,
  startSegments,
  stopSession,
  switchSide,
  type SessionInput,
} from './session.js';

const t = (min: number) => new Date(Date.UTC(2026, 0, 15, 3, min)).toISOString();
const NOW = Date.UTC(2026, 0, 15, 12);

describe('nursing timer', () => {
  it('starts, switches, pauses, resumes and stops, counting each side', () => {
    let segs = startSegments('left', t(0));
    expect(currentSide(segs)).toBe('left');
    segs = switchSide(segs, t(10));
    expect(currentSide(segs)).toBe('right');
    segs = pauseSegments(segs, t(15));
    expect(currentSide(segs)).toBeNull();
    expect(isPaused({ kind: 'nurse', endedAt: null, segments: segs })).toBe(true);
    segs = resumeSegments(segs, t(20));
    expect(currentSide(segs)).toBe('right');
    expect(resumeSegments(segs, t(21))).toEqual(segs);
    const s = stopSession({ ...emptySessionInput('nurse', t(0)), segments: segs }, t(23));
    expect(s.endedAt).toBe(t(23));
    expect(currentSide(s.segments)).toBeNull();
    expect(sideSeconds(s.segments, NOW)).toEqual({ left: 600, right: 480 });
    expect(sessionProblems(s, NOW)).toEqual([]);
  });

  it('counts a running segment up to now, and clips to a window', () => {
    const segs = startSegments('right', t(0));
    expect(sideSeconds(segs, Date.parse(t(7)))).toEqual({ left: 0, right: 420 });
    expect(sideSeconds(segs, Date.parse(t(7)), { start: Date.parse(t(5)), end: Date.parse(t(6)) })).toEqual({ left: 0, right: 60 });
  });

  it('switches to a chosen side', () => {
    expect(currentSide(switchSide(startSegments('left', t(0)), t(1), 'left'))).toBe('left');
  });
});

describe('segmentsFromMinutes', () => {
  it('puts the first side first, then the other, skipping a side with no minutes', () => {
    expect(segmentsFromMinutes(Date.parse(t(0)), 'right', { left: 7, right: 12 })).toEqual([
      { side: 'right', start: t(0), end: t(12) },
      { side: 'left', start: t(12), end: t(19) },
    ]);
    expect(segmentsFromMinutes(Date.parse(t(0)), 'left', { left: 0, right: 5 })).toEqual([{ side: 'right', start: t(0), end: t(5) }]);
    expect(segmentsFromMinutes(Date.parse(t(0)), 'left', { left: 0, right: 0 })).toEqual([]);
  });
});

describe('sessionProblems', () => {
  const base = (over: Partial<SessionInput>): SessionInput => ({ ...emptySessionInput('pump', t(0)), endedAt: t(20), leftMl: 50, ...over });

  it('accepts a good pump, bottle and massage session', () => {
    expect(sessionProblems(base({}), NOW)).toEqual([]);
    expect(sessionProblems({ ...emptySessionInput('bottle', t(0)), volumeMl: 90 }, NOW)).toEqual([]);
    const massage = { routineId: 'let-down', timing: 'before' as const, minutes: 5, tool: 'hands' as const, vibration: false, heat: false };
    expect(sessionProblems({ ...emptySessionInput('massage', t(0)), endedAt: t(5), massage }, NOW)).toEqual([]);
  });

  it('names the field of each cross-field problem', () => {
    const fields = (s: SessionInput) => sessionProblems(s, NOW).map((p) => p.field);
    expect(fields(base({ endedAt: t(-5) }))).toEqual(['endedAt']);
    expect(fields(base({ leftMl: null, rightMl: null }))).toEqual(['leftMl']);
    expect(fields({ ...emptySessionInput('bottle', t(0)), volumeMl: null, milkType: null })).toEqual(['volumeMl', 'milkType']);
    expect(fields({ ...emptySessionInput('massage', t(0)), endedAt: null })).toEqual(['massage', 'endedAt']);
    expect(fields(base({ segments: startSegments('left', t(0)) }))).toEqual(['segments.0.end']);
    expect(fields({ ...emptySessionInput('bottle', t(0)), volumeMl: 9, segments: startSegments('left', t(0)) })).toEqual(['segments']);
    const running = { ...emptySessionInput('nurse', t(0)), endedAt: t(30), segments: startSegments('left', t(0)) };
    expect(fields(running)).toEqual(['segments.0.end']);
    expect(fields(base({ startedAt: new Date(NOW + 3_600_000).toISOString(), endedAt: new Date(NOW + 3_700_000).toISOString() }))).toEqual(['startedAt']);
  });

  it('lets a running pump have no volume yet', () => {
    expect(sessionProblems(base({ endedAt: null, leftMl: null }), NOW)).toEqual([]);
  });
});

describe('sameSessionInput', () => {
  it('ignores stored-only fields and key order, but not values', () => {
    const a = { ...emptySessionInput('pump', t(0)), endedAt: t(10), leftMl: 40 };
    const stored = { ...a, id: 'x', version: 3, notes: '' };
    expect(sameSessionInput(stored, { ...a })).toBe(true);
    expect(sameSessionInput(stored, { ...a, leftMl: 41 })).toBe(false);
  });
});
