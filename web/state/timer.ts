/**
 * The nursing timer. A running timer is a session with no end; every tap changes it on this device
 * at once (so the screen answers immediately) and queues the whole session in the outbox, which
 * sends taps in order, each with the version the one before it got back, so quick double taps
 * never race each other into a 409 and taps made offline are sent when the network returns.
 */
import {
  emptySessionInput,
  nowInstant,
  pauseSegments,
  resumeSegments,
  startSegments,
  stopSession,
  switchSide,
  type Session,
  type Side,
} from '../../src/domain/session.js';
import { inputOf } from '../api.js';
import { submit } from '../sync/outbox.js';
import { baseVersionFor } from '../sync/outbox-logic.js';
import { syncStore } from '../sync/sync-store.js';
import { accountStore } from './account.js';
import { findRecent } from './today.js';
import { newId } from './uuid.js';

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

/** One tap: starts nursing on a side for the baby in use. */
export function startNursing(side: Side): Promise<Session | null> {
  const { householdId, babyId, user } = accountStore.get();
  if (!householdId) return Promise.resolve(null);
  const now = nowInstant();
  const session: Session = {
    ...emptySessionInput('nurse', now),
    babyId,
    segments: startSegments(side, now),
    id: newId(),
    householdId,
    version: 0,
    createdAt: now,
    updatedAt: now,
    createdBy: user?.id ?? '',
    deletedAt: null,
  };
  return save(householdId, session);
}

export const switchTimerSide = (id: string, to?: Side): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: switchSide(s.segments, nowInstant(), to) }));

export const pauseTimer = (id: string): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: pauseSegments(s.segments, nowInstant()) }));

export const resumeTimer = (id: string, side?: Side): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: resumeSegments(s.segments, nowInstant(), side) }));

export const stopTimer = (id: string): Promise<Session | null> => change(id, (s) => stopSession(s, nowInstant()));
