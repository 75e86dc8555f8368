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
});
