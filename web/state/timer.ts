/**
 * The running timers: nursing (one breast at a time) and pumping (one breast, or both at once).
 * A running timer is a session with no end; every tap changes it on this device at once (so the
 * screen answers immediately) and queues the whole session in the outbox, which sends taps in
 * order, each with the version the one before it got back, so quick double taps never race each
 * other into a 409 and taps made offline are sent when the network returns.
 *
 * `runningTimers` is what any screen shows of them (the home cards, a bar on other screens).
 */
import {
  pausePump,
  pumpingNow,
  resumePump,
  setPumpSides,
  startPumpSegments,
  switchPumpSide,
  type PumpSides,
} from '../../src/domain/pump-timer.js';
import {
  emptySessionInput,
  nowInstant,
  pauseSegments,
  resumeSegments,
  startSegments,
  stopSession,
  switchSide,
  type Massage,
  type Session,
  type SessionKind,
  type Segment,
  type Side,
} from '../../src/domain/session.js';
import { inputOf } from '../api.js';
import { submit } from '../sync/outbox.js';
import { baseVersionFor } from '../sync/outbox-logic.js';
import { syncStore } from '../sync/sync-store.js';
import { accountStore } from './account.js';
import { findRecent } from './today.js';
import { newId } from './uuid.js';

export type TimerKind = 'nurse' | 'pump';

/** Sessions with a running (or paused) timer, newest first: nursing and pumping. */
export function runningTimers(sessions: readonly Session[]): Session[] {
  return sessions
    .filter((s): s is Session & { kind: TimerKind } => (s.kind === 'nurse' || s.kind === 'pump') && s.endedAt === null && s.deletedAt === null)
    .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
}

/** Queues the session as it is now; resolves with the server's copy, or null when it is still queued. */
async function save(hid: string, s: Session): Promise<Session | null> {
  const baseVersion = baseVersionFor(syncStore.get().pending, s.id, s.version);
  const outcome = await submit({ kind: 'session.put', hid, id: s.id, input: inputOf(s), baseVersion, local: s });
  return outcome.state === 'sent' ? (outcome.value as Session) : null;
}

function change(id: string, fn: (s: Session) => Session): Promise<Session | null> {
  const hid = accountStore.get().householdId;
  const s = findRecent(id);
  if (!hid || !s) return Promise.resolve(null);
  return save(hid, { ...fn(s), updatedAt: nowInstant() });
}

function begin(kind: TimerKind, segments: Segment[], opts: { id?: string; massage?: Massage | null }): { id: string; saved: Promise<Session | null> } | null {
  const { householdId, babyId, user } = accountStore.get();
  if (!householdId) return null;
  const now = segments[0]?.start ?? nowInstant();
  const session: Session = {
    ...emptySessionInput(kind satisfies SessionKind, now),
    endedAt: null,
    // A pump is the parent's, not one baby's.
    babyId: kind === 'nurse' ? babyId : null,
    segments,
    massage: opts.massage ?? null,
    id: opts.id ?? newId(),
    householdId,
    version: 0,
    createdAt: now,
    updatedAt: now,
    createdBy: user?.id ?? '',
    deletedAt: null,
  };
  return { id: session.id, saved: save(householdId, session) };
}

// ---- Nursing ----

/** One tap: starts nursing on a side for the baby in use (with a massage done just before, if any). */
export function startNursing(side: Side, massage: Massage | null = null): Promise<Session | null> {
  return begin('nurse', startSegments(side, nowInstant()), { massage })?.saved ?? Promise.resolve(null);
}

export const switchTimerSide = (id: string, to?: Side): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: switchSide(s.segments, nowInstant(), to) }));

export const pauseTimer = (id: string): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: pauseSegments(s.segments, nowInstant()) }));

export const resumeTimer = (id: string, side?: Side): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: resumeSegments(s.segments, nowInstant(), side) }));

export const stopTimer = (id: string): Promise<Session | null> => change(id, (s) => stopSession(s, nowInstant()));

// ---- Pumping ----

/**
 * Starts a pump timer on `which` sides, with the massage that goes with it (done before, or during
 * as in hands-on pumping). Returns the new session's id at once (null without a household).
 */
export function startPump(which: PumpSides, opts: { massage?: Massage | null } = {}): string | null {
  return begin('pump', startPumpSegments(which, nowInstant()), opts)?.id ?? null;
}

/** Pump `which` sides from now on (e.g. from double to single pumping). */
export const setPumpTimerSides = (id: string, which: PumpSides): Promise<Session | null> =>
  change(id, (s) => (pumpingNow(s.segments) === which ? s : { ...s, segments: setPumpSides(s.segments, nowInstant(), which) }));

export const switchPumpTimerSide = (id: string): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: switchPumpSide(s.segments, nowInstant()) }));

export const pausePumpTimer = (id: string): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: pausePump(s.segments, nowInstant()) }));

export const resumePumpTimer = (id: string): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: resumePump(s.segments, nowInstant()) }));

/** Puts (or replaces) the massage on a running session, e.g. hands-on pumping on a pump already timed. */
export const setTimerMassage = (id: string, massage: Massage): Promise<Session | null> => change(id, (s) => ({ ...s, massage }));
