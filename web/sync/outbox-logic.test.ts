import { describe, expect, it } from 'vitest';
import { emptySessionInput, toSessionInput, type Session } from '../../src/domain/session.js';
import type { Nappy } from '../../src/domain/baby/nappy.js';
import { backoffMs, baseVersionFor, callFor, latestQueued, optimistic, overlayCreamatocrit, overlayRecords, overlaySessions, pendingSessionIds, rebase, verdict, type Pending, type Write } from './outbox-logic.js';

const HID = 'h1';
const session = (id: string, startedAt: string, version = 1, extra: Partial<Session> = {}): Session => ({
  ...optimistic({ ...emptySessionInput('bottle', startedAt), volumeMl: 60 }, id, HID, 'u1', null, startedAt),
  version,
  ...extra,
});

let seq = 0;
const pend = (write: Write): Pending => ({ seq: ++seq, userId: 'u1', queuedAt: 0, attempts: 0, notBefore: 0, write });
const put = (s: Session, baseVersion: number | null): Write => ({ kind: 'session.put', hid: HID, id: s.id, input: toSessionInput(s), baseVersion, local: s });

describe('outbox rules', () => {
  it('sends a create without a version, a change with the version it was made on', () => {
    const s = session('a', '2026-01-01T10:00:00.000Z');
    expect(callFor(put(s, null))).toMatchObject({ method: 'PUT', path: '/api/households/h1/sessions/a', body: { volumeMl: 60 } });
    expect(callFor(put(s, null)).body).not.toHaveProperty('version');
    expect((callFor(put(s, 3)).body as { version: number }).version).toBe(3);
    expect(callFor({ kind: 'session.delete', hid: HID, id: 'a' })).toEqual({ method: 'DELETE', path: '/api/households/h1/sessions/a' });
  });

  it('gives a write queued behind another for the same record the same base, then the acknowledged version', () => {
    const s = session('a', '2026-01-01T10:00:00.000Z', 4);
    const first = pend(put(s, 4));
    expect(baseVersionFor([first], 'a', 4)).toBe(4);
    expect(baseVersionFor([], 'a', 0)).toBeNull();
    expect(baseVersionFor([first], 'b', 7)).toBe(7);
    const second = pend(put({ ...s, volumeMl: 90 }, 4));
    const other = pend(put(session('b', '2026-01-01T11:00:00.000Z'), 1));
    const rebased = rebase([second, other], 'a', 5);
    expect(rebased[0]?.write).toMatchObject({ baseVersion: 5, local: { version: 5 } });
    expect(rebased[1]).toBe(other);
  });

  it('overlays queued saves and deletes on the server list, newest first', () => {
    const a = session('a', '2026-01-01T10:00:00.000Z');
    const b = session('b', '2026-01-01T12:00:00.000Z');
    const c = session('c', '2026-01-01T11:00:00.000Z', 0);
    const edited = { ...a, volumeMl: 120 };
    const pending = [pend(put(c, null)), pend(put(edited, 1)), pend({ kind: 'session.delete', hid: HID, id: 'b' })];
    const out = overlaySessions([a, b], pending, HID);
    expect(out.map((s) => s.id)).toEqual(['c', 'a']);
    expect(out[1]?.volumeMl).toBe(120);
    // A window: a queued record outside it is not added; one already listed is still replaced.
    expect(overlaySessions([a], pending, HID, (s) => s.id !== 'c').map((s) => s.id)).toEqual(['a']);
    // Another household's queue does not leak in.
    expect(overlaySessions([a], [pend({ ...put(c, null), hid: 'h2' } as Write)], HID).map((s) => s.id)).toEqual(['a']);
    expect(pendingSessionIds(pending)).toEqual(new Set(['c', 'a', 'b']));
  });

  it("finds her latest queued state of a record, or that she deleted it", () => {
    const a = session('a', '2026-01-01T10:00:00.000Z');
    const p1 = pend(put(a, 1));
    const p2 = pend(put({ ...a, volumeMl: 80 }, 1));
    expect(latestQueued([p1, p2], 'a')?.volumeMl).toBe(80);
    expect(latestQueued([p1, p2, pend({ kind: 'session.delete', hid: HID, id: 'a' })], 'a')).toBeNull();
    expect(latestQueued([p1], 'zzz')).toBeUndefined();
  });

  it('backs off from one second to a minute, with some spread', () => {
    expect(backoffMs(1, 0)).toBe(1000);
    expect(backoffMs(2, 0)).toBe(2000);
    expect(backoffMs(4, 0)).toBe(8000);
    expect(backoffMs(30, 0)).toBe(60_000);
    expect(backoffMs(30, 1)).toBe(72_000);
  });

  it('retries only what may succeed later; a 409 is her choice; a 401 waits for sign-in', () => {
    expect([0, 408, 429, 500, 503].map((s) => verdict(s))).toEqual(['retry', 'retry', 'retry', 'retry', 'retry']);
    // A server that fails on this very write: a few tries, then held for her; one that is down: always tried again.
    expect([1, 2, 3, 4, 5, 6].map((n) => verdict(500, n))).toEqual(['retry', 'retry', 'retry', 'retry', 'rejected', 'rejected']);
    expect(verdict(503, 50)).toBe('retry');
    expect(verdict(502, 50)).toBe('retry');
    expect(verdict(409)).toBe('conflict');
    expect(verdict(401)).toBe('signed-out');
    expect([400, 403, 404].map((s) => verdict(s))).toEqual(['rejected', 'rejected', 'rejected']);
  });

  it('builds the record as it will look once saved', () => {
    const base = session('a', '2026-01-01T10:00:00.000Z', 3, { createdBy: 'partner', createdAt: '2026-01-01T10:05:00.000Z' });
    const o = optimistic({ ...base, volumeMl: 75 }, 'a', HID, 'me', base, '2026-01-02T00:00:00.000Z');
    expect(o).toMatchObject({ version: 3, createdBy: 'partner', createdAt: '2026-01-01T10:05:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', volumeMl: 75, deletedAt: null });
    expect(optimistic(base, 'n', HID, 'me', null, '2026-01-02T00:00:00.000Z')).toMatchObject({ version: 0, createdBy: 'me' });
  });

  it('lays queued creamatocrit measurements over the list, newest first, and keeps them out of the session lists', () => {
    const entry = (id: string, measuredAt: string, hid = HID) => ({ id, householdId: hid, measuredAt, cmctPercent: 6, sample: 'hind' as const, frozen: false, massage: false, sessionId: null, createdAt: measuredAt, createdBy: 'u1' });
    const input = (e: ReturnType<typeof entry>) => ({ measuredAt: e.measuredAt, cmctPercent: e.cmctPercent, sample: e.sample, frozen: e.frozen, massage: e.massage, sessionId: e.sessionId });
    const stored = [entry('b', '2026-01-02T08:00:00.000Z'), entry('a', '2026-01-01T08:00:00.000Z')];
    const made = entry('c', '2026-01-01T20:00:00.000Z');
    const elsewhere = entry('x', '2026-01-03T08:00:00.000Z', 'h2');
    const queue = [
      pend({ kind: 'creamatocrit.put', hid: HID, id: 'c', input: input(made), local: made }),
      pend({ kind: 'creamatocrit.delete', hid: HID, id: 'a' }),
      pend({ kind: 'creamatocrit.put', hid: 'h2', id: 'x', input: input(elsewhere), local: elsewhere }),
    ];
    expect(overlayCreamatocrit(stored, queue, HID).map((e) => e.id)).toEqual(['b', 'c']);
    expect(callFor(queue[0]!.write)).toEqual({ method: 'PUT', path: '/api/households/h1/creamatocrit/c', body: input(made) });
    expect(callFor(queue[1]!.write)).toEqual({ method: 'DELETE', path: '/api/households/h1/creamatocrit/a' });
    expect(pendingSessionIds(queue).size).toBe(0);
    const s = session('a', '2026-01-01T10:00:00.000Z');
    expect(overlaySessions([s], queue, HID).map((x) => x.id)).toEqual(['a']);
  });
});

