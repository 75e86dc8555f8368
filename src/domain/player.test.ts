import { describe, expect, it } from 'vitest';
import {
  createPlayer,
  endingOf,
  minutesSpent,
  playerReducer,
  restore,
  RESTORE_GAP_CAP_MS,
  routineRemainingSeconds,
  routineTotalMs,
  serialize,
  stepRemainingSeconds,
  type PlayerCue,
  type PlayableRoutine,
  type PlayerEvent,
  type PlayerState,
} from './player.js';
import { getRoutine, listRoutines } from './routines/index.js';

const T0 = 1_700_000_000_000;

/** A fake clock: `at(ms)` is T0 + ms. */
const at = (ms: number): number => T0 + ms;

const THREE = { id: 'let-down', perSide: false, steps: [{ seconds: 10 }, { seconds: 20 }, { seconds: 30 }] } as const;
const SIDED = { id: 'lymphatic-drainage', perSide: true, steps: [{ seconds: 5 }, { seconds: 10 }] } as const;

/** Applies events in order; returns the last state and every cue emitted. */
function run(state: PlayerState, ...events: PlayerEvent[]): { state: PlayerState; cues: PlayerCue[] } {
  const cues: PlayerCue[] = [];
  let s = state;
  for (const e of events) {
    const u = playerReducer(s, e);
    s = u.state;
    cues.push(u.cue);
  }
  return { state: s, cues };
}

const started = (plan: PlayableRoutine = THREE): PlayerState =>
  playerReducer(createPlayer(plan), { type: 'start', now: at(0) }).state;
const tick = (ms: number): PlayerEvent => ({ type: 'tick', now: at(ms) });

describe('player: start and tick', () => {
  it('starts ready at the first step, with the whole routine ahead', () => {
    const s = createPlayer(THREE);
    expect(s).toMatchObject({ status: 'ready', stepIndex: 0, side: null, totalElapsedMs: 0, startedAt: null });
    expect(routineRemainingSeconds(s)).toBe(60);
    expect(stepRemainingSeconds(s)).toBe(10);
    expect(createPlayer(SIDED).side).toBe('left');
    expect(() => createPlayer({ id: 'let-down', perSide: false, steps: [] })).toThrow(RangeError);
  });

  it('does not count time before start', () => {
    const s = run(createPlayer(THREE), tick(5_000)).state;
    expect(s.status).toBe('ready');
    expect(s.totalElapsedMs).toBe(0);
  });

  it('start records the start and ignores a second start', () => {
    const s = started();
    expect(s).toMatchObject({ status: 'running', startedAt: at(0), lastTickAt: at(0) });
    const again = run(s, tick(3_000), { type: 'start', now: at(4_000) }).state;
    expect(again.startedAt).toBe(at(0));
    expect(again.stepElapsedMs).toBe(3_000);
  });

  it('a tick within a step advances the elapsed times without a cue', () => {
    const { state, cues } = run(started(), tick(4_000));
    expect(state).toMatchObject({ stepIndex: 0, stepElapsedMs: 4_000, totalElapsedMs: 4_000 });
    expect(cues).toEqual([null]);
    expect(stepRemainingSeconds(state)).toBe(6);
    expect(routineRemainingSeconds(state)).toBe(56);
  });

  it('rounds the countdown up', () => {
    const state = run(started(), tick(4_001)).state;
    expect(stepRemainingSeconds(state)).toBe(6);
    expect(routineRemainingSeconds(state)).toBe(56);
  });

  it('a tick across one boundary moves to the next step and cues it', () => {
    const { state, cues } = run(started(), tick(12_000));
    expect(state).toMatchObject({ stepIndex: 1, stepElapsedMs: 2_000, totalElapsedMs: 12_000 });
    expect(cues).toEqual(['step']);
  });

  it('a tick landing exactly on a boundary starts the next step', () => {
    const state = run(started(), tick(10_000)).state;
    expect(state).toMatchObject({ stepIndex: 1, stepElapsedMs: 0 });
  });

  it('one tick can cross several boundaries', () => {
    const { state, cues } = run(started(), tick(35_000));
    expect(state).toMatchObject({ stepIndex: 2, stepElapsedMs: 5_000, totalElapsedMs: 35_000 });
    expect(cues).toEqual(['step']);
  });

  it('finishes naturally at the end, counting only the routine time', () => {
    const { state, cues } = run(started(), tick(20_000), tick(100_000));
    expect(state).toMatchObject({ status: 'finished', completed: true, totalElapsedMs: 60_000, finishedAt: at(60_000) });
    expect(state.lastTickAt).toBeNull();
    expect(cues).toEqual(['step', 'finished']);
    expect(stepRemainingSeconds(state)).toBe(0);
    expect(routineRemainingSeconds(state)).toBe(0);
    expect(minutesSpent(state)).toBe(1);
  });

  it('ignores a clock that goes backwards', () => {
    const s = run(started(), tick(5_000), tick(2_000), tick(3_000)).state;
    expect(s.totalElapsedMs).toBe(6_000);
  });
});

