import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weeklyOutputs } from '../src/db/workspace.js';
import { weeklyOutput } from '../src/domain/workspace.js';
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

  it('names her babies with their ages and flags nappies below the table, weight loss over 10% and a share ending soon', async () => {
    const m = await signUp(t.app);
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const inv = (await caller(t.app, m.cookie)('POST', `/api/households/${m.hid}/shares`, { role: 'consultant', accessExpiresAt: soon })).json();
    await caller(t.app, lc.cookie)('POST', `/api/invites/${inv.token}/accept`);
    const call = caller(t.app, m.cookie);
    const tz = 'Europe/Madrid';
    const localDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
    // Born six days ago (day 7 today): yesterday (day 6) the table expects 5 or more wet nappies.
    const birthDate = localDate(Date.now() - 6 * 86_400_000);
    const baby = (await call('POST', `/api/households/${m.hid}/babies`, { name: 'Ada', birthDate })).json().id;
    const yesterdayNoon = Date.parse(`${localDate(Date.now() - 86_400_000)}T12:00:00+01:00`);
    // Her nappy log began the evening before yesterday, so yesterday is a whole logged day.
    await call('PUT', `/api/households/${m.hid}/nappies/${randomUUID()}`, { babyId: baby, changedAt: new Date(yesterdayNoon - 15 * 3_600_000).toISOString(), kind: 'dirty', colour: 'yellow' });
    for (const h of [0, 3, 6]) await call('PUT', `/api/households/${m.hid}/nappies/${randomUUID()}`, { babyId: baby, changedAt: new Date(yesterdayNoon - h * 3_600_000).toISOString(), kind: 'both', colour: 'yellow' });
    await call('PUT', `/api/households/${m.hid}/weights/${randomUUID()}`, { babyId: baby, measuredAt: `${birthDate}T08:00:00+01:00`, grams: 3600, birth: true });
    await call('PUT', `/api/households/${m.hid}/weights/${randomUUID()}`, { babyId: baby, measuredAt: new Date(yesterdayNoon).toISOString(), grams: 3200 });
    const c = ((await caller(t.app, lc.cookie)(`GET`, `/api/consultant/clients?tz=${tz}`)).json().clients as { householdId: string; babies: unknown; flags: { id: string }[] }[]).find((x) => x.householdId === m.hid);
    expect(c?.babies).toEqual([{ id: baby, name: 'Ada', birthDate }]);
    expect(c?.flags).toEqual([
      { id: 'nappies-below', babyId: baby, babyName: 'Ada', nappy: 'wet', window: 'yesterday', count: 3, expected: 5 },
      { id: 'weight-loss', babyId: baby, babyName: 'Ada', percent: expect.closeTo(-11.11, 2), measuredAt: new Date(yesterdayNoon).toISOString() },
      { id: 'share-ending', endsAt: soon },
    ]);
  });

  it('does not flag nappies from the hours before her log began, and says "in the last 24 h" when that is the window', async () => {
    const m = await client();
    const call = caller(t.app, m.cookie);
    const tz = 'UTC';
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const birthDate = hoursAgo(4 * 24).slice(0, 10);
    const baby = (await call('POST', `/api/households/${m.hid}/babies`, { name: 'Lucía', birthDate })).json().id;
    const flagsOf = async () =>
      ((await caller(t.app, lc.cookie)('GET', `/api/consultant/clients?tz=${tz}`)).json().clients as { householdId: string; flags: { id: string }[] }[]).find((c) => c.householdId === m.hid)?.flags;
    // A new log: one nursing start and one wet nappy, minutes ago. Nothing to judge yet.
    const began = hoursAgo(0.2);
    // One instant for both ends: two readings of the clock can differ by a millisecond, and a segment may not end after the session.
    const ended = hoursAgo(0.1);
    const nursed = await call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, { kind: 'nurse', startedAt: began, endedAt: ended, segments: [{ side: 'left', start: began, end: ended }] });
    expect(nursed.statusCode, nursed.body).toBe(201);
    const wet = await call('PUT', `/api/households/${m.hid}/nappies/${randomUUID()}`, { babyId: baby, changedAt: hoursAgo(0.05), kind: 'wet' });
    expect(wet.statusCode, wet.body).toBe(201);
    expect(await flagsOf()).toEqual([]);
    // The nappies list says when her log began (the nursing start).
    expect((await call('GET', `/api/households/${m.hid}/nappies`)).json().loggingSince).toBe(began);
    // Had her nappy log begun 25 hours ago, the last 24 hours (one wet nappy) are judged, and named so.
    await call('PUT', `/api/households/${m.hid}/nappies/${randomUUID()}`, { babyId: baby, changedAt: hoursAgo(25), kind: 'dirty' });
    const flags = await flagsOf();
    expect(flags).toContainEqual({ id: 'nappies-below', babyId: baby, babyName: 'Lucía', nappy: 'wet', window: 'last-24h', count: 1, expected: 3 });
    expect(flags?.some((f) => (f as { window?: string }).window === 'yesterday')).toBe(false);
  });

  it('sums output in the database exactly as the domain does from the rows', async () => {
    const m = await client();
    const call = caller(t.app, m.cookie);
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const bodies = [
      { kind: 'pump', startedAt: hoursAgo(1), endedAt: hoursAgo(0.8), leftMl: 40.5, rightMl: null },
      { kind: 'pump', startedAt: hoursAgo(30), endedAt: hoursAgo(29.8), leftMl: 70, rightMl: 65 },
      { kind: 'pump', startedAt: hoursAgo(24 * 9), endedAt: hoursAgo(24 * 9 - 0.2), leftMl: 100, rightMl: 90 },
      { kind: 'pump', startedAt: hoursAgo(24 * 10), endedAt: hoursAgo(24 * 10 - 0.2), leftMl: 10, rightMl: 10 },
      { kind: 'pump', startedAt: hoursAgo(24 * 20), endedAt: hoursAgo(24 * 20 - 0.2), leftMl: 500, rightMl: 500 },
      { kind: 'bottle', startedAt: hoursAgo(0.5), endedAt: hoursAgo(0.4), volumeMl: 60, milkType: 'breast' },
      { kind: 'nurse', startedAt: hoursAgo(0.3), endedAt: null, segments: [{ side: 'left', start: hoursAgo(0.3), end: null }] },
    ];
    for (const b of bodies) await call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, b);
    const gone = randomUUID();
    await call('PUT', `/api/households/${m.hid}/sessions/${gone}`, { kind: 'pump', startedAt: hoursAgo(2), endedAt: hoursAgo(1.9), leftMl: 999, rightMl: 0 });
    await call('DELETE', `/api/households/${m.hid}/sessions/${gone}`);
    const now = Date.now();
    const todayStart = now - 6 * 3_600_000;
    const sessions = (await call('GET', `/api/households/${m.hid}/sessions?limit=200`)).json().sessions;
    const fromDb = (await weeklyOutputs(t.database.db, [m.hid], now, todayStart)).get(m.hid);
    expect(fromDb).toEqual(weeklyOutput(sessions, { nowMs: now, todayStartMs: todayStart }));
    expect(fromDb).toMatchObject({ todayPumpedMl: 40.5, todayFeeds: 2, lastWeekMl: 175.5, weekBeforeMl: 210, weekBeforeSessions: 2 });
  });
});
