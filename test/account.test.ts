import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, cookieFrom, databases, makeApp, signUp, type TestApp } from './harness.js';

const PW = 'a long enough password';
const login = (t: TestApp, email: string, password = PW, ua = 'Phone') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'user-agent': ua }, payload: { email, password } });

describe.each(databases())('account API on $name', (dbCase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeApp(dbCase);
  });
  afterAll(async () => t.close());

  it('changes the password and signs out every other device', async () => {
    const m = await signUp(t.app, undefined, PW);
    const laptop = cookieFrom(await login(t, m.email, PW, 'Laptop'));
    const call = caller(t.app, m.cookie);
    expect((await call('PUT', '/api/me/password', { currentPassword: 'wrong password!', newPassword: 'a brand new passphrase' })).json().fields).toHaveProperty('currentPassword');
    expect((await call('PUT', '/api/me/password', { currentPassword: PW, newPassword: 'password123' })).json().fields).toHaveProperty('newPassword');
    expect((await call('PUT', '/api/me/password', { currentPassword: PW, newPassword: 'short' })).json().fields).toHaveProperty('newPassword');
    const ok = await call('PUT', '/api/me/password', { currentPassword: PW, newPassword: 'a brand new passphrase' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().endedSessions).toBe(1);
    expect((await caller(t.app, laptop)('GET', '/api/me')).statusCode).toBe(401);
    expect((await call('GET', '/api/me')).statusCode).toBe(200);
    expect((await login(t, m.email, PW)).statusCode).toBe(401);
    expect((await login(t, m.email, 'a brand new passphrase')).statusCode).toBe(200);
  });

  it('lists sign-ins with their device and ends one', async () => {
    const m = await signUp(t.app, undefined, PW);
    const other = cookieFrom(await login(t, m.email, PW, 'Partner tablet'));
    const call = caller(t.app, m.cookie);
    const list = (await call('GET', '/api/me/sessions')).json().sessions;
    expect(list).toHaveLength(2);
    const tablet = list.find((s: { userAgent: string | null }) => s.userAgent === 'Partner tablet');
    expect(tablet.current).toBe(false);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect((await call('DELETE', `/api/me/sessions/${tablet.id}`)).statusCode).toBe(204);
    expect((await caller(t.app, other)('GET', '/api/me')).statusCode).toBe(401);
    expect((await call('DELETE', `/api/me/sessions/${tablet.id}`)).statusCode).toBe(404);
    expect((await call('DELETE', '/api/me/sessions/nope')).statusCode).toBe(400);
    // Another user's session id is not hers to end.
    const stranger = await signUp(t.app);
    const theirs = (await caller(t.app, stranger.cookie)('GET', '/api/me/sessions')).json().sessions[0].id;
    expect((await call('DELETE', `/api/me/sessions/${theirs}`)).statusCode).toBe(404);
    expect((await caller(t.app, stranger.cookie)('GET', '/api/me')).statusCode).toBe(200);
  });

  it('exports everything she owns as JSON, and as JSON and CSV files in one zip', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const baby = (await call('POST', `/api/households/${m.hid}/babies`, { name: 'Ada' })).json().id;
    await call('PUT', `/api/households/${m.hid}/nappies/${randomUUID()}`, { babyId: baby, changedAt: '2026-01-15T10:00:00Z', kind: 'dirty', colour: 'yellow' });
    await call('PUT', `/api/households/${m.hid}/weights/${randomUUID()}`, { babyId: baby, measuredAt: '2026-01-15T10:00:00Z', grams: 3410, birth: true });
    const sid = randomUUID();
    await call('PUT', `/api/households/${m.hid}/sessions/${sid}`, { kind: 'bottle', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:05:00Z', volumeMl: 80, milkType: 'formula', notes: '=1+1, "quoted"\nnext line' });
    await call('PUT', `/api/households/${m.hid}/creamatocrit/${randomUUID()}`, { measuredAt: '2026-01-15T11:00:00Z', cmctPercent: 6.5, sample: 'hind', massage: true });
    const gone = randomUUID();
    await call('PUT', `/api/households/${m.hid}/sessions/${gone}`, { kind: 'bottle', startedAt: '2026-01-14T10:00:00Z', endedAt: '2026-01-14T10:05:00Z', volumeMl: 30, milkType: 'formula', massage: { timing: 'before', minutes: 5, tool: 'hands' } });
    await call('DELETE', `/api/households/${m.hid}/sessions/${gone}`);
    // A consultant reads (the access log) and stays a member (the shares).
    const token = (await call('POST', `/api/households/${m.hid}/shares`, { role: 'consultant' })).json().token as string;
    const lc = await signUp(t.app);
    await caller(t.app, lc.cookie)('POST', `/api/invites/${token}/accept`);
    await caller(t.app, lc.cookie)('GET', `/api/households/${m.hid}/sessions`);
    const note = randomUUID();
    await caller(t.app, lc.cookie)('PUT', `/api/households/${m.hid}/care-notes/${note}`, { notedAt: '2026-01-16T09:00:00Z', body: 'Weigh on Friday.' });
    await call('POST', `/api/households/${m.hid}/shares`, { role: 'caregiver' });

    const r = await call('GET', '/api/me/export?format=json');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toMatch(/attachment; filename="lactea-export-\d{4}-\d{2}-\d{2}\.json"/);
    const data = r.json();
    expect(data).toMatchObject({ format: 'lactea-export-2', user: { email: m.email } });
    expect(JSON.stringify(data)).not.toContain('passwordHash');
    const h = data.households[0];
    expect(h.babies[0].name).toBe('Ada');
    expect(h.sessions.map((s: { id: string; deletedAt: string | null }) => [s.id, s.deletedAt !== null])).toEqual([
      [gone, true],
      [sid, false],
    ]);
    expect(h.creamatocrit).toEqual([expect.objectContaining({ cmctPercent: 6.5, sample: 'hind', massage: true })]);
    expect(h.members.map((x: { role: string }) => x.role).sort()).toEqual(['consultant', 'owner']);
    expect(h.openInvites).toEqual([expect.objectContaining({ role: 'caregiver' })]);
    expect(h.accessLog).toEqual([
      expect.objectContaining({ userId: lc.userId, email: lc.email, action: 'read', route: '/api/households/:hid/sessions' }),
      expect.objectContaining({ userId: lc.userId, action: 'write', route: '/api/households/:hid/care-notes/:id', resourceId: note }),
    ]);
    expect(h.nappies).toEqual([expect.objectContaining({ babyId: baby, kind: 'dirty', colour: 'yellow' })]);
    expect(h.weights).toEqual([expect.objectContaining({ grams: 3410, birth: true })]);
    expect(h.careNotes).toEqual([expect.objectContaining({ id: note, body: 'Weigh on Friday.', createdBy: lc.userId })]);

    const z = await call('GET', '/api/me/export');
    expect(z.statusCode).toBe(200);
    expect(z.headers['content-type']).toBe('application/zip');
    expect(z.headers['content-disposition']).toMatch(/filename="lactea-export-\d{4}-\d{2}-\d{2}\.zip"/);
    const files = unzipSync(new Uint8Array(z.rawPayload));
    expect(Object.keys(files).sort()).toEqual(
      ['lactea-export.json', ...['account', 'households', 'babies', 'sessions', 'symptomChecks', 'creamatocrit', 'careContacts', 'nappies', 'weights', 'careNotes', 'members', 'openInvites', 'accessLog'].map((n) => `csv/${n}.csv`)].sort(),
    );
    const zipped = JSON.parse(strFromU8(files['lactea-export.json'] as Uint8Array));
    expect({ ...zipped, exportedAt: null }).toEqual({ ...data, exportedAt: null });
    const sessionsCsv = strFromU8(files['csv/sessions.csv'] as Uint8Array);
    const header = sessionsCsv.split('\r\n')[0]?.split(',') ?? [];
    expect(header.slice(0, 2)).toEqual(['householdId', 'id']);
    expect(header).toContain('massage.minutes');
    expect(header).not.toContain('massage');
    expect(sessionsCsv).toContain(`"'=1+1, ""quoted""\nnext line"`);
    expect(sessionsCsv.trim().split('\r\n')).toHaveLength(3);
    expect(strFromU8(files['csv/creamatocrit.csv'] as Uint8Array)).toMatch(/^householdId,id,.*cmctPercent/);
    expect(strFromU8(files['csv/accessLog.csv'] as Uint8Array)).toContain(lc.email);
    expect((await caller(t.app)('GET', '/api/me/export')).statusCode).toBe(401);
    expect((await call('GET', '/api/me/export?format=pdf')).statusCode).toBe(400);
  });

  it('deletes the account and her own households after confirmation, leaving households she joined', async () => {
    const partner = await signUp(t.app);
    const m = await signUp(t.app);
    const inv = (await caller(t.app, partner.cookie)('POST', `/api/households/${partner.hid}/shares`, { role: 'caregiver' })).json();
    await caller(t.app, m.cookie)('POST', `/api/invites/${inv.token}/accept`);
    const call = caller(t.app, m.cookie);
    await call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, { kind: 'bottle', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:05:00Z', volumeMl: 80, milkType: 'formula' });
    await call('PUT', `/api/households/${partner.hid}/sessions/${randomUUID()}`, { kind: 'bottle', startedAt: '2026-01-15T11:00:00Z', endedAt: '2026-01-15T11:05:00Z', volumeMl: 60, milkType: 'breast' });
    const wrong = await t.app.inject({ method: 'DELETE', url: '/api/me', headers: { cookie: m.cookie }, payload: { confirm: 'yes' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toHaveProperty('confirm');
    const ok = await t.app.inject({ method: 'DELETE', url: '/api/me', headers: { cookie: m.cookie }, payload: { confirm: m.email.toUpperCase() } });
    expect(ok.statusCode).toBe(204);
    expect((await call('GET', '/api/me')).statusCode).toBe(401);
    expect((await login(t, m.email)).statusCode).toBe(401);
    const gone = await t.database.db.selectFrom('sessions').select('id').where('householdId', '=', m.hid).execute();
    expect(gone).toHaveLength(0);
    expect(await t.database.db.selectFrom('households').select('id').where('id', '=', m.hid).executeTakeFirst()).toBeUndefined();
    // The household she only joined keeps its data (including what she logged there).
    const kept = (await caller(t.app, partner.cookie)('GET', `/api/households/${partner.hid}/sessions`)).json().sessions;
    expect(kept).toHaveLength(1);
    expect((await caller(t.app, partner.cookie)('GET', `/api/households/${partner.hid}/shares`)).json().members).toHaveLength(1);
  });
});
