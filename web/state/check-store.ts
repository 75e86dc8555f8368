/**
 * Saved symptom checks, and checks evaluated on this device that could not be saved yet (no
 * connection). A saved check's result is the server's: it takes the household's earlier checks
 * into account. An unsaved one waits in the outbox (it survives reloads and restarts) and is
 * sent, under the same id, when the network returns. One the server refused (the household it was
 * made for is no longer hers) is held by the outbox with the others she can review: it keeps its
 * result and is sent nowhere else.
 */
import type { HouseholdSummary } from '../../src/domain/account.js';
import { evaluate, type SymptomAnswers, type TriageResult } from '../../src/domain/triage/index.js';
import { ApiError, request } from '../api.js';
import { keepCopy, readCopy } from '../sync/cache.js';
import { onAcknowledged, retryNow, submit } from '../sync/outbox.js';
import { refusedHousehold, type Held } from '../sync/outbox-logic.js';
import { syncStore } from '../sync/sync-store.js';
import { noteChecksChanged } from './checks-changed.js';
import { createStore } from './store.js';
import { newId } from './uuid.js';

export interface SavedCheck {
  id: string;
  householdId: string;
  checkedAt: string;
  answers: SymptomAnswers;
  result: TriageResult;
  rulesVersion: string;
  createdAt: string;
  createdBy: string;
}

/** Evaluated here without the household's history, and not saved yet. */
export interface UnsavedCheck {
  id: string;
  householdId: string;
  checkedAt: string;
  answers: SymptomAnswers;
  result: TriageResult;
  /** The server's code when it refused the check (then it is held, never sent again); null while it waits to be sent. */
  refusal: string | null;
}

export type AnyCheck = ({ saved: true } & SavedCheck) | ({ saved: false } & UnsavedCheck);

/** Checks read or saved in this session, by id. */
export const savedChecksStore = createStore<Record<string, SavedCheck>>({});

function unsavedOf(): UnsavedCheck[] {
  const out: UnsavedCheck[] = [];
  for (const p of syncStore.get().pending) {
    const w = p.write;
    if (w.kind === 'check.put') out.push({ id: w.id, householdId: w.hid, checkedAt: w.checkedAt, answers: w.answers, result: w.result, refusal: null });
  }
  return out.reverse();
}

/** A check the server refused, as the outbox holds it for her to review; null when `id` is not one. */
export function refusedCheck(held: readonly Held[], id: string): UnsavedCheck | null {
  for (const h of held) {
    if (h.kind !== 'rejected' || h.id !== id || h.write.kind !== 'check.put') continue;
    const w = h.write;
    return { id: w.id, householdId: w.hid, checkedAt: w.checkedAt, answers: w.answers, result: w.result, refusal: h.code ?? 'invalid_fields' };
  }
  return null;
}

/**
 * Why a check is not saved: it waits to be sent ('queued'), the household it was made for is not hers
 * to write to any more ('not-shared': refused so, or gone from her account; it will not be saved
 * there, nor anywhere else), or the server refused it for another reason ('refused').
 */
export function unsavedReason(check: Pick<UnsavedCheck, 'householdId' | 'refusal'>, households: readonly HouseholdSummary[]): 'queued' | 'not-shared' | 'refused' {
  const writable = households.some((h) => h.id === check.householdId && h.role !== 'consultant');
  if (check.refusal === null) return writable ? 'queued' : 'not-shared';
  return refusedHousehold(check.refusal) ? 'not-shared' : 'refused';
}

/** Checks waiting in the outbox, newest first. */
export const unsavedChecksStore = createStore<UnsavedCheck[]>([]);
syncStore.subscribe(() => {
  const next = unsavedOf();
  const prev = unsavedChecksStore.get();
  if (next.length !== prev.length || next.some((c, i) => c.id !== prev[i]?.id)) unsavedChecksStore.set(next);
});

const checksPath = (hid: string): string => `/api/households/${encodeURIComponent(hid)}/symptom-checks`;

function remember(checks: SavedCheck[]): void {
  savedChecksStore.set((s) => {
    const next = { ...s };
    for (const c of checks) next[c.id] = c;
    return next;
  });
}

onAcknowledged((write, value) => {
  if (write.kind === 'check.put' && value) {
    remember([value as SavedCheck]);
    noteChecksChanged();
  }
});

/** Saved checks, newest first; offline, the list as last read on this device. */
export async function loadChecks(hid: string, limit = 50): Promise<SavedCheck[]> {
  try {
    const { checks } = await request<{ checks: SavedCheck[] }>('GET', `${checksPath(hid)}?limit=${limit}`);
    remember(checks);
    void keepCopy(`checks:${hid}`, checks);
    return checks;
  } catch (e) {
    const copy = e instanceof ApiError && e.offline ? await readCopy<SavedCheck[]>(`checks:${hid}`) : undefined;
    if (!copy) throw e;
    remember(copy);
    return copy;
  }
}

/**
 * Saves a new check. Without a connection it is evaluated here (without earlier checks) and
 * queued to save later. Other failures (bad input, signed out) are thrown as ApiError.
 */
export async function submitCheck(hid: string, answers: SymptomAnswers, nowMs = Date.now()): Promise<AnyCheck> {
  const id = newId();
  const checkedAt = new Date(nowMs).toISOString();
  const result = evaluate(answers, [], nowMs);
  const outcome = await submit({ kind: 'check.put', hid, id, answers, checkedAt, result }, { handle: ['rejected'], waitMs: 8000 });
  if (outcome.state === 'sent') return { saved: true, ...(outcome.value as SavedCheck) };
  // The household is not hers to write to: the outbox holds the check (its result stays hers to see).
  if (outcome.state === 'rejected' && refusedHousehold(outcome.error.code)) return { saved: false, id, householdId: hid, checkedAt, answers, result, refusal: outcome.error.code };
  if (outcome.state === 'rejected') throw outcome.error;
  return { saved: false, id, householdId: hid, checkedAt, answers, result, refusal: null };
}

/** Tries at once to send a check made offline (the same id, so a retry never duplicates it). */
export async function retryUnsaved(id: string): Promise<SavedCheck> {
  await retryNow();
  const saved = savedChecksStore.get()[id];
  if (saved) return saved;
  throw new ApiError(0, 'offline', 'No connection');
}

/** A check by id: one already here (saved, waiting, or refused and held), else the server's (null when it has none). */
export async function findCheck(hid: string | null, id: string): Promise<AnyCheck | null> {
  const have = savedChecksStore.get()[id];
  if (have) return { saved: true, ...have };
  const local = unsavedChecksStore.get().find((c) => c.id === id) ?? refusedCheck(syncStore.get().held, id);
  if (local) return { saved: false, ...local };
  if (!hid) return null;
  try {
    const check = await request<SavedCheck>('GET', `${checksPath(hid)}/${encodeURIComponent(id)}`);
    remember([check]);
    return { saved: true, ...check };
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}
