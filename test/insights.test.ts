import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemo } from '../src/cli/commands/demo.js';
import { generateDemo } from '../src/domain/demo/index.js';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const summaryUrl = (m: Member, q: string) => `/api/households/${m.hid}/insights/summary?${q}`;
const effectUrl = (m: Member, q: string) => `/api/households/${m.hid}/insights/massage-effect?${q}`;
const emptyingUrl = (m: Member, q: string) => `/api/households/${m.hid}/insights/emptying?${q}`;

const pump = (startedAt: string, leftMl: number, rightMl: number) => ({
  kind: 'pump', startedAt, endedAt: new Date(Date.parse(startedAt) + 20 * 60_000).toISOString(), leftMl, rightMl,
});

describe.each(databases())('insights API on $name', (dbCase) => {
  let t: TestApp;
  let a: Member;
  let b: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    a = await signUp(t.app);
    b = await signUp(t.app);
  });
  afterAll(async () => t.close());

  it('gives the daily picture by local day across a daylight-saving change, with rhythm and trend', async () => {
    const call = caller(t.app, a.cookie);
    const put = (body: object) => call('PUT', `/api/households/${a.hid}/sessions/${randomUUID()}`, body);
    expect((await put(pump('2026-03-29T21:30:00Z', 40, 50))).statusCode).toBe(201); // 23:30 CEST on the 29th
    expect((await put(pump('2026-03-29T22:30:00Z', 30, 30))).statusCode).toBe(201); // 00:30 on the 30th
    const nurse = { kind: 'nurse', startedAt: '2026-03-28T22:30:00Z', endedAt: '2026-03-28T23:30:00Z', segments: [{ side: 'left', start: '2026-03-28T22:30:00Z', end: '2026-03-28T23:30:00Z' }] };
    expect((await put(nurse)).statusCode).toBe(201);
    const r = await call('GET', summaryUrl(a, 'from=2026-03-28&to=2026-03-30&tz=Europe/Madrid'));
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.days.map((d: { date: string }) => d.date)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(body.days.map((d: { pumpedMl: { total: number } }) => d.pumpedMl.total)).toEqual([0, 90, 60]);
    expect(body.days.map((d: { nursingMinutes: { left: number } }) => d.nursingMinutes.left)).toEqual([30, 30, 0]);
    expect(body.days[1].start).toBe('2026-03-28T23:00:00.000Z');
    expect(body.rhythm).toHaveLength(24);
    expect(body.rhythm[23]).toMatchObject({ n: 1, meanMl: 90 });
    expect(body.trend).toHaveLength(3);
    expect(body.emptying.sides.left.reminder).toBe('off');
    expect(body.emptying.sides.left.via).toBe('pump');
    const withThreshold = await call('GET', summaryUrl(a, 'tz=Europe/Madrid&dayHours=3&nightHours=5'));
    expect(withThreshold.statusCode).toBe(200);
    expect(withThreshold.json().days).toHaveLength(14);
    expect(withThreshold.json().emptying.sides.right.reminder).toBe('due');
  });

  it('counts days from her first logged day: on her first day nothing is averaged over days before it', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const now = Date.now();
    const today = new Date(now).toISOString().slice(0, 10);
    const empty = (await call('GET', summaryUrl(m, 'tz=UTC'))).json();
    expect(empty.period).toEqual({ startedOn: null, countedFrom: null, days: 0, fullDays: 0, perFullDayMl: null });
    // 3 × 3.5 fl oz today, the first thing she ever logged (a deleted older entry does not count).
    const old = randomUUID();
    await call('PUT', `/api/households/${m.hid}/sessions/${old}`, pump('2026-01-02T08:00:00Z', 10, 10));
    await call('DELETE', `/api/households/${m.hid}/sessions/${old}`);
    for (const minutesAgo of [200, 120, 40]) {
      const startedAt = new Date(Math.max(Date.parse(`${today}T00:00:00Z`), now - minutesAgo * 60_000)).toISOString();
      expect((await call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, { ...pump(startedAt, 51.75, 51.75), endedAt: startedAt })).statusCode).toBe(201);
    }
    const body = (await call('GET', summaryUrl(m, 'tz=UTC'))).json();
    expect(body.period).toEqual({ startedOn: today, countedFrom: today, days: 1, fullDays: 0, perFullDayMl: null });
    expect(body.trend.every((p: { movingAverageMl: number | null }) => p.movingAverageMl === null)).toBe(true);
    expect(body.days[13].pumpedMl.total).toBeCloseTo(310.5);
    // A range that ended yesterday: her first day is not in it.
    const yesterday = new Date(now - 86_400_000).toISOString().slice(0, 10);
    expect((await call('GET', summaryUrl(m, `tz=UTC&to=${yesterday}`))).json().period).toMatchObject({ startedOn: today, countedFrom: null, days: 0 });
    expect((await call('GET', effectUrl(m, 'tz=UTC'))).json().startedOn).toBe(today);
  });

  it('refuses a bad time zone, dates or range with a 400 naming the field', async () => {
    const call = caller(t.app, a.cookie);
    const cases: [string, string][] = [
      ['tz=Mars/Olympus', 'tz'],
      ['from=2026-03-01', 'tz'],
      ['tz=UTC&from=2026-02-30', 'from'],
      ['tz=UTC&from=2026-03-10&to=2026-03-01', 'to'],
      ['tz=UTC&from=2020-01-01&to=2026-03-01', 'from'],
      ['tz=UTC&dayHours=3', 'nightHours'],
      ['tz=UTC&dayHours=0', 'dayHours'],
      ['tz=UTC&colour=blue', 'querystring'],
    ];
    for (const [q, field] of cases) {
      const r = await call('GET', summaryUrl(a, q));
      expect(r.statusCode, q).toBe(400);
      expect(Object.keys(r.json().fields), q).toContain(field);
    }
    const e = await call('GET', effectUrl(a, 'tz=Nowhere/Town'));
    expect(e.statusCode).toBe(400);
    expect(Object.keys(e.json().fields)).toContain('tz');
    const emptyingCases: [string, string][] = [
      ['tz=Mars/Olympus', 'tz'],
      ['dayHours=3&nightHours=5', 'tz'],
      ['tz=UTC&nightHours=5', 'dayHours'],
      ['tz=UTC&dayHours=3&nightHours=60', 'nightHours'],
      ['tz=UTC&dayHours=3&nightHours=5&nightStart=24', 'nightStart'],
      ['tz=UTC&from=2026-03-01', 'querystring'],
    ];
    for (const [q, field] of emptyingCases) {
      const r = await call('GET', emptyingUrl(a, q));
      expect(r.statusCode, q).toBe(400);
      expect(Object.keys(r.json().fields), q).toContain(field);
    }
  });

  it("answers the time since each side was emptied alone, from the latest nursing and pumping", async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const put = (body: object) => call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, body);
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const never = (await call('GET', emptyingUrl(m, 'tz=UTC'))).json();
    expect(never.sides.left).toMatchObject({ lastEmptiedAt: null, via: null, minutesSince: null, reminder: 'off' });
    // The left side nursed 5 hours ago, the right pumped 2 hours ago; a pump still running counts for neither. Her night
    // (03:00 to 03:00) never comes, so the day threshold applies whenever this runs.
    // Each instant once: two calls of ago(300) a millisecond apart put the segment's end after the session's (a 400).
    const [nurseStart, nurseEnd] = [ago(320), ago(300)];
    await put({ kind: 'nurse', startedAt: nurseStart, endedAt: nurseEnd, segments: [{ side: 'left', start: nurseStart, end: nurseEnd }] });
    await put({ kind: 'pump', startedAt: ago(140), endedAt: ago(120), leftMl: null, rightMl: 80 });
    await put({ kind: 'pump', startedAt: ago(30), endedAt: null, leftMl: 20, rightMl: null });
    const r = await call('GET', emptyingUrl(m, 'tz=Europe/Madrid&dayHours=3&nightHours=4&nightStart=3&nightEnd=3'));
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.night).toBe(false);
    expect(body.sides.left).toMatchObject({ via: 'nurse', reminder: 'due', thresholdMinutes: 180 });
    expect(body.sides.left.minutesSince).toBeGreaterThanOrEqual(300);
    expect(body.sides.right).toMatchObject({ via: 'pump', reminder: 'not-yet', thresholdMinutes: 180 });
    expect(Date.parse(body.sides.right.lastEmptiedAt)).toBeGreaterThan(Date.now() - 121 * 60_000);
    // The same answer as a summary's emptying (minutes aside, which tick between the two requests).
    const withoutMinutes = (e: { night: boolean; sides: Record<string, { minutesSince: number | null }> }) => ({
      night: e.night,
      sides: Object.fromEntries(Object.entries(e.sides).map(([k, v]) => [k, { ...v, minutesSince: undefined }])),
    });
    const summary = (await call('GET', summaryUrl(m, 'tz=Europe/Madrid&dayHours=3&nightHours=4&nightStart=3&nightEnd=3'))).json();
    expect(withoutMinutes(body)).toEqual(withoutMinutes(summary.emptying));
  });

  it("gives a busy household's home screen the same emptying as today's summary", async () => {
    const m = await signUp(t.app);
    const now = new Date();
    await fillDemo(t.database.db, m.userId, m.hid, generateDemo({ seed: 5, days: 14, endMs: now.getTime() }), now);
    const call = caller(t.app, m.cookie);
    const today = now.toISOString().slice(0, 10);
    const alone = (await call('GET', emptyingUrl(m, 'tz=UTC&dayHours=2&nightHours=4'))).json();
    const summary = (await call('GET', summaryUrl(m, `from=${today}&to=${today}&tz=UTC&dayHours=2&nightHours=4`))).json();
    for (const side of ['left', 'right']) {
      expect(alone.sides[side].lastEmptiedAt).not.toBeNull();
      expect(alone.sides[side]).toMatchObject({ lastEmptiedAt: summary.emptying.sides[side].lastEmptiedAt, via: summary.emptying.sides[side].via });
    }
  });

  it('needs a sign-in (401) and hides other households (404)', async () => {
    expect((await caller(t.app)('GET', summaryUrl(a, 'tz=UTC'))).statusCode).toBe(401);
    expect((await caller(t.app)('GET', effectUrl(a, 'tz=UTC'))).statusCode).toBe(401);
    expect((await caller(t.app)('GET', emptyingUrl(a, 'tz=UTC'))).statusCode).toBe(401);
    expect((await caller(t.app, b.cookie)('GET', emptyingUrl(a, 'tz=UTC'))).statusCode).toBe(404);
    expect((await caller(t.app, b.cookie)('GET', summaryUrl(a, 'tz=UTC'))).statusCode).toBe(404);
    expect((await caller(t.app, b.cookie)('GET', effectUrl(a, 'tz=UTC'))).statusCode).toBe(404);
  });

  it('says plainly when there is not enough data for the massage effect', async () => {
    const r = await caller(t.app, b.cookie)('GET', effectUrl(b, 'tz=Europe/Madrid'));
    expect(r.statusCode).toBe(200);
    expect(r.json().overall).toMatchObject({ status: 'not-enough-data', nWith: 0, nWithout: 0, needs: { withMassage: 8, withoutMassage: 8 } });
    expect(r.json().overall.sentence.es).toContain('Registra 8 sesiones más con masaje');
  });

  it('writes the massage-effect sentences about her, in the third person, for her consultant', async () => {
    const lc = await signUp(t.app);
    const inv = (await caller(t.app, b.cookie)('POST', `/api/households/${b.hid}/shares`, { role: 'consultant' })).json();
    expect((await caller(t.app, lc.cookie)('POST', `/api/invites/${inv.token}/accept`)).statusCode).toBe(200);
    const theirs = (await caller(t.app, lc.cookie)('GET', effectUrl(b, 'tz=Europe/Madrid'))).json().overall.sentence;
    expect(theirs.es).toContain('Faltan 8 sesiones más con masaje');
    expect(theirs.en).toContain('It needs 8 more sessions with massage');
    expect((await caller(t.app, b.cookie)('GET', effectUrl(b, 'tz=Europe/Madrid'))).json().overall.sentence.en).toContain('Log 8 more sessions with massage');
    const milk = (await caller(t.app, lc.cookie)('GET', `/api/households/${b.hid}/insights/milk-quality`)).json();
    expect(milk.ok).toBe(true);
  });

  it('estimates the massage effect from demo data filled through the same services', async () => {
    const m = await signUp(t.app);
    const now = new Date();
    const data = generateDemo({ seed: 11, days: 28, endMs: now.getTime(), massageEffectMl: 15 });
    const filled = await fillDemo(t.database.db, m.userId, m.hid, data, now);
    expect(filled.sessions).toBe(data.sessions.length);
    expect(filled.checks).toBe(data.checks.length);
    const r = await caller(t.app, m.cookie)('GET', effectUrl(m, 'tz=Europe/Madrid'));
    expect(r.statusCode).toBe(200);
    const o = r.json().overall;
    expect(o.nWith).toBeGreaterThanOrEqual(8);
    expect(['clear', 'unclear']).toContain(o.status);
    expect(o.lowerMl).toBeLessThan(o.upperMl);
    expect(o.adjustedFor).toEqual(expect.arrayContaining(['time-of-day', 'trend']));
    expect(o.sentence.en).toContain(' mL');
    // In fl oz the sentence speaks fl oz; the numbers stay in mL.
    const oz = (await caller(t.app, m.cookie)('GET', effectUrl(m, 'tz=Europe/Madrid&unit=floz'))).json().overall;
    expect(oz.sentence.en).toContain(' fl oz');
    expect(oz.sentence.en).not.toContain(' mL');
    expect(oz.sentence.es).toContain(' fl oz');
    expect(oz.differenceMl).toBe(o.differenceMl);
    expect((await caller(t.app, m.cookie)('GET', effectUrl(m, 'tz=Europe/Madrid&unit=cups'))).json().fields).toHaveProperty('unit');
    const s = await caller(t.app, m.cookie)('GET', summaryUrl(m, 'tz=Europe/Madrid&from=2026-01-01'));
    expect(s.statusCode).toBe(200);
    const days = s.json().days as { symptomChecks: number; feeds: number }[];
    expect(days.reduce((n, d) => n + d.symptomChecks, 0)).toBe(data.checks.length);
    expect(days.reduce((n, d) => n + d.feeds, 0)).toBeGreaterThan(28 * 6);
  });
});
