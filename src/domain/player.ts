/**
 * The full-screen massage player as a pure reducer. Times are milliseconds from any clock the
 * caller chooses (Date.now or performance.now); the reducer never reads a clock itself.
 *
 * A per-side routine is walked as every step on the left, then every step on the right. Each
 * update reports a `cue` when the step changed, so the UI can beep or vibrate.
 *
 * Reload policy: `restore` of a player that was running counts at most RESTORE_GAP_CAP_MS of the
 * time the page was closed (a quick reload while the hands kept going), then returns it *paused*.
 * A parent who closed the app mid-routine is not credited with minutes she did not spend, and
 * finds the routine where she left it.
 */
import { LIMITS } from './limits.js';
import { isRoutineId, type RoutineId } from './routine-ids.js';
import type { Side } from './session.js';

export const PLAYER_STATUSES = ['ready', 'running', 'paused', 'finished'] as const;
export type PlayerStatus = (typeof PLAYER_STATUSES)[number];

export interface PlayerState {
  routineId: RoutineId;
  /** Seconds of each step for one side, in order. */
  stepSeconds: readonly number[];
  perSide: boolean;
  status: PlayerStatus;
  stepIndex: number;
  /** The side being worked on for a per-side routine, else null. */
  side: Side | null;
  stepElapsedMs: number;
  /** Time actually spent running (paused and skipped time excluded). */
  totalElapsedMs: number;
  /** Clock reading of the last accounted moment while running; null otherwise. */
  lastTickAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  /** True when the routine reached its end; false when stopped early. */
  completed: boolean;
  /** True once a step was skipped: reaching the end then is not the whole routine. */
  skipped: boolean;
}

export type PlayerEvent =
  | { type: 'start'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'skip'; now: number }
  | { type: 'back'; now: number }
  | { type: 'finish'; now: number };

/** What the UI should announce: a new step, a switch to the other side, or the end. */
export type PlayerCue = 'step' | 'side' | 'finished' | null;

export interface PlayerUpdate {
  state: PlayerState;
  cue: PlayerCue;
}

/** At most this much of the time a running player's page was closed counts after a restore. */
export const RESTORE_GAP_CAP_MS = 30_000;
const MAX_STEP_SECONDS = 3_600;
const SERIAL_VERSION = 1;

export interface PlayableRoutine {
  id: RoutineId;
  perSide: boolean;
  steps: readonly { seconds: number }[];
}

export function createPlayer(routine: PlayableRoutine): PlayerState {
  if (routine.steps.length === 0) throw new RangeError('a routine needs at least one step');
  return {
    routineId: routine.id,
    stepSeconds: routine.steps.map((s) => s.seconds),
    perSide: routine.perSide,
    status: 'ready',
    stepIndex: 0,
    side: routine.perSide ? 'left' : null,
    stepElapsedMs: 0,
    totalElapsedMs: 0,
    lastTickAt: null,
    startedAt: null,
    finishedAt: null,
    completed: false,
    skipped: false,
  };
}

// ---- Positions: a "slot" is one step on one side; per-side routines have twice the slots. ----

function slotCount(s: PlayerState): number {
  return s.stepSeconds.length * (s.perSide ? 2 : 1);
}

function slotOf(s: PlayerState): number {
  return (s.side === 'right' ? s.stepSeconds.length : 0) + s.stepIndex;
}

function slotMs(s: PlayerState, slot: number): number {
  return (s.stepSeconds[slot % s.stepSeconds.length] ?? 0) * 1000;
}

function moveTo(s: PlayerState, slot: number): PlayerState {
  const n = s.stepSeconds.length;
  return { ...s, stepIndex: slot % n, side: s.perSide ? (slot < n ? 'left' : 'right') : null, stepElapsedMs: 0 };
}

const CUE_RANK = { step: 1, side: 2, finished: 3 } as const;
const cueRank = (c: PlayerCue): number => (c === null ? 0 : CUE_RANK[c]);

function stronger(a: PlayerCue, b: PlayerCue): PlayerCue {
  return cueRank(b) > cueRank(a) ? b : a;
}

