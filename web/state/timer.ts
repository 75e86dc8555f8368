/**
 * The nursing timer. A running timer is a session with no end; every tap changes its segments
 * here at once (so the screen answers immediately) and then PUTs the whole session with the
 * version last read. Taps made while a PUT is on its way are sent together right after it, so
 * quick double taps never race each other into a 409.
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
import { api, ApiError, inputOf } from '../api.js';
import { reportError } from '../errors.js';
import { t } from '../i18n.js';
import { accountStore } from './account.js';
import { notify } from './notice.js';
import { findRecent, markUnsaved, putRecent } from './today.js';
import { newId } from './uuid.js';

const inFlight = new Set<string>();
const dirty = new Set<string>();
/** Sessions changed here but not yet accepted by the server (offline): sent again when online. */
const unsent = new Set<string>();

async function sync(hid: string, id: string): Promise<Session | null> {
  if (inFlight.has(id)) {
    dirty.add(id);
    return null;
  }
  inFlight.add(id);
  let saved: Session | null = null;
  try {
    do {
      dirty.delete(id);
      const local = findRecent(id);
      if (!local) break;
      try {
        saved = await api.putSession(hid, id, inputOf(local), local.version > 0 ? local.version : undefined);
        unsent.delete(id);
        if (!dirty.has(id)) markUnsaved(id, false);
        const latest = findRecent(id) ?? local;
        // A tap made during the PUT is newer than what came back: keep it, take the new version.
        putRecent(dirty.has(id) ? { ...latest, version: saved.version, createdAt: saved.createdAt, updatedAt: saved.updatedAt } : saved);
      } catch (e) {
        dirty.delete(id);
        if (e instanceof ApiError && e.status === 409 && e.current) {
          markUnsaved(id, false);
          putRecent(e.current);
          notify(t('errors.timerConflict'), 'error');
        } else if (e instanceof ApiError && e.offline) {
          // Kept here and sent again when the network returns.
          unsent.add(id);
          reportError(e);
        } else {
          // Refused (bad input, not found): show the server's copy on the next refresh.
          markUnsaved(id, false);
          reportError(e);
        }
        saved = null;
      }
    } while (dirty.has(id));
  } finally {
    inFlight.delete(id);
  }
  return saved;
}

window.addEventListener('online', () => {
  const hid = accountStore.get().householdId;
  if (hid) for (const id of [...unsent]) void sync(hid, id);
});

function change(id: string, fn: (s: Session) => Session): Promise<Session | null> {
  const hid = accountStore.get().householdId;
  const s = findRecent(id);
  if (!hid || !s) return Promise.resolve(null);
  markUnsaved(id, true);
  putRecent(fn(s));
  return sync(hid, id);
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
  markUnsaved(session.id, true);
  putRecent(session);
  return sync(householdId, session.id);
}

export const switchTimerSide = (id: string, to?: Side): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: switchSide(s.segments, nowInstant(), to) }));

export const pauseTimer = (id: string): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: pauseSegments(s.segments, nowInstant()) }));

export const resumeTimer = (id: string, side?: Side): Promise<Session | null> =>
  change(id, (s) => ({ ...s, segments: resumeSegments(s.segments, nowInstant(), side) }));

export const stopTimer = (id: string): Promise<Session | null> => change(id, (s) => stopSession(s, nowInstant()));
