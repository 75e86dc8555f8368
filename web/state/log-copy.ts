/**
 * The log as last read, a page at a time, kept in memory and (the first page) on this device, so
 * the log opens offline. Changes learned later (saves, the changes feed) are merged in by id.
 */
import type { Session } from '../../src/domain/session.js';
import { api } from '../api.js';
import { keepCopy, readCopy } from '../sync/cache.js';
import { onAcknowledged } from '../sync/outbox.js';
import { byStartDesc } from '../sync/outbox-logic.js';
import { ChangesDuringReads, type Change } from '../sync/read-changes.js';
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

/** Merges lists by id, the higher version winning, newest first. */
function merge(...lists: Session[][]): Session[] {
  const byId = new Map<string, Session>();
  for (const list of lists) for (const s of list) if ((byId.get(s.id)?.version ?? -1) < s.version) byId.set(s.id, s);
  return [...byId.values()].filter((s) => !s.deletedAt).sort(byStartDesc);
}

/**
 * Shows what this device kept at once, if nothing newer is shown: the log's first page as last
 * read, merged with the home screen's copy of the last two days (which may be newer, or the only
 * copy when the log was never opened here).
 */
export async function openLog(hid: string): Promise<void> {
  if (logStore.get().hid !== hid) logStore.set({ hid, sessions: [], cursor: null, loaded: false });
  const [copy, recent] = await Promise.all([readCopy<{ sessions: Session[]; cursor: string | null }>(`log:${hid}`), readCopy<Session[]>(`recent:${hid}`)]);
  if (!copy && !recent) return;
  const now = logStore.get();
  if (now.hid !== hid || now.loaded) return;
  logStore.set({ hid, sessions: merge(copy?.sessions ?? [], recent ?? []), cursor: copy?.cursor ?? null, loaded: true });
}

/** Saves and deletions learned while a page is read: its answer may be older than they are. */
const duringReads = new ChangesDuringReads<Change<Session>>();

/**
 * Reads a page from the server: the first (cursor null) replaces the list, later ones extend it.
 * What this device learned while the page was on its way is played again over it.
 */
export async function loadLogPage(hid: string, cursor: string | null): Promise<void> {
  const { value: page, changes } = await duringReads.read(() => api.sessions(hid, { limit: LOG_PAGE, ...(cursor ? { cursor } : {}) }));
  if (logStore.get().hid !== hid) return;
  if (!cursor) void keepCopy(`log:${hid}`, { sessions: page.sessions, cursor: page.nextCursor });
  logStore.set((s) => ({
    hid,
    sessions: cursor ? [...s.sessions, ...page.sessions.filter((x) => !s.sessions.some((y) => y.id === x.id))] : page.sessions,
    cursor: page.nextCursor,
    loaded: true,
  }));
  for (const c of changes) take(c);
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

/** Takes a change into the loaded log: a newer copy of a session, or its deletion. */
function take(change: Change<Session>): void {
  const copy = logStore.get();
  if (!copy.loaded) return;
  if ('deleted' in change) {
    if (copy.sessions.some((x) => x.id === change.id)) logStore.set({ ...copy, sessions: copy.sessions.filter((x) => x.id !== change.id) });
    return;
  }
  const changed = change.record;
  if (copy.hid !== changed.householdId) return;
  const old = copy.sessions.find((x) => x.id === changed.id);
  if (old && old.version > changed.version) return;
  const others = copy.sessions.filter((x) => x.id !== changed.id);
  const keep = !changed.deletedAt && (old !== undefined || inLoadedRange(changed, copy));
  logStore.set({ ...copy, sessions: keep ? [...others, changed].sort(byStartDesc) : others });
}

const learn = (change: Change<Session>): void => {
  duringReads.note(change);
  take(change);
};

onServerCopy((changed) => learn({ id: changed.id, record: changed }));

onAcknowledged((write) => {
  if (write.kind === 'session.delete') learn({ id: write.id, deleted: true });
});
