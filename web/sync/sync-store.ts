/**
 * What the rest of the app reads about syncing: the writes queued on this device, the ones held for
 * her decision, and whether the server answered lately. Kept apart from the outbox that changes it,
 * so lists can overlay queued writes without importing the sender.
 */
import { onReachability } from '../api.js';
import { createStore } from '../state/store.js';
import type { Held, Pending } from './outbox-logic.js';

export interface SyncState {
  /** The device store has been read (queued writes are known). */
  ready: boolean;
  pending: Pending[];
  held: Held[];
  /** False after a request found no network, true after any answer from the server. */
  online: boolean;
  /** Sending stopped until she signs in again. */
  paused: boolean;
}

export const syncStore = createStore<SyncState>({
  ready: false,
  pending: [],
  held: [],
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  paused: false,
});

/** Called by the API client on every request: an answer means online, no answer offline. */
export function reportReachable(online: boolean): void {
  if (syncStore.get().online !== online) syncStore.set((s) => ({ ...s, online }));
}

// Every answer (or its absence) from the API client tells whether the server can be reached.
onReachability(reportReachable);
