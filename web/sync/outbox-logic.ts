/**
 * The rules of the outbox, with no I/O: what each queued write sends, how a write waiting behind
 * an acknowledged one learns the new version, how queued writes show in lists before the server
 * has them, how long to wait before trying again, and what a failed send means.
 */
import type { CareNote, CareNoteInput } from '../../src/domain/baby/care-note.js';
import type { Nappy, NappyInput } from '../../src/domain/baby/nappy.js';
import type { Weight, WeightInput } from '../../src/domain/baby/weight.js';
import type { RecordMeta } from '../../src/domain/record.js';
import type { Session, SessionInput } from '../../src/domain/session.js';
import type { SymptomAnswers, TriageResult } from '../../src/domain/triage/index.js';
import { householdPath } from '../api-paths.js';
import type { FieldDetail } from '../api.js';
import type { CreamatocritInput, StoredCreamatocrit } from '../../src/contract/creamatocrit.js';

/** Create (baseVersion null) or replace (the version this device last had from the server). */
export interface SessionPut {
  kind: 'session.put';
  hid: string;
  id: string;
  input: SessionInput;
  baseVersion: number | null;
  /** The record as it will look once saved: what lists show meanwhile. */
  local: Session;
}

export interface SessionDelete {
  kind: 'session.delete';
  hid: string;
  id: string;
}

/** A symptom check done without a connection: the answers, and the result worked out here. */
export interface CheckPut {
  kind: 'check.put';
  hid: string;
  id: string;
  answers: SymptomAnswers;
  checkedAt: string;
  result: TriageResult;
}

/** A creamatocrit measurement: saved once under its id (a measurement is not edited, only deleted and entered again). */
export interface CreamatocritPut {
  kind: 'creamatocrit.put';
  hid: string;
  id: string;
  input: CreamatocritInput;
  /** The entry as it will be stored: what the list shows meanwhile. */
  local: StoredCreamatocrit;
}

export interface CreamatocritDelete {
  kind: 'creamatocrit.delete';
  hid: string;
  id: string;
}

/** The other versioned records, by the path they live under: what each one's input and record are. */
export interface RecordTypes {
  nappies: { input: NappyInput; record: Nappy };
  weights: { input: WeightInput; record: Weight };
  'care-notes': { input: CareNoteInput; record: CareNote };
}
export type RecordPath = keyof RecordTypes;

/** Create (baseVersion null) or replace a nappy, weight or care note, like a session. */
export type RecordPut = {
  [P in RecordPath]: { kind: 'record.put'; path: P; hid: string; id: string; input: RecordTypes[P]['input']; baseVersion: number | null; local: RecordTypes[P]['record'] };
}[RecordPath];

export interface RecordDelete {
  kind: 'record.delete';
  path: RecordPath;
  hid: string;
  id: string;
}

export type Write = SessionPut | SessionDelete | CheckPut | CreamatocritPut | CreamatocritDelete | RecordPut | RecordDelete;

const isSessionWrite = (w: Write): w is SessionPut | SessionDelete => w.kind === 'session.put' || w.kind === 'session.delete';
/** Writes that carry the version they were made on (and learn a new one when an earlier write lands). */
const isVersionedPut = (w: Write): w is SessionPut | RecordPut => w.kind === 'session.put' || w.kind === 'record.put';

export interface Pending {
  /** Order of queuing: writes are sent in this order. */
  seq: number;
  /** Who queued it: another person signing in on this device never sends it. */
  userId: string;
  queuedAt: number;
  attempts: number;
  /** Not before this time (ms): the backoff after a failed send. */
  notBefore: number;
  write: Write;
}

/** A queued write the server would not take as it was; kept until she decides. */
export type Held =
  | { kind: 'conflict'; id: string; hid: string; userId: string; at: number; mine: Session; theirs: Session }
  | {
      kind: 'rejected';
      id: string;
      hid: string;
      userId: string;
      at: number;
      write: Write;
      message: string;
      fields: Record<string, string>;
      /** The server's stable codes, for showing the refusal in her language (absent in copies kept by older versions). */
      code?: string;
      detail?: FieldDetail;
    };

