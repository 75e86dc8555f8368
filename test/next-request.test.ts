/**
 * A change to sign-ins, shares, roles or the log counts from the very next request: each case first
 * reads a few times (as an app does), then changes something, and expects the next request to see it.
 * (These were written for the caches that once remembered sign-ins and summaries on SQLite; they
 * stay, so that a cache added later must pass them too.)
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { buildApp } from '../src/server/app.js';
import { summaryOf } from '../src/services/insights.js';
import { caller, cookieFrom, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const PW = 'a long enough password';
const CALM = {
  side: 'left', where: 2, lump: { present: 'no' }, redness: { present: 'no' }, pain: 0, temperature: { value: 36.8, unit: 'c' },
  fluLike: 'no', hoursSinceOnset: 2, trend: 'same', pusOrBlood: 'no', nippleDamage: 'none', areolaTooSwollenToLatch: 'no',
  babyFeeding: 'well', bothBreastsFullFirm: 'no', daysSinceBirth: 30, possibleAbscess: 'no', skinBreakdown: 'no',
  feelingVeryUnwell: 'no', fastHeartOrBreathing: 'no', confusion: 'no', fainting: 'no', rigors: 'no',
  vomitingPreventsMedicine: 'no', diabetesOrWeakImmunity: 'no', antibiotics: { taking: 'no' },
};

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const pump = (ml: number) => ({ kind: 'pump', startedAt: hoursAgo(2), endedAt: hoursAgo(1.75), leftMl: ml, rightMl: ml });
const today = () => new Date().toISOString().slice(0, 10);
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
/** Yesterday and today, so a session logged a few hours ago is in it whatever the time of day. */
const summaryUrl = (m: Member) => `/api/households/${m.hid}/insights/summary?from=${yesterday()}&to=${today()}&tz=UTC`;
type Day = { pumpedMl: { total: number }; symptomChecks: number };
const pumped = (days: Day[]) => days.reduce((n, d) => n + d.pumpedMl.total, 0);

