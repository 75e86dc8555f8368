/**
 * The outbox against a scripted server (fetch replaced): order, the version handed from one write
 * to the next, retries, and what is held for her. Runs on the in-memory store (no IndexedDB in Node).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptySessionInput, toSessionInput, type Session } from '../../src/domain/session.js';
import { optimistic, type Write } from './outbox-logic.js';
import type * as OutboxModule from './outbox.js';
import type * as StoreModule from './sync-store.js';

type Outbox = typeof OutboxModule;
type Store = typeof StoreModule;

interface Call {
  method: string;
  url: string;
  body: Record<string, unknown> | null;
}

const HID = 'h1';
let calls: Call[];
let answer: (c: Call) => Response | 'offline';
let outbox: Outbox;
let store: Store;

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function bottle(id: string, ml: number, version = 0): Session {
  return { ...optimistic({ ...emptySessionInput('bottle', '2026-01-01T10:00:00.000Z'), volumeMl: ml }, id, HID, 'u1', null, '2026-01-01T10:00:00.000Z'), version };
}

/** A creamatocrit measurement's input, and the entry it will be once stored. */
function measurement(id: string, massage: boolean) {
  const input = { measuredAt: '2026-01-01T10:00:00.000Z', cmctPercent: 7.5, sample: 'hind' as const, frozen: false, massage, sessionId: null };
  return { input, local: { ...input, id, householdId: HID, createdAt: '2026-01-01T10:01:00.000Z', createdBy: 'u1' } };
}

const put = (s: Session, baseVersion: number | null): Write => ({ kind: 'session.put', hid: HID, id: s.id, input: toSessionInput(s), baseVersion, local: s });

/** A server that stores sessions and checks versions, as the real one does. */
function versionedServer(): (c: Call) => Response {
  const rows = new Map<string, Session>();
  return (c) => {
    const id = c.url.split('/').pop() ?? '';
    if (c.method === 'DELETE') {
      rows.delete(id);
      return new Response(null, { status: 204 });
    }
    const existing = rows.get(id);
    const body = c.body ?? {};
    const version = body.version as number | undefined;
    if (existing && version !== existing.version) return json(409, { error: 'conflict', message: 'changed', current: existing });
    const next = { ...bottle(id, body.volumeMl as number), version: (existing?.version ?? 0) + 1 };
    rows.set(id, next);
    return json(existing ? 200 : 201, next);
  };
}

