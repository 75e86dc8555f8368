/**
 * Nappies, weights and care notes over HTTP, on both databases: idempotent versioned PUTs, soft
 * delete, bad input (400 naming the field, nothing written), another household (404), no login
 * (401), and who may write what (the family logs the baby's side; only a consultant writes care
 * notes, only their author changes one, and each one is in the owner's access log).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const ago = (min: number): string => new Date(Date.now() - min * 60_000).toISOString();

describe.each(databases())('the baby’s side and care notes on $name', (dbCase) => {
  let t: TestApp;
  let owner: Member;
  let caregiver: Member;
  let consultant: Member;
  let consultant2: Member;
  let stranger: Member;
  let baby: string;
  const path = (kind: string, id = '') => `/api/households/${owner.hid}/${kind}${id ? `/${id}` : ''}`;

  async function join(role: 'caregiver' | 'consultant'): Promise<Member> {
    const m = await signUp(t.app);
    const inv = (await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role, accessExpiresAt: null })).json();
    expect((await caller(t.app, m.cookie)('POST', `/api/invites/${inv.token}/accept`)).statusCode).toBe(200);
    return m;
  }

  beforeAll(async () => {
    t = await makeApp(dbCase);
    owner = await signUp(t.app);
    caregiver = await join('caregiver');
    consultant = await join('consultant');
    consultant2 = await join('consultant');
    stranger = await signUp(t.app);
    baby = (await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/babies`, { name: 'Ada', birthDate: '2026-11-28' })).json().id;
  });
  afterAll(async () => t.close());

  describe('nappies', () => {
    const wet = () => ({ babyId: baby, changedAt: ago(30), kind: 'wet' });

    it('creates with PUT (201), repeats idempotently (200), edits with the version read, refuses a stale one (409)', async () => {
      const call = caller(t.app, owner.cookie);
      const id = randomUUID();
      const body = wet();
      const r1 = await call('PUT', path('nappies', id), body);
      expect(r1.statusCode, r1.body).toBe(201);
      expect(r1.json()).toMatchObject({ id, babyId: baby, kind: 'wet', colour: null, pinkUrates: false, notes: '', version: 1, deletedAt: null });
      const r2 = await call('PUT', path('nappies', id), body);
      expect(r2.statusCode).toBe(200);
      expect(r2.json()).toEqual(r1.json());
      expect((await call('GET', path('nappies', id))).body).toBe(r1.body);
      const edited = await call('PUT', path('nappies', id), { ...body, kind: 'both', colour: 'yellow', pinkUrates: true, version: 1 });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ kind: 'both', colour: 'yellow', pinkUrates: true, version: 2 });
      const stale = await call('PUT', path('nappies', id), { ...body, kind: 'dirty', version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: 'conflict', current: { id, kind: 'both', version: 2 } });
      expect((await call('PUT', path('nappies', id), { ...body, kind: 'dirty' })).statusCode).toBe(409);
    });

    it('creates exactly one record when the same PUT arrives many times at once', async () => {
      const call = caller(t.app, caregiver.cookie);
      const id = randomUUID();
      const body = wet();
      const rs = await Promise.all(Array.from({ length: 6 }, () => call('PUT', path('nappies', id), body)));
      expect(rs.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
      const list = (await call('GET', `${path('nappies')}?limit=1000`)).json().nappies as { id: string }[];
      expect(list.filter((n) => n.id === id)).toHaveLength(1);
    });

    it('lists newest first, by time range and baby, and hides deleted ones', async () => {
      const m = await signUp(t.app);
      const call = caller(t.app, m.cookie);
      const b1 = (await call('POST', `/api/households/${m.hid}/babies`, { name: 'One', birthDate: null })).json().id;
      const b2 = (await call('POST', `/api/households/${m.hid}/babies`, { name: 'Two', birthDate: null })).json().id;
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) {
        const id = randomUUID();
        ids.push(id);
        await call('PUT', `/api/households/${m.hid}/nappies/${id}`, { babyId: i % 2 ? b2 : b1, changedAt: ago(60 * (i + 1)), kind: 'dirty', colour: 'yellow' });
      }
      const all = (await call('GET', `/api/households/${m.hid}/nappies`)).json().nappies as { id: string; changedAt: string }[];
      expect(all.map((n) => n.id)).toEqual(ids);
      expect((await call('GET', `/api/households/${m.hid}/nappies?baby=${b2}`)).json().nappies).toHaveLength(3);
      const ranged = (await call('GET', `/api/households/${m.hid}/nappies?from=${encodeURIComponent(ago(60 * 4 + 1))}&to=${encodeURIComponent(ago(60 * 2 - 1))}`)).json().nappies;
      expect(ranged.map((n: { id: string }) => n.id)).toEqual(ids.slice(1, 4));
      expect((await call('DELETE', `/api/households/${m.hid}/nappies/${ids[0]}`)).statusCode).toBe(204);
      expect((await call('DELETE', `/api/households/${m.hid}/nappies/${ids[0]}`)).statusCode).toBe(204);
      expect((await call('GET', `/api/households/${m.hid}/nappies/${ids[0]}`)).statusCode).toBe(404);
      expect((await call('GET', `/api/households/${m.hid}/nappies`)).json().nappies).toHaveLength(5);
      expect((await call('PUT', `/api/households/${m.hid}/nappies/${ids[0]}`, { babyId: b1, changedAt: ago(60), kind: 'wet', version: 2 })).statusCode).toBe(409);
      expect((await call('DELETE', `/api/households/${m.hid}/nappies/${randomUUID()}`)).statusCode).toBe(404);
      expect((await call('GET', `/api/households/${m.hid}/nappies?from=${encodeURIComponent(ago(1))}&to=${encodeURIComponent(ago(60))}`)).json().fields).toHaveProperty('to');
    });

    it('says when the household’s log began: its first session or nappy, deleted ones aside, whatever the range asked', async () => {
      const m = await signUp(t.app);
      const call = caller(t.app, m.cookie);
      const since = async (q = '') => (await call('GET', `/api/households/${m.hid}/nappies${q}`)).json().loggingSince;
      expect(await since()).toBeNull();
      const b = (await call('POST', `/api/households/${m.hid}/babies`, { name: 'One', birthDate: null })).json().id;
      const bottle = ago(90);
      await call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, { kind: 'bottle', startedAt: bottle, endedAt: ago(85), volumeMl: 60, milkType: 'breast' });
      expect(await since()).toBe(bottle);
      const first = randomUUID();
      const nappyAt = ago(300);
      await call('PUT', `/api/households/${m.hid}/nappies/${first}`, { babyId: b, changedAt: nappyAt, kind: 'wet' });
      expect(await since(`?from=${encodeURIComponent(ago(10))}`)).toBe(nappyAt);
      await call('DELETE', `/api/households/${m.hid}/nappies/${first}`);
      expect(await since()).toBe(bottle);
      // Nobody outside the household learns it.
      expect((await caller(t.app, stranger.cookie)('GET', `/api/households/${m.hid}/nappies`)).statusCode).toBe(404);
    });

    it.each([
      ['in the future', { changedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'changedAt'],
      ['no time zone', { changedAt: '2026-12-01 10:00' }, 'changedAt'],
      ['unknown kind', { kind: 'damp' }, 'kind'],
      ['a colour on a wet nappy', { colour: 'yellow' }, 'colour'],
      ['an unknown colour', { kind: 'dirty', colour: 'green' }, 'colour'],
      ['pink urates on a dirty nappy', { kind: 'dirty', pinkUrates: true }, 'pinkUrates'],
      ['another household’s baby', { babyId: randomUUID() }, 'babyId'],
      ['no baby', { babyId: undefined }, 'babyId'],
      ['notes too long', { notes: 'x'.repeat(2001) }, 'notes'],
      ['an unknown field', { smell: 'bad' }, 'body'],
    ])('rejects %s with a 400 naming the field, writing nothing', async (_name, change, field) => {
      const call = caller(t.app, owner.cookie);
      const id = randomUUID();
      const r = await call('PUT', path('nappies', id), { ...wet(), ...change });
      expect(r.statusCode, r.body).toBe(400);
      expect(Object.keys(r.json().fields)).toContain(field);
      expect((await call('GET', path('nappies', id))).statusCode).toBe(404);
    });

    it('is the family’s to write: a consultant reads (logged) but cannot write; others get 404, no login 401', async () => {
      const id = randomUUID();
      expect((await caller(t.app, caregiver.cookie)('PUT', path('nappies', id), wet())).statusCode).toBe(201);
      const asLc = caller(t.app, consultant.cookie);
      expect((await asLc('GET', path('nappies'))).statusCode).toBe(200);
      expect((await asLc('PUT', path('nappies', randomUUID()), wet())).statusCode).toBe(403);
      expect((await asLc('DELETE', path('nappies', id))).statusCode).toBe(403);
      const asStranger = caller(t.app, stranger.cookie);
      for (const [m, u] of [['GET', path('nappies')], ['GET', path('nappies', id)], ['PUT', path('nappies', id)], ['DELETE', path('nappies', id)]] as const) {
        expect((await asStranger(m, u, m === 'PUT' ? { ...wet(), version: 1 } : undefined)).statusCode).toBe(404);
        expect((await caller(t.app)(m, u, m === 'PUT' ? wet() : undefined)).statusCode).toBe(401);
      }
      // Not in the stranger's own household under the same id either.
      expect((await asStranger('GET', `/api/households/${stranger.hid}/nappies/${id}`)).statusCode).toBe(404);
      expect((await caller(t.app, owner.cookie)('GET', path('nappies', id))).json()).toMatchObject({ version: 1, deletedAt: null });
      const log = (await caller(t.app, owner.cookie)('GET', `/api/households/${owner.hid}/access-log?limit=500`)).json().entries as { userId: string; route: string; action: string }[];
      expect(log.some((e) => e.userId === consultant.userId && e.route === '/api/households/:hid/nappies' && e.action === 'read')).toBe(true);
      expect(log.some((e) => e.userId === caregiver.userId && e.route === '/api/households/:hid/nappies/:id' && e.action === 'write')).toBe(true);
    });
  });

  describe('weights', () => {
    const w = (over: Record<string, unknown> = {}) => ({ babyId: baby, measuredAt: ago(120), grams: 3400, place: 'clinic', ...over });

    it.each([
      ['0 g', { grams: 0 }, 'grams'],
      ['40 kg', { grams: 40_000 }, 'grams'],
      ['not a number', { grams: '3.4kg' }, 'grams'],
      ['in the future', { measuredAt: new Date(Date.now() + 86_400_000).toISOString() }, 'measuredAt'],
      ['an unknown place', { place: 'pharmacy' }, 'place'],
      ['an unknown baby', { babyId: randomUUID() }, 'babyId'],
    ])('rejects %s with a 400 naming the field, writing nothing', async (_n, change, field) => {
      const call = caller(t.app, owner.cookie);
      const id = randomUUID();
      const r = await call('PUT', path('weights', id), w(change));
      expect(r.statusCode, r.body).toBe(400);
      expect(Object.keys(r.json().fields)).toContain(field);
      expect((await call('GET', path('weights', id))).statusCode).toBe(404);
    });

    it('keeps one birth weight per baby: a second is refused, the first can be corrected', async () => {
      const call = caller(t.app, owner.cookie);
      const birthId = randomUUID();
      const first = await call('PUT', path('weights', birthId), w({ grams: 3500, birth: true, place: 'hospital', measuredAt: '2026-11-28T08:00:00Z' }));
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ grams: 3500, birth: true, place: 'hospital', measuredAt: '2026-11-28T08:00:00.000Z' });
      const second = await call('PUT', path('weights', randomUUID()), w({ grams: 3600, birth: true }));
      expect(second.statusCode).toBe(400);
      expect(second.json().fields).toHaveProperty('birth');
      const fixed = await call('PUT', path('weights', birthId), w({ grams: 3520, birth: true, place: 'hospital', measuredAt: '2026-11-28T08:00:00Z', version: 1 }));
      expect(fixed.json()).toMatchObject({ grams: 3520, version: 2 });
      expect((await caller(t.app, caregiver.cookie)('PUT', path('weights', randomUUID()), w({ grams: 3150.5 }))).json()).toMatchObject({ grams: 3150.5, birth: false });
      const list = (await call('GET', `${path('weights')}?baby=${baby}`)).json().weights as { grams: number; birth: boolean }[];
      expect(list.filter((x) => x.birth).map((x) => x.grams)).toEqual([3520]);
      expect((await caller(t.app, consultant.cookie)('PUT', path('weights', randomUUID()), w())).statusCode).toBe(403);
      expect((await caller(t.app, stranger.cookie)('GET', path('weights'))).statusCode).toBe(404);
    });
  });

  describe('care notes', () => {
    const note = (over: Record<string, unknown> = {}) => ({ kind: 'note', notedAt: ago(5), body: 'Latch looked deeper today; try laid-back position at night.', ...over });

    it('are written by a consultant only, read by the family with the author, and every one is in the access log', async () => {
      const id = randomUUID();
      const lc = caller(t.app, consultant.cookie);
      const created = await lc('PUT', path('care-notes', id), note());
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ id, kind: 'note', createdBy: consultant.userId, version: 1 });
      const plan = await lc('PUT', path('care-notes', randomUUID()), note({ kind: 'plan', body: 'Pump after morning feeds for a week; weigh on Friday.' }));
      expect(plan.statusCode).toBe(201);
      for (const m of [owner, caregiver]) {
        expect((await caller(t.app, m.cookie)('PUT', path('care-notes', randomUUID()), note())).statusCode).toBe(403);
        const list = (await caller(t.app, m.cookie)('GET', path('care-notes'))).json().careNotes as { id: string; authorEmail: string; kind: string }[];
        expect(list.find((n) => n.id === id)).toMatchObject({ authorEmail: consultant.email, kind: 'note' });
        expect(list.some((n) => n.kind === 'plan')).toBe(true);
      }
      const edited = await lc('PUT', path('care-notes', id), note({ body: 'Latch deeper; laid-back at night.', version: 1 }));
      expect(edited.json()).toMatchObject({ version: 2, body: 'Latch deeper; laid-back at night.' });
      const log = (await caller(t.app, owner.cookie)('GET', `/api/households/${owner.hid}/access-log?limit=500`)).json().entries as { userId: string; route: string; action: string; resourceId: string | null; role: string }[];
      const writes = log.filter((e) => e.route === '/api/households/:hid/care-notes/:id' && e.action === 'write' && e.resourceId === id);
      expect(writes.map((e) => e.role)).toEqual(['consultant', 'consultant']);
    });

    it('are changed and deleted only by their author', async () => {
      const id = randomUUID();
      await caller(t.app, consultant.cookie)('PUT', path('care-notes', id), note());
      const other = caller(t.app, consultant2.cookie);
      expect((await other('PUT', path('care-notes', id), note({ body: 'Overwritten', version: 1 }))).statusCode).toBe(403);
      expect((await other('DELETE', path('care-notes', id))).statusCode).toBe(403);
      // Repeating exactly what is stored is no change, whoever sends it.
      expect((await caller(t.app, consultant.cookie)('GET', path('care-notes', id))).json().body).toBe(note().body);
      expect((await caller(t.app, consultant.cookie)('DELETE', path('care-notes', id))).statusCode).toBe(204);
      expect((await caller(t.app, owner.cookie)('GET', path('care-notes', id))).statusCode).toBe(404);
    });

    it.each([
      ['an empty body', { body: '   ' }, 'body'],
      ['a body too long', { body: 'x'.repeat(4001) }, 'body'],
      ['an unknown kind', { kind: 'diagnosis' }, 'kind'],
      ['in the future', { notedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'notedAt'],
    ])('rejects %s with a 400 naming the field, writing nothing', async (_n, change, field) => {
      const lc = caller(t.app, consultant.cookie);
      const id = randomUUID();
      const r = await lc('PUT', path('care-notes', id), note(change));
      expect(r.statusCode, r.body).toBe(400);
      expect(Object.keys(r.json().fields)).toContain(field);
      expect((await lc('GET', path('care-notes', id))).statusCode).toBe(404);
    });

    it('answer 404 to another household and 401 without a sign-in', async () => {
      const id = randomUUID();
      await caller(t.app, consultant.cookie)('PUT', path('care-notes', id), note());
      expect((await caller(t.app, stranger.cookie)('GET', path('care-notes'))).statusCode).toBe(404);
      expect((await caller(t.app, stranger.cookie)('GET', path('care-notes', id))).statusCode).toBe(404);
      expect((await caller(t.app)('GET', path('care-notes'))).statusCode).toBe(401);
      expect((await caller(t.app)('PUT', path('care-notes', id), note())).statusCode).toBe(401);
    });
  });
});