function cueForMove(from: PlayerState, to: PlayerState): PlayerCue {
  return from.side !== to.side ? 'side' : 'step';
}

function end(s: PlayerState, at: number, completed: boolean): PlayerState {
  return { ...s, status: 'finished', lastTickAt: null, finishedAt: at, completed };
}

/** Accounts running time up to `now`, crossing as many step boundaries as it covers. */
function advance(state: PlayerState, now: number): PlayerUpdate {
  if (state.status !== 'running' || state.lastTickAt === null) return { state, cue: null };
  let budget = Math.max(0, now - state.lastTickAt);
  let s: PlayerState = { ...state, lastTickAt: now };
  let cue: PlayerCue = null;
  while (budget > 0) {
    const slot = slotOf(s);
    const left = slotMs(s, slot) - s.stepElapsedMs;
    if (budget < left) {
      s = { ...s, stepElapsedMs: s.stepElapsedMs + budget, totalElapsedMs: s.totalElapsedMs + budget };
      break;
    }
    budget -= left;
    s = { ...s, stepElapsedMs: s.stepElapsedMs + left, totalElapsedMs: s.totalElapsedMs + left };
    if (slot + 1 >= slotCount(s)) return { state: end(s, now - budget, true), cue: 'finished' };
    const next = moveTo(s, slot + 1);
    cue = stronger(cue, cueForMove(s, next));
    s = next;
  }
  return { state: s, cue };
}

function skip(state: PlayerState, now: number): PlayerUpdate {
  const ticked = advance(state, now);
  if (ticked.state.status === 'finished') return ticked;
  const s = { ...ticked.state, skipped: true };
  const slot = slotOf(s);
  if (slot + 1 >= slotCount(s)) return { state: end(s, now, true), cue: 'finished' };
  const next = moveTo(s, slot + 1);
  return { state: next, cue: stronger(ticked.cue, cueForMove(s, next)) };
}

function back(state: PlayerState, now: number): PlayerUpdate {
  const ticked = advance(state, now);
  const s = ticked.state;
  if (s.status === 'finished') return ticked;
  const slot = slotOf(s);
  if (slot === 0) return { state: { ...s, stepElapsedMs: 0 }, cue: ticked.cue };
  const prev = moveTo(s, slot - 1);
  return { state: prev, cue: cueForMove(s, prev) };
}

export function playerReducer(state: PlayerState, event: PlayerEvent): PlayerUpdate {
  const { now } = event;
  switch (event.type) {
    case 'start':
      if (state.status !== 'ready') return { state, cue: null };
      return { state: { ...state, status: 'running', startedAt: now, lastTickAt: now }, cue: null };
    case 'tick':
      return advance(state, now);
    case 'pause': {
      const ticked = advance(state, now);
      if (ticked.state.status !== 'running') return ticked;
      return { state: { ...ticked.state, status: 'paused', lastTickAt: null }, cue: ticked.cue };
    }
    case 'resume':
      if (state.status !== 'paused') return { state, cue: null };
      return { state: { ...state, status: 'running', lastTickAt: now }, cue: null };
    case 'skip':
      return state.status === 'finished' ? { state, cue: null } : skip(state, now);
    case 'back':
      return state.status === 'finished' ? { state, cue: null } : back(state, now);
    case 'finish': {
      const ticked = advance(state, now);
      if (ticked.state.status === 'finished') return ticked;
      return { state: end(ticked.state, now, false), cue: 'finished' };
    }
  }
}

// ---- Derived values ----

/** How a finished routine ended, for its last words: all of it, to the end with steps skipped, or stopped. */
export type PlayerEnding = 'whole' | 'skipped' | 'stopped';

export function endingOf(s: PlayerState): PlayerEnding {
  return !s.completed ? 'stopped' : s.skipped ? 'skipped' : 'whole';
}

export function routineTotalMs(s: PlayerState): number {
  return s.stepSeconds.reduce((a, b) => a + b, 0) * 1000 * (s.perSide ? 2 : 1);
}