describe('outbox rules for nappies, weights and care notes', () => {
  const nappy = (id: string, changedAt: string, version = 1): Nappy => ({
    id,
    householdId: HID,
    babyId: 'b1',
    changedAt,
    kind: 'wet',
    colour: null,
    pinkUrates: false,
    notes: '',
    version,
    createdAt: changedAt,
    updatedAt: changedAt,
    createdBy: 'u1',
    deletedAt: null,
  });
  const putNappy = (n: Nappy, baseVersion: number | null): Write => ({
    kind: 'record.put',
    path: 'nappies',
    hid: HID,
    id: n.id,
    input: { babyId: n.babyId, changedAt: n.changedAt, kind: n.kind, colour: n.colour, pinkUrates: n.pinkUrates, notes: n.notes },
    baseVersion,
    local: n,
  });

  it('sends them to their own path, with the version a change was made on', () => {
    const n = nappy('n1', '2026-01-01T10:00:00.000Z');
    expect(callFor(putNappy(n, null))).toMatchObject({ method: 'PUT', path: '/api/households/h1/nappies/n1', body: { kind: 'wet' } });
    expect(callFor(putNappy(n, null)).body).not.toHaveProperty('version');
    expect((callFor(putNappy(n, 2)).body as { version: number }).version).toBe(2);
    expect(callFor({ kind: 'record.delete', path: 'care-notes', hid: HID, id: 'c1' })).toEqual({ method: 'DELETE', path: '/api/households/h1/care-notes/c1' });
  });

  it('gives a colour tapped right after the tap that logged the nappy the version that tap gets back', () => {
    const n = nappy('n1', '2026-01-01T10:00:00.000Z', 0);
    const logged = pend(putNappy(n, null));
    const coloured = pend(putNappy({ ...n, kind: 'dirty', colour: 'yellow' }, baseVersionFor([logged], 'n1', null)));
    expect(coloured.write).toMatchObject({ baseVersion: null });
    expect(rebase([coloured], 'n1', 1)[0]?.write).toMatchObject({ baseVersion: 1, local: { version: 1, colour: 'yellow' } });
  });

  it('overlays queued nappies on the server list, newest first, keeping only those the list wants', () => {
    const a = nappy('a', '2026-01-01T10:00:00.000Z');
    const b = nappy('b', '2026-01-01T12:00:00.000Z');
    const old = nappy('old', '2025-12-01T12:00:00.000Z');
    const list = overlayRecords('nappies', [a], [pend(putNappy(b, null)), pend(putNappy(old, null)), pend({ kind: 'record.delete', path: 'nappies', hid: HID, id: 'a' })], HID, (n) => n.changedAt, (n) => n.changedAt >= '2026-01-01');
    expect(list.map((n) => n.id)).toEqual(['b']);
    // Another kind under the same household is left alone.
    expect(overlayRecords('weights', [], [pend(putNappy(b, null))], HID, (w) => w.measuredAt)).toEqual([]);
  });
});
