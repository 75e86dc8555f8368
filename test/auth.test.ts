import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, cookieFrom, databases, makeApp, signUp, type TestApp } from './harness.js';

describe.each(databases())('auth API on $name', (dbCase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeApp(dbCase);
  });
  afterAll(async () => t.close());

  it('signs up: creates the household with her as owner and sets an HttpOnly, SameSite=Lax cookie', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: ' New.Parent@Example.org ', password: 'a long enough password' } });
    expect(r.statusCode).toBe(201);
    const body = r.json();
    expect(body.user).toMatchObject({ email: 'new.parent@example.org', preferences: { volumeUnit: 'ml', language: 'en' } });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.households).toEqual([expect.objectContaining({ role: 'owner' })]);
    const c = r.cookies.find((x) => x.name === 'lactea_session');
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(c?.secure).toBeFalsy();
    const me = await caller(t.app, cookieFrom(r))('GET', '/api/me');
    expect(me.json().user.email).toBe('new.parent@example.org');
  });

  it.each([
    [{ email: 'not-an-email', password: 'a long enough password' }, 'email'],
    [{ email: 'a@example.org', password: 'short' }, 'password'],
    [{ email: 'a@example.org' }, 'password'],
    [{ password: 'a long enough password' }, 'email'],
    [{ email: 42, password: 'a long enough password' }, 'email'],
  ])('refuses a bad sign-up %j with a 400 naming %s', async (payload, field) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload });
    expect(r.statusCode).toBe(400);
    expect(r.json().fields).toHaveProperty(field);
  });

  it.each(['password123', 'qwertyuiop', 'QWERTYUIOP', '1234567890'])('refuses the common password %s with a 400 naming password', async (password) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: `c-${Date.now()}-${password}@example.org`, password } });
    expect(r.statusCode).toBe(400);
    expect(r.json().fields).toHaveProperty('password');
  });

  it('refuses a second account with the same email (any case) with 409', async () => {
    const m = await signUp(t.app);
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: m.email.toUpperCase(), password: 'another long password' } });
    expect(r.statusCode).toBe(409);
    expect(r.json().fields).toHaveProperty('email');
  });

  it('signs in with the right password only, and signs out for good', async () => {
    const m = await signUp(t.app, undefined, 'correct horse battery');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: m.email, password: 'wrong horse battery' } });
    expect(wrong.statusCode).toBe(401);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.org', password: 'whatever it is' } });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().message).toBe(wrong.json().message);
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: m.email, password: 'correct horse battery' } });
    expect(ok.statusCode).toBe(200);
    const cookie = cookieFrom(ok);
    expect((await caller(t.app, cookie)('GET', '/api/me')).statusCode).toBe(200);
    expect((await caller(t.app, cookie)('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await caller(t.app, cookie)('GET', '/api/me')).statusCode).toBe(401);
  });

  it('tells who is signed in with a 200 either way: the account, or null when signed out, ended or unknown', async () => {
    const session = async (cookie?: string) => {
      const r = await caller(t.app, cookie)('GET', '/api/auth/session');
      expect(r.statusCode).toBe(200);
      return r.json().account;
    };
    expect(await session()).toBeNull();
    expect(await session('lactea_session=not-a-real-token')).toBeNull();
    const m = await signUp(t.app);
    const account = await session(m.cookie);
    expect(account.user).toMatchObject({ email: m.email });
    expect(account.user).not.toHaveProperty('passwordHash');
    expect(account.households).toEqual([expect.objectContaining({ id: m.hid, role: 'owner' })]);
    expect(account).toEqual((await caller(t.app, m.cookie)('GET', '/api/me')).json());
    expect((await caller(t.app, m.cookie)('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect(await session(m.cookie)).toBeNull();
  });

  it('answers 401 on /api/me and preferences without a sign-in', async () => {
    expect((await caller(t.app)('GET', '/api/me')).statusCode).toBe(401);
    expect((await caller(t.app)('PUT', '/api/me/preferences', { volumeUnit: 'floz', temperatureUnit: 'f', theme: 'dark', language: 'es' })).statusCode).toBe(401);
  });

  it('saves preferences and refuses unknown values', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const ok = await call('PUT', '/api/me/preferences', { volumeUnit: 'floz', temperatureUnit: 'f', theme: 'dark', language: 'es' });
    expect(ok.statusCode).toBe(200);
    expect((await call('GET', '/api/me')).json().user.preferences).toEqual({ volumeUnit: 'floz', weightUnit: 'kg', temperatureUnit: 'f', theme: 'dark', language: 'es', emptyingReminder: null, firstRun: 'household' });
    // A reminder, then a change of units alone: the reminder stays.
    expect((await call('PUT', '/api/me/preferences', { emptyingReminder: { dayHours: 3, nightHours: 5 } })).statusCode).toBe(200);
    await call('PUT', '/api/me/preferences', { volumeUnit: 'ml' });
    expect((await call('GET', '/api/me')).json().user.preferences).toMatchObject({ volumeUnit: 'ml', emptyingReminder: { dayHours: 3, nightHours: 5 } });
    expect((await call('PUT', '/api/me/preferences', { emptyingReminder: { dayHours: 0, nightHours: 99 } })).json().fields).toHaveProperty('emptyingReminder.dayHours');
    const bad = await call('PUT', '/api/me/preferences', { volumeUnit: 'litres', temperatureUnit: 'f', theme: 'dark', language: 'fr' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['language', 'volumeUnit']);
    expect((await call('GET', '/api/me')).json().user.preferences.volumeUnit).toBe('ml');
  });

  it('refuses a cross-site write', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
      payload: { email: 'x@example.org', password: 'a long enough password' },
    });
    expect(r.statusCode).toBe(403);
    const site = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(site.statusCode).toBe(403);
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      headers: { origin: 'http://localhost:3000', host: 'localhost:3000' },
      payload: { email: `same-${Date.now()}@example.org`, password: 'a long enough password' },
    });
    expect(same.statusCode).toBe(201);
  });
});

describe('auth rate limit', () => {
  it('answers 429 with the error shape after too many sign-in attempts', async () => {
    const t = await makeApp({ name: 'sqlite', url: ':memory:' }, { authRateLimit: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@example.org', password: 'whatever it is' } });
        codes.push(r.statusCode);
        if (r.statusCode === 429) expect(r.json()).toMatchObject({ error: 'too_many_requests', message: expect.any(String) });
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await t.close();
    }
  });

  it('marks the cookie Secure when configured', async () => {
    const t = await makeApp({ name: 'sqlite', url: ':memory:' }, { secureCookies: true });
    try {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 's@example.org', password: 'a long enough password' } });
      expect(r.cookies.find((c) => c.name === 'lactea_session')?.secure).toBe(true);
    } finally {
      await t.close();
    }
  });
});
