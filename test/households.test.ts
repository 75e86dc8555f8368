import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

describe.each(databases())('households and babies API on $name', (dbCase) => {
  let t: TestApp;
  let a: Member;
  let b: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    a = await signUp(t.app);
    b = await signUp(t.app);
  });
  afterAll(async () => t.close());

  it('lists and creates households', async () => {
    const call = caller(t.app, a.cookie);
    expect((await call('GET', '/api/households')).json().households).toHaveLength(1);
    const r = await call('POST', '/api/households', { name: 'Grandma’s' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ name: 'Grandma’s', role: 'owner' });
    expect((await call('GET', '/api/households')).json().households).toHaveLength(2);
    expect((await call('POST', '/api/households', { name: '   ' })).json().fields).toHaveProperty('name');
    expect((await caller(t.app)('GET', '/api/households')).statusCode).toBe(401);
    expect((await caller(t.app)('POST', '/api/households', { name: 'x' })).statusCode).toBe(401);
  });

  it('adds twins and renames one', async () => {
    const call = caller(t.app, a.cookie);
    const base = `/api/households/${a.hid}/babies`;
    const one = await call('POST', base, { name: 'Ana', birthDate: '2026-01-02' });
    const two = await call('POST', base, { name: 'Eva', birthDate: '2026-01-02' });
    expect(one.statusCode).toBe(201);
    expect(two.json()).toMatchObject({ name: 'Eva', birthDate: '2026-01-02', householdId: a.hid });
    expect((await call('GET', base)).json().babies.map((x: { name: string }) => x.name)).toEqual(['Ana', 'Eva']);
    const renamed = await call('PATCH', `${base}/${two.json().id}`, { name: 'Eve' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Eve', birthDate: '2026-01-02' });
    expect((await call('POST', base, { name: 'No date', birthDate: null })).json().birthDate).toBeNull();
  });

  it.each([
    [{ name: '', birthDate: null }, 'name'],
    [{ name: 'A', birthDate: '2026-02-30' }, 'birthDate'],
    [{ name: 'A', birthDate: '02/01/2026' }, 'birthDate'],
    [{ name: 'x'.repeat(81) }, 'name'],
    [{ birthDate: null }, 'name'],
  ])('refuses a bad baby %j with a 400 naming %s', async (payload, field) => {
    const r = await caller(t.app, a.cookie)('POST', `/api/households/${a.hid}/babies`, payload);
    expect(r.statusCode).toBe(400);
    expect(r.json().fields).toHaveProperty(field);
  });

  it("hides another household's babies (404) and needs a sign-in (401)", async () => {
    const baby = (await caller(t.app, a.cookie)('POST', `/api/households/${a.hid}/babies`, { name: 'Mine' })).json();
    const asB = caller(t.app, b.cookie);
    expect((await asB('GET', `/api/households/${a.hid}/babies`)).statusCode).toBe(404);
    expect((await asB('POST', `/api/households/${a.hid}/babies`, { name: 'Intruder' })).statusCode).toBe(404);
    expect((await asB('PATCH', `/api/households/${a.hid}/babies/${baby.id}`, { name: 'Taken' })).statusCode).toBe(404);
    expect((await asB('PATCH', `/api/households/${b.hid}/babies/${baby.id}`, { name: 'Taken' })).statusCode).toBe(404);
    expect((await asB('GET', `/api/households/${randomUUID()}/babies`)).statusCode).toBe(404);
    expect((await caller(t.app)('GET', `/api/households/${a.hid}/babies`)).statusCode).toBe(401);
    const names = (await caller(t.app, a.cookie)('GET', `/api/households/${a.hid}/babies`)).json().babies.map((x: { name: string }) => x.name);
    expect(names).not.toContain('Intruder');
    expect(names).toContain('Mine');
  });

  it('the owner renames her household and sets the unit new members start with; others may not', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const url = `/api/households/${m.hid}`;
    expect((await call('GET', '/api/households')).json().households[0]).toMatchObject({ name: 'Home', volumeUnit: 'ml' });
    const r = await call('PATCH', url, { name: 'Maria & Javier', volumeUnit: 'floz' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ id: m.hid, name: 'Maria & Javier', volumeUnit: 'floz', role: 'owner' });
    expect((await call('GET', '/api/me')).json().households[0]).toMatchObject({ name: 'Maria & Javier', volumeUnit: 'floz' });
    expect((await call('PATCH', url, { name: 'Only the name' })).json()).toMatchObject({ name: 'Only the name', volumeUnit: 'floz' });
    for (const [body, field, code] of [
      [{ name: '  ' }, 'name', 'required'],
      [{ name: 'x'.repeat(81) }, 'name', 'too_long'],
      [{ volumeUnit: 'cups' }, 'volumeUnit', 'invalid_choice'],
      [{ owner: 'me' }, 'body', 'unknown_field'],
    ] as const) {
      const bad = await call('PATCH', url, body);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fieldCodes).toMatchObject({ [field]: code });
    }
    expect((await caller(t.app, b.cookie)('PATCH', url, { name: 'Taken' })).statusCode).toBe(404);
    expect((await caller(t.app)('PATCH', url, { name: 'Taken' })).statusCode).toBe(401);
    const created = await call('POST', '/api/households', { name: 'Grandma', volumeUnit: 'floz' });
    expect(created.json()).toMatchObject({ name: 'Grandma', volumeUnit: 'floz' });
  });

  it('edits a baby\'s birth date, archives her with her sessions kept, and brings her back', async () => {
    const call = caller(t.app, a.cookie);
    const base = `/api/households/${a.hid}/babies`;
    const baby = (await call('POST', base, { name: 'Lía', birthDate: '2026-11-02' })).json();
    expect(baby.archivedAt).toBeNull();
    expect((await call('PATCH', `${base}/${baby.id}`, { birthDate: '2026-11-03' })).json()).toMatchObject({ name: 'Lía', birthDate: '2026-11-03' });
    expect((await call('PATCH', `${base}/${baby.id}`, { birthDate: null })).json().birthDate).toBeNull();
    const feed = { kind: 'bottle', babyId: baby.id, startedAt: '2026-11-20T08:00:00Z', endedAt: '2026-11-20T08:10:00Z', volumeMl: 90, milkType: 'breast' };
    const sid = randomUUID();
    expect((await call('PUT', `/api/households/${a.hid}/sessions/${sid}`, feed)).statusCode).toBe(201);
    const archived = await call('PATCH', `${base}/${baby.id}`, { archived: true });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).toEqual(expect.any(String));
    // Archiving again keeps the first date; her feed stays, and still names her.
    expect((await call('PATCH', `${base}/${baby.id}`, { archived: true })).json().archivedAt).toBe(archived.json().archivedAt);
    expect((await call('GET', `/api/households/${a.hid}/sessions/${sid}`)).json()).toMatchObject({ babyId: baby.id, volumeMl: 90 });
    expect((await call('GET', base)).json().babies.find((x: { id: string }) => x.id === baby.id).archivedAt).toBe(archived.json().archivedAt);
    expect((await call('PATCH', `${base}/${baby.id}`, { archived: false })).json().archivedAt).toBeNull();
    expect((await call('PATCH', `${base}/${baby.id}`, { archived: 'yes' })).json().fieldCodes).toMatchObject({ archived: 'invalid' });
    expect((await call('PATCH', `${base}/${baby.id}`, { birthDate: '2026-13-01' })).json().fieldCodes).toMatchObject({ birthDate: 'invalid_date' });
    expect((await caller(t.app, b.cookie)('PATCH', `${base}/${baby.id}`, { archived: true })).statusCode).toBe(404);
  });
});
