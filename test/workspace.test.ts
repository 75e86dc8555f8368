import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

describe.each(databases())('consultant workspace on $name', (dbCase) => {
  let t: TestApp;
  let lc: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    lc = await signUp(t.app);
  });
  afterAll(async () => t.close());

  async function client(): Promise<Member> {
    const m = await signUp(t.app);
    const inv = (await caller(t.app, m.cookie)('POST', `/api/households/${m.hid}/shares`, { role: 'consultant', accessExpiresAt: null })).json();
    expect((await caller(t.app, lc.cookie)('POST', `/api/invites/${inv.token}/accept`)).statusCode).toBe(200);
    return m;
  }
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();

  it('lists every client who shared with her, with output and flags, and logs the read', async () => {
    const quiet = await client();
    const worried = await client();
    const call = caller(t.app, worried.cookie);
    for (const d of [8, 9, 10, 11]) await call('PUT', `/api/households/${worried.hid}/sessions/${randomUUID()}`, { kind: 'pump', startedAt: at(d), endedAt: at(d), leftMl: 100, rightMl: 100 });
    for (const d of [1, 2]) await call('PUT', `/api/households/${worried.hid}/sessions/${randomUUID()}`, { kind: 'pump', startedAt: at(d), endedAt: at(d), leftMl: 50, rightMl: 50 });
    await call('PUT', `/api/households/${worried.hid}/symptom-checks/${randomUUID()}`, { answers: { confusion: 'yes' } });
    const r = await caller(t.app, lc.cookie)('GET', '/api/consultant/clients?tz=Europe/Madrid');
    expect(r.statusCode).toBe(200);
    const clients = r.json().clients as { householdId: string; flags: { id: string }[]; last7DaysPumpedMl: number; ownerEmail: string }[];
    expect(clients.map((c) => c.householdId).sort()).toEqual([quiet.hid, worried.hid].sort());
    const w = clients.find((c) => c.householdId === worried.hid);
    expect(w?.ownerEmail).toBe(worried.email);
    expect(w?.last7DaysPumpedMl).toBe(200);
    expect(w?.flags.map((f) => f.id).sort()).toEqual(['output-down', 'recent-triage']);
    expect(clients.find((c) => c.householdId === quiet.hid)?.flags).toEqual([]);
    const log = (await caller(t.app, worried.cookie)('GET', `/api/households/${worried.hid}/access-log`)).json().entries;
    expect(log.some((e: { userId: string; route: string }) => e.userId === lc.userId && e.route === '/api/consultant/clients')).toBe(true);
  });

  it("flags a breast not emptied for longer than the owner's own reminder threshold", async () => {
    const m = await client();
    const call = caller(t.app, m.cookie);
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    await call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, { kind: 'pump', startedAt: hoursAgo(5.2), endedAt: hoursAgo(5), leftMl: 60, rightMl: null });
    await call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, { kind: 'pump', startedAt: hoursAgo(1.2), endedAt: hoursAgo(1), leftMl: null, rightMl: 50 });
    const flagsOf = async () =>
      ((await caller(t.app, lc.cookie)('GET', '/api/consultant/clients')).json().clients as { householdId: string; flags: { id: string; side?: string }[] }[]).find((c) => c.householdId === m.hid)?.flags;
    // No reminder set: no flag, however long it has been.
    expect(await flagsOf()).toEqual([]);
    await call('PUT', '/api/me/preferences', { emptyingReminder: { dayHours: 3, nightHours: 3 } });
    expect(await flagsOf()).toEqual([{ id: 'not-emptied', side: 'left', hours: 5 }]);
  });

  it('drops a client whose share was revoked or expired, and shows nothing to others', async () => {
    const gone = await client();
    const members = (await caller(t.app, gone.cookie)('GET', `/api/households/${gone.hid}/shares`)).json().members;
    expect(members.some((m: { userId: string }) => m.userId === lc.userId)).toBe(true);
    await caller(t.app, gone.cookie)('DELETE', `/api/households/${gone.hid}/shares/${lc.userId}`);
    const ids = (await caller(t.app, lc.cookie)('GET', '/api/consultant/clients')).json().clients.map((c: { householdId: string }) => c.householdId);
    expect(ids).not.toContain(gone.hid);
    const stranger = await signUp(t.app);
    expect((await caller(t.app, stranger.cookie)('GET', '/api/consultant/clients')).json().clients).toEqual([]);
    expect((await caller(t.app)('GET', '/api/consultant/clients')).statusCode).toBe(401);
    expect((await caller(t.app, lc.cookie)('GET', '/api/consultant/clients?tz=Mars/Olympus')).json().fields).toHaveProperty('tz');
  });
});
