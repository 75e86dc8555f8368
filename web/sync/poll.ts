/**
 * Keeps this device in step with the household's other devices: while the app is open and
 * visible, asks the server every few seconds what changed (GET /changes, see
 * src/services/changes.ts for why polling and not server-sent events) and merges it by id.
 */
import type { Changes } from '../../src/contract/sync.js';
import type { Session } from '../../src/domain/session.js';
import { ApiError, request } from '../api.js';
import { syncStore } from './sync-store.js';

export const POLL_MS = 4000;

export interface PollHandlers {
  sessions(changed: Session[]): void;
  /** Nappies, weights and care notes changed on another device. */
  records(changed: Pick<Changes, 'nappies' | 'weights' | 'careNotes'>): void;
  checks(ids: string[]): void;
}

/** Polls household `hid` until the returned stop is called. */
export function startPolling(hid: string, on: PollHandlers): () => void {
  const path = `/api/households/${encodeURIComponent(hid)}/changes`;
  let next: string | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;

  const tick = async (): Promise<void> => {
    timer = undefined;
    if (stopped || busy) return;
    if (document.visibilityState !== 'visible') return; // resumed by visibilitychange
    busy = true;
    let wait = POLL_MS;
    try {
      for (let page = 0; page < 20 && !stopped; page++) {
        const res: Changes = await request<Changes>('GET', `${path}?since=${encodeURIComponent(next ?? 'now')}`);
        if (stopped) return;
        next = res.next;
        if (res.sessions.length > 0) on.sessions(res.sessions);
        // An older server sends no such lists.
        const records = { nappies: res.nappies ?? [], weights: res.weights ?? [], careNotes: res.careNotes ?? [] };
        if (records.nappies.length + records.weights.length + records.careNotes.length > 0) on.records(records);
        if (res.symptomCheckIds.length > 0) on.checks(res.symptomCheckIds);
        if (!res.more) break;
      }
    } catch (e) {
      // Signed out, or the household refused (the account state then opens one she has): stop for
      // good, not woken again by the network or the screen. No network, too many requests, or the
      // server failing: try again a little less often.
      if (e instanceof ApiError && !e.offline && e.status < 500 && e.status !== 408 && e.status !== 429) {
        stopped = true;
        busy = false;
        return;
      }
      wait = POLL_MS * 2;
    }
    busy = false;
    if (!stopped) timer = setTimeout(() => void tick(), wait);
  };

  const wake = (): void => {
    if (document.visibilityState === 'visible' && timer === undefined && !busy) void tick();
  };
  document.addEventListener('visibilitychange', wake);
  const unsub = syncStore.subscribe((s) => {
    if (s.online) wake();
  });
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', wake);
    unsub();
  };
}
