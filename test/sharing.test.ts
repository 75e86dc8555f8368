import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const pump = { kind: 'pump', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:20:00Z', leftMl: 60, rightMl: 75 };

describe.each(databases())('sharing API on $name', (dbCase) => {
  let t: TestApp;
  let owner: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    owner = await signUp(t.app);
  });
  afterAll(async () => t.close());

  async function invite(role: 'caregiver' | 'consultant', accessExpiresAt: string | null = null) {
    const r = await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role, accessExpiresAt });
    expect(r.statusCode).toBe(201);
    return r.json() as { id: string; token: string; expiresAt: string };
  }

  it("keeps a deleted account's entries in the access log, as a deleted account", async () => {
    const lc = await signUp(t.app);
    const inv = await invite('consultant');
    expect((await caller(t.app, lc.cookie)('POST', `/api/invites/${inv.token}/accept`)).statusCode).toBe(200);
    expect((await caller(t.app, lc.cookie)('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(200);
    const mine = async () =>
      ((await caller(t.app, owner.cookie)('GET', `/api/households/${owner.hid}/access-log?limit=500`)).json().entries as { userId: string; email: string | null }[]).filter(
        (e) => e.userId === lc.userId,
      );
    await expect.poll(async () => (await mine()).length).toBe(1);
    expect((await mine())[0]?.email).toBe(lc.email);
    expect((await caller(t.app, lc.cookie)('DELETE', '/api/me', { confirm: lc.email })).statusCode).toBe(204);
    const after = await mine();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ userId: lc.userId, email: null, role: 'consultant', action: 'read' });
  });

  it('a consultant whose access ran out can be invited again, and then reads again', async () => {
    const lc = await signUp(t.app);
    const first = await invite('consultant', new Date(Date.now() + 86_400_000).toISOString());
    expect((await caller(t.app, lc.cookie)('POST', `/api/invites/${first.token}/accept`)).statusCode).toBe(200);
    // Her access runs out.
    await t.database.db.updateTable('memberships').set({ expiresAt: new Date(Date.now() - 60_000).toISOString() }).where('userId', '=', lc.userId).execute();
    expect((await caller(t.app, lc.cookie)('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(404);
    const later = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const again = await invite('consultant', later);
    const accepted = await caller(t.app, lc.cookie)('POST', `/api/invites/${again.token}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect((await caller(t.app, lc.cookie)('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(200);
    const members = (await caller(t.app, owner.cookie)('GET', `/api/households/${owner.hid}/shares`)).json().members as { userId: string; expiresAt: string | null }[];
    expect(members.filter((m) => m.userId === lc.userId)).toEqual([expect.objectContaining({ expiresAt: later })]);
    // One with live access is still told she has it.
    const third = await invite('consultant');
    expect((await caller(t.app, lc.cookie)('POST', `/api/invites/${third.token}/accept`)).statusCode).toBe(409);
  });

  it("a partner starts in the household's unit and skips the owner's guided start; a consultant keeps her unit", async () => {
    const mum = await signUp(t.app);
    const asMum = caller(t.app, mum.cookie);
    await asMum('PATCH', `/api/households/${mum.hid}`, { volumeUnit: 'floz' });
    const share = async (role: 'caregiver' | 'consultant') => (await asMum('POST', `/api/households/${mum.hid}/shares`, { role, accessExpiresAt: null })).json() as { token: string };
    const partner = await signUp(t.app);
    const asPartner = caller(t.app, partner.cookie);
    expect((await asPartner('GET', '/api/me')).json().user.preferences).toMatchObject({ volumeUnit: 'ml', firstRun: 'household' });
    expect((await asPartner('POST', `/api/invites/${(await share('caregiver')).token}/accept`)).json()).toMatchObject({ role: 'caregiver', volumeUnit: 'floz' });
    expect((await asPartner('GET', '/api/me')).json().user.preferences).toMatchObject({ volumeUnit: 'floz', firstRun: 'done' });
    // He may still choose his own.
    await asPartner('PUT', '/api/me/preferences', { volumeUnit: 'ml' });
    expect((await asPartner('GET', '/api/me')).json().user.preferences.volumeUnit).toBe('ml');
    const lc = await signUp(t.app);
    await caller(t.app, lc.cookie)('POST', `/api/invites/${(await share('consultant')).token}/accept`);
    expect((await caller(t.app, lc.cookie)('GET', '/api/me')).json().user.preferences).toMatchObject({ volumeUnit: 'ml', firstRun: 'done' });
  });

  it('invites a caregiver by a single-use link stored only as a hash', async () => {
    const inv = await invite('caregiver');
    expect(inv.token.length).toBeGreaterThanOrEqual(40);
    const stored = await t.database.db.selectFrom('invites').selectAll().where('id', '=', inv.id).executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toContain(inv.token);
    expect(Date.parse(inv.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const preview = await caller(t.app)('GET', `/api/invites/${inv.token}`);
    expect(preview.json()).toMatchObject({ role: 'caregiver', invitedBy: owner.email });
    const partner = await signUp(t.app);
    const accepted = await caller(t.app, partner.cookie)('POST', `/api/invites/${inv.token}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ id: owner.hid, role: 'caregiver' });
    // Single use.
    const other = await signUp(t.app);
    expect((await caller(t.app, other.cookie)('POST', `/api/invites/${inv.token}/accept`)).statusCode).toBe(404);
    expect((await caller(t.app)('GET', `/api/invites/${inv.token}`)).statusCode).toBe(404);
    // The caregiver logs and reads, but cannot share.
    const asPartner = caller(t.app, partner.cookie);
    expect((await asPartner('PUT', `/api/households/${owner.hid}/sessions/${randomUUID()}`, pump)).statusCode).toBe(201);
    expect((await asPartner('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(200);
    expect((await asPartner('POST', `/api/households/${owner.hid}/shares`, { role: 'caregiver' })).statusCode).toBe(403);
    expect((await asPartner('GET', `/api/households/${owner.hid}/shares`)).statusCode).toBe(403);
  });

  it('the same person accepting one invite again gets the same answer; another person still a 404', async () => {
    const inv = await invite('caregiver');
    const partner = await signUp(t.app);
    const first = await caller(t.app, partner.cookie)('POST', `/api/invites/${inv.token}/accept`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id: owner.hid, role: 'caregiver' });
    const again = await caller(t.app, partner.cookie)('POST', `/api/invites/${inv.token}/accept`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const other = await signUp(t.app);
    const refused = await caller(t.app, other.cookie)('POST', `/api/invites/${inv.token}/accept`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('invite_invalid');
    // Once her access is revoked, the used link does not let her back in.
    expect((await caller(t.app, owner.cookie)('DELETE', `/api/households/${owner.hid}/shares/${partner.userId}`)).statusCode).toBe(204);
    const afterRevoke = await caller(t.app, partner.cookie)('POST', `/api/invites/${inv.token}/accept`);
    expect(afterRevoke.statusCode).toBe(404);
    expect(afterRevoke.json().code).toBe('invite_invalid');
  });

  it('needs a sign-in to accept, refuses a member twice and a garbage token', async () => {
    const inv = await invite('caregiver');
    expect((await caller(t.app)('POST', `/api/invites/${inv.token}/accept`)).statusCode).toBe(401);
    expect((await caller(t.app, owner.cookie)('POST', `/api/invites/${inv.token}/accept`)).statusCode).toBe(409);
    const bad = await caller(t.app, owner.cookie)('POST', '/api/invites/not a token/accept');
    expect(bad.statusCode).toBe(400);
    expect((await caller(t.app, owner.cookie)('POST', `/api/invites/${'x'.repeat(43)}/accept`)).statusCode).toBe(404);
  });

  it('gives a consultant read-only access that can expire, and logs every read she makes', async () => {
    const inv = await invite('consultant', new Date(Date.now() + 30 * 86_400_000).toISOString());
    const lc = await signUp(t.app);
    expect((await caller(t.app, lc.cookie)('POST', `/api/invites/${inv.token}/accept`)).json().role).toBe('consultant');
    const asLc = caller(t.app, lc.cookie);
    expect((await asLc('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(200);
    expect((await asLc('GET', `/api/households/${owner.hid}/babies`)).statusCode).toBe(200);
    expect((await asLc('PUT', `/api/households/${owner.hid}/sessions/${randomUUID()}`, pump)).statusCode).toBe(403);
    expect((await asLc('POST', `/api/households/${owner.hid}/babies`, { name: 'X' })).statusCode).toBe(403);
    const log = (await caller(t.app, owner.cookie)('GET', `/api/households/${owner.hid}/access-log`)).json().entries;
    const mine = log.filter((e: { userId: string }) => e.userId === lc.userId);
    expect(mine.map((e: { route: string; action: string }) => `${e.action} ${e.route}`).sort()).toEqual([
      'read /api/households/:hid/babies',
      'read /api/households/:hid/sessions',
    ]);
    expect(JSON.stringify(log)).not.toContain('leftMl');
    // An expired consultant share no longer opens anything.
    await t.database.db.updateTable('memberships').set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).where('userId', '=', lc.userId).execute();
    expect((await asLc('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(404);
  });

  it('lists members and open invites, changes a role, and revokes at once', async () => {
    const inv = await invite('caregiver');
    const grandma = await signUp(t.app);
    await caller(t.app, grandma.cookie)('POST', `/api/invites/${inv.token}/accept`);
    const asOwner = caller(t.app, owner.cookie);
    const pending = await invite('consultant');
    const shares = (await asOwner('GET', `/api/households/${owner.hid}/shares`)).json();
    expect(shares.members.find((m: { userId: string }) => m.userId === grandma.userId)).toMatchObject({ role: 'caregiver', email: grandma.email });
    expect(shares.invites.map((i: { id: string }) => i.id)).toContain(pending.id);
    // Change to consultant with an expiry; a caregiver cannot have one.
    const changed = await asOwner('PATCH', `/api/households/${owner.hid}/shares/${grandma.userId}`, { role: 'consultant', expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(changed.json()).toMatchObject({ role: 'consultant' });
    expect((await asOwner('PATCH', `/api/households/${owner.hid}/shares/${grandma.userId}`, { role: 'caregiver' })).json().fields).toHaveProperty('expiresAt');
    expect((await asOwner('PATCH', `/api/households/${owner.hid}/shares/${owner.userId}`, { role: 'caregiver' })).statusCode).toBe(403);
    // Revoke the member: her very next request is refused.
    expect((await asOwner('DELETE', `/api/households/${owner.hid}/shares/${grandma.userId}`)).statusCode).toBe(204);
    expect((await caller(t.app, grandma.cookie)('GET', `/api/households/${owner.hid}/sessions`)).statusCode).toBe(404);
    // Revoke the open invite: the link stops working.
    expect((await asOwner('DELETE', `/api/households/${owner.hid}/shares/${pending.id}`)).statusCode).toBe(204);
    expect((await caller(t.app)('GET', `/api/invites/${pending.token}`)).statusCode).toBe(404);
    expect((await asOwner('DELETE', `/api/households/${owner.hid}/shares/${owner.userId}`)).statusCode).toBe(403);
    expect((await asOwner('DELETE', `/api/households/${owner.hid}/shares/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('refuses bad invites with a 400 naming the field', async () => {
    const asOwner = caller(t.app, owner.cookie);
    expect((await asOwner('POST', `/api/households/${owner.hid}/shares`, { role: 'owner' })).json().fields).toHaveProperty('role');
    expect((await asOwner('POST', `/api/households/${owner.hid}/shares`, { role: 'caregiver', accessExpiresAt: '2099-01-01T00:00:00Z' })).json().fields).toHaveProperty('accessExpiresAt');
    expect((await asOwner('POST', `/api/households/${owner.hid}/shares`, { role: 'consultant', accessExpiresAt: '2020-01-01T00:00:00Z' })).json().fields).toHaveProperty('accessExpiresAt');
  });
});
