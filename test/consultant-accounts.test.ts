/**
 * A consultant's account: signing up from a consultant invite (or accepting one) leaves her with no
 * empty household of her own; she can still start her own log, and be both a parent and a consultant.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, cookieFrom, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

describe.each(databases())('consultant accounts on $name', (dbCase) => {
  let t: TestApp;
  let owner: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    owner = await signUp(t.app);
  });
  afterAll(async () => t.close());

  const invite = async (role: 'caregiver' | 'consultant'): Promise<string> =>
    (await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role, accessExpiresAt: null })).json().token;
  const signUpWith = (token: string, email = `c-${randomUUID()}@example.org`) =>
    t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password: 'a long enough password', invite: token } });

  it('signs a consultant up from her invite with no household of her own, straight into her client', async () => {
    const token = await invite('consultant');
    const r = await signUpWith(token);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().households).toEqual([expect.objectContaining({ id: owner.hid, role: 'consultant' })]);
    const cookie = cookieFrom(r);
    expect((await caller(t.app, cookie)('GET', '/api/me')).json().households.map((h: { role: string }) => h.role)).toEqual(['consultant']);
    expect((await caller(t.app, cookie)('GET', '/api/consultant/clients')).json().clients.map((c: { householdId: string }) => c.householdId)).toEqual([owner.hid]);
    // The link worked once.
    expect((await signUpWith(token)).statusCode).toBe(400);
    // She may start her own log later: then she is both.
    const own = await caller(t.app, cookie)('POST', '/api/households', { name: 'Mine' });
    expect(own.statusCode).toBe(201);
    expect((await caller(t.app, cookie)('GET', '/api/me')).json().households.map((h: { role: string }) => h.role).sort()).toEqual(['consultant', 'owner']);
  });

  it('gives a caregiver signing up from an invite a household of their own as before, and the membership', async () => {
    const r = await signUpWith(await invite('caregiver'));
    expect(r.statusCode).toBe(201);
    expect(r.json().households.map((h: { role: string }) => h.role).sort()).toEqual(['caregiver', 'owner']);
  });

  it('refuses a used, withdrawn or made-up invite with a 400 naming it, creating no account', async () => {
    const email = `x-${randomUUID()}@example.org`;
    const r = await signUpWith('A'.repeat(43), email);
    expect(r.statusCode).toBe(400);
    expect(r.json().fields).toHaveProperty('invite');
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'a long enough password' } });
    expect(login.statusCode).toBe(401);
    expect((await signUpWith('not a token!')).json().fields).toHaveProperty('invite');
  });

  it('removes her empty household when an existing user accepts a consultant invite, and keeps one with data', async () => {
    const fresh = await signUp(t.app);
    expect((await caller(t.app, fresh.cookie)('POST', `/api/invites/${await invite('consultant')}/accept`)).statusCode).toBe(200);
    expect((await caller(t.app, fresh.cookie)('GET', '/api/me')).json().households.map((h: { id: string }) => h.id)).toEqual([owner.hid]);
    expect((await caller(t.app, fresh.cookie)('GET', `/api/households/${fresh.hid}/sessions`)).statusCode).toBe(404);

    const parent = await signUp(t.app);
    await caller(t.app, parent.cookie)('POST', `/api/households/${parent.hid}/babies`, { name: 'Own baby', birthDate: null });
    expect((await caller(t.app, parent.cookie)('POST', `/api/invites/${await invite('consultant')}/accept`)).statusCode).toBe(200);
    const hs = (await caller(t.app, parent.cookie)('GET', '/api/me')).json().households as { id: string; role: string }[];
    expect(hs.map((h) => [h.id, h.role]).sort()).toEqual([[owner.hid, 'consultant'], [parent.hid, 'owner']].sort());

    // A caregiver invite leaves an empty household alone.
    const partner = await signUp(t.app);
    await caller(t.app, partner.cookie)('POST', `/api/invites/${await invite('caregiver')}/accept`);
    expect((await caller(t.app, partner.cookie)('GET', '/api/me')).json().households).toHaveLength(2);
  });
});