describe.each(databases())('changes count from the next request on $name', (dbCase) => {
  let t: TestApp;
  let owner: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    owner = await signUp(t.app, undefined, PW);
  });
  afterAll(async () => t.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Warms the cache for a member: her household's log, and a route that is not a household's. */
  async function warm(cookie: string, hid: string, times = 3): Promise<void> {
    for (let i = 0; i < times; i++) {
      expect((await caller(t.app, cookie)('GET', `/api/households/${hid}/sessions`)).statusCode).toBe(200);
      expect((await caller(t.app, cookie)('GET', '/api/me')).statusCode).toBe(200);
    }
  }

  async function join(role: 'caregiver' | 'consultant', accessExpiresAt: string | null = null): Promise<Member> {
    const inv = await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role, accessExpiresAt });
    expect(inv.statusCode).toBe(201);
    const m = await signUp(t.app);
    expect((await caller(t.app, m.cookie)('POST', `/api/invites/${inv.json().token}/accept`)).statusCode).toBe(200);
    return { ...m, hid: owner.hid };
  }

  it('signs out for good on the very next request', async () => {
    const m = await signUp(t.app, undefined, PW);
    await warm(m.cookie, m.hid);
    expect((await caller(t.app, m.cookie)('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await caller(t.app, m.cookie)('GET', `/api/households/${m.hid}/sessions`)).statusCode).toBe(401);
    expect((await caller(t.app, m.cookie)('GET', '/api/me')).statusCode).toBe(401);
  });

  it('ends the other sign-ins at once when the password changes, and one ended from the list', async () => {
    const m = await signUp(t.app, undefined, PW);
    const login = () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: m.email, password: PW } });
    const laptop = cookieFrom(await login());
    const tablet = cookieFrom(await login());
    await warm(laptop, m.hid);
    await warm(tablet, m.hid);
    const list = (await caller(t.app, m.cookie)('GET', '/api/me/sessions')).json().sessions as { id: string; current: boolean }[];
    // End one sign-in from the list: which one is the tablet's is not known, so end all but this one, one by one.
    for (const s of list.filter((x) => !x.current)) expect((await caller(t.app, m.cookie)('DELETE', `/api/me/sessions/${s.id}`)).statusCode).toBe(204);
    expect((await caller(t.app, laptop)('GET', `/api/households/${m.hid}/sessions`)).statusCode).toBe(401);
    expect((await caller(t.app, tablet)('GET', '/api/me')).statusCode).toBe(401);

    const phone = cookieFrom(await login());
    await warm(phone, m.hid);
    const changed = await caller(t.app, m.cookie)('PUT', '/api/me/password', { currentPassword: PW, newPassword: 'a brand new passphrase' });
    expect(changed.statusCode).toBe(200);
    expect((await caller(t.app, phone)('GET', `/api/households/${m.hid}/sessions`)).statusCode).toBe(401);
    expect((await caller(t.app, phone)('GET', '/api/me')).statusCode).toBe(401);
    expect((await caller(t.app, m.cookie)('GET', '/api/me')).statusCode).toBe(200);
  });

  it('takes a revoked share away on the next request', async () => {
    const partner = await join('caregiver');
    await warm(partner.cookie, owner.hid);
    expect((await caller(t.app, partner.cookie)('PUT', `/api/households/${owner.hid}/sessions/${randomUUID()}`, pump(50))).statusCode).toBe(201);
    expect((await caller(t.app, owner.cookie)('DELETE', `/api/households/${owner.hid}/shares/${partner.userId}`)).statusCode).toBe(204);
    expect((await caller(t.app, partner.cookie)('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(404);
    expect((await caller(t.app, partner.cookie)('PUT', `/api/households/${owner.hid}/sessions/${randomUUID()}`, pump(50))).statusCode).toBe(404);
    // Her own sign-in is untouched.
    expect((await caller(t.app, partner.cookie)('GET', '/api/me')).statusCode).toBe(200);
  });

  it('applies a role change on the next request', async () => {
    const partner = await join('caregiver');
    await warm(partner.cookie, owner.hid);
    expect((await caller(t.app, partner.cookie)('PUT', `/api/households/${owner.hid}/sessions/${randomUUID()}`, pump(50))).statusCode).toBe(201);
    const changed = await caller(t.app, owner.cookie)('PATCH', `/api/households/${owner.hid}/shares/${partner.userId}`, { role: 'consultant' });
    expect(changed.statusCode).toBe(200);
    expect((await caller(t.app, partner.cookie)('PUT', `/api/households/${owner.hid}/sessions/${randomUUID()}`, pump(50))).statusCode).toBe(403);
    expect((await caller(t.app, partner.cookie)('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(200);
  });

  it('applies an expiry change on the next request, and an expiry that passes with nothing written', async () => {
    const lc = await join('consultant', new Date(Date.now() + 30 * 86_400_000).toISOString());
    await warm(lc.cookie, owner.hid);
    // Moved into the past directly in the database, as a sweep or an admin might.
    await t.database.db.updateTable('memberships').set({ expiresAt: hoursAgo(0.01) }).where('userId', '=', lc.userId).execute();
    expect((await caller(t.app, lc.cookie)('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(404);

    const lc2 = await join('consultant', new Date(Date.now() + 86_400_000).toISOString());
    await warm(lc2.cookie, owner.hid);
    // Nothing is written: only the clock moves past her expiry.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 86_400_000 + 60_000);
    expect((await caller(t.app, lc2.cookie)('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(404);
    expect((await caller(t.app, lc2.cookie)('GET', '/api/me')).statusCode).toBe(200);
  });

  it('ends a sign-in whose time is up even when nothing was written', async () => {
    const m = await signUp(t.app);
    await warm(m.cookie, m.hid);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 31 * 86_400_000);
    expect((await caller(t.app, m.cookie)('GET', `/api/households/${m.hid}/sessions`)).statusCode).toBe(401);
    expect((await caller(t.app, m.cookie)('GET', '/api/me')).statusCode).toBe(401);
  });

  it('forgets a deleted account and its household at once', async () => {
    const m = await signUp(t.app, undefined, PW);
    const inv = await caller(t.app, m.cookie)('POST', `/api/households/${m.hid}/shares`, { role: 'caregiver' });
    const partner = await signUp(t.app);
    expect((await caller(t.app, partner.cookie)('POST', `/api/invites/${inv.json().token}/accept`)).statusCode).toBe(200);
    await warm(m.cookie, m.hid);
    await warm(partner.cookie, m.hid);
    expect((await caller(t.app, m.cookie)('DELETE', '/api/me', { confirm: m.email })).statusCode).toBe(204);
    expect((await caller(t.app, m.cookie)('GET', '/api/me')).statusCode).toBe(401);
    expect((await caller(t.app, partner.cookie)('GET', `/api/households/${m.hid}/sessions`)).statusCode).toBe(404);
  });

  it("shows a logged, changed or deleted session and a saved check in the very next summary", async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const total = async () => {
      const r = await call('GET', summaryUrl(m));
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      const days = r.json().days as Day[];
      return { ml: pumped(days), checks: days.reduce((n, d) => n + d.symptomChecks, 0) };
    };
    expect(await total()).toEqual({ ml: 0, checks: 0 });
    expect(await total()).toEqual({ ml: 0, checks: 0 });
    const id = randomUUID();
    const put = await call('PUT', `/api/households/${m.hid}/sessions/${id}`, pump(40));
    expect(put.statusCode).toBe(201);
    expect(await total()).toEqual({ ml: 80, checks: 0 });
    expect((await call('PUT', `/api/households/${m.hid}/sessions/${id}`, { ...pump(40), leftMl: 10, startedAt: put.json().startedAt, endedAt: put.json().endedAt, version: 1 })).statusCode).toBe(200);
    expect(await total()).toEqual({ ml: 50, checks: 0 });
    expect((await call('PUT', `/api/households/${m.hid}/symptom-checks/${randomUUID()}`, { answers: CALM })).statusCode).toBe(201);
    expect(await total()).toEqual({ ml: 50, checks: 1 });
    expect((await call('DELETE', `/api/households/${m.hid}/sessions/${id}`)).statusCode).toBe(204);
    expect(await total()).toEqual({ ml: 0, checks: 1 });
  });

  it('answers a remembered summary with the same bytes as one computed afresh, running sessions included', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    for (const ml of [30, 45]) expect((await call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, { ...pump(ml), startedAt: hoursAgo(ml / 10), endedAt: hoursAgo(ml / 10 - 0.3) })).statusCode).toBe(201);
    const q = { from: today(), to: today(), tz: 'UTC', dayHours: 2, nightHours: 4 };
    const url = `/api/households/${m.hid}/insights/summary?from=${q.from}&to=${q.to}&tz=UTC&dayHours=2&nightHours=4`;
    vi.useFakeTimers({ toFake: ['Date'] });
    const fresh = async () => JSON.stringify(await summaryOf(t.database.db, m.hid, q, new Date()));
    const first = (await call('GET', url)).body;
    expect(first).toBe(await fresh());
    // Later, from the cache: the emptying moves with the clock, the rest stays.
    vi.setSystemTime(Date.now() + 600_000);
    const later = (await call('GET', url)).body;
    expect(later).toBe(await fresh());
    expect(JSON.parse(later).emptying.sides.left.minutesSince).toBeCloseTo(JSON.parse(first).emptying.sides.left.minutesSince + 10, 6);
    // A nursing session still running: its minutes grow with the clock.
    const running = { kind: 'nurse', startedAt: hoursAgo(0.1), endedAt: null, segments: [{ side: 'right', start: hoursAgo(0.1), end: null }] };
    expect((await call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, running)).statusCode).toBe(201);
    const a = (await call('GET', url)).body;
    expect(a).toBe(await fresh());
    vi.setSystemTime(Date.now() + 300_000);
    const b = (await call('GET', url)).body;
    expect(b).toBe(await fresh());
    expect(JSON.parse(b).days[0].nursingMinutes.right).toBeCloseTo(JSON.parse(a).days[0].nursingMinutes.right + 5, 6);
  });
});

describe('on SQLite, writes by another process count at once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lactea-cache-'));
  const file = join(dir, 'app.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a role changed, a sign-in ended and a session added by another connection count at once', async () => {
    const database = openDatabase(file);
    await migrateToLatest(database.db);
    const app = await buildApp(loadConfig({}, { logLevel: 'silent', webRoot: '/nonexistent', databaseUrl: file }), database);
    const otherConnection = new SQLite(file);
    const other = {
      run: async (sqlText: string, ...values: unknown[]) => {
        otherConnection.prepare(sqlText).run(...values);
      },
    };
    try {
      const owner = await signUp(app);
      const inv = await caller(app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role: 'caregiver' });
      const partner = await signUp(app);
      expect((await caller(app, partner.cookie)('POST', `/api/invites/${inv.json().token}/accept`)).statusCode).toBe(200);
      const asPartner = caller(app, partner.cookie);
      for (let i = 0; i < 3; i++) expect((await asPartner('PUT', `/api/households/${owner.hid}/sessions/${randomUUID()}`, pump(20))).statusCode).toBe(201);

      await other.run('update memberships set role = ? where user_id = ?', 'consultant', partner.userId);
      expect((await asPartner('PUT', `/api/households/${owner.hid}/sessions/${randomUUID()}`, pump(20))).statusCode).toBe(403);

      const asOwner = caller(app, owner.cookie);
      const day = async () => pumped((await asOwner('GET', summaryUrl(owner))).json().days);
      expect(await day()).toBe(120);
      expect(await day()).toBe(120);
      const t = hoursAgo(1);
      await other.run(
        `insert into sessions (household_id, id, kind, started_at, ended_at, segments, left_ml, right_ml, notes, version, created_at, updated_at, created_by)
         values (?, ?, 'pump', ?, ?, '[]', 5, 5, '', 1, ?, ?, ?)`,
        owner.hid,
        randomUUID(),
        t,
        t,
        t,
        t,
        owner.userId,
      );
      expect(await day()).toBe(130);

      await other.run('delete from auth_sessions where user_id = ?', owner.userId);
      expect((await asOwner('GET', summaryUrl(owner))).statusCode).toBe(401);
    } finally {
      otherConnection.close();
      await app.close();
      await database.close();
    }
  });
});
