/**
 * The log as last read, a page at a time, kept in memory and (the first page) on this device, so
 * the log opens offline. Changes learned later (saves, the changes feed) are merged in by id.
 */
import type { Session } from '../../src/domain/session.js';
import { api } from '../api.js';
import { keepCopy, readCopy } from '../sync/cache.js';
import { onServerCopy } from './server-copies.js';
import { createStore } from './store.js';

export const LOG_PAGE = 30;

export interface LogCopy {
  hid: string | null;
  sessions: Session[];
  cursor: string | null;
  /** True once a copy (from the server, or kept on this device) is shown. */
  loaded: boolean;
}

export const logStore = createStore<LogCopy>({ hid: null, sessions: [], cursor: null, loaded: false });

const byStartDesc = (a: Session, b: Session): number => Date.parse(b.startedAt) - Date.parse(a.startedAt) || (a.id < b.id ? 1 : -1);

/** Shows the kept copy of the first page at once, if there is one and nothing newer is shown. */
export async function openLog(hid: string): Promise<void> {
  if (logStore.get().hid !== hid) logStore.set({ hid, sessions: [], cursor: null, loaded: false });
  const copy = await readCopy<{ sessions: Session[]; cursor: string | null }>(`log:${hid}`);
  if (copy && logStore.get().hid === hid && !logStore.get().loaded) logStore.set({ hid, sessions: copy.sessions, cursor: copy.cursor, loaded: true });
}

/** Reads a page from the server: the first (cursor null) replaces the list, later ones extend it. */
export async function loadLogPage(hid: string, cursor: string | null): Promise<void> {
  const page = await api.sessions(hid, { limit: LOG_PAGE, ...(cursor ? { cursor } : {}) });
  if (logStore.get().hid !== hid) return;
  if (!cursor) void keepCopy(`log:${hid}`, { sessions: page.sessions, cursor: page.nextCursor });
  logStore.set((s) => ({
    hid,
    sessions: cursor ? [...s.sessions, ...page.sessions.filter((x) => !s.sessions.some((y) => y.id === x.id))] : page.sessions,
    cursor: page.nextCursor,
    loaded: true,
  }));
}

/** A session from the log copy, if this device has read it. */
export function findLogged(hid: string, id: string): Session | undefined {
  const s = logStore.get();
  return s.hid === hid ? s.sessions.find((x) => x.id === id) : undefined;
}

/** Whether a session belongs in the loaded part of the log (older ones come with "load more"). */
export function inLoadedRange(s: Session, copy: LogCopy): boolean {
  const last = copy.sessions[copy.sessions.length - 1];
  return !copy.cursor || !last || Date.parse(s.startedAt) >= Date.parse(last.startedAt);
}

onServerCopy((changed) => {
  const copy = logStore.get();
  if (copy.hid !== changed.householdId || !copy.loaded) return;
  const old = copy.sessions.find((x) => x.id === changed.id);
  if (old && old.version > changed.version) return;
  const others = copy.sessions.filter((x) => x.id !== changed.id);
  const keep = !changed.deletedAt && (old !== undefined || inLoadedRange(changed, copy));
  logStore.set({ ...copy, sessions: keep ? [...others, changed].sort(byStartDesc) : others });
});
