/**
 * Recent sessions of the household in use, for the home screen: everything that started since the
 * beginning of yesterday, so a feed or a running timer from before midnight still counts.
 *
 * Two layers: the server's copy (kept on this device, so the home screen opens offline) and, over
 * it, the writes queued in the outbox, which win until the server has acknowledged them.
 */
import type { Session } from '../../src/domain/session.js';
import { instantMs, localDayBounds, toInstant } from '../../src/domain/time.js';
import { api } from '../api.js';
import { timeZone } from '../format.js';
import { keepCopy, readCopy } from '../sync/cache.js';
import { onAcknowledged, onHeld } from '../sync/outbox.js';
import { overlaySessions, pendingSessionIds } from '../sync/outbox-logic.js';
import { ChangesDuringReads, replayChanges, type Change } from '../sync/read-changes.js';
import { syncStore } from '../sync/sync-store.js';
import { accountStore } from './account.js';
import { publishServerCopy } from './server-copies.js';
import { createStore } from './store.js';

export interface RecentState {
  householdId: string | null;
  sessions: Session[];
  loaded: boolean;
}

export const recentStore = createStore<RecentState>({ householdId: null, sessions: [], loaded: false });

/** Start of the window the home screen looks at: the beginning of yesterday, local time. */
export function recentFrom(nowMs: number): number {
  return localDayBounds(localDayBounds(nowMs, timeZone()).start - 1, timeZone()).start;
}

const inWindow = (s: Session): boolean => instantMs(s.startedAt) >= recentFrom(Date.now());

/** The server's copy of the window, by household. */
let server: { hid: string | null; sessions: Session[]; loaded: boolean } = { hid: null, sessions: [], loaded: false };

function recompute(): void {
  const { hid, sessions, loaded } = server;
  const merged = hid ? overlaySessions(sessions.filter(inWindow), syncStore.get().pending, hid, inWindow) : [];
  recentStore.set({ householdId: hid, sessions: merged, loaded: loaded || merged.length > 0 });
}

function setServer(hid: string, sessions: Session[], loaded: boolean): void {
  server = { hid, sessions, loaded };
  recompute();
  if (loaded) void keepCopy(`recent:${hid}`, sessions);
}

accountStore.subscribe((a) => {
  if (a.householdId === server.hid) return;
  server = { hid: a.householdId, sessions: [], loaded: false };
  recompute();
  const hid = a.householdId;
  if (hid)
    void readCopy<Session[]>(`recent:${hid}`).then((copy) => {
      if (copy && server.hid === hid && !server.loaded) {
        server = { hid, sessions: copy, loaded: true };
        recompute();
      }
    });
});

syncStore.subscribe(recompute);

/** What a session in the server's copy must be to stay in it. */
const kept = (s: Session): boolean => !s.deletedAt && inWindow(s);

/** Saves and deletions learned while a read runs: its answer may be older than they are. */
const duringReads = new ChangesDuringReads<Change<Session>>();

export async function refreshRecent(): Promise<void> {
  const hid = accountStore.get().householdId;
  if (!hid) return;
  const from = toInstant(recentFrom(Date.now()));
  const { value: sessions, changes } = await duringReads.read(async () => {
    const read: Session[] = [];
    let cursor: string | undefined;
    // Two hundred a page; a day rarely has more than thirty, so this loops at most once or twice.
    for (let page = 0; page < 5; page++) {
      const res = await api.sessions(hid, { from, limit: 200, ...(cursor ? { cursor } : {}) });
      read.push(...res.sessions);
      if (!res.nextCursor) break;
      cursor = res.nextCursor;
    }
    return read;
  });
  if (accountStore.get().householdId !== hid) return;
  setServer(hid, replayChanges(sessions, changes.filter((c) => 'deleted' in c || c.record.householdId === hid), kept), true);
}

/** The server's copy of a session changed (saved here, or seen in the changes feed). */
export function putRecent(s: Session): void {
  publishServerCopy(s);
  duringReads.note({ id: s.id, record: s });
  if (!server.hid || s.householdId !== server.hid) return;
  setServer(server.hid, replayChanges(server.sessions, [{ id: s.id, record: s }], kept), server.loaded);
}

export function dropRecent(id: string): void {
  duringReads.note({ id, deleted: true });
  if (!server.hid) return;
  setServer(server.hid, replayChanges(server.sessions, [{ id, deleted: true }]), server.loaded);
}

/** The session as she sees it: queued changes included. */
export function findRecent(id: string): Session | undefined {
  return recentStore.get().sessions.find((s) => s.id === id);
}

/** True while a change to this session waits in the outbox. */
export function isQueued(id: string): boolean {
  return pendingSessionIds(syncStore.get().pending).has(id);
}

onAcknowledged((write, value) => {
  if (write.kind === 'session.put' && value) putRecent(value as Session);
  else if (write.kind === 'session.delete') dropRecent(write.id);
});

onHeld((held) => {
  if (held.kind === 'conflict') putRecent(held.theirs);
});
