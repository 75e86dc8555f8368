/**
 * The baby's side of the household in use: nappies of the last days, every weight, and the care
 * notes her consultant wrote. Like the home screen's sessions, two layers: the server's copy (kept
 * on this device, so it opens offline) and, over it, the writes queued in the outbox, which win
 * until the server has acknowledged them. Saving goes through the outbox, so it works offline.
 */
import type { CareNote, CareNoteInput } from '../../src/domain/baby/care-note.js';
import type { Nappy, NappyInput } from '../../src/domain/baby/nappy.js';
import type { Weight, WeightInput } from '../../src/domain/baby/weight.js';
import { request } from '../api.js';
import { householdPath } from '../api-paths.js';
import { keepCopy, readCopy } from '../sync/cache.js';
import { onAcknowledged, submit, type Outcome } from '../sync/outbox.js';
import { baseVersionFor, overlayRecords, type RecordPath, type RecordTypes } from '../sync/outbox-logic.js';
import { ChangesDuringReads, replayChanges, type Change } from '../sync/read-changes.js';
import { syncStore } from '../sync/sync-store.js';
import { accountStore } from './account.js';
import { createStore } from './store.js';
import { newId } from './uuid.js';

/** A care note as listed: with who wrote it (absent on one this device has just written). */
export type CareNoteView = CareNote & { authorEmail?: string | null };

export interface BabyRecords {
  householdId: string | null;
  /** When the household's log began, as the server last said (first session or nappy); null: nothing yet. */
  loggingSince: string | null;
  nappies: Nappy[];
  weights: Weight[];
  careNotes: CareNoteView[];
  loaded: boolean;
}

interface ServerCopy {
  /** Absent in a copy kept before the server said it. */
  loggingSince?: string | null;
  nappies: Nappy[];
  weights: Weight[];
  careNotes: CareNoteView[];
}

/** Nappies this far back are kept on the device: the card reads two days, the baby screen a week. */
export const NAPPY_DAYS = 8;

export const babyRecordsStore = createStore<BabyRecords>({ householdId: null, loggingSince: null, nappies: [], weights: [], careNotes: [], loaded: false });

const EMPTY: ServerCopy = { nappies: [], weights: [], careNotes: [] };
let server: { hid: string | null; copy: ServerCopy; loaded: boolean } = { hid: null, copy: EMPTY, loaded: false };

const nappyFrom = (): number => Date.now() - NAPPY_DAYS * 86_400_000;

function recompute(): void {
  const { hid, copy, loaded } = server;
  if (!hid) {
    babyRecordsStore.set({ householdId: null, loggingSince: null, ...EMPTY, loaded: false });
    return;
  }
  const pending = syncStore.get().pending;
  const from = nappyFrom();
  babyRecordsStore.set({
    householdId: hid,
    loggingSince: copy.loggingSince ?? null,
    nappies: overlayRecords('nappies', copy.nappies, pending, hid, (n) => n.changedAt, (n) => Date.parse(n.changedAt) >= from),
    weights: overlayRecords('weights', copy.weights, pending, hid, (w) => w.measuredAt),
    careNotes: overlayRecords('care-notes', copy.careNotes, pending, hid, (n) => n.notedAt) as CareNoteView[],
    loaded,
  });
}

function setServer(hid: string, copy: ServerCopy, loaded: boolean): void {
  server = { hid, copy, loaded };
  recompute();
  if (loaded) void keepCopy(`baby:${hid}`, copy);
}

accountStore.subscribe((a) => {
  if (a.householdId === server.hid) return;
  server = { hid: a.householdId, copy: EMPTY, loaded: false };
  recompute();
  const hid = a.householdId;
  if (hid)
    void readCopy<ServerCopy>(`baby:${hid}`).then((copy) => {
      if (copy && server.hid === hid && !server.loaded) {
        server = { hid, copy, loaded: true };
        recompute();
      }
    });
});

syncStore.subscribe(recompute);

/** A record as the server's copy holds it. */
type Held = RecordTypes[RecordPath]['record'] & { authorEmail?: string | null };

/** A change to one of the three lists. */
interface RecordChange {
  path: RecordPath;
  change: Change<Held>;
}

/** Saves and deletions learned while a read runs: its answer may be older than they are. */
const duringReads = new ChangesDuringReads<RecordChange>();

/** The copy with the changes played over it; a care note answered by a PUT keeps the author email already known. */
function withChanges(copy: ServerCopy, changes: readonly RecordChange[]): ServerCopy {
  let next = copy;
  for (const { path, change } of changes) {
    const key = KEY[path];
    const list = next[key] as Held[];
    const old = list.find((x) => x.id === change.id);
    const merged: Change<Held> = 'record' in change && old && 'authorEmail' in old ? { id: change.id, record: { ...change.record, authorEmail: old.authorEmail } } : change;
    next = { ...next, [key]: replayChanges(list, [merged], (r) => !r.deletedAt) };
  }
  return next;
}

