/**
 * Account operations that use a transaction — sign-up, invite acceptance, a new household, account
 * deletion — at the same moment as each other and as ordinary writes, with real concurrency (all
 * requests in flight together). None may answer 5xx, and each must do what it says.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const PW = 'a long enough password';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const pump = (i: number) => ({ kind: 'pump', startedAt: hoursAgo(3 + i / 1000), endedAt: hoursAgo(2.5 + i / 1000), leftMl: 40, rightMl: 50 });

describe.each(databases())('account operations next to other writes on $name', (dbCase) => {
  let t: TestApp;
  let writer: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    writer = await signUp(t.app, undefined, PW);
  });
  afterAll(async () => t.close());

  /** `n` session writes by the steady writer, spread over the same moments as the operations. */
  function steadyWrites(n: number) {
    const call = caller(t.app, writer.cookie);
    return Array.from({ length: n }, (_, i) => call('PUT', `/api/households/${writer.hid}/sessions/${randomUUID()}`, pump(i)));
  }

  function statuses(rs: { statusCode: number }[]): Record<number, number> {
    const out: Record<number, number> = {};
    for (const r of rs) out[r.statusCode] = (out[r.statusCode] ?? 0) + 1;
    return out;
  }

  it('sign-ups all succeed while sessions are written', async () => {
    const emails = Array.from({ length: 30 }, () => `c-${randomUUID()}@example.org`);
    const [signups, writes] = await Promise.all([
      Promise.all(emails.map((email) => t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password: PW } }))),
      Promise.all(steadyWrites(60)),
    ]);
    expect(statuses(signups)).toEqual({ 201: 30 });
    expect(statuses(writes)).toEqual({ 201: 60 });
    // Each has her own household, as owner.
    for (const r of signups) expect(r.json().households).toHaveLength(1);
  });

  it('the same email signed up twice at once: one account, one 409, no 500', async () => {
    const email = `twice-${randomUUID()}@example.org`;
    const rs = await Promise.all(Array.from({ length: 6 }, () => t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password: PW } })));
    expect(statuses(rs)).toEqual({ 201: 1, 409: 5 });
  });

  it('invite acceptances all succeed while sessions are written', async () => {
    const owner = await signUp(t.app, undefined, PW);
    const tokens: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role: i % 2 ? 'consultant' : 'caregiver' });
      tokens.push(r.json().token as string);
    }
    const guests = await Promise.all(tokens.map(() => signUp(t.app, undefined, PW)));
    const [accepts, writes] = await Promise.all([
      Promise.all(guests.map((g, i) => caller(t.app, g.cookie)('POST', `/api/invites/${tokens[i]}/accept`))),
      Promise.all(steadyWrites(40)),
    ]);
    expect(statuses(accepts)).toEqual({ 200: 12 });
    expect(statuses(writes)).toEqual({ 201: 40 });
    const shares = await caller(t.app, owner.cookie)('GET', `/api/households/${owner.hid}/shares`);
    expect(shares.json().members).toHaveLength(13);
  });

  it('one invite accepted by many at once: one member, the others 404, no 500', async () => {
    const owner = await signUp(t.app, undefined, PW);
    const token = (await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role: 'caregiver' })).json().token as string;
    const guests = await Promise.all(Array.from({ length: 6 }, () => signUp(t.app, undefined, PW)));
    const rs = await Promise.all(guests.map((g) => caller(t.app, g.cookie)('POST', `/api/invites/${token}/accept`)));
    expect(statuses(rs)).toEqual({ 200: 1, 404: 5 });
  });

  it('one invite accepted twice at once by the same person: both answer with her membership', async () => {
    const owner = await signUp(t.app, undefined, PW);
    for (let round = 0; round < 5; round++) {
      const token = (await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role: round % 2 ? 'consultant' : 'caregiver' })).json().token as string;
      const guest = await signUp(t.app, undefined, PW);
      const rs = await Promise.all([0, 1].map(() => caller(t.app, guest.cookie)('POST', `/api/invites/${token}/accept`)));
      expect(statuses(rs)).toEqual({ 200: 2 });
      expect(rs[0]?.json()).toEqual(rs[1]?.json());
      expect(rs[0]?.json()).toMatchObject({ id: owner.hid, role: round % 2 ? 'consultant' : 'caregiver' });
    }
  });

  it('two invites to one household accepted by the same person at once: one membership, a 409, no 500', async () => {
    const owner = await signUp(t.app, undefined, PW);
    const mk = async () => (await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role: 'caregiver' })).json().token as string;
    const [a, b] = [await mk(), await mk()];
    const guest = await signUp(t.app, undefined, PW);
    const rs = await Promise.all([a, b].map((tok) => caller(t.app, guest.cookie)('POST', `/api/invites/${tok}/accept`)));
    expect(statuses(rs)).toEqual({ 200: 1, 409: 1 });
  });

  it('new households all succeed while sessions are written', async () => {
    const call = caller(t.app, writer.cookie);
    const [made, writes] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, (_, i) => call('POST', '/api/households', { name: `Home ${i}` }))),
      Promise.all(steadyWrites(40)),
    ]);
    expect(statuses(made)).toEqual({ 201: 20 });
    expect(statuses(writes)).toEqual({ 201: 40 });
    const list = await call('GET', '/api/households');
    expect(list.json().households.length).toBeGreaterThanOrEqual(21);
  });

  it('account deletions succeed while others write, even into the household being deleted', async () => {
    const owners = await Promise.all(Array.from({ length: 8 }, () => signUp(t.app, undefined, PW)));
    // A partner in each household keeps logging while the owner deletes her account.
    const partners: Member[] = [];
    for (const o of owners) {
      const token = (await caller(t.app, o.cookie)('POST', `/api/households/${o.hid}/shares`, { role: 'caregiver' })).json().token as string;
      const p = await signUp(t.app, undefined, PW);
      expect((await caller(t.app, p.cookie)('POST', `/api/invites/${token}/accept`)).statusCode).toBe(200);
      partners.push({ ...p, hid: o.hid });
    }
    const partnerWrites = partners.flatMap((p) =>
      Array.from({ length: 5 }, (_, i) => caller(t.app, p.cookie)('PUT', `/api/households/${p.hid}/sessions/${randomUUID()}`, pump(i))),
    );
    const [deletes, theirs, writes] = await Promise.all([
      Promise.all(owners.map((o) => caller(t.app, o.cookie)('DELETE', '/api/me', { confirm: o.email }))),
      Promise.all(partnerWrites),
      Promise.all(steadyWrites(40)),
    ]);
    expect(statuses(deletes)).toEqual({ 204: 8 });
    expect(statuses(writes)).toEqual({ 201: 40 });
    // A write that lands before the household is gone is kept (then deleted with it); one after is a 404.
    for (const r of theirs) expect([201, 404]).toContain(r.statusCode);
    for (const o of owners) expect((await caller(t.app, o.cookie)('GET', '/api/me')).statusCode).toBe(401);
    for (const p of partners) expect((await caller(t.app, p.cookie)('GET', `/api/households/${p.hid}/sessions`)).statusCode).toBe(404);
  });

  it('one account deleted by two requests at once: gone, as she asked; the second is a 204, or a 401 once her sign-in is gone, never a 404', async () => {
    for (let round = 0; round < 5; round++) {
      const d = await signUp(t.app, undefined, PW);
      const call = caller(t.app, d.cookie);
      const rs = await Promise.all([call('DELETE', '/api/me', { confirm: d.email }), call('DELETE', '/api/me', { confirm: d.email })]);
      expect(rs.filter((r) => r.statusCode === 204)).not.toHaveLength(0);
      for (const r of rs) expect([204, 401], r.body).toContain(r.statusCode);
      expect((await call('GET', '/api/me')).statusCode).toBe(401);
    }
  });

  it('a consultant invite accepted while she logs into her own new household: an entry acknowledged is never removed with it', async () => {
    const owner = await signUp(t.app, undefined, PW);
    const lost: string[] = [];
    for (let round = 0; round < 30; round++) {
      const token = (await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role: 'consultant' })).json().token as string;
      const lc = await signUp(t.app, undefined, PW);
      const call = caller(t.app, lc.cookie);
      const id = randomUUID();
      // The write sent a little later each round, so that over the rounds it lands at every point of the acceptance.
      const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const [accept, put] = await Promise.all([
        call('POST', `/api/invites/${token}/accept`),
        later(round % 10).then(() => call('PUT', `/api/households/${lc.hid}/sessions/${id}`, pump(round))),
      ]);
      expect(accept.statusCode).toBe(200);
      // The entry either lands first (then the household is not empty and stays) or is refused.
      expect([201, 404]).toContain(put.statusCode);
      if (put.statusCode === 201 && (await call('GET', `/api/households/${lc.hid}/sessions/${id}`)).statusCode !== 200) lost.push(id);
    }
    expect(lost).toEqual([]);
  });

  it('everything at once: sign-ups, acceptances, households, deletions and writes, no 5xx', async () => {
    const owner = await signUp(t.app, undefined, PW);
    const tokens: string[] = [];
    for (let i = 0; i < 6; i++) tokens.push((await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role: 'caregiver' })).json().token as string);
    const guests = await Promise.all(tokens.map(() => signUp(t.app, undefined, PW)));
    const doomed = await Promise.all(Array.from({ length: 4 }, () => signUp(t.app, undefined, PW)));
    const all = await Promise.all([
      ...Array.from({ length: 10 }, () => t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: `m-${randomUUID()}@example.org`, password: PW } })),
      ...guests.map((g, i) => caller(t.app, g.cookie)('POST', `/api/invites/${tokens[i]}/accept`)),
      ...Array.from({ length: 6 }, (_, i) => caller(t.app, writer.cookie)('POST', '/api/households', { name: `Mixed ${i}` })),
      ...doomed.map((d) => caller(t.app, d.cookie)('DELETE', '/api/me', { confirm: d.email })),
      ...steadyWrites(50),
    ]);
    expect(all.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
    expect(statuses(all)).toEqual({ 201: 10 + 6 + 50, 200: 6, 204: 4 });
  });
});
