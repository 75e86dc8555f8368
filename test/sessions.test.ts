import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const pump = { kind: 'pump', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:20:00Z', leftMl: 60, rightMl: 75 };
const url = (m: Member, id: string) => `/api/households/${m.hid}/sessions/${id}`;

describe.each(databases())('sessions API on $name', (dbCase) => {
  let t: TestApp;
  let a: Member;
  let b: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    a = await signUp(t.app);
    b = await signUp(t.app);
  });
  afterAll(async () => t.close());

  it('creates with PUT (201), repeats idempotently (200, same version), edits with the version read', async () => {
    const call = caller(t.app, a.cookie);
    const id = randomUUID();
    const r1 = await call('PUT', url(a, id), pump);
    expect(r1.statusCode).toBe(201);
    expect(r1.json()).toMatchObject({ id, kind: 'pump', leftMl: 60, rightMl: 75, version: 1, startedAt: '2026-01-15T10:00:00.000Z' });
    const r2 = await call('PUT', url(a, id), pump);
    expect(r2.statusCode).toBe(200);
    expect(r2.json()).toEqual(r1.json());
    const r3 = await call('PUT', url(a, id), { ...pump, leftMl: 70, version: 1 });
    expect(r3.statusCode).toBe(200);
    expect(r3.json()).toMatchObject({ leftMl: 70, version: 2 });
    const list = await call('GET', `/api/households/${a.hid}/sessions`);
    expect(list.json().sessions.filter((s: { id: string }) => s.id === id)).toHaveLength(1);
  });

  it('answers a create with exactly the record that is stored (it is not read back)', async () => {
    const call = caller(t.app, a.cookie);
    const bodies = [
      { ...pump, leftMl: 60.25, rightMl: 0, notes: 'ñandú — 🍼', painBefore: 3, fullnessAfter: 2, massage: { routineId: null, timing: 'before', minutes: 2.5, tool: 'massager', vibration: true, heat: false } },
      {
        kind: 'nurse',
        startedAt: '2026-01-15T22:50:00+01:00',
        endedAt: '2026-01-15T23:30:00+01:00',
        segments: [
          { side: 'left', start: '2026-01-15T22:50:00+01:00', end: '2026-01-15T23:05:00+01:00' },
          { side: 'right', start: '2026-01-15T23:05:00+01:00', end: '2026-01-15T23:30:00+01:00' },
        ],
      },
      { kind: 'bottle', startedAt: '2026-01-15T12:00:00Z', endedAt: '2026-01-15T12:10:00Z', volumeMl: 90.5, milkType: 'mixed' },
    ];
    for (const body of bodies) {
      const id = randomUUID();
      const created = await call('PUT', url(a, id), body);
      expect(created.statusCode, created.body).toBe(201);
      expect(created.body).toBe((await call('GET', url(a, id))).body);
    }
  });

  it('refuses a stale version with 409 and the current record, changing nothing', async () => {
    const call = caller(t.app, a.cookie);
    const id = randomUUID();
    await call('PUT', url(a, id), pump);
    await call('PUT', url(a, id), { ...pump, leftMl: 61, version: 1 });
    const stale = await call('PUT', url(a, id), { ...pump, leftMl: 99, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'conflict', current: { id, leftMl: 61, version: 2 } });
    const noVersion = await call('PUT', url(a, id), { ...pump, leftMl: 98 });
    expect(noVersion.statusCode).toBe(409);
    expect((await call('GET', url(a, id))).json()).toMatchObject({ leftMl: 61, version: 2 });
  });

  it('creates exactly one record when the same PUT arrives many times at once', async () => {
    const call = caller(t.app, a.cookie);
    const id = randomUUID();
    const rs = await Promise.all(Array.from({ length: 8 }, () => call('PUT', url(a, id), pump)));
    expect(rs.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const list = await call('GET', `/api/households/${a.hid}/sessions?kind=pump&limit=200`);
    expect(list.json().sessions.filter((s: { id: string }) => s.id === id)).toHaveLength(1);
  });

  it('runs a nursing timer: start, switch side, pause, stop — all as PUTs of segments', async () => {
    const call = caller(t.app, a.cookie);
    const id = randomUUID();
    const start = { kind: 'nurse', startedAt: '2026-01-15T03:00:00Z', endedAt: null, segments: [{ side: 'left', start: '2026-01-15T03:00:00Z', end: null }] };
    const r1 = await call('PUT', url(a, id), start);
    expect(r1.statusCode).toBe(201);
    expect(r1.json()).toMatchObject({ endedAt: null, segments: [{ side: 'left', end: null }] });
    const switched = {
      ...start,
      segments: [
        { side: 'left', start: '2026-01-15T03:00:00Z', end: '2026-01-15T03:10:00Z' },
        { side: 'right', start: '2026-01-15T03:10:00Z', end: null },
      ],
      version: 1,
    };
    expect((await call('PUT', url(a, id), switched)).json()).toMatchObject({ version: 2, segments: [{ side: 'left' }, { side: 'right', end: null }] });
    const stopped = {
      ...switched,
      endedAt: '2026-01-15T03:18:00Z',
      segments: [switched.segments[0], { side: 'right', start: '2026-01-15T03:10:00Z', end: '2026-01-15T03:18:00Z' }],
      version: 2,
    };
    const r3 = await call('PUT', url(a, id), stopped);
    expect(r3.statusCode).toBe(200);
    expect(r3.json()).toMatchObject({ version: 3, endedAt: '2026-01-15T03:18:00.000Z' });
  });

  it('runs a pump timer: both sides at once, one side, pause, then finished with the volumes', async () => {
    const call = caller(t.app, a.cookie);
    const id = randomUUID();
    const at = (min: number) => `2026-01-15T04:${String(min).padStart(2, '0')}:00Z`;
    const both = [
      { side: 'left', start: at(0), end: null },
      { side: 'right', start: at(0), end: null },
    ];
    const r1 = await call('PUT', url(a, id), { kind: 'pump', startedAt: at(0), endedAt: null, segments: both });
    expect(r1.statusCode, r1.body).toBe(201);
    expect(r1.json()).toMatchObject({ endedAt: null, leftMl: null, segments: [{ side: 'left', end: null }, { side: 'right', end: null }] });
    const single = [
      { side: 'left', start: at(0), end: at(8) },
      { side: 'right', start: at(0), end: at(8) },
      { side: 'right', start: at(8), end: at(12) },
    ];
    const r2 = await call('PUT', url(a, id), { kind: 'pump', startedAt: at(0), endedAt: null, segments: single, version: 1 });
    expect(r2.statusCode, r2.body).toBe(200);
    const r3 = await call('PUT', url(a, id), { kind: 'pump', startedAt: at(0), endedAt: at(12), segments: single, leftMl: 50, rightMl: 70, version: 2 });
    expect(r3.json()).toMatchObject({ version: 3, endedAt: '2026-01-15T04:12:00.000Z', leftMl: 50, rightMl: 70 });
  });

  it.each([
    ['wrong type', { ...pump, leftMl: 'sixty' }, 'leftMl'],
    ['missing kind', { startedAt: pump.startedAt, endedAt: pump.endedAt, leftMl: 1 }, 'kind'],
    ['missing startedAt', { kind: 'pump', endedAt: pump.endedAt, leftMl: 1 }, 'startedAt'],
    ['negative volume', { ...pump, rightMl: -5 }, 'rightMl'],
    ['10 litres', { ...pump, leftMl: 10_000 }, 'leftMl'],
    ['absurd bottle', { kind: 'bottle', startedAt: pump.startedAt, endedAt: pump.startedAt, volumeMl: 5000, milkType: 'formula' }, 'volumeMl'],
    ['end before start', { ...pump, endedAt: '2026-01-15T09:00:00Z' }, 'endedAt'],
    ['unknown kind', { ...pump, kind: 'sleep' }, 'kind'],
    ['unknown milk type', { kind: 'bottle', startedAt: pump.startedAt, endedAt: pump.endedAt, volumeMl: 90, milkType: 'goat' }, 'milkType'],
    ['no time zone', { ...pump, startedAt: '2026-01-15 10:00' }, 'startedAt'],
    ['impossible date', { ...pump, startedAt: '2026-02-30T10:00:00Z' }, 'startedAt'],
    ['in the future', { ...pump, startedAt: '2099-01-01T00:00:00Z', endedAt: '2099-01-01T00:10:00Z' }, 'startedAt'],
    ['longer than a day', { ...pump, endedAt: '2026-01-17T10:00:00Z' }, 'endedAt'],
    ['pain out of range', { ...pump, painBefore: 11 }, 'painBefore'],
    ['fullness zero', { ...pump, fullnessAfter: 0 }, 'fullnessAfter'],
    ['unknown field', { ...pump, colour: 'blue' }, 'body'],
    ['volume on a nursing session', { kind: 'nurse', startedAt: pump.startedAt, endedAt: null, leftMl: 30 }, 'leftMl'],
    ['bottle without volume', { kind: 'bottle', startedAt: pump.startedAt, endedAt: pump.endedAt, milkType: 'breast' }, 'volumeMl'],
    ['vibration by hand', { ...pump, massage: { timing: 'before', minutes: 3, tool: 'hands', vibration: true } }, 'massage.tool'],
    ['unknown routine', { ...pump, massage: { routineId: 'deep-tissue', timing: 'before', minutes: 3, tool: 'hands' } }, 'massage.routineId'],
    ['overlapping segments', { kind: 'nurse', startedAt: pump.startedAt, endedAt: null, segments: [{ side: 'left', start: '2026-01-15T10:05:00Z', end: '2026-01-15T10:10:00Z' }, { side: 'right', start: '2026-01-15T10:08:00Z', end: null }] }, 'segments.1.start'],
    ['one side pumped twice at once', { kind: 'pump', startedAt: pump.startedAt, endedAt: null, segments: [{ side: 'left', start: '2026-01-15T10:00:00Z', end: null }, { side: 'left', start: '2026-01-15T10:01:00Z', end: null }] }, 'segments.0.end'],
    ['a finished pump still running', { ...pump, segments: [{ side: 'right', start: pump.startedAt, end: null }] }, 'segments.0.end'],
    ['segments on a bottle', { kind: 'bottle', startedAt: pump.startedAt, endedAt: pump.endedAt, volumeMl: 90, milkType: 'breast', segments: [{ side: 'left', start: pump.startedAt, end: pump.endedAt }] }, 'segments'],
    ['notes too long', { ...pump, notes: 'x'.repeat(2001) }, 'notes'],
    ['unknown baby', { ...pump, babyId: randomUUID() }, 'babyId'],
  ])('rejects %s with a 400 naming the field, writing nothing', async (_name, body, field) => {
    const call = caller(t.app, a.cookie);
    const id = randomUUID();
    const r = await call('PUT', url(a, id), body);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ error: 'bad_request' });
    expect(Object.keys(r.json().fields)).toContain(field);
    expect((await call('GET', url(a, id))).statusCode).toBe(404);
  });

  it('rejects a bad id, malformed JSON and a 1 MB body without writing', async () => {
    const call = caller(t.app, a.cookie);
    const badId = await call('PUT', url(a, 'not-a-uuid'), pump);
    expect(badId.statusCode).toBe(400);
    expect(badId.json().fields).toHaveProperty('id');
    const id = randomUUID();
    const json = await t.app.inject({ method: 'PUT', url: url(a, id), headers: { cookie: a.cookie, 'content-type': 'application/json' }, payload: '{"kind": "pump",' });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: 'bad_request', fields: { body: expect.any(String) } });
    const big = await call('PUT', url(a, id), { ...pump, notes: 'x'.repeat(1_000_000) });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: 'payload_too_large', fields: { body: expect.any(String) } });
    expect((await call('GET', url(a, id))).statusCode).toBe(404);
  });

  it('answers 401 without a sign-in', async () => {
    const call = caller(t.app);
    const id = randomUUID();
    expect((await call('GET', `/api/households/${a.hid}/sessions`)).statusCode).toBe(401);
    expect((await call('PUT', url(a, id), pump)).statusCode).toBe(401);
    expect((await call('GET', url(a, id))).statusCode).toBe(401);
    expect((await call('DELETE', url(a, id))).statusCode).toBe(401);
    expect((await caller(t.app, 'lactea_session=forged')('GET', `/api/households/${a.hid}/sessions`)).statusCode).toBe(401);
  });

  it("answers 404 for another household's records and changes nothing", async () => {
    const id = randomUUID();
    await caller(t.app, a.cookie)('PUT', url(a, id), pump);
    const asB = caller(t.app, b.cookie);
    expect((await asB('GET', url(a, id))).statusCode).toBe(404);
    expect((await asB('GET', `/api/households/${a.hid}/sessions`)).statusCode).toBe(404);
    expect((await asB('PUT', url(a, id), { ...pump, leftMl: 1, version: 1 })).statusCode).toBe(404);
    expect((await asB('DELETE', url(a, id))).statusCode).toBe(404);
    // B's own household does not see A's record under the same id either.
    expect((await asB('GET', url(b, id))).statusCode).toBe(404);
    expect((await caller(t.app, a.cookie)('GET', url(a, id))).json()).toMatchObject({ leftMl: 60, version: 1, deletedAt: null });
  });

  it('deletes softly: hidden from lists and reads, a second delete is fine, an edit after it conflicts', async () => {
    const call = caller(t.app, a.cookie);
    const id = randomUUID();
    await call('PUT', url(a, id), pump);
    expect((await call('DELETE', url(a, id))).statusCode).toBe(204);
    expect((await call('DELETE', url(a, id))).statusCode).toBe(204);
    expect((await call('GET', url(a, id))).statusCode).toBe(404);
    const list = await call('GET', `/api/households/${a.hid}/sessions?limit=200`);
    expect(list.json().sessions.map((s: { id: string }) => s.id)).not.toContain(id);
    expect((await call('PUT', url(a, id), { ...pump, version: 2 })).statusCode).toBe(409);
    expect((await call('DELETE', url(a, randomUUID()))).statusCode).toBe(404);
  });

  it('lists with from, to, kind, baby and cursor pagination, newest first', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const baby = (await call('POST', `/api/households/${m.hid}/babies`, { name: 'Ada', birthDate: '2025-12-01' })).json();
    const days = Array.from({ length: 7 }, (_, i) => `2026-01-${String(10 + i).padStart(2, '0')}`);
    for (const d of days) {
      await call('PUT', url(m, randomUUID()), { ...pump, startedAt: `${d}T08:00:00Z`, endedAt: `${d}T08:15:00Z` });
      await call('PUT', url(m, randomUUID()), { kind: 'bottle', babyId: baby.id, startedAt: `${d}T12:00:00Z`, endedAt: `${d}T12:10:00Z`, volumeMl: 90, milkType: 'breast' });
    }
    const all = (await call('GET', `/api/households/${m.hid}/sessions`)).json();
    expect(all.sessions).toHaveLength(14);
    const starts = all.sessions.map((s: { startedAt: string }) => s.startedAt);
    expect([...starts].sort().reverse()).toEqual(starts);
    const ranged = (await call('GET', `/api/households/${m.hid}/sessions?from=2026-01-12T00:00:00Z&to=2026-01-14T00:00:00Z`)).json();
    expect(ranged.sessions).toHaveLength(4);
    const bottles = (await call('GET', `/api/households/${m.hid}/sessions?kind=bottle`)).json();
    expect(bottles.sessions.every((s: { kind: string }) => s.kind === 'bottle')).toBe(true);
    expect((await call('GET', `/api/households/${m.hid}/sessions?baby=${baby.id}`)).json().sessions).toHaveLength(7);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { sessions: { id: string }[]; nextCursor: string | null } = (
        await call('GET', `/api/households/${m.hid}/sessions?limit=4${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.sessions.map((s) => s.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(14);
    expect((await call('GET', `/api/households/${m.hid}/sessions?cursor=garbage`)).statusCode).toBe(400);
    expect((await call('GET', `/api/households/${m.hid}/sessions?limit=0`)).json().fields).toHaveProperty('limit');
    expect((await call('GET', `/api/households/${m.hid}/sessions?kind=sleep`)).json().fields).toHaveProperty('kind');
    expect((await call('GET', `/api/households/${m.hid}/sessions?from=2026-01-14T00:00:00Z&to=2026-01-12T00:00:00Z`)).json().fields).toHaveProperty('to');
  });
});

describe('check order', () => {
  it('answers 401 before looking at the body, and 404 to a non-member before a 400', async () => {
    const t = await makeApp({ name: 'sqlite', url: ':memory:' });
    try {
      const a = await signUp(t.app);
      const b = await signUp(t.app);
      const bad = { kind: 'nope', leftMl: -1 };
      expect((await caller(t.app)('PUT', url(a, randomUUID()), bad)).statusCode).toBe(401);
      expect((await caller(t.app, b.cookie)('PUT', url(a, randomUUID()), bad)).statusCode).toBe(404);
      expect((await caller(t.app, a.cookie)('PUT', url(a, randomUUID()), bad)).statusCode).toBe(400);
    } finally {
      await t.close();
    }
  });
});