/** Reads the household's recent nappies, weights and care notes from the server. */
export async function refreshBabyRecords(): Promise<void> {
  const hid = accountStore.get().householdId;
  if (!hid) return;
  const base = householdPath(hid);
  const from = encodeURIComponent(new Date(nappyFrom()).toISOString());
  const { value, changes } = await duringReads.read(() =>
    Promise.all([
      request<{ nappies: Nappy[]; loggingSince: string | null }>('GET', `${base}/nappies?from=${from}&limit=1000`),
      request<{ weights: Weight[] }>('GET', `${base}/weights?limit=1000`),
      request<{ careNotes: CareNoteView[] }>('GET', `${base}/care-notes?limit=200`),
    ]),
  );
  if (accountStore.get().householdId !== hid) return;
  const [n, w, c] = value;
  const read: ServerCopy = { loggingSince: n.loggingSince, nappies: n.nappies, weights: w.weights, careNotes: c.careNotes };
  const ours = changes.filter(({ change }) => 'deleted' in change || change.record.householdId === hid);
  setServer(hid, withChanges(read, ours), true);
}

const KEY: Record<RecordPath, keyof ServerCopy> = { nappies: 'nappies', weights: 'weights', 'care-notes': 'careNotes' };

/** Learns a change to one of the lists: reads under way hear of it, and the copy takes it. */
function learn(path: RecordPath, change: Change<Held>, hid: string | null): void {
  duringReads.note({ path, change });
  if (!server.hid || hid !== server.hid) return;
  setServer(server.hid, withChanges(server.copy, [{ path, change }]), server.loaded);
}

/** The server's copy of a record changed (saved here, or seen in the changes feed). */
export function putServerRecord<P extends RecordPath>(path: P, r: RecordTypes[P]['record']): void {
  learn(path, { id: r.id, record: r }, r.householdId);
}

onAcknowledged((write, value) => {
  if (write.kind === 'record.put' && value) putServerRecord(write.path, value as RecordTypes[typeof write.path]['record']);
  else if (write.kind === 'record.delete') learn(write.path, { id: write.id, deleted: true }, write.hid);
});

function household(): { hid: string; userId: string } {
  const a = accountStore.get();
  if (!a.householdId) throw new Error('No household in use');
  return { hid: a.householdId, userId: a.user?.id ?? '' };
}

/**
 * Saves a record through the outbox: a new one (no `base`) or a change to `base`. Shown at once,
 * sent when it can be; a refusal comes back to the caller only when it says it handles it.
 */
function save<P extends RecordPath>(path: P, input: RecordTypes[P]['input'], base: RecordTypes[P]['record'] | null, handle: 'rejected'[] = []): Promise<Outcome> {
  const { hid, userId } = household();
  const now = new Date().toISOString();
  const id = base?.id ?? newId();
  const local = { ...input, id, householdId: hid, version: base?.version ?? 0, createdAt: base?.createdAt ?? now, updatedAt: now, createdBy: base?.createdBy ?? userId, deletedAt: null } as RecordTypes[P]['record'];
  const baseVersion = baseVersionFor(syncStore.get().pending, id, base?.version ?? null);
  return submit({ kind: 'record.put', path, hid, id, input, baseVersion, local } as Parameters<typeof submit>[0], { handle, waitMs: 5000 });
}

function remove(path: RecordPath, id: string): Promise<Outcome> {
  const { hid } = household();
  return submit({ kind: 'record.delete', path, hid, id }, { waitMs: 5000 });
}

export const saveNappy = (input: NappyInput, base: Nappy | null = null): Promise<Outcome> => save('nappies', input, base);
export const deleteNappy = (id: string): Promise<Outcome> => remove('nappies', id);
export const saveWeight = (input: WeightInput, base: Weight | null = null): Promise<Outcome> => save('weights', input, base, ['rejected']);
export const deleteWeight = (id: string): Promise<Outcome> => remove('weights', id);
export const saveCareNote = (input: CareNoteInput, base: CareNote | null = null): Promise<Outcome> => save('care-notes', input, base, ['rejected']);
export const deleteCareNote = (id: string): Promise<Outcome> => remove('care-notes', id);

/** The nappy input part of a stored nappy (for a change to it). */
export function nappyInput(n: Nappy): NappyInput {
  return { babyId: n.babyId, changedAt: n.changedAt, kind: n.kind, colour: n.colour, pinkUrates: n.pinkUrates, notes: n.notes };
}

export function weightInput(w: Weight): WeightInput {
  return { babyId: w.babyId, measuredAt: w.measuredAt, grams: w.grams, birth: w.birth, place: w.place, notes: w.notes };
}
