/** The consultant's clients, as her list shows them; read when the desk opens and kept for the session. */
import { api, type Client } from '../api.js';
import { timeZone } from '../format.js';
import { createStore } from './store.js';

export type ClientsState = { state: 'loading' } | { state: 'ok'; clients: Client[] } | { state: 'error'; error: unknown };

export const clientsStore = createStore<ClientsState>({ state: 'loading' });

/** Flagged clients first (emergency, urgent, then a call, then the others), then by latest entry. */
export function ordered(clients: readonly Client[]): Client[] {
  const weight = (c: Client): number => Math.max(0, ...c.flags.map((f) => (f.id === 'recent-triage' ? { emergency: 5, urgent: 4, call: 3 }[f.level] : f.id === 'nappies-below' || f.id === 'weight-loss' ? 2 : 1)));
  return [...clients].sort((a, b) => weight(b) - weight(a) || (b.lastActivityAt ?? '').localeCompare(a.lastActivityAt ?? '') || a.householdName.localeCompare(b.householdName));
}

let loading: Promise<void> | null = null;

export function refreshClients(): Promise<void> {
  loading ??= api.clients(timeZone()).then(
    (r) => {
      clientsStore.set({ state: 'ok', clients: ordered(r.clients) });
    },
    (error: unknown) => {
      if (clientsStore.get().state !== 'ok') clientsStore.set({ state: 'error', error });
      throw error;
    },
  ).finally(() => {
    loading = null;
  });
  return loading;
}
