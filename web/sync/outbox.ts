/**
 * The outbox: every change she makes to the log (and every symptom check) is first written to this
 * device, then sent in order. A write leaves the outbox only when the server has acknowledged it;
 * with no answer it is tried again with backoff, at once when the network returns. A send the
 * server refuses because someone else changed the record (409) is held with both versions for her
 * to choose; neither is thrown away.
 */
import type { Session } from '../../src/domain/session.js';
import { ApiError, request } from '../api.js';
import { localDb } from './local-db.js';
import { backoffMs, callFor, latestQueued, rebase, refusedHousehold, verdict, type Held, type Pending, type Write } from './outbox-logic.js';
import { syncStore } from './sync-store.js';

export type Outcome =
  | { state: 'sent'; value: unknown }
  /** Kept on this device; it will be sent when the server can be reached. */
  | { state: 'queued' }
  | { state: 'conflict'; current: Session }
  | { state: 'rejected'; error: ApiError };

export interface SubmitOptions {
  /**
   * Outcomes the caller shows itself (a form shows field errors in place; a routine retries on
   * the fresh copy). Without them a conflict or refusal is held for the conflict screen.
   */
  handle?: ('conflict' | 'rejected')[];
  /** How long to wait for an answer before settling for "queued" (ms). */
  waitMs?: number;
}

type AckListener = (write: Write, value: unknown) => void;
const ackListeners = new Set<AckListener>();

/** Called after the server acknowledged a write (the value is its answer). */
export function onAcknowledged(fn: AckListener): () => void {
  ackListeners.add(fn);
  return () => ackListeners.delete(fn);
}

type HeldListener = (held: Held) => void;
const heldListeners = new Set<HeldListener>();

/** Called when a write is held (conflict or refusal), so screens can show the server's copy. */
export function onHeld(fn: HeldListener): () => void {
  heldListeners.add(fn);
  return () => heldListeners.delete(fn);
}

interface Waiter {
  handle: Set<string>;
  resolve: (o: Outcome) => void;
}
const waiters = new Map<number, Waiter>();

let currentUser: string | null = null;
/**
 * Writes accepted from a tap but not yet in IndexedDB (a few milliseconds): shown at once, so a
 * second quick tap builds on the first. Negative sequence numbers; never sent from here.
 */
const provisional = new Map<number, Pending>();
let provisionalSeq = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let flushing: Promise<void> | null = null;
let again = false;

async function reload(): Promise<void> {
  const db = await localDb();
  const [pending, held] = await Promise.all([db.pending(), db.held()]);
  const mine = (x: { userId: string }): boolean => x.userId === currentUser;
  const queued = [...pending.filter(mine).sort((a, b) => a.seq - b.seq), ...provisional.values()];
  syncStore.set((s) => ({ ...s, ready: true, pending: queued, held: held.filter(mine) }));
}

function settle(seq: number, o: Outcome): void {
  const w = waiters.get(seq);
  if (!w) return;
  waiters.delete(seq);
  w.resolve(o);
}

function settleAllQueued(): void {
  for (const seq of [...waiters.keys()]) settle(seq, { state: 'queued' });
}

/** Writes queued for record `id` (including `head`), in order. */
function sameRecord(pending: Pending[], id: string): Pending[] {
  return pending.filter((p) => p.write.id === id);
}

async function acknowledge(head: Pending, value: unknown): Promise<void> {
  const db = await localDb();
  await db.remove(head.seq);
  if ((head.write.kind === 'session.put' || head.write.kind === 'record.put') && value && typeof value === 'object' && 'version' in value) {
    const later = (await db.pending()).filter((p) => p.seq > head.seq);
    const rebased = rebase(later, head.write.id, (value as { version: number }).version).filter((p, i) => p !== later[i]);
    await db.updateAll(rebased);
  }
  await reload();
  for (const l of ackListeners) l(head.write, value);
  settle(head.seq, { state: 'sent', value });
}

/** A 409: the record changed elsewhere. Her latest queued state and the server's go to the conflict screen. */
async function conflict(head: Pending, current: Session): Promise<void> {
  const db = await localDb();
  const all = (await db.pending()).filter((p) => p.userId === head.userId);
  const related = sameRecord(all, head.write.id);
  const mine = latestQueued(related, head.write.id);
  const waiter = waiters.get(head.seq);
  if (mine === null) {
    // She deleted it afterwards anyway: drop the saves, let the delete go.
    for (const p of related) if (p.write.kind === 'session.put') await db.remove(p.seq);
  } else {
    for (const p of related) await db.remove(p.seq);
    if (!(waiter?.handle.has('conflict') && related.length === 1) && mine) {
      const held: Held = { kind: 'conflict', id: head.write.id, hid: head.write.hid, userId: head.userId, at: Date.now(), mine, theirs: current };
      await db.hold(held);
      for (const l of heldListeners) l(held);
    }
  }
  await reload();
  for (const p of related) settle(p.seq, { state: 'conflict', current });
}

