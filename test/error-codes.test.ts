import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, FIELD_CODES } from '../src/domain/error-codes.js';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const pump = { kind: 'pump', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:20:00Z', leftMl: 60, rightMl: 75 };

/** Every error answer carries a known code, and a known code for each field it names. */
function expectCoded(body: Record<string, unknown>): void {
  expect(ERROR_CODES).toContain(body.code);
  const fields = (body.fields ?? {}) as Record<string, string>;
  const codes = (body.fieldCodes ?? {}) as Record<string, string>;
  expect(Object.keys(codes).sort()).toEqual(Object.keys(fields).sort());
  for (const c of Object.values(codes)) expect(FIELD_CODES).toContain(c);
}

describe.each(databases())('error codes on $name', (dbCase) => {
  let t: TestApp;
  let a: Member;
  let b: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    a = await signUp(t.app);
    b = await signUp(t.app);
  });
  afterAll(async () => t.close());

  const signup = (payload: object) => t.app.inject({ method: 'POST', url: '/api/auth/signup', payload });

  it('sign-up: a common password (Spanish too), a short one, a bad email and a taken email each have their code', async () => {
    for (const password of ['contraseña', 'Contraseña123', 'password123']) {
      const r = await signup({ email: `${randomUUID()}@example.org`, password });
      expect(r.statusCode).toBe(400);
      expect(r.json()).toMatchObject({ error: 'bad_request', code: 'invalid_fields', fieldCodes: { password: 'common_password' } });
      expect(r.json().fields.password).toMatch(/common/);
    }
    const short = await signup({ email: `${randomUUID()}@example.org`, password: 'short' });
    expect(short.json()).toMatchObject({ fieldCodes: { password: 'too_short' }, fieldParams: { password: { min: 10 } } });
    const email = await signup({ email: 'not-an-email', password: 'a long enough password' });
    expect(email.json()).toMatchObject({ fieldCodes: { email: 'invalid_email' } });
    const missing = await signup({ password: 'a long enough password' });
    expect(missing.json()).toMatchObject({ fieldCodes: { email: 'required' } });
    const taken = await signup({ email: a.email, password: 'another long password' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: 'conflict', code: 'email_taken', fieldCodes: { email: 'email_taken' } });
    for (const r of [short, email, missing, taken]) expectCoded(r.json());
  });

  it('sign-up keeps the language of the screen, and refuses one it does not know', async () => {
    const r = await signup({ email: `${randomUUID()}@example.org`, password: 'una contraseña bien larga', language: 'es' });
    expect(r.statusCode).toBe(201);
    expect(r.json().user.preferences).toMatchObject({ language: 'es', volumeUnit: 'ml', firstRun: 'household' });
    expect(r.json().households).toEqual([expect.objectContaining({ name: 'Casa', role: 'owner' })]);
    const bad = await signup({ email: `${randomUUID()}@example.org`, password: 'a long enough password', language: 'fr' });
    expect(bad.json()).toMatchObject({ code: 'invalid_fields', fieldCodes: { language: 'invalid_choice' } });
  });

  it('sign-in and the signed-out are told apart', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: a.email, password: 'not her password' } });
    expect(wrong.json()).toMatchObject({ error: 'unauthorized', code: 'wrong_credentials' });
    const out = await caller(t.app)('GET', '/api/me');
    expect(out.json()).toMatchObject({ error: 'unauthorized', code: 'sign_in_required' });
  });

  it("another household's data is household_not_found; an unknown record not_found; a stale edit version_conflict", async () => {
    const asB = caller(t.app, b.cookie);
    expect((await asB('GET', `/api/households/${a.hid}/babies`)).json()).toMatchObject({ code: 'household_not_found' });
    const asA = caller(t.app, a.cookie);
    expect((await asA('GET', `/api/households/${a.hid}/sessions/${randomUUID()}`)).json()).toMatchObject({ code: 'not_found' });
    const id = randomUUID();
    await asA('PUT', `/api/households/${a.hid}/sessions/${id}`, pump);
    const stale = await asA('PUT', `/api/households/${a.hid}/sessions/${id}`, { ...pump, leftMl: 61, version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', current: { id } });
  });

  it('the log: each bad field has its code and the numbers it names', async () => {
    const asA = caller(t.app, a.cookie);
    const put = (body: object) => asA('PUT', `/api/households/${a.hid}/sessions/${randomUUID()}`, body);
    const cases: [object, string, string, object?][] = [
      [{ ...pump, leftMl: -30 }, 'leftMl', 'negative'],
      [{ ...pump, notes: 'x'.repeat(2001) }, 'notes', 'too_long', { max: 2000 }],
      [{ ...pump, endedAt: '2026-01-15T09:00:00Z' }, 'endedAt', 'end_before_start'],
      [{ ...pump, startedAt: '2099-01-15T10:00:00Z', endedAt: '2099-01-15T10:20:00Z' }, 'startedAt', 'in_future'],
      [{ ...pump, leftMl: null, rightMl: null }, 'leftMl', 'side_volume_needed'],
      [{ ...pump, kind: 'poop' }, 'kind', 'invalid_choice'],
      [{ ...pump, startedAt: 'yesterday' }, 'startedAt', 'invalid_date'],
      [{ ...pump, babyId: randomUUID() }, 'babyId', 'unknown_baby'],
      [{ ...pump, colour: 'blue' }, 'body', 'unknown_field'],
      [{ ...pump, painBefore: 2.5 }, 'painBefore', 'not_whole'],
    ];
    for (const [body, field, code, params] of cases) {
      const r = await put(body);
      expect(r.statusCode, `${field} ${code}`).toBe(400);
      expect(r.json().fieldCodes, `${field} ${code}`).toMatchObject({ [field]: code });
      if (params) expect(r.json().fieldParams[field]).toEqual(params);
      expectCoded(r.json());
    }
  });

  it('malformed JSON and an unknown route are coded too', async () => {
    const r = await t.app.inject({ method: 'PUT', url: `/api/households/${a.hid}/sessions/${randomUUID()}`, headers: { cookie: a.cookie, 'content-type': 'application/json' }, payload: '{"kind":' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'invalid_json', fieldCodes: { body: 'invalid_json' } });
    const none = await caller(t.app, a.cookie)('GET', '/api/nothing-here');
    expect(none.json()).toMatchObject({ error: 'not_found', code: 'not_found' });
  });

  it('password change: the wrong current password, a common or an unchanged new one', async () => {
    const m = await signUp(t.app, undefined, 'the first long password');
    const change = (currentPassword: string, newPassword: string) => caller(t.app, m.cookie)('PUT', '/api/me/password', { currentPassword, newPassword });
    expect((await change('not the password', 'a new long password')).json()).toMatchObject({ fieldCodes: { currentPassword: 'wrong_password' } });
    expect((await change('the first long password', 'mariposa2024')).json()).toMatchObject({ fieldCodes: { newPassword: 'common_password' } });
    expect((await change('the first long password', 'the first long password')).json()).toMatchObject({ fieldCodes: { newPassword: 'same_password' } });
  });
});