describe('player: per-side walk', () => {
  it('walks every step on the left, then on the right, cueing the side switch', () => {
    const { state, cues } = run(started(SIDED), tick(5_000), tick(15_000), tick(20_000), tick(40_000));
    expect(cues).toEqual(['step', 'side', 'step', 'finished']);
    expect(state).toMatchObject({ status: 'finished', completed: true, totalElapsedMs: 30_000, side: 'right', stepIndex: 1 });
    expect(routineTotalMs(state)).toBe(30_000);
  });

  it('reports the side at each point', () => {
    const s = started(SIDED);
    expect(run(s, tick(6_000)).state).toMatchObject({ side: 'left', stepIndex: 1, stepElapsedMs: 1_000 });
    expect(run(s, tick(16_000)).state).toMatchObject({ side: 'right', stepIndex: 0, stepElapsedMs: 1_000 });
    expect(routineRemainingSeconds(run(s, tick(16_000)).state)).toBe(14);
  });

  it('a long tick across the side switch cues the side, not just a step', () => {
    const { state, cues } = run(started(SIDED), tick(22_000));
    expect(state).toMatchObject({ side: 'right', stepIndex: 1, stepElapsedMs: 2_000 });
    expect(cues).toEqual(['side']);
  });
});

describe('player: pause and resume', () => {
  it('time does not advance while paused', () => {
    const paused = run(started(), tick(3_000), { type: 'pause', now: at(4_000) }).state;
    expect(paused).toMatchObject({ status: 'paused', stepElapsedMs: 4_000, lastTickAt: null });
    const later = run(paused, tick(60_000)).state;
    expect(later).toEqual(paused);
    expect(routineRemainingSeconds(later)).toBe(56);
  });

  it('resume counts from the resume moment', () => {
    const s = run(started(), { type: 'pause', now: at(4_000) }, { type: 'resume', now: at(60_000) }, tick(62_000)).state;
    expect(s).toMatchObject({ status: 'running', stepElapsedMs: 6_000, totalElapsedMs: 6_000 });
  });

  it('resume only applies to a paused player', () => {
    const s = started();
    expect(playerReducer(s, { type: 'resume', now: at(9_000) }).state).toBe(s);
    const ready = createPlayer(THREE);
    expect(playerReducer(ready, { type: 'pause', now: at(9_000) }).state).toBe(ready);
  });

  it('a pause after the end leaves it finished', () => {
    const s = run(started(), { type: 'pause', now: at(70_000) }).state;
    expect(s).toMatchObject({ status: 'finished', completed: true });
  });
});

