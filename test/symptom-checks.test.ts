import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const CALM = {
  side: 'left', where: 2, lump: { present: 'no' }, redness: { present: 'no' }, pain: 0, temperature: { value: 36.8, unit: 'c' },
  fluLike: 'no', hoursSinceOnset: 2, trend: 'same', pusOrBlood: 'no', nippleDamage: 'none', areolaTooSwollenToLatch: 'no',
  babyFeeding: 'well', bothBreastsFullFirm: 'no', daysSinceBirth: 30, possibleAbscess: 'no', skinBreakdown: 'no',
  feelingVeryUnwell: 'no', fastHeartOrBreathing: 'no', confusion: 'no', fainting: 'no', rigors: 'no',
  vomitingPreventsMedicine: 'no', diabetesOrWeakImmunity: 'no', antibiotics: { taking: 'no' },
};
const LUMP = { ...CALM, pain: 4, hoursSinceOnset: 10, lump: { present: 'yes', size: 'small', days: 1, sameSpotBefore: 'no' } };
const url = (m: Member, id: string) => `/api/households/${m.hid}/symptom-checks/${id}`;

describe.each(databases())('symptom checks API on $name', (dbCase) => {
  let t: TestApp;
  let a: Member;
  let b: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    a = await signUp(t.app);
    b = await signUp(t.app);
  });
  afterAll(async () => t.close());

  it('evaluates without saving: an urgent sign comes back urgent', async () => {
    const call = caller(t.app, a.cookie);
    const r = await call('POST', '/api/triage', { answers: { ...CALM, confusion: 'yes' } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ level: 'urgent', rulesVersion: expect.any(String) });
    expect(r.json().fired.map((f: { id: string }) => f.id)).toContain('URG-SEPSIS');
    expect((await call('GET', `/api/households/${a.hid}/symptom-checks`)).json().checks).toHaveLength(0);
    expect((await caller(t.app)('POST', '/api/triage', { answers: CALM })).statusCode).toBe(401);
  });

  it('refuses impossible temperatures and unknown answers with a 400 naming the field', async () => {
    const call = caller(t.app, a.cookie);
    const hot = await call('POST', '/api/triage', { answers: { ...CALM, temperature: { value: 50, unit: 'c' } } });
    expect(hot.statusCode).toBe(400);
    expect(Object.keys(hot.json().fields).join()).toContain('answers.temperature');
    const id = randomUUID();
    const cold = await call('PUT', url(a, id), { answers: { ...CALM, temperature: { value: 80, unit: 'f' } } });
    expect(cold.statusCode).toBe(400);
    const odd = await call('PUT', url(a, id), { answers: { ...CALM, pain: 11, mood: 'fine' } });
    expect(odd.statusCode).toBe(400);
    expect(Object.keys(odd.json().fields)).toEqual(expect.arrayContaining(['answers.pain']));
    expect((await call('GET', `/api/households/${a.hid}/symptom-checks`)).json().checks).toHaveLength(0);
  });

  it('saves a check with its result and rules version; a repeat is a no-op, different answers conflict', async () => {
    const call = caller(t.app, a.cookie);
    const id = randomUUID();
    const r1 = await call('PUT', url(a, id), { answers: CALM });
    expect(r1.statusCode).toBe(201);
    expect(r1.json()).toMatchObject({ id, result: { level: 'self-care' }, rulesVersion: expect.any(String) });
    const r2 = await call('PUT', url(a, id), { answers: CALM });
    expect(r2.statusCode).toBe(200);
    expect(r2.json()).toEqual(r1.json());
    expect((await call('PUT', url(a, id), { answers: { ...CALM, pain: 3 } })).statusCode).toBe(409);
    const list = (await call('GET', `/api/households/${a.hid}/symptom-checks`)).json().checks;
    expect(list.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await call('GET', url(a, id))).json()).toEqual(r1.json());
    expect((await call('GET', url(a, randomUUID()))).statusCode).toBe(404);
    expect((await caller(t.app, b.cookie)('GET', url(a, id))).statusCode).toBe(404);
  });

  it('raises the level when a lump persists across saved checks', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const week = new Date(Date.now() - 9 * 86_400_000).toISOString();
    const first = await call('PUT', url(m, randomUUID()), { answers: LUMP, checkedAt: week });
    expect(first.json().result.level).toBe('watch');
    const now = await call('PUT', url(m, randomUUID()), { answers: LUMP });
    expect(now.statusCode).toBe(201);
    expect(now.json().result.level).toBe('call');
    expect(now.json().result.fired.map((f: { id: string }) => f.id)).toContain('HIST-LUMP-7D');
    // The same answers in a household with no history are only a watch.
    expect((await call('POST', '/api/triage', { answers: LUMP })).json().level).toBe('watch');
  });

  it("hides another household's checks (404), needs a sign-in (401)", async () => {
    const id = randomUUID();
    await caller(t.app, a.cookie)('PUT', url(a, id), { answers: LUMP });
    const asB = caller(t.app, b.cookie);
    expect((await asB('GET', `/api/households/${a.hid}/symptom-checks`)).statusCode).toBe(404);
    expect((await asB('PUT', url(a, randomUUID()), { answers: CALM })).statusCode).toBe(404);
    expect((await caller(t.app)('GET', `/api/households/${a.hid}/symptom-checks`)).statusCode).toBe(401);
    expect((await caller(t.app)('PUT', url(a, randomUUID()), { answers: CALM })).statusCode).toBe(401);
    expect((await asB('GET', `/api/households/${b.hid}/symptom-checks`)).json().checks).toHaveLength(0);
  });

  it('refuses a check dated in the future', async () => {
    const r = await caller(t.app, a.cookie)('PUT', url(a, randomUUID()), { answers: CALM, checkedAt: '2099-01-01T00:00:00Z' });
    expect(r.statusCode).toBe(400);
    expect(r.json().fields).toHaveProperty('checkedAt');
  });
});
