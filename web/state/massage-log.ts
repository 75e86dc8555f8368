/**
 * Saving a finished routine to the log: what to offer (see massage-attach.ts), then the PUT — onto
 * a session, as a new nursing or pump timer that starts now, or on its own.
 */
import { minutesSpent, type PlayerState } from '../../src/domain/player.js';
import type { Session, SessionInput } from '../../src/domain/session.js';
import { instantMs, toInstant } from '../../src/domain/time.js';
import { api, ApiError } from '../api.js';
import { submit, type Outcome } from '../sync/outbox.js';
import { baseVersionFor, optimistic, overlaySessions } from '../sync/outbox-logic.js';
import { syncStore } from '../sync/sync-store.js';
import { accountStore } from './account.js';
import type { Side } from '../../src/domain/session.js';
import type { RoutineTiming } from '../../src/domain/routines/types.js';
import { attachedInput, finishOffer, loggedSpan, massageRecord, standaloneInput, STANDALONE_TIMING, timingFor, type FinishOffer } from './massage-attach.js';
import { startNursing, startPump } from './timer.js';
import { recentStore } from './today.js';

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

/** How a save ended: with the server, or kept on this device to send later (or to resolve a conflict). */
export type Saved = 'sent' | 'queued';

/**
 * What to offer at the end of a routine. Offline, this device's copy of the recent log is used;
 * queued changes count either way. Throws an ApiError when the log cannot be read.
 */
export async function lookForOffer(
  done: Finished,
  routine: { when: readonly RoutineTiming[]; pumpSession: boolean },
  context: { beforeAFeed: boolean; linkedPumpId: string | null },
): Promise<FinishOffer> {
  const hid = householdId();
  const fromMs = done.endMs - LOOKBACK_MS;
  let sessions: Session[];
  try {
    sessions = (await api.sessions(hid, { from: toInstant(fromMs), limit: 100 })).sessions;
  } catch (e) {
    if (!(e instanceof ApiError && e.offline)) throw e;
    sessions = recentStore.get().sessions;
  }
  const mine = overlaySessions(sessions, syncStore.get().pending, hid, (s) => instantMs(s.startedAt) >= fromMs);
  return finishOffer({ routine, ...context, sessions: mine, massageStartMs: done.startMs, nowMs: Date.now() });
}

async function queueSave(hid: string, id: string, input: SessionInput, base: Session | null, handle: ('conflict' | 'rejected')[]): Promise<Outcome> {
  const local = optimistic(input, id, hid, accountStore.get().user?.id ?? '', base, toInstant(Date.now()));
  const baseVersion = baseVersionFor(syncStore.get().pending, id, base?.version ?? null);
  return submit({ kind: 'session.put', hid, id, input, baseVersion, local }, { handle, waitMs: 5000 });
}

function settled(o: Outcome): Saved {
  if (o.state === 'rejected') throw o.error;
  return o.state === 'sent' ? 'sent' : 'queued';
}

/**
 * Puts the massage on `target` with the version read. If the session changed meanwhile (409),
 * tries once more on the server's current copy, as long as it still has no massage; a second
 * conflict is kept for her to resolve.
 */
export async function attachTo(target: Session, done: Finished): Promise<Saved> {
  const hid = householdId();
  const inputFor = (s: Session): SessionInput => attachedInput(s, massageRecord(done.player.routineId, timingFor(s, done.startMs), done.minutes));
  const first = await queueSave(hid, target.id, inputFor(target), target, ['conflict', 'rejected']);
  if (first.state !== 'conflict') return settled(first);
  const current = first.current;
  if (current.massage !== null || current.deletedAt !== null) throw new ApiError(409, 'conflict', 'This session was changed since you read it', {}, current);
  return settled(await queueSave(hid, current.id, inputFor(current), current, ['rejected']));
}

/** Saves the routine as a massage session of its own. Idempotent for one `id`. */
export async function saveOnItsOwn(id: string, done: Finished): Promise<Saved> {
  const hid = householdId();
  const massage = massageRecord(done.player.routineId, STANDALONE_TIMING, done.minutes);
  return settled(await queueSave(hid, id, standaloneInput(massage, done.startMs, done.endMs), null, ['rejected']));
}

/** Starts the feed or pump the massage was for: a nursing timer on a side, or a pump timer on both sides. */
export function startAfterMassage(what: Side | 'pump', done: Finished): void {
  const massage = massageRecord(done.player.routineId, 'before', done.minutes);
  if (what === 'pump') startPump('both', { massage });
  else void startNursing(what, massage);
}
