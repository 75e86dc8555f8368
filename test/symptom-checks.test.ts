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

  /** A check stored as an earlier rules version saved it: its answers and result as they were then. */
  const storeOldCheck = (m: Member, id: string, checkedAt: string, answers: object, result: { level: string; rulesVersion: string }) =>
    t.database.db
      .insertInto('symptomChecks')
      .values({ householdId: m.hid, id, checkedAt, answers: JSON.stringify(answers), result: JSON.stringify(result), level: result.level, rulesVersion: result.rulesVersion, createdAt: checkedAt, createdBy: m.userId })
      .execute();

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

  it('reads the questions of rules 2026-12-03.3: a wound, the skin, another fluid, burning nipples, urates and weight; a bad value is a 400 naming it', async () => {
    const call = caller(t.app, a.cookie);
    const wound = await call('POST', '/api/triage', { answers: { ...CALM, about: ['unwell'], recentSurgery: 'yes', woundSign: 'yes' } });
    expect(wound.statusCode).toBe(200);
    expect(wound.json()).toMatchObject({ level: 'call', rulesVersion: RULES_VERSION, contacts: [{ who: 'parent', kind: 'clinician' }] });
    expect(wound.json().fired.map((f: { id: string }) => f.id)).toEqual(['CALL-WOUND']);
    const ill = await call('POST', '/api/triage', { answers: { ...CALM, about: ['unwell'], recentSurgery: 'yes', woundSign: 'yes', temperature: { value: 38.2, unit: 'c' } } });
    expect(ill.json()).toMatchObject({ level: 'urgent', contacts: [{ who: 'parent', kind: 'urgent-line' }] });
    const nipple = await call('POST', '/api/triage', { answers: { ...CALM, about: ['nipple'], nippleDamage: 'sore', nippleBurning: 'yes', nippleFluid: 'other', otherFluidOneSideOrLump: 'yes' } });
    expect(nipple.json().fired.map((f: { id: string }) => f.id).sort()).toEqual(['CALL-NIPPLE-BURNING', 'CALL-NIPPLE-DISCHARGE']);
    const baby = await call('POST', '/api/triage', { answers: { about: ['baby'], daysSinceBirth: 4, babyPinkUrates: 'yes', babyWeightLossOver10: 'yes' } });
    expect(baby.json()).toMatchObject({ level: 'call', contacts: [{ who: 'baby', kind: 'clinician' }] });
    // Saved (in a household of its own: the other tests count a's checks), and read back with the new answers.
    const c = await signUp(t.app);
    const id = randomUUID();
    const saved = await caller(t.app, c.cookie)('PUT', url(c, id), { answers: { ...CALM, skinDimpledOrBruised: 'yes' } });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ answers: { skinDimpledOrBruised: 'yes' }, result: { level: 'call' } });
    expect((await caller(t.app, c.cookie)('GET', url(c, id))).json()).toMatchObject({ answers: { skinDimpledOrBruised: 'yes', woundSign: 'unknown' } });
    // Bad values: a 400 naming each field, nothing saved.
    for (const field of ['recentSurgery', 'woundSign', 'skinDimpledOrBruised', 'otherFluidOneSideOrLump', 'nippleBurning', 'babyPinkUrates', 'babyWeightLossOver10']) {
      const bad = await call('POST', '/api/triage', { answers: { ...CALM, [field]: 'maybe' } });
      expect(bad.statusCode, field).toBe(400);
      expect(Object.keys(bad.json().fields), field).toEqual([`answers.${field}`]);
    }
    const badId = randomUUID();
    const bad = await call('PUT', url(a, badId), { answers: { ...CALM, nippleFluid: 'discharge', woundSign: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['answers.nippleFluid', 'answers.woundSign']);
    expect((await call('GET', url(a, badId))).statusCode).toBe(404);
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

  it('gives the review’s under-called answers their level: blank antibiotic hours, a baby with no wet nappy, very unwell with a red breast', async () => {
    const call = caller(t.app, a.cookie);
    const red = { present: 'yes', area: 'small', spreading: 'no', streaks: 'unknown' };
    const antibiotics = await call('POST', '/api/triage', { answers: { ...CALM, redness: red, pain: 4, hoursSinceOnset: 'unknown', antibiotics: { taking: 'yes', hoursSinceStart: 'unknown' } } });
    expect(antibiotics.json()).toMatchObject({ level: 'call', rulesVersion: RULES_VERSION });
    expect(antibiotics.json().fired.map((f: { id: string }) => f.id)).toEqual(['CALL-ANTIBIOTICS-HOURS-UNKNOWN']);
    const baby = { about: ['baby'], babyFeeding: 'well', babyHardToWake: 'no', babyBreathingPausesOrBlue: 'no', babyMottledCold: 'no', babyFit: 'no', babyWetNappies24h: 0, babyDirtyNappies24h: 2, babyYellow: 'no', babyPaleStools: 'no', daysSinceBirth: 10 };
    const dry = await call('POST', '/api/triage', { answers: baby });
    expect(dry.json()).toMatchObject({ level: 'emergency', contacts: [{ who: 'baby', kind: 'emergency' }] });
    const unwell = await call('POST', '/api/triage', { answers: { ...CALM, feelingVeryUnwell: 'yes', redness: red, pain: 5 } });
    expect(unwell.json()).toMatchObject({ level: 'urgent', contacts: [{ who: 'parent', kind: 'urgent-line' }] });
    expect(unwell.json().fired.map((f: { id: string }) => f.id)).toEqual(['URG-UNWELL-BREAST']);
  });

  it('keeps a check saved by rules 2026-12-03.1 as it was: its level, its reasons and its version', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const id = randomUUID();
    const answers = { ...CALM, temperature: { value: 38.6, unit: 'c' }, pain: 5, redness: { present: 'yes', area: 'unknown', spreading: 'no', streaks: 'no' } };
    const reason = (en: string) => ({ en, es: en });
    const oldResult = {
      level: 'call',
      rulesVersion: '2026-12-03.1',
      fired: [
        { id: 'CALL-FEVER-385', level: 'call', who: 'parent', reason: reason('A temperature of 38.5 °C (101.3 °F) or more.'), citations: ['ABM4'], own: false },
        { id: 'CALL-FEVER-38', level: 'call', who: 'parent', reason: reason('A temperature of 38.0 °C or more.'), citations: ['UIHC', 'ABM4'], own: false },
        { id: 'WATCH-TENDER', level: 'watch', who: 'parent', reason: reason('You have a tender area or a lump.'), citations: ['ABM36'], own: false },
      ],
      contacts: [{ who: 'parent', kind: 'clinician' }],
      nextSteps: [],
      avoid: [],
      fitRoutines: [],
      avoidRoutines: ['hands-on-pumping'],
      recheckInHours: null,
      citations: ['ABM4', 'ABM36', 'UIHC'],
      disclaimer: { en: 'Not a diagnosis.', es: 'No es un diagnóstico.' },
    };
    const checkedAt = new Date(Date.now() - 3_600_000).toISOString();
    await storeOldCheck(m, id, checkedAt, answers, oldResult);
    const old = await call('GET', url(m, id));
    expect(old.json()).toMatchObject({ rulesVersion: '2026-12-03.1', result: oldResult });
    const again = await call('PUT', url(m, randomUUID()), { answers });
    expect(again.json()).toMatchObject({ rulesVersion: RULES_VERSION, result: { level: 'call' } });
    expect(RULES_VERSION).not.toBe('2026-12-03.1');
    expect(again.json().result.fired.map((f: { id: string }) => f.id)).toEqual(['CALL-FEVER-385', 'HIST-FEVER-48H']);
  });

  it('keeps a check saved by rules 2026-12-03.3 as it was; the same answers now also note the fluid and the unknown age (QA 19 L2, L3)', async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const id = randomUUID();
    const answers = { ...CALM, temperature: { value: 38.6, unit: 'c' }, nippleFluid: 'other', otherFluidOneSideOrLump: 'no' };
    const fever = { en: 'A temperature of 38.5 °C (101.3 °F) or more is a reason to contact your midwife or doctor today.', es: 'Una temperatura de 38,5 °C (101,3 °F) o más es motivo para contactar hoy con tu matrona o tu médico.' };
    const oldResult = {
      level: 'call',
      rulesVersion: '2026-12-03.3',
      fired: [{ id: 'CALL-FEVER-385', level: 'call', who: 'parent', reason: fever, citations: ['ABM4'], own: false }],
      contacts: [{ who: 'parent', kind: 'clinician' }],
      nextSteps: [],
      avoid: [],
      fitRoutines: [],
      avoidRoutines: ['hands-on-pumping'],
      recheckInHours: null,
      citations: ['ABM4'],
      disclaimer: { en: 'Not a diagnosis.', es: 'No es un diagnóstico.' },
    };
    // Saved more than 48 h ago, so its fever is not history for the new check (HIST-FEVER-48H).
    const checkedAt = new Date(Date.now() - 50 * 3_600_000).toISOString();
    await storeOldCheck(m, id, checkedAt, answers, oldResult);
    const old = await call('GET', url(m, id));
    expect(old.json()).toMatchObject({ rulesVersion: '2026-12-03.3', result: oldResult });
    expect(old.json().result.fired).toHaveLength(1);
    const again = await call('PUT', url(m, randomUUID()), { answers });
    expect(RULES_VERSION).toBe('2026-12-03.4');
    expect(again.json()).toMatchObject({ rulesVersion: RULES_VERSION, result: { level: 'call' } });
    expect(again.json().result.fired.map((f: { id: string; level: string }) => [f.id, f.level])).toEqual([
      ['CALL-FEVER-385', 'call'],
      ['WATCH-NIPPLE-DISCHARGE', 'watch'],
    ]);
    // L3: the baby's age is spoken of only when it is not known.
    const baby = { about: ['baby'], babyPinkUrates: 'yes', babyWetNappies24h: 6, babyDirtyNappies24h: 2, babyHoursSinceWet: 2 };
    const urates = async (daysSinceBirth: number | 'unknown') =>
      (await call('POST', '/api/triage', { answers: { ...baby, daysSinceBirth } })).json().fired.find((f: { id: string }) => f.id === 'BABY-CALL-PINK-URATES').reason;
    expect((await urates(4)).en).not.toMatch(/does not know/);
    expect((await urates(4)).es).not.toMatch(/no sabe/);
    expect((await urates('unknown')).en).toMatch(/Lactea does not know your baby's age/);
    expect((await urates('unknown')).es).toMatch(/Lactea no sabe la edad de tu bebé/);
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
    await storeOldCheck(m, id, checkedAt, oldAnswers, oldResult);
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
