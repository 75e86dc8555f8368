import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../src/domain/triage/index.js';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

/** A check about the breast, as the wizard of rules version 2 sends it, nothing wrong. */
const CALM = {
  about: ['breast'], side: 'left', where: 2, lump: { present: 'no' }, redness: { present: 'no' }, pain: 0, temperature: { value: 36.8, unit: 'c' },
  fluLike: 'no', hoursSinceOnset: 2, trend: 'same', nippleFluid: 'none', possibleAbscess: 'no', skinBreakdown: 'no',
  feelingVeryUnwell: 'no', confusion: 'no', blueOrBlotchySkin: 'no', breathless: 'no', noUrineAllDay: 'no', fainting: 'no',
  fastHeartbeat: 'no', rigors: 'no', feelsVeryCold: 'no', vomitingPreventsMedicine: 'no', diabetes: 'no', weakImmunity: 'no',
  antibiotics: { taking: 'no' },
};
/** The same, as the first rules version's wizard sent it (saved checks and queued ones still read). */
const CALM_V1 = {
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

  it('evaluates without saving: an emergency sign comes back emergency, with the emergency number for her', async () => {
    const call = caller(t.app, a.cookie);
    const r = await call('POST', '/api/triage', { answers: { ...CALM, confusion: 'yes' } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ level: 'emergency', rulesVersion: RULES_VERSION, contacts: [{ who: 'parent', kind: 'emergency' }] });
    expect(r.json().fired.map((f: { id: string }) => f.id)).toContain('EMERG-CONFUSION');
    const urgent = await call('POST', '/api/triage', { answers: { ...CALM, rigors: 'yes' } });
    expect(urgent.json()).toMatchObject({ level: 'urgent', contacts: [{ who: 'parent', kind: 'urgent-line' }] });
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
    expect(now.json().result.fired.map((f: { id: string }) => f.id)).toContain('HIST-PERSISTENT');
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

  it('reads the first version’s answers (a check queued on a phone before an update) into today’s questions', async () => {
    const call = caller(t.app, a.cookie);
    const r = await call('POST', '/api/triage', { answers: { ...CALM_V1, fastHeartOrBreathing: 'yes' } });
    expect(r.statusCode).toBe(200);
    expect(r.json().fired.map((f: { id: string }) => f.id)).toContain('URG-SEPSIS');
    const saved = await call('PUT', url(a, randomUUID()), { answers: CALM_V1 });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().answers).toMatchObject({ diabetes: 'no', weakImmunity: 'no', nippleFluid: 'none', fastHeartbeat: 'no', breathless: 'no' });
    expect(saved.json().answers).not.toHaveProperty('pusOrBlood');
  });

  it('keeps a check saved by the first rules version as it was, and counts it as history for a new one', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const id = randomUUID();
    const oldAnswers = { ...CALM_V1, pain: 4, lump: { present: 'yes', size: 'small', days: 1, sameSpotBefore: 'no' } };
    const oldResult = {
      level: 'watch',
      rulesVersion: '2026-11-23.1',
      fired: [{ id: 'WATCH-TENDER', level: 'watch', reason: { en: 'You have a tender area or a lump.', es: 'Tienes una zona dolorida o un bulto.' }, citations: ['ABM36'] }],
      nextSteps: [],
      avoid: [],
      fitRoutines: [],
      avoidRoutines: ['hands-on-pumping'],
      recheckInHours: { min: 12, max: 24 },
      citations: ['ABM36'],
      disclaimer: { en: 'Not a diagnosis.', es: 'No es un diagnóstico.' },
    };
    const checkedAt = new Date(Date.now() - 9 * 86_400_000).toISOString();
    await t.database.db
      .insertInto('symptomChecks')
      .values({ householdId: m.hid, id, checkedAt, answers: JSON.stringify(oldAnswers), result: JSON.stringify(oldResult), level: 'watch', rulesVersion: '2026-11-23.1', createdAt: checkedAt, createdBy: m.userId })
      .execute();
    const old = await call('GET', url(m, id));
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({ rulesVersion: '2026-11-23.1', answers: oldAnswers, result: oldResult });
    const now = await call('PUT', url(m, randomUUID()), { answers: { ...CALM, pain: 4, hoursSinceOnset: 3, lump: { present: 'yes', size: 'small', days: 1, sameSpotBefore: 'no' } } });
    expect(now.json()).toMatchObject({ rulesVersion: RULES_VERSION, result: { level: 'call' } });
    expect(now.json().result.fired.map((f: { id: string }) => f.id)).toContain('HIST-PERSISTENT');
    const list = (await call('GET', `/api/households/${m.hid}/symptom-checks`)).json().checks;
    expect(list.map((c: { rulesVersion: string }) => c.rulesVersion)).toEqual([RULES_VERSION, '2026-11-23.1']);
  });
});
