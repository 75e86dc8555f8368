import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const entry = (over: Record<string, unknown> = {}) => ({ measuredAt: '2026-01-15T07:00:00Z', cmctPercent: 5, sample: 'mixed', frozen: false, massage: false, ...over });

describe.each(databases())('creamatocrit API on $name', (dbCase) => {
  let t: TestApp;
  let m: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    m = await signUp(t.app);
  });
  afterAll(async () => t.close());
  const url = (id: string) => `/api/households/${m.hid}/creamatocrit/${id}`;

  it('saves a measurement once, refuses a different one under the same id, deletes it', async () => {
    const call = caller(t.app, m.cookie);
    const id = randomUUID();
    expect((await call('PUT', url(id), entry())).statusCode).toBe(201);
    expect((await call('PUT', url(id), entry())).statusCode).toBe(200);
    expect((await call('PUT', url(id), entry({ cmctPercent: 6 }))).statusCode).toBe(409);
    expect((await call('DELETE', url(id))).statusCode).toBe(204);
    expect((await call('DELETE', url(id))).statusCode).toBe(404);
  });

  it.each([
    [{ cmctPercent: 40 }, 'cmctPercent'],
    [{ cmctPercent: -1 }, 'cmctPercent'],
    [{ cmctPercent: 'five' }, 'cmctPercent'],
    [{ sample: 'hind-ish' }, 'sample'],
    [{ measuredAt: '2099-01-01T00:00:00Z' }, 'measuredAt'],
    [{ sessionId: randomUUID() }, 'sessionId'],
  ])('refuses %j with a 400 naming %s', async (over, field) => {
    const r = await caller(t.app, m.cookie)('PUT', url(randomUUID()), entry(over));
    expect(r.statusCode).toBe(400);
    expect(r.json().fields).toHaveProperty(field);
  });

  it('converts to fat and energy with the published equations, and compares with and without massage', async () => {
    const q = await signUp(t.app);
    const call = caller(t.app, q.cookie);
    const put = (over: Record<string, unknown>) => call('PUT', `/api/households/${q.hid}/creamatocrit/${randomUUID()}`, entry(over));
    for (const [i, v] of [4, 5, 6, 5, 4.5].entries()) await put({ cmctPercent: v, massage: false, measuredAt: `2026-01-1${i}T07:00:00Z` });
    for (const [i, v] of [6, 7, 6.5, 7.5, 6].entries()) await put({ cmctPercent: v, massage: true, measuredAt: `2026-01-1${i}T08:00:00Z` });
    expect((await call('GET', `/api/households/${q.hid}/creamatocrit`)).json().entries).toHaveLength(10);
    const mq = (await call('GET', `/api/households/${q.hid}/insights/milk-quality`)).json();
    expect(mq.ok).toBe(true);
    const five = mq.entries.find((e: { cmctPercent: number; massage: boolean }) => e.cmctPercent === 5);
    // Wang 1999, fresh: fat g/dL = 0.51 × 5 + 0.23; energy kcal/dL = 5.99 × 5 + 32.5 (per litre: × 10).
    expect(five.wang.fatGPerL).toBeCloseTo(27.8, 6);
    expect(five.wang.energyKcalPerL).toBeCloseTo(624.5, 6);
    expect(mq.comparisons.length).toBeGreaterThan(0);
    expect(mq.notes.length).toBeGreaterThan(0);
    const other = await signUp(t.app);
    expect((await caller(t.app, other.cookie)('GET', `/api/households/${q.hid}/insights/milk-quality`)).statusCode).toBe(404);
    expect((await caller(t.app)('GET', `/api/households/${q.hid}/creamatocrit`)).statusCode).toBe(401);
  });
});
