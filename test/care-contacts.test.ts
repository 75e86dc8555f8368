/** "My care contacts": read, saved with the version read, checked field by field, per household and role. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const url = (m: Member) => `/api/households/${m.hid}/care-contacts`;
const FULL = {
  region: 'GB',
  emergencyPhone: null,
  urgentLine: { name: 'NHS 111', phone: '111' },
  parentClinician: { name: ' Community midwives ', phone: ' 01234 567890 ' },
  babyClinician: { name: 'Health visitor', phone: '+44 1234 000111' },
};

describe.each(databases())('care contacts API on $name', (dbCase) => {
  let t: TestApp;
  let owner: Member;

  beforeAll(async () => {
    t = await makeApp(dbCase);
    owner = await signUp(t.app);
  });
  afterAll(async () => t.close());

  async function joined(role: 'caregiver' | 'consultant'): Promise<Member> {
    const m = await signUp(t.app);
    const inv = (await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role, accessExpiresAt: role === 'consultant' ? new Date(Date.now() + 86_400_000).toISOString() : null })).json();
    expect((await caller(t.app, m.cookie)('POST', `/api/invites/${inv.token}/accept`)).statusCode).toBe(200);
    return { ...m, hid: owner.hid };
  }

  it('reads none set (version 0) before the first save, then saves, trimmed, and reads them back', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const empty = await call('GET', url(m));
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ region: null, emergencyPhone: null, urgentLine: null, parentClinician: null, babyClinician: null, version: 0, updatedAt: null });
    const saved = await call('PUT', url(m), { ...FULL, version: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...FULL, parentClinician: { name: 'Community midwives', phone: '01234 567890' }, version: 1, updatedAt: expect.any(String) });
    expect((await call('GET', url(m))).json()).toEqual(saved.json());
    const changed = await call('PUT', url(m), { ...FULL, emergencyPhone: '112', babyClinician: null, version: 1 });
    expect(changed.json()).toMatchObject({ emergencyPhone: '112', babyClinician: null, version: 2 });
  });

  it('refuses a stale save with 409 and the current contacts; the same save repeated is a 200', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const first = await call('PUT', url(m), { ...FULL, version: 0 });
    expect(first.statusCode).toBe(200);
    const again = await call('PUT', url(m), { ...FULL, version: 0 });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const stale = await call('PUT', url(m), { ...FULL, emergencyPhone: '911', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'conflict', current: { version: 1, emergencyPhone: null } });
    const ahead = await call('PUT', url(m), { ...FULL, version: 7 });
    expect(ahead.statusCode).toBe(409);
    expect((await call('GET', url(m))).json().version).toBe(1);
  });

  it('names each bad field with a 400 and changes nothing', async () => {
    const call = caller(t.app, owner.cookie);
    const bad = async (body: Record<string, unknown>) => {
      const r = await call('PUT', url(owner), body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      return Object.keys(r.json().fields ?? {});
    };
    expect(await bad({ ...FULL, version: 0, parentClinician: { name: 'GP', phone: 'call the GP' } })).toContain('parentClinician.phone');
    expect(await bad({ ...FULL, version: 0, emergencyPhone: '9' })).toContain('emergencyPhone');
    expect(await bad({ ...FULL, version: 0, region: 'ATLANTIS' })).toContain('region');
    expect(await bad({ ...FULL, version: 0, babyClinician: { name: 'x'.repeat(81), phone: '123' } })).toContain('babyClinician.name');
    expect(await bad({ ...FULL, version: 0, urgentLine: { name: 'NHS' } })).toContain('urgentLine.phone');
    expect(await bad({ ...FULL, version: -1 })).toContain('version');
    expect(await bad({ ...FULL })).toContain('version');
    const extra = await call('PUT', url(owner), { ...FULL, version: 0, fax: '123' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().fields.body).toContain('fax');
    expect((await call('GET', url(owner))).json().version).toBe(0);
  });

  it('lets a caregiver save and a consultant only read; hides them from another household (404) and asks for a sign-in (401)', async () => {
    const partner = await joined('caregiver');
    const consultant = await joined('consultant');
    const saved = await caller(t.app, partner.cookie)('PUT', url(owner), { ...FULL, version: 0 });
    expect(saved.statusCode).toBe(200);
    expect((await caller(t.app, consultant.cookie)('GET', url(owner))).json()).toMatchObject({ urgentLine: FULL.urgentLine });
    expect((await caller(t.app, consultant.cookie)('PUT', url(owner), { ...FULL, version: 1 })).statusCode).toBe(403);
    const stranger = await signUp(t.app);
    expect((await caller(t.app, stranger.cookie)('GET', url(owner))).statusCode).toBe(404);
    expect((await caller(t.app, stranger.cookie)('PUT', url(owner), { ...FULL, version: 1 })).statusCode).toBe(404);
    expect((await caller(t.app)('GET', url(owner))).statusCode).toBe(401);
    expect((await caller(t.app)('PUT', url(owner), { ...FULL, version: 1 })).statusCode).toBe(401);
  });

  it('are part of her export', async () => {
    const m = await signUp(t.app);
    await caller(t.app, m.cookie)('PUT', url(m), { ...FULL, version: 0 });
    const data = (await caller(t.app, m.cookie)('GET', '/api/me/export?format=json')).json();
    expect(data.households[0].careContacts).toEqual([expect.objectContaining({ region: 'GB', version: 1 })]);
  });
});
