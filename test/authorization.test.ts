/**
 * The authorization matrix, generated: every household route (from the app's route table) × every
 * kind of actor → the expected answer; and every other API route (from the OpenAPI document) without
 * a sign-in → 401 unless it is listed as public here. A new route cannot be forgotten: a household
 * route without declared access fails at startup, any other route lands in the second test.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows } from '../src/domain/account.js';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const PUBLIC = new Set([
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/session',
  'GET /api/routines',
  'GET /api/routines/{id}',
  'GET /api/invites/{token}',
  'GET /healthz',
]);

type Actor = 'owner' | 'caregiver' | 'consultant' | 'expired consultant' | 'revoked member' | 'other household' | 'no login';
const ACTORS: Actor[] = ['owner', 'caregiver', 'consultant', 'expired consultant', 'revoked member', 'other household', 'no login'];

describe.each(databases())('authorization matrix on $name', (dbCase) => {
  let t: TestApp;
  let owner: Member;
  const cookies = new Map<Actor, string | undefined>();

  async function join(role: 'caregiver' | 'consultant', accessExpiresAt: string | null = null): Promise<Member> {
    const m = await signUp(t.app);
    const inv = (await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role, accessExpiresAt })).json();
    const r = await caller(t.app, m.cookie)('POST', `/api/invites/${inv.token}/accept`);
    expect(r.statusCode).toBe(200);
    return m;
  }

  beforeAll(async () => {
    t = await makeApp(dbCase);
    owner = await signUp(t.app);
    cookies.set('owner', owner.cookie);
    cookies.set('caregiver', (await join('caregiver')).cookie);
    cookies.set('consultant', (await join('consultant', new Date(Date.now() + 86_400_000).toISOString())).cookie);
    const expired = await join('consultant', new Date(Date.now() + 86_400_000).toISOString());
    await t.database.db.updateTable('memberships').set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).where('userId', '=', expired.userId).execute();
    cookies.set('expired consultant', expired.cookie);
    const revoked = await join('caregiver');
    await caller(t.app, owner.cookie)('DELETE', `/api/households/${owner.hid}/shares/${revoked.userId}`);
    cookies.set('revoked member', revoked.cookie);
    cookies.set('other household', (await signUp(t.app)).cookie);
    cookies.set('no login', undefined);
  });
  afterAll(async () => t.close());

  it('has a route table that is right in itself', () => {
    expect(t.app.householdRoutes.length).toBeGreaterThanOrEqual(12);
    for (const r of t.app.householdRoutes) {
      // Whatever changes data needs at least write access; reading never needs more than read,
      // except sharing, the access log and the household itself (its name, its unit), which only the
      // owner manages, and care notes, which only a consultant writes.
      const ownerOnly = /\/(shares|access-log)(\/|$)/.test(r.url) || r.url === '/api/households/:hid';
      const consultantsOwn = /\/care-notes(\/|$)/.test(r.url);
      const expected = ownerOnly ? 'manage' : r.method === 'GET' ? 'read' : consultantsOwn ? 'annotate' : 'write';
      expect(`${r.method} ${r.url} → ${r.access}`).toBe(`${r.method} ${r.url} → ${expected}`);
    }
  });

  it('answers every household route × actor as the role table says', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const route of t.app.householdRoutes) {
      const url = route.url.replace(':hid', owner.hid).replace(/:(id|bid)/g, () => randomUUID());
      for (const actor of ACTORS) {
        cases += 1;
        const r = await caller(t.app, cookies.get(actor))(route.method as 'GET', url, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
        const status = r.statusCode;
        const householdHidden = status === 404 && r.json().message === 'No such household';
        let ok: boolean;
        if (actor === 'no login') ok = status === 401;
        else if (actor === 'expired consultant' || actor === 'revoked member' || actor === 'other household') ok = householdHidden;
        else if (roleAllows(actor, route.access)) ok = ![401, 403].includes(status) && !householdHidden && status < 500;
        else ok = status === 403;
        if (!ok) failures.push(`${route.method} ${route.url} as ${actor}: ${status} ${r.body.slice(0, 80)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(cases).toBe(t.app.householdRoutes.length * ACTORS.length);
  });

  it('answers 401 without a sign-in on every API route not listed as public', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const failures: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods).map((m) => m.toUpperCase())) {
        const key = `${method} ${path}`;
        const url = path.replace('{hid}', owner.hid).replace(/\{(id|bid)\}/g, () => randomUUID()).replace('{token}', 'x'.repeat(43));
        const r = await caller(t.app)(method as 'GET', url, method === 'GET' || method === 'DELETE' ? undefined : {});
        if (PUBLIC.has(key)) {
          if (r.statusCode === 401) failures.push(`${key} is public but answered 401`);
        } else if (r.statusCode !== 401) failures.push(`${key} answered ${r.statusCode} without a sign-in`);
      }
    }
    expect(failures).toEqual([]);
  });
});
