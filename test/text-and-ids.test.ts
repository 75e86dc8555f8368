/**
 * Two kinds of input every route shares: text with a NUL character (which PostgreSQL cannot store)
 * is a 400 naming the field on both databases, never a 500 and never half-written; and ids in any
 * case name the same record (they are kept in lower case).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const pump = { kind: 'pump', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:20:00Z', leftMl: 60, rightMl: 75 };

describe.each(databases())('text and ids on $name', (dbCase) => {
  let t: TestApp;
  let m: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    m = await signUp(t.app);
  });
  afterAll(async () => t.close());

  it('refuses a NUL character in a note, a baby, a household name and a query with 400 naming the field', async () => {
    const call = caller(t.app, m.cookie);
    const id = randomUUID();
    const note = await call('PUT', `/api/households/${m.hid}/sessions/${id}`, { ...pump, notes: 'before\u0000after' });
    expect(note.statusCode).toBe(400);
    expect(note.json()).toMatchObject({ error: 'bad_request', fields: { notes: 'must not contain NUL characters' } });
    expect((await call('GET', `/api/households/${m.hid}/sessions/${id}`)).statusCode).toBe(404);
    const baby = await call('POST', `/api/households/${m.hid}/babies`, { name: 'A\u0000' });
    expect(baby.statusCode).toBe(400);
    expect(baby.json().fields).toEqual({ name: 'must not contain NUL characters' });
    expect((await call('GET', `/api/households/${m.hid}/babies`)).json().babies).toEqual([]);
    const home = await call('POST', '/api/households', { name: '\u0000' });
    expect(home.statusCode).toBe(400);
    expect(home.json().fields).toEqual({ name: 'must not contain NUL characters' });
    const segment = await call('PUT', `/api/households/${m.hid}/sessions/${id}`, { ...pump, kind: 'nurse', segments: [{ side: 'le\u0000ft', start: pump.startedAt, end: pump.endedAt }] });
    expect(segment.json().fields).toEqual({ 'segments.0.side': 'must not contain NUL characters' });
    const check = await call('PUT', `/api/households/${m.hid}/symptom-checks/${randomUUID()}`, { answers: { ['si\u0000de']: 'left' } });
    expect(check.statusCode).toBe(400);
    const q = await call('GET', `/api/households/${m.hid}/sessions?cursor=%00`);
    expect(q.statusCode).toBe(400);
    expect(q.json().fields).toEqual({ cursor: 'must not contain NUL characters' });
    // Still fine without it.
    expect((await call('PUT', `/api/households/${m.hid}/sessions/${id}`, { ...pump, notes: 'before after' })).statusCode).toBe(201);
  });

  it('upper-case ids name the same records as lower-case ones, in paths, queries and bodies', async () => {
    const call = caller(t.app, m.cookie);
    const HID = m.hid.toUpperCase();
    const baby = (await call('POST', `/api/households/${HID}/babies`, { name: 'Ada' })).json();
    expect(baby.householdId).toBe(m.hid);
    const id = randomUUID();
    const put = await call('PUT', `/api/households/${HID}/sessions/${id.toUpperCase()}`, { ...pump, babyId: baby.id.toUpperCase() });
    expect(put.statusCode).toBe(201);
    expect(put.json()).toMatchObject({ id, householdId: m.hid, babyId: baby.id });
    expect((await call('GET', `/api/households/${HID}/sessions/${id}`)).json().id).toBe(id);
    expect((await call('GET', `/api/households/${m.hid}/sessions/${id.toUpperCase()}`)).json().id).toBe(id);
    const list = await call('GET', `/api/households/${HID}/sessions?baby=${baby.id.toUpperCase()}`);
    expect(list.json().sessions.map((s: { id: string }) => s.id)).toEqual([id]);
    expect((await call('PATCH', `/api/households/${HID}/babies/${baby.id.toUpperCase()}`, { name: 'Ada L.' })).json().name).toBe('Ada L.');
    const cmct = await call('PUT', `/api/households/${HID}/creamatocrit/${randomUUID().toUpperCase()}`, { measuredAt: pump.startedAt, cmctPercent: 5, sample: 'hind', massage: false, sessionId: id.toUpperCase() });
    expect(cmct.statusCode).toBe(201);
    expect(cmct.json().sessionId).toBe(id);
    expect(cmct.json().id).toBe(cmct.json().id.toLowerCase());
    expect((await call('DELETE', `/api/households/${HID}/sessions/${id.toUpperCase()}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/households/${m.hid}/sessions/${id}`)).statusCode).toBe(404);
  });
});