/** Whole seconds left in the current step, rounded up (a countdown shows 1 until it ends). */
export function stepRemainingSeconds(s: PlayerState): number {
  if (s.status === 'finished') return 0;
  return Math.ceil((slotMs(s, slotOf(s)) - s.stepElapsedMs) / 1000);
}

/** Whole seconds left in the whole routine from the current position, rounded up. */
export function routineRemainingSeconds(s: PlayerState): number {
  if (s.status === 'finished') return 0;
  let ms = -s.stepElapsedMs;
  for (let slot = slotOf(s); slot < slotCount(s); slot++) ms += slotMs(s, slot);
  return Math.ceil(ms / 1000);
}

/**
 * Whole minutes actually spent, for the session log: rounded, at least 1 once any time was
 * spent, at most the log's limit.
 */
export function minutesSpent(s: PlayerState): number {
  if (s.totalElapsedMs <= 0) return 0;
  return Math.min(LIMITS.maxMassageMinutes, Math.max(1, Math.round(s.totalElapsedMs / 60_000)));
}

// ---- Surviving a reload ----

export function serialize(s: PlayerState): string {
  return JSON.stringify({ v: SERIAL_VERSION, ...s });
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isMs = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isMsOrNull = (x: unknown): x is number | null => x === null || isMs(x);

function parseState(o: Record<string, unknown>): PlayerState | null {
  const { routineId, stepSeconds, perSide, status, stepIndex, side, stepElapsedMs, totalElapsedMs } = o;
  const { lastTickAt, startedAt, finishedAt, completed } = o;
  // Saved before skipping was remembered: read as nothing skipped.
  const skipped = o.skipped ?? false;
  if (o.v !== SERIAL_VERSION || typeof routineId !== 'string' || !isRoutineId(routineId)) return null;
  if (!Array.isArray(stepSeconds) || stepSeconds.length === 0) return null;
  if (!stepSeconds.every((x) => Number.isInteger(x) && x > 0 && x <= MAX_STEP_SECONDS)) return null;
  if (typeof perSide !== 'boolean' || typeof completed !== 'boolean' || typeof skipped !== 'boolean') return null;
  if (!PLAYER_STATUSES.some((x) => x === status)) return null;
  if (!Number.isInteger(stepIndex) || typeof stepIndex !== 'number' || stepIndex < 0 || stepIndex >= stepSeconds.length) return null;
  if (perSide ? side !== 'left' && side !== 'right' : side !== null) return null;
  if (!isMs(stepElapsedMs) || !isMs(totalElapsedMs) || totalElapsedMs > LIMITS.maxSessionHours * 3_600_000) return null;
  if (!isMsOrNull(lastTickAt) || !isMsOrNull(startedAt) || !isMsOrNull(finishedAt)) return null;
  const s: PlayerState = {
    routineId,
    stepSeconds: stepSeconds as number[],
    perSide,
    status: status as PlayerStatus,
    stepIndex,
    side: side as Side | null,
    stepElapsedMs,
    totalElapsedMs,
    lastTickAt,
    startedAt,
    finishedAt,
    completed,
    skipped,
  };
  const running = s.status === 'running';
  const started = s.status === 'running' || s.status === 'paused';
  const limit = slotMs(s, slotOf(s));
  if (s.status === 'finished' ? stepElapsedMs > limit : stepElapsedMs >= limit) return null;
  if ((lastTickAt !== null) !== running || (started && startedAt === null) || (s.status === 'ready' && startedAt !== null)) return null;
  if ((finishedAt !== null) !== (s.status === 'finished') || (completed && s.status !== 'finished')) return null;
  return s;
}

/**
 * Rebuilds a player from `serialize` output, or null when the text is not a valid player. A
 * running player counts at most RESTORE_GAP_CAP_MS of the time since its last tick and comes
 * back paused (or finished, if that time completed it).
 */
export function restore(json: string, now: number): PlayerState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const s = isObject(raw) ? parseState(raw) : null;
  if (!s || s.status !== 'running' || s.lastTickAt === null) return s;
  const until = s.lastTickAt + Math.min(Math.max(0, now - s.lastTickAt), RESTORE_GAP_CAP_MS);
  return playerReducer(s, { type: 'pause', now: until }).state;
}
