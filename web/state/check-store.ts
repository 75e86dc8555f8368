/**
 * Saved symptom checks, and checks evaluated on this device that could not be saved yet (no
 * connection). A saved check's result is the server's: it takes the household's earlier checks
 * into account. An unsaved one keeps its answers so "Save now" can send them later.
 */
import { evaluate, type SymptomAnswers, type TriageResult } from '../../src/domain/triage/index.js';
import { ApiError, request } from '../api.js';
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
}

export type AnyCheck = ({ saved: true } & SavedCheck) | ({ saved: false } & UnsavedCheck);

/** Checks read or saved in this session, by id. */
export const savedChecksStore = createStore<Record<string, SavedCheck>>({});

const UNSAVED_KEY = 'lactea.unsavedChecks';

function isUnsaved(v: unknown): v is UnsavedCheck {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.id === 'string' && typeof o.householdId === 'string' && typeof o.checkedAt === 'string' && typeof o.answers === 'object' && typeof o.result === 'object';
}

/** Unsaved checks live in this tab's session storage: they survive a reload, not a closed tab. */
function readUnsaved(): UnsavedCheck[] {
  try {
    const raw = sessionStorage.getItem(UNSAVED_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter(isUnsaved) : [];
  } catch {
    return [];
  }
}

export const unsavedChecksStore = createStore<UnsavedCheck[]>(readUnsaved());

unsavedChecksStore.subscribe((list) => {
  try {
    if (list.length === 0) sessionStorage.removeItem(UNSAVED_KEY);
    else sessionStorage.setItem(UNSAVED_KEY, JSON.stringify(list));
  } catch {
    // Storage unavailable: they last until reload.
  }
});

const checksPath = (hid: string): string => `/api/households/${encodeURIComponent(hid)}/symptom-checks`;

function remember(checks: SavedCheck[]): void {
  savedChecksStore.set((s) => {
    const next = { ...s };
    for (const c of checks) next[c.id] = c;
    return next;
  });
}

function forget(id: string): void {
  unsavedChecksStore.set((list) => list.filter((c) => c.id !== id));
}

/** Saved checks, newest first. */
export async function loadChecks(hid: string, limit = 50): Promise<SavedCheck[]> {
  const { checks } = await request<{ checks: SavedCheck[] }>('GET', `${checksPath(hid)}?limit=${limit}`);
  remember(checks);
  return checks;
}

async function put(hid: string, id: string, answers: SymptomAnswers, checkedAt: string): Promise<SavedCheck> {
  const check = await request<SavedCheck>('PUT', `${checksPath(hid)}/${encodeURIComponent(id)}`, { answers, checkedAt });
  remember([check]);
  forget(id);
  return check;
}

/** No answer, or the server failing: the person still needs a result now. */
function cannotSave(e: unknown): boolean {
  return e instanceof ApiError && (e.offline || e.status >= 500);
}

/**
 * Saves a new check. Without a connection it is evaluated here (without earlier checks) and kept
 * to save later. Other failures (bad input, signed out) are thrown as ApiError.
 */
export async function submitCheck(hid: string, answers: SymptomAnswers, nowMs = Date.now()): Promise<AnyCheck> {
  const id = newId();
  const checkedAt = new Date(nowMs).toISOString();
  try {
    return { saved: true, ...(await put(hid, id, answers, checkedAt)) };
  } catch (e) {
    if (!cannotSave(e)) throw e;
    const local: UnsavedCheck = { id, householdId: hid, checkedAt, answers, result: evaluate(answers, [], nowMs) };
    unsavedChecksStore.set((list) => [local, ...list.filter((c) => c.id !== id)]);
    return { saved: false, ...local };
  }
}

/** Tries again to save a check made offline; the same id, so a retry never duplicates it. */
export async function retryUnsaved(id: string): Promise<SavedCheck> {
  const c = unsavedChecksStore.get().find((x) => x.id === id);
  if (!c) throw new ApiError(404, 'not_found', 'Not found');
  return put(c.householdId, c.id, c.answers, c.checkedAt);
}

/** A check by id: one already here, else the server's (null when it has none). */
export async function findCheck(hid: string, id: string): Promise<AnyCheck | null> {
  const have = savedChecksStore.get()[id];
  if (have) return { saved: true, ...have };
  const local = unsavedChecksStore.get().find((c) => c.id === id);
  if (local) return { saved: false, ...local };
  try {
    const check = await request<SavedCheck>('GET', `${checksPath(hid)}/${encodeURIComponent(id)}`);
    remember([check]);
    return { saved: true, ...check };
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}
