/**
 * Where a finished (or stopped) massage routine goes in the log. What she is offered depends on how
 * the routine was played and what is going on:
 *
 * - a routine played as a pump session (hands-on pumping) ends as that pump: the massage is on it
 *   as *during*, and she gives the volumes;
 * - a nursing or pumping timer is running: the massage goes on it (*during*, or *before* if the
 *   timer started after the routine began);
 * - otherwise a routine that fits before a feed offers to start the feed or pump it was for —
 *   Nurse left, Nurse right, Log a pump — with the massage on it as *before*, or "Not now", which
 *   saves it on its own;
 * - putting it on a session that ended in the last 30 minutes, as *after*, is only ever a choice
 *   she makes, never the main button, and is not offered for a routine started from "Massage first?"
 *   (she said then that it came before a feed).
 *
 * A massage saved on its own records `before` (STANDALONE_TIMING): the next feed or pump is what it
 * most often precedes, and the massage-effect estimate counts it for a pump that begins within 30
 * minutes of its end (src/domain/insights/massage-effect.ts).
 */
import type { RoutineId } from '../../src/domain/routine-ids.js';
import type { RoutineTiming } from '../../src/domain/routines/types.js';
import {
  emptySessionInput,
  toSessionInput,
  type Massage,
  type MassageTiming,
  type Session,
  type SessionInput,
} from '../../src/domain/session.js';
import { instantMs, toInstant } from '../../src/domain/time.js';

export const ATTACH_WINDOW_MS = 30 * 60_000;
export const STANDALONE_TIMING: MassageTiming = 'before';

/** The timing of a massage that began at `massageStartMs` relative to `session`. */
export function timingFor(session: Pick<Session, 'startedAt' | 'endedAt'>, massageStartMs: number): MassageTiming {
  const start = instantMs(session.startedAt);
  if (start >= massageStartMs) return 'before';
  if (session.endedAt !== null && instantMs(session.endedAt) <= massageStartMs) return 'after';
  return 'during';
}

export type FinishOffer =
  /** Hands-on pumping: the pump it timed, to finish with the volumes. */
  | { kind: 'pump'; pump: Session }
  /** A nursing or pumping timer runs: put the massage on it. */
  | { kind: 'running'; session: Session; timing: MassageTiming }
  /** Start the feed or pump it was for, or "Not now"; `after` is an ended session she may pick instead. */
  | { kind: 'start'; after: Session | null }
  /** Save it to the log on its own; `after` as above. */
  | { kind: 'save'; after: Session | null };

export interface FinishContext {
  routine: { when: readonly RoutineTiming[]; pumpSession: boolean };
  /** Started from "Massage first?" on the home screen. */
  beforeAFeed: boolean;
  /** The pump session this routine timed (hands-on pumping), if any. */
  linkedPumpId: string | null;
  /** The recent log, queued changes included. */
  sessions: readonly Session[];
  massageStartMs: number;
  nowMs: number;
}

const canCarry = (s: Session): boolean => (s.kind === 'nurse' || s.kind === 'pump') && s.deletedAt === null && s.massage === null;
const newestFirst = (key: (s: Session) => string) => (a: Session, b: Session) => instantMs(key(b)) - instantMs(key(a));

export function finishOffer(c: FinishContext): FinishOffer {
  if (c.routine.pumpSession && c.linkedPumpId !== null) {
    const pump = c.sessions.find((s) => s.id === c.linkedPumpId && s.kind === 'pump' && s.deletedAt === null);
    if (pump) return { kind: 'pump', pump };
  }
  const running = c.sessions
    .filter((s) => canCarry(s) && s.endedAt === null && instantMs(s.startedAt) <= c.nowMs)
    .sort(newestFirst((s) => s.startedAt))[0];
  if (running) return { kind: 'running', session: running, timing: timingFor(running, c.massageStartMs) };
  const after = c.beforeAFeed
    ? null
    : (c.sessions
        .filter((s) => canCarry(s) && s.endedAt !== null && instantMs(s.endedAt) >= c.nowMs - ATTACH_WINDOW_MS && instantMs(s.startedAt) <= c.nowMs)
        .sort(newestFirst((s) => s.endedAt ?? s.startedAt))[0] ?? null);
  return c.routine.when.includes('before') || c.beforeAFeed ? { kind: 'start', after } : { kind: 'save', after };
}

/** The massage record for a routine: the massager routine uses the massager, every other one the hands. */
export function massageRecord(routineId: RoutineId, timing: MassageTiming, minutes: number): Massage {
  return { routineId, timing, minutes, tool: routineId === 'massager' ? 'massager' : 'hands', vibration: false, heat: false };
}

/** The session as it is, with this massage on it (for a PUT with the session's version). */
export function attachedInput(session: Session, massage: Massage): SessionInput {
  return { ...toSessionInput(session), massage };
}

/** A massage session of its own. */
export function standaloneInput(massage: Massage, startMs: number, endMs: number): SessionInput {
  const base = emptySessionInput('massage', toInstant(endMs));
  return { ...base, startedAt: toInstant(Math.min(startMs, endMs)), endedAt: toInstant(endMs), massage };
}

/**
 * Real start and end of a routine for the log. The player's own time line may run faster (tests)
 * or be paused, so the log takes the real end and counts back the player's elapsed time.
 */
export function loggedSpan(player: { startedAt: number | null; finishedAt: number | null }, realEndMs: number): { startMs: number; endMs: number } {
  const span = player.startedAt !== null && player.finishedAt !== null ? Math.max(0, player.finishedAt - player.startedAt) : 0;
  return { startMs: realEndMs - span, endMs: realEndMs };
}