export interface HttpCall {
  method: 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
}

export function callFor(w: Write): HttpCall {
  switch (w.kind) {
    case 'session.put':
      return {
        method: 'PUT',
        path: `${householdPath(w.hid)}/sessions/${encodeURIComponent(w.id)}`,
        body: w.baseVersion === null ? w.input : { ...w.input, version: w.baseVersion },
      };
    case 'session.delete':
      return { method: 'DELETE', path: `${householdPath(w.hid)}/sessions/${encodeURIComponent(w.id)}` };
    case 'check.put':
      return { method: 'PUT', path: `${householdPath(w.hid)}/symptom-checks/${encodeURIComponent(w.id)}`, body: { answers: w.answers, checkedAt: w.checkedAt } };
    case 'creamatocrit.put':
      return { method: 'PUT', path: `${householdPath(w.hid)}/creamatocrit/${encodeURIComponent(w.id)}`, body: w.input };
    case 'creamatocrit.delete':
      return { method: 'DELETE', path: `${householdPath(w.hid)}/creamatocrit/${encodeURIComponent(w.id)}` };
    case 'record.put':
      return {
        method: 'PUT',
        path: `${householdPath(w.hid)}/${w.path}/${encodeURIComponent(w.id)}`,
        body: w.baseVersion === null ? w.input : { ...w.input, version: w.baseVersion },
      };
    case 'record.delete':
      return { method: 'DELETE', path: `${householdPath(w.hid)}/${w.path}/${encodeURIComponent(w.id)}` };
  }
}

/** The version a new write to record `id` should carry: the one queued writes before it carry, else what the record has. */
export function baseVersionFor(pending: readonly Pending[], id: string, known: number | null): number | null {
  for (let i = pending.length - 1; i >= 0; i--) {
    const w = (pending[i] as Pending).write;
    if (isVersionedPut(w) && w.id === id) return w.baseVersion;
  }
  return known !== null && known > 0 ? known : null;
}

/**
 * After the server acknowledged a write to record `id` at `version`, the writes queued after it
 * for the same record were made on top of it: they now carry that version.
 */
export function rebase(pending: readonly Pending[], id: string, version: number): Pending[] {
  return pending.map((p) => {
    const w = p.write;
    return isVersionedPut(w) && w.id === id ? { ...p, write: { ...w, baseVersion: version, local: { ...w.local, version } } as Write } : p;
  });
}

/** Ids of sessions with a write still queued: the copy on this device wins over the server's until it is sent. */
export function pendingSessionIds(pending: readonly Pending[]): Set<string> {
  const ids = new Set<string>();
  for (const p of pending) if (isSessionWrite(p.write)) ids.add(p.write.id);
  return ids;
}

/** Newest first; ties (same start) by id, so every device lists them in the same order. */
export const byStartDesc = (a: Session, b: Session): number => Date.parse(b.startedAt) - Date.parse(a.startedAt) || (a.id < b.id ? 1 : -1);

/**
 * A household's sessions as she will see them once the queue is sent: queued saves replace or add,
 * queued deletes remove. `keep` decides whether an added record belongs in this list (a window, a kind).
 */
export function overlaySessions(list: readonly Session[], pending: readonly Pending[], hid: string, keep: (s: Session) => boolean = () => true): Session[] {
  const byId = new Map<string, Session>();
  for (const s of list) byId.set(s.id, s);
  for (const p of pending) {
    const w = p.write;
    if (w.hid !== hid || !isSessionWrite(w)) continue;
    if (w.kind === 'session.delete') byId.delete(w.id);
    else if (byId.has(w.id) || keep(w.local)) byId.set(w.id, w.local);
  }
  return [...byId.values()].filter((s) => !s.deletedAt).sort(byStartDesc);
}

/** A household's creamatocrit entries once the queue is sent, newest first (as the server lists them). */
export function overlayCreamatocrit(list: readonly StoredCreamatocrit[], pending: readonly Pending[], hid: string): StoredCreamatocrit[] {
  const byId = new Map<string, StoredCreamatocrit>();
  for (const e of list) byId.set(e.id, e);
  for (const p of pending) {
    const w = p.write;
    if (w.hid !== hid) continue;
    if (w.kind === 'creamatocrit.put') byId.set(w.id, w.local);
    else if (w.kind === 'creamatocrit.delete') byId.delete(w.id);
  }
  return [...byId.values()].sort((a, b) => Date.parse(b.measuredAt) - Date.parse(a.measuredAt) || (a.id < b.id ? 1 : -1));
}