beforeEach(async () => {
  vi.resetModules();
  calls = [];
  answer = versionedServer();
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const c: Call = { method: init.method ?? 'GET', url, body: init.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : null };
    calls.push(c);
    const a = answer(c);
    if (a === 'offline') throw new TypeError('Failed to fetch');
    return a;
  });
  outbox = await import('./outbox.js');
  store = await import('./sync-store.js');
  await outbox.startOutbox('u1');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the outbox', () => {
  it('sends writes in order, each change carrying the version the one before it got back', async () => {
    const s = bottle('a', 60);
    const first = outbox.submit(put(s, null));
    const second = outbox.submit(put({ ...s, volumeMl: 70 }, null));
    expect((await first).state).toBe('sent');
    expect(await second).toMatchObject({ state: 'sent', value: { volumeMl: 70, version: 2 } });
    expect(calls.map((c) => [c.method, c.body?.version])).toEqual([
      ['PUT', undefined],
      ['PUT', 1],
    ]);
    expect(store.syncStore.get().pending).toEqual([]);
  });

  it('keeps a write while offline and sends it once when asked again', async () => {
    answer = () => 'offline';
    const outcome = await outbox.submit(put(bottle('b', 50), null));
    expect(outcome.state).toBe('queued');
    expect(store.syncStore.get()).toMatchObject({ online: false, pending: [{ attempts: 1 }] });
    answer = versionedServer();
    await outbox.retryNow();
    expect(store.syncStore.get()).toMatchObject({ online: true, pending: [] });
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2);
  });

  it('holds a write the server keeps failing on (500) for her to review, and sends the later ones', async () => {
    const server = versionedServer();
    answer = (c) => (c.url.endsWith('/bad') ? json(500, { error: 'internal', message: 'Something went wrong on the server' }) : server(c));
    const bad = outbox.submit(put(bottle('bad', 60), null));
    const good = outbox.submit(put(bottle('good', 70), null));
    for (let i = 0; i < 6; i++) await outbox.retryNow();
    expect(await bad).toMatchObject({ state: 'queued' });
    expect(calls.filter((c) => c.url.endsWith('/bad'))).toHaveLength(5);
    const { held, pending } = store.syncStore.get();
    expect(pending).toEqual([]);
    expect(held).toEqual([expect.objectContaining({ kind: 'rejected', id: 'bad', message: 'Something went wrong on the server' })]);
    expect(calls.filter((c) => c.url.endsWith('/good'))).toHaveLength(1);
    void good;
  });

  it('keeps trying, in order, while the server is down (503)', async () => {
    answer = () => json(503, { error: 'unavailable', message: 'down' });
    await outbox.submit(put(bottle('d1', 60), null));
    await outbox.submit(put(bottle('d2', 70), null));
    for (let i = 0; i < 8; i++) await outbox.retryNow();
    expect(store.syncStore.get().held).toEqual([]);
    expect(store.syncStore.get().pending.map((p) => p.write.id)).toEqual(['d1', 'd2']);
    expect(calls.every((c) => c.url.endsWith('/d1'))).toBe(true);
  });

  it('holds her latest version and the server one on a 409, dropping neither', async () => {
    const server = versionedServer();
    server({ method: 'PUT', url: `/api/households/${HID}/sessions/c`, body: { volumeMl: 60 } });
    server({ method: 'PUT', url: `/api/households/${HID}/sessions/c`, body: { volumeMl: 75, version: 1 } });
    answer = () => 'offline';
    const s = bottle('c', 65, 1);
    await outbox.submit(put(s, 1));
    await outbox.submit(put({ ...s, volumeMl: 66 }, 1));
    answer = server;
    await outbox.retryNow();
    const { held, pending } = store.syncStore.get();
    expect(pending).toEqual([]);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ kind: 'conflict', id: 'c', mine: { volumeMl: 66 }, theirs: { volumeMl: 75, version: 2 } });
  });

  it('lets a caller that shows conflicts itself have the 409 instead', async () => {
    const server = versionedServer();
    server({ method: 'PUT', url: `/api/households/${HID}/sessions/d`, body: { volumeMl: 60 } });
    answer = server;
    const outcome = await outbox.submit(put(bottle('d', 80), null), { handle: ['conflict'] });
    expect(outcome).toMatchObject({ state: 'conflict', current: { volumeMl: 60 } });
    expect(store.syncStore.get().held).toEqual([]);
  });

  it('holds a refused write with its reasons, unless the caller shows them', async () => {
    answer = () => json(400, { error: 'bad_request', message: 'Check the fields', fields: { volumeMl: 'must be at most 1000' } });
    await outbox.submit(put(bottle('e', 5000), null));
    expect(store.syncStore.get().held[0]).toMatchObject({ kind: 'rejected', id: 'e', fields: { volumeMl: 'must be at most 1000' } });
    const shown = await outbox.submit(put(bottle('f', 5000), null), { handle: ['rejected'] });
    expect(shown.state).toBe('rejected');
    expect(store.syncStore.get().held.map((h) => h.id)).toEqual(['e']);
  });

  it('holds a write for a household that is no longer hers (404) or only hers to read (403) even when the caller shows refusals, sends it nowhere else, and does not try it again', async () => {
    const server = versionedServer();
    answer = (c) =>
      c.url.includes('/gone/')
        ? json(404, { error: 'not_found', code: 'household_not_found', message: 'No such household' })
        : c.url.includes('/read-only/')
          ? json(403, { error: 'forbidden', code: 'role_forbidden', message: 'Your role (consultant) cannot do this' })
          : server(c);
    const gone: Write = { ...put(bottle('k', 60), null), hid: 'gone' };
    const readOnly: Write = { ...put(bottle('l', 60), null), hid: 'read-only' };
    expect(await outbox.submit(gone, { handle: ['rejected'] })).toMatchObject({ state: 'rejected', error: { status: 404 } });
    expect(await outbox.submit(readOnly, { handle: ['rejected'] })).toMatchObject({ state: 'rejected', error: { status: 403 } });
    expect(store.syncStore.get().held).toEqual([
      expect.objectContaining({ kind: 'rejected', id: 'k', hid: 'gone', code: 'household_not_found' }),
      expect.objectContaining({ kind: 'rejected', id: 'l', hid: 'read-only', code: 'role_forbidden' }),
    ]);
    expect(store.syncStore.get().pending).toEqual([]);
    // A later write goes through, and the held ones are not sent again.
    expect((await outbox.submit(put(bottle('m', 60), null))).state).toBe('sent');
    await outbox.retryNow();
    expect(calls.map((c) => c.url)).toEqual([`/api/households/gone/sessions/k`, `/api/households/read-only/sessions/l`, `/api/households/${HID}/sessions/m`]);
    // Another 404 a caller shows itself (not about the household) is still the caller's alone.
    answer = () => json(404, { error: 'not_found', code: 'not_found', message: 'No such thing' });
    expect((await outbox.submit(put(bottle('n', 60), null), { handle: ['rejected'] })).state).toBe('rejected');
    expect(store.syncStore.get().held.map((h) => h.id)).toEqual(['k', 'l']);
  });

  it('takes a delete of something already gone as done', async () => {
    answer = () => json(404, { error: 'not_found', message: 'No such session' });
    expect((await outbox.submit({ kind: 'session.delete', hid: HID, id: 'gone' })).state).toBe('sent');
    expect(store.syncStore.get()).toMatchObject({ pending: [], held: [] });
  });

  it('sends a creamatocrit measurement made offline once back, and takes a delete of one already gone as done', async () => {
    const { input, local } = measurement('m1', true);
    answer = () => 'offline';
    expect((await outbox.submit({ kind: 'creamatocrit.put', hid: HID, id: 'm1', input, local }, { waitMs: 50 })).state).toBe('queued');
    answer = (c) => json(201, { ...local, ...c.body });
    await outbox.retryNow();
    expect(store.syncStore.get().pending).toEqual([]);
    expect(calls.at(-1)).toEqual({ method: 'PUT', url: `/api/households/${HID}/creamatocrit/m1`, body: input });
    answer = () => json(404, { error: 'not_found', message: 'No such measurement' });
    expect((await outbox.submit({ kind: 'creamatocrit.delete', hid: HID, id: 'm1' })).state).toBe('sent');
    expect(store.syncStore.get()).toMatchObject({ pending: [], held: [] });
  });

  it('holds a measurement refused with a 409 (another one under its id) as not saved, never as a session conflict', async () => {
    const { input, local } = measurement('m2', false);
    answer = () => json(409, { error: 'conflict', message: 'A different measurement was already saved under this id', current: { ...local, cmctPercent: 9 } });
    await outbox.submit({ kind: 'creamatocrit.put', hid: HID, id: 'm2', input, local });
    expect(store.syncStore.get().held).toEqual([expect.objectContaining({ kind: 'rejected', id: 'm2', write: expect.objectContaining({ kind: 'creamatocrit.put' }) })]);
  });

  it('stops on a lost sign-in, keeps the queue, and resumes after signing in again', async () => {
    let signedOut = 0;
    outbox.whenSignedOut(() => (signedOut += 1));
    answer = () => json(401, { error: 'unauthorized', message: 'Sign in' });
    expect((await outbox.submit(put(bottle('g', 40), null))).state).toBe('queued');
    expect(signedOut).toBe(1);
    expect(store.syncStore.get()).toMatchObject({ paused: true, pending: [{ write: { id: 'g' } }] });
    answer = versionedServer();
    await outbox.startOutbox('u1');
    await vi.waitFor(() => expect(store.syncStore.get().pending).toEqual([]));
  });

  it("never sends another person's queued writes", async () => {
    answer = () => 'offline';
    await outbox.submit(put(bottle('h', 40), null));
    answer = versionedServer();
    await outbox.startOutbox('someone-else');
    await outbox.retryNow();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(store.syncStore.get().pending).toEqual([]);
  });
});