describe('player: skip and back', () => {
  it('skip moves to the next step and does not count the skipped time', () => {
    const { state, cues } = run(started(), tick(3_000), { type: 'skip', now: at(4_000) });
    expect(state).toMatchObject({ stepIndex: 1, stepElapsedMs: 0, totalElapsedMs: 4_000, status: 'running' });
    expect(cues).toEqual([null, 'step']);
    expect(run(state, tick(5_000)).state.stepElapsedMs).toBe(1_000);
  });

  it('skip on the last left step switches sides', () => {
    const { state, cues } = run(started(SIDED), { type: 'skip', now: at(1_000) }, { type: 'skip', now: at(2_000) });
    expect(state).toMatchObject({ side: 'right', stepIndex: 0 });
    expect(cues).toEqual(['step', 'side']);
  });

  it('skip on the last step finishes the routine', () => {
    const s = run(started(), { type: 'skip', now: at(1_000) }, { type: 'skip', now: at(2_000) }, { type: 'skip', now: at(3_000) });
    expect(s.state).toMatchObject({ status: 'finished', completed: true, totalElapsedMs: 3_000, finishedAt: at(3_000) });
    expect(s.cues).toEqual(['step', 'step', 'finished']);
  });

  it('skip while paused stays paused', () => {
    const s = run(started(), { type: 'pause', now: at(2_000) }, { type: 'skip', now: at(9_000) }).state;
    expect(s).toMatchObject({ status: 'paused', stepIndex: 1, totalElapsedMs: 2_000 });
  });

  it('back goes to the start of the previous step', () => {
    const { state, cues } = run(started(), tick(15_000), { type: 'back', now: at(16_000) });
    expect(state).toMatchObject({ stepIndex: 0, stepElapsedMs: 0, totalElapsedMs: 16_000 });
    expect(cues).toEqual(['step', 'step']);
  });

  it('back at the first step stays there and restarts it', () => {
    const { state, cues } = run(started(), tick(4_000), { type: 'back', now: at(5_000) });
    expect(state).toMatchObject({ stepIndex: 0, stepElapsedMs: 0, totalElapsedMs: 5_000, status: 'running' });
    expect(cues).toEqual([null, null]);
  });

  it('back from the first right step returns to the last left step', () => {
    const { state, cues } = run(started(SIDED), tick(16_000), { type: 'back', now: at(16_000) });
    expect(state).toMatchObject({ side: 'left', stepIndex: 1, stepElapsedMs: 0 });
    expect(cues).toEqual(['side', 'side']);
  });
});

describe('player: finish', () => {
  const LONG = { id: 'hands-on-pumping', perSide: false, steps: [{ seconds: 60 }, { seconds: 60 }, { seconds: 60 }] } as const;

  it('finish early records the minutes actually spent', () => {
    const s = run(started(LONG), tick(100_000), { type: 'finish', now: at(130_000) });
    expect(s.state).toMatchObject({ status: 'finished', completed: false, totalElapsedMs: 130_000, finishedAt: at(130_000) });
    expect(s.cues).toEqual(['step', 'finished']);
    expect(minutesSpent(s.state)).toBe(2);
  });

  it('finish while paused counts only the time before the pause', () => {
    const s = run(started(LONG), { type: 'pause', now: at(45_000) }, { type: 'finish', now: at(900_000) }).state;
    expect(s).toMatchObject({ status: 'finished', totalElapsedMs: 45_000, completed: false });
    expect(minutesSpent(s)).toBe(1);
  });

  it('finish before start spends no minutes', () => {
    const s = playerReducer(createPlayer(LONG), { type: 'finish', now: at(0) }).state;
    expect(s.status).toBe('finished');
    expect(minutesSpent(s)).toBe(0);
  });

  it('a finished player ignores every event', () => {
    const done = run(started(), tick(60_000)).state;
    for (const type of ['start', 'tick', 'pause', 'resume', 'skip', 'back', 'finish'] as const) {
      expect(playerReducer(done, { type, now: at(99_000) })).toEqual({ state: done, cue: null });
    }
  });

  it('minutesSpent is capped at the log limit', () => {
    const s = { ...createPlayer(LONG), totalElapsedMs: 500 * 60_000 };
    expect(minutesSpent(s)).toBe(180);
  });
});

describe('player: how it ended', () => {
  it('whole when every step ran, skipped when one was skipped on the way, stopped when stopped', () => {
    expect(endingOf(run(started(), tick(60_000)).state)).toBe('whole');
    const skipped = run(started(), { type: 'skip', now: at(1_000) }, { type: 'skip', now: at(2_000) }, { type: 'skip', now: at(3_000) }).state;
    expect(skipped).toMatchObject({ status: 'finished', completed: true, skipped: true });
    expect(endingOf(skipped)).toBe('skipped');
    expect(endingOf(run(started(), tick(25_000), { type: 'skip', now: at(26_000) }, tick(60_000)).state)).toBe('skipped');
    expect(endingOf(run(started(), { type: 'skip', now: at(1_000) }, { type: 'finish', now: at(2_000) }).state)).toBe('stopped');
  });

  it('a player saved before skips were remembered reads as nothing skipped', () => {
    const s = run(started(), tick(3_000)).state;
    const { skipped: _, ...old } = JSON.parse(serialize(s)) as Record<string, unknown>;
    expect(restore(JSON.stringify(old), at(3_000))).toMatchObject({ skipped: false, totalElapsedMs: 3_000 });
    expect(restore(JSON.stringify({ ...old, skipped: 'yes' }), at(3_000))).toBeNull();
  });
});

