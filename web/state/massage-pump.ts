/**
 * Hands-on pumping is a pump session: starting the routine starts a pump timer (or takes over one
 * that is already running without a massage), with the massage on it as *during*. The massage
 * minutes on the pump follow the player at each step, so the pump is right however it is finished
 * — from the player, from the timer on the home screen, or on another phone.
 */
import type { RoutineId } from '../../src/domain/routine-ids.js';
import { massageRecord } from './massage-attach.js';
import { linkedPump, linkPump } from './massage-store.js';
import { canWrite } from './sharing-role.js';
import { runningTimers, setTimerMassage, startPump } from './timer.js';
import { findRecent, recentStore } from './today.js';

/** Makes sure a running pump carries this routine; returns its id (null when nothing can be logged). */
export function ensureLinkedPump(routineId: RoutineId): string | null {
  if (!canWrite()) return null;
  const linked = linkedPump(routineId);
  const current = linked ? findRecent(linked) : undefined;
  if (current && current.deletedAt === null && current.endedAt === null) return current.id;
  const massage = massageRecord(routineId, 'during', 0);
  const free = runningTimers(recentStore.get().sessions).find((s) => s.kind === 'pump' && s.massage === null);
  if (free) {
    void setTimerMassage(free.id, massage);
    linkPump(routineId, free.id);
    return free.id;
  }
  const id = startPump('both', { massage });
  if (id) linkPump(routineId, id);
  return id;
}

/** Brings the massage minutes on the linked pump up to date. */
export function syncPumpMinutes(routineId: RoutineId, minutes: number): void {
  const id = linkedPump(routineId);
  const s = id ? findRecent(id) : undefined;
  if (!id || !s || s.deletedAt !== null || !s.massage || s.massage.routineId !== routineId || s.massage.minutes === minutes) return;
  void setTimerMassage(id, { ...s.massage, minutes });
}