/**
 * A household's nappies, weights or care notes as she will see them once the queue is sent: queued
 * saves replace or add, queued deletes remove; newest first by `time`. `keep` decides whether an
 * added record belongs in this list (a window, a baby).
 */
export function overlayRecords<P extends RecordPath>(
  path: P,
  list: readonly RecordTypes[P]['record'][],
  pending: readonly Pending[],
  hid: string,
  time: (r: RecordTypes[P]['record']) => string,
  keep: (r: RecordTypes[P]['record']) => boolean = () => true,
): RecordTypes[P]['record'][] {
  const byId = new Map<string, RecordTypes[P]['record']>();
  for (const r of list) byId.set(r.id, r);
  for (const p of pending) {
    const w = p.write;
    if (w.hid !== hid || (w.kind !== 'record.put' && w.kind !== 'record.delete') || w.path !== path) continue;
    if (w.kind === 'record.delete') byId.delete(w.id);
    else if (byId.has(w.id) || keep(w.local as RecordTypes[P]['record'])) byId.set(w.id, w.local as RecordTypes[P]['record']);
  }
  return [...byId.values()].filter((r) => !(r as RecordMeta).deletedAt).sort((a, b) => time(b).localeCompare(time(a)) || (a.id < b.id ? 1 : -1));
}

/** The latest queued state of session `id` (null when the last queued write deletes it). */
export function latestQueued(pending: readonly Pending[], id: string): Session | null | undefined {
  let out: Session | null | undefined;
  for (const p of pending) {
    if (p.write.kind === 'session.put' && p.write.id === id) out = p.write.local;
    else if (p.write.kind === 'session.delete' && p.write.id === id) out = null;
  }
  return out;
}

/** Wait before the next try: 1 s, 2 s, 4 s … up to a minute, with up to a fifth more at random so devices do not align. */
export function backoffMs(attempts: number, random: number): number {
  const base = Math.min(60_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + 0.2 * random));
}

export type Verdict = 'retry' | 'conflict' | 'signed-out' | 'rejected';

/** How many times a write the server failed on (a 500) is sent before it is held for her to review. */
export const SERVER_ERROR_ATTEMPTS = 5;

/**
 * What a failed send (its `attempts`-th) means: try later (no answer, the server busy or down),
 * ask her (409), sign in again (401), or refused. A write the server itself fails on is tried a few
 * times (it may pass) and then held like a refusal, so it never keeps every later change from
 * being sent.
 */
export function verdict(status: number, attempts = 1): Verdict {
  if (status === 0 || status === 408 || status === 429 || status === 502 || status === 503 || status === 504) return 'retry';
  if (status >= 500) return attempts < SERVER_ERROR_ATTEMPTS ? 'retry' : 'rejected';
  if (status === 409) return 'conflict';
  if (status === 401) return 'signed-out';
  return 'rejected';
}

/**
 * A refusal no screen can fix: the household is not hers (404 `household_not_found`: never shared,
 * or no longer) or not hers to write to (403 `role_forbidden`: she can only read it). The write is
 * held for her to see even when the screen that made it shows the refusal itself, so what she
 * entered stays on this device, under the household it was made for (never sent to another one).
 */
export function refusedHousehold(code: string | null | undefined): boolean {
  return code === 'household_not_found' || code === 'role_forbidden';
}

/** A session as it will be once a save is accepted: for showing before the server answers. */
export function optimistic(input: SessionInput, id: string, hid: string, userId: string, base: Session | null, nowIso: string): Session {
  return {
    ...input,
    id,
    householdId: hid,
    version: base?.version ?? 0,
    createdAt: base?.createdAt ?? nowIso,
    updatedAt: nowIso,
    createdBy: base?.createdBy ?? userId,
    deletedAt: null,
  };
}