async function refuse(head: Pending, error: ApiError): Promise<void> {
  const db = await localDb();
  await db.remove(head.seq);
  const waiter = waiters.get(head.seq);
  // A refusal the caller shows itself is not held, unless it is about the household: then no screen can fix it.
  if (!waiter?.handle.has('rejected') || refusedHousehold(error.code)) {
    const held: Held = { kind: 'rejected', id: head.write.id, hid: head.write.hid, userId: head.userId, at: Date.now(), write: head.write, message: error.message, fields: error.fields, code: error.code, detail: error.detail };
    await db.hold(held);
    for (const l of heldListeners) l(held);
  }
  await reload();
  settle(head.seq, { state: 'rejected', error });
}

function schedule(at: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void flush(), Math.max(0, at - Date.now()));
}

let signedOutHandler: () => void = () => undefined;

/** What to do when a send finds the sign-in gone (set by the account state, to avoid an import cycle). */
export function whenSignedOut(fn: () => void): void {
  signedOutHandler = fn;
}

async function sendQueue(): Promise<void> {
  const db = await localDb();
  for (;;) {
    if (!currentUser || syncStore.get().paused) {
      settleAllQueued();
      return;
    }
    await reload();
    const head = syncStore.get().pending[0];
    if (!head || head.seq < 0) return;
    if (head.notBefore > Date.now()) {
      settleAllQueued();
      schedule(head.notBefore);
      return;
    }
    const call = callFor(head.write);
    try {
      const value = await request<unknown>(call.method, call.path, call.body);
      await acknowledge(head, value);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'offline', String(e));
      const v = verdict(err.status, head.attempts + 1);
      if (v === 'retry') {
        const attempts = head.attempts + 1;
        await db.update({ ...head, attempts, notBefore: Date.now() + backoffMs(attempts, Math.random()) });
        await reload();
        continue;
      }
      const kind = head.write.kind;
      // Deleting what is already gone is what she wanted.
      if ((kind === 'session.delete' || kind === 'creamatocrit.delete' || kind === 'record.delete') && err.status === 404) await acknowledge(head, null);
      else if (v === 'conflict' && kind === 'session.put' && err.current) await conflict(head, err.current);
      // A check is the same check under the same id. A different measurement under its id, or a
      // nappy, weight or note changed elsewhere meanwhile, is held below with the server's reason.
      else if (v === 'conflict' && kind !== 'creamatocrit.put' && kind !== 'record.put') await acknowledge(head, null);
      else if (v === 'signed-out') {
        syncStore.set((s) => ({ ...s, paused: true }));
        settleAllQueued();
        signedOutHandler();
        return;
      } else await refuse(head, err);
    }
  }
}

/** Sends what is queued, in order; one sender per browser (tabs take turns through a lock). */
export function flush(): Promise<void> {
  if (flushing) {
    again = true;
    return flushing;
  }
  const run = async (): Promise<void> => {
    do {
      again = false;
      await sendQueue();
    } while (again);
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  flushing = (locks ? locks.request('lactea-outbox', run) : run()).finally(() => {
    flushing = null;
  });
  return flushing;
}

/** The network is back (or she asked): forget the backoff and send now. */
export async function retryNow(): Promise<void> {
  const db = await localDb();
  const pending = (await db.pending()).filter((p) => p.notBefore > 0);
  await db.updateAll(pending.map((p) => ({ ...p, notBefore: 0 })));
  await flush();
}

/**
 * Queues a write and starts sending. Resolves with what happened to it: sent, queued (no answer in
 * time; it stays and is sent later), or a conflict / refusal the caller said it handles.
 */
export async function submit(write: Write, opts: SubmitOptions = {}): Promise<Outcome> {
  const userId = currentUser;
  if (!userId) return { state: 'rejected', error: new ApiError(401, 'unauthorized', 'Not signed in') };
  const entry = { userId, queuedAt: Date.now(), attempts: 0, notBefore: 0, write };
  const tmp = --provisionalSeq;
  provisional.set(tmp, { ...entry, seq: tmp });
  syncStore.set((s) => ({ ...s, pending: [...s.pending, { ...entry, seq: tmp }] }));
  let seq: number;
  try {
    const db = await localDb();
    seq = await db.queue(entry);
  } finally {
    provisional.delete(tmp);
  }
  await reload();
  const outcome = new Promise<Outcome>((resolve) => {
    waiters.set(seq, { handle: new Set(opts.handle ?? []), resolve });
    setTimeout(() => settle(seq, { state: 'queued' }), opts.waitMs ?? 10_000);
  });
  void retryNow();
  return outcome;
}

/** Drops a held write (she chose the other version, or dismissed a refusal). */
export async function release(id: string): Promise<void> {
  const db = await localDb();
  await db.release(id);
  await reload();
}

/** Whose outbox this is; sending starts (or resumes after a new sign-in). */
export async function startOutbox(userId: string): Promise<void> {
  currentUser = userId;
  syncStore.set((s) => ({ ...s, paused: false }));
  await reload();
  void retryNow();
}

/** Forgets everything this device kept (on sign-out). */
export async function clearDevice(): Promise<void> {
  const db = await localDb();
  await db.clear();
  currentUser = null;
  clearTimeout(timer);
  settleAllQueued();
  syncStore.set((s) => ({ ...s, pending: [], held: [], paused: false }));
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => void retryNow());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && syncStore.get().pending.length > 0) void retryNow();
  });
}