describe('player: serialize and restore', () => {
  it('round-trips a paused player', () => {
    const s = run(started(SIDED), tick(7_000), { type: 'pause', now: at(7_500) }).state;
    expect(restore(serialize(s), at(99_000))).toEqual(s);
  });

  it('round-trips ready and finished players', () => {
    const ready = createPlayer(THREE);
    expect(restore(serialize(ready), at(0))).toEqual(ready);
    const done = run(started(), tick(99_000)).state;
    expect(restore(serialize(done), at(200_000))).toEqual(done);
  });

  it('a running player comes back paused, counting a short reload', () => {
    const s = run(started(), tick(3_000)).state;
    const r = restore(serialize(s), at(5_000));
    expect(r).toMatchObject({ status: 'paused', stepElapsedMs: 5_000, totalElapsedMs: 5_000, lastTickAt: null });
  });

  it('counts at most the cap of a long closed page', () => {
    const s = run(started(THREE), tick(1_000)).state;
    const r = restore(serialize(s), at(1_000 + 2 * 3_600_000));
    expect(r?.totalElapsedMs).toBe(1_000 + RESTORE_GAP_CAP_MS);
    expect(r).toMatchObject({ status: 'paused', stepIndex: 2, stepElapsedMs: 1_000 });
  });

  it('counts nothing when the clock is behind the last tick', () => {
    const s = run(started(), tick(3_000)).state;
    expect(restore(serialize(s), at(1_000))).toMatchObject({ status: 'paused', totalElapsedMs: 3_000 });
  });

  it('the counted gap can finish the routine', () => {
    const s = run(started(), tick(50_000)).state;
    expect(restore(serialize(s), at(80_000))).toMatchObject({ status: 'finished', completed: true, totalElapsedMs: 60_000 });
  });

  it('returns null for corrupt or inconsistent text', () => {
    const good = JSON.parse(serialize(run(started(SIDED), tick(2_000)).state)) as Record<string, unknown>;
    const bad = (patch: Record<string, unknown>): string => JSON.stringify({ ...good, ...patch });
    for (const text of [
      '',
      'not json',
      '{',
      'null',
      '[]',
      '42',
      '{}',
      bad({ v: 2 }),
      bad({ routineId: 'deep-massage' }),
      bad({ stepSeconds: [] }),
      bad({ stepSeconds: [5, 0] }),
      bad({ stepSeconds: [5, 1.5] }),
      bad({ stepSeconds: '5,10' }),
      bad({ perSide: 'yes' }),
      bad({ status: 'playing' }),
      bad({ stepIndex: 2 }),
      bad({ stepIndex: -1 }),
      bad({ side: null }),
      bad({ side: 'middle' }),
      bad({ stepElapsedMs: -1 }),
      bad({ stepElapsedMs: 5_000 }),
      bad({ totalElapsedMs: 'lots' }),
      bad({ lastTickAt: null }),
      bad({ startedAt: null }),
      bad({ finishedAt: at(1) }),
      bad({ completed: true }),
      bad({ status: 'ready' }),
    ]) {
      expect(restore(text, at(3_000)), text).toBeNull();
    }
    expect(restore(JSON.stringify(good), at(3_000))).not.toBeNull();
  });
});

describe('player: with the routine library', () => {
  it('plays every routine for its derived total time', () => {
    for (const r of listRoutines('en')) {
      const { state } = run(createPlayer(r), { type: 'start', now: at(0) }, tick(r.totalSeconds * 1000 - 1));
      expect(state.status, r.id).toBe('running');
      expect(routineTotalMs(state)).toBe(r.totalSeconds * 1000);
      expect(run(state, tick(r.totalSeconds * 1000)).state.status).toBe('finished');
    }
  });

  it('a per-side routine from the library walks left then right', () => {
    const r = getRoutine('reverse-pressure-softening', 'es');
    if (!r) throw new Error('missing');
    const once = r.steps.reduce((a, s) => a + s.seconds, 0) * 1000;
    const s = run(createPlayer(r), { type: 'start', now: at(0) }, tick(once)).state;
    expect(s).toMatchObject({ side: 'right', stepIndex: 0 });
  });
});
