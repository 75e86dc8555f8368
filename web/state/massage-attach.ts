/**
 * Where a finished (or stopped) massage routine goes in the log: onto a nursing or pumping session
 * that is running or ended within the last 30 minutes, or else into a massage session of its own.
 *
 * Timing, from what the log can know at the moment she finishes:
 * - the session began after the routine began → `before` (she massaged first, then latched or pumped);
 * - the session is still running, or overlapped the routine → `during`;
 * - the session had ended before the routine began → `after`.
 * Whether another session will start soon cannot be known yet, so a routine done with nothing
 * running and nothing recent is saved on its own rather than guessed onto a future session. A
 * session needs some timing, so a routine saved on its own records `before` (STANDALONE_TIMING):
 * the next feed or pump is what it most often precedes.
 */
import type { RoutineId } from '../../src/domain/routine-ids.js';
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

export interface AttachTarget {
  session: Session;
  timing: MassageTiming;
}

/** The timing of a massage that began at `massageStartMs` relative to `session`. */
export function timingFor(session: Pick<Session, 'startedAt' | 'endedAt'>, massageStartMs: number): MassageTiming {
  const start = instantMs(session.startedAt);
  if (start >= massageStartMs) return 'before';
  if (session.endedAt !== null && instantMs(session.endedAt) <= massageStartMs) return 'after';
  return 'during';
}

/**
 * The session to offer for attaching, or null. Only nursing and pumping sessions that have no
 * massage yet (one session carries one massage; an earlier one is never overwritten). A running
 * session wins over an ended one; among equals, the most recent.
 */
export function findAttachTarget(sessions: readonly Session[], massageStartMs: number, nowMs: number): AttachTarget | null {
  const fits = sessions.filter(
    (s) =>
      (s.kind === 'nurse' || s.kind === 'pump') &&
      s.deletedAt === null &&
      s.massage === null &&
      instantMs(s.startedAt) <= nowMs &&
      (s.endedAt === null || instantMs(s.endedAt) >= nowMs - ATTACH_WINDOW_MS),
  );
  const running = fits.filter((s) => s.endedAt === null).sort((a, b) => instantMs(b.startedAt) - instantMs(a.startedAt));
  const ended = fits
    .filter((s) => s.endedAt !== null)
    .sort((a, b) => instantMs(b.endedAt ?? b.startedAt) - instantMs(a.endedAt ?? a.startedAt));
  const session = running[0] ?? ended[0];
  return session ? { session, timing: timingFor(session, massageStartMs) } : null;
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
