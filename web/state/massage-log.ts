/** Saving a finished routine to the log: find the session to attach it to, then PUT. */
import { minutesSpent, type PlayerState } from '../../src/domain/player.js';
import type { Session } from '../../src/domain/session.js';
import { toInstant } from '../../src/domain/time.js';
import { api, ApiError } from '../api.js';
import { accountStore } from './account.js';
import { attachedInput, findAttachTarget, loggedSpan, massageRecord, standaloneInput, STANDALONE_TIMING, timingFor, type AttachTarget } from './massage-attach.js';
import { putRecent } from './today.js';

/** Looks back this far for a running session (a nursing timer may have been left on for hours). */
const LOOKBACK_MS = 12 * 3_600_000;

export interface Finished {
  player: PlayerState;
  /** Real time the routine ended. */
  endMs: number;
  startMs: number;
  minutes: number;
}

export function finishedOf(player: PlayerState, realEndMs: number): Finished {
  const { startMs, endMs } = loggedSpan(player, realEndMs);
  return { player, startMs, endMs, minutes: minutesSpent(player) };
}

function householdId(): string {
  const hid = accountStore.get().householdId;
  if (!hid) throw new ApiError(404, 'no_household', 'No household');
  return hid;
}

/** The session to offer, or null when there is none (throws an ApiError when the log cannot be read). */
export async function lookForTarget(done: Finished): Promise<AttachTarget | null> {
  const hid = householdId();
  const from = toInstant(done.endMs - LOOKBACK_MS);
  const page = await api.sessions(hid, { from, limit: 100 });
  return findAttachTarget(page.sessions, done.startMs, Date.now());
}

/**
 * Puts the massage on `target` with the version read. If the session changed meanwhile (409),
 * tries once more on the server's current copy, as long as it still has no massage.
 */
export async function attachTo(target: Session, done: Finished): Promise<Session> {
  const hid = householdId();
  const put = (s: Session): Promise<Session> =>
    api.putSession(hid, s.id, attachedInput(s, massageRecord(done.player.routineId, timingFor(s, done.startMs), done.minutes)), s.version);
  let saved: Session;
  try {
    saved = await put(target);
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 409 && e.current && e.current.massage === null && e.current.deletedAt === null)) throw e;
    saved = await put(e.current);
  }
  putRecent(saved);
  return saved;
}

/** Saves the routine as a massage session of its own. Idempotent for one `id`. */
export async function saveOnItsOwn(id: string, done: Finished): Promise<Session> {
  const hid = householdId();
  const massage = massageRecord(done.player.routineId, STANDALONE_TIMING, done.minutes);
  const saved = await api.putSession(hid, id, standaloneInput(massage, done.startMs, done.endMs));
  putRecent(saved);
  return saved;
}
