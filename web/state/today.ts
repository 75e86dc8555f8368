/**
 * Recent sessions of the household in use, for the home screen: everything that started since the
 * beginning of yesterday, so a feed or a running timer from before midnight still counts.
 */
import type { Session } from '../../src/domain/session.js';
import { instantMs, localDayBounds, toInstant } from '../../src/domain/time.js';
import { api } from '../api.js';
import { timeZone } from '../format.js';
import { accountStore } from './account.js';
import { createStore } from './store.js';

export interface RecentState {
  householdId: string | null;
  sessions: Session[];
  loaded: boolean;
}

export const recentStore = createStore<RecentState>({ householdId: null, sessions: [], loaded: false });

accountStore.subscribe((a) => {
  if (a.householdId !== recentStore.get().householdId) recentStore.set({ householdId: a.householdId, sessions: [], loaded: false });
});

/** Start of the window the home screen looks at: the beginning of yesterday, local time. */
export function recentFrom(nowMs: number): number {
  return localDayBounds(localDayBounds(nowMs, timeZone()).start - 1, timeZone()).start;
}

/** Sessions changed on this device whose PUT has not come back yet: a refresh must not undo them. */
const unsaved = new Set<string>();

export function markUnsaved(id: string, on: boolean): void {
  if (on) unsaved.add(id);
  else unsaved.delete(id);
}

const byStartDesc = (a: Session, b: Session): number => instantMs(b.startedAt) - instantMs(a.startedAt);

export async function refreshRecent(): Promise<void> {
  const hid = accountStore.get().householdId;
  if (!hid) return;
  const from = toInstant(recentFrom(Date.now()));
  const sessions: Session[] = [];
  let cursor: string | undefined;
  // Two hundred a page; a day rarely has more than thirty, so this loops at most once or twice.
  for (let page = 0; page < 5; page++) {
    const res = await api.sessions(hid, { from, limit: 200, ...(cursor ? { cursor } : {}) });
    sessions.push(...res.sessions);
    if (!res.nextCursor) break;
    cursor = res.nextCursor;
  }
  if (accountStore.get().householdId !== hid) return;
  // Keep what this device changed but the server has not confirmed yet (a tap in flight, a timer started offline).
  const local = recentStore.get().sessions.filter((s) => unsaved.has(s.id));
  const fromServer = sessions.filter((s) => !unsaved.has(s.id));
  recentStore.set({ householdId: hid, sessions: [...local, ...fromServer].sort(byStartDesc), loaded: true });
}

/** Adds or replaces a session in the recent list (when it falls in the window). */
export function putRecent(s: Session): void {
  recentStore.set((st) => {
    const others = st.sessions.filter((x) => x.id !== s.id);
    if (s.deletedAt || instantMs(s.startedAt) < recentFrom(Date.now())) return { ...st, sessions: others };
    return { ...st, sessions: [s, ...others].sort(byStartDesc) };
  });
}

export function dropRecent(id: string): void {
  recentStore.set((st) => ({ ...st, sessions: st.sessions.filter((x) => x.id !== id) }));
}

export function findRecent(id: string): Session | undefined {
  return recentStore.get().sessions.find((s) => s.id === id);
}
