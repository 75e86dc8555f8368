import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySessionInput } from '../src/domain/session.js';
import { nappyResource } from '../src/services/baby-records.js';
import { putSession } from '../src/services/sessions.js';
import { putRecord } from '../src/services/versioned.js';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const bottle = (ml: number) => ({ kind: 'bottle', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:05:00Z', volumeMl: ml, milkType: 'breast' });

describe.each(databases())('changes feed on $name', (dbCase) => {
  let t: TestApp;
  let owner: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    owner = await signUp(t.app);
  });
  afterAll(async () => t.close());

  it("shows one device another's new, edited and deleted records", async () => {
    const phone = caller(t.app, owner.cookie);
    const feed = (since?: string) => phone('GET', `/api/households/${owner.hid}/changes${since ? `?since=${encodeURIComponent(since)}` : ''}`);
    const a = randomUUID();
    const b = randomUUID();
    await phone('PUT', `/api/households/${owner.hid}/sessions/${a}`, bottle(60));
    await phone('PUT', `/api/households/${owner.hid}/sessions/${b}`, bottle(70));
    const first = (await feed()).json();
    expect(first.sessions.map((s: { id: string }) => s.id).sort()).toEqual([a, b].sort());
    expect(first.more).toBe(false);
    // The partner edits one and deletes the other.
    await phone('PUT', `/api/households/${owner.hid}/sessions/${a}`, { ...bottle(65), version: 1 });
    await phone('DELETE', `/api/households/${owner.hid}/sessions/${b}`);
    const second = (await feed(first.next)).json();
    const byId = new Map<string, { version: number; volumeMl: number; deletedAt: string | null }>(second.sessions.map((s: { id: string }) => [s.id, s]));
    expect(byId.get(a)).toMatchObject({ version: 2, volumeMl: 65 });
    expect(byId.get(b)?.deletedAt).not.toBeNull();
    expect((await feed('garbage')).json().fields).toHaveProperty('since');
  });

  it("'now' gives a position that sees only what changes after it", async () => {
    const m = await signUp(t.app);
    const call = caller(t.app, m.cookie);
    const before = randomUUID();
    await call('PUT', `/api/households/${m.hid}/sessions/${before}`, bottle(40));
    const start = (await call('GET', `/api/households/${m.hid}/changes?since=now`)).json();
    expect(start).toMatchObject({ sessions: [], symptomCheckIds: [], more: false });
    const after = randomUUID();
    await call('PUT', `/api/households/${m.hid}/sessions/${after}`, bottle(45));
    const next = (await call('GET', `/api/households/${m.hid}/changes?since=${encodeURIComponent(start.next)}`)).json();
    // The overlap window may repeat a record written just before; the new one is always there.
    expect(next.sessions.map((s: { id: string }) => s.id)).toContain(after);
  });

  it('pages a long backlog even when every change has the same timestamp', async () => {
    const m = await signUp(t.app);
    const when = new Date('2026-01-20T12:00:00Z');
    const ids = new Set<string>();
    for (let i = 0; i < 1203; i++) {
      const id = randomUUID();
      ids.add(id);
      await putSession(t.database.db, { userId: m.userId }, m.hid, id, { ...emptySessionInput('bottle', '2026-01-20T11:00:00.000Z'), volumeMl: 50 + (i % 50) }, undefined, when);
    }
    const seen = new Set<string>();
    let since: string | undefined;
    let pages = 0;
    for (;;) {
      const r = (await caller(t.app, m.cookie)('GET', `/api/households/${m.hid}/changes${since ? `?since=${encodeURIComponent(since)}` : ''}`)).json();
      for (const s of r.sessions) seen.add(s.id);
      pages += 1;
      since = r.next;
      if (!r.more) break;
      expect(pages).toBeLessThan(10);
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(ids);
  }, 120_000);

  it('pages symptom checks too, beyond the first 500, alongside sessions', async () => {
    const m = await signUp(t.app);
    const at = '2026-01-21T08:00:00.000Z';
    const checkIds = new Set<string>();
    const rows = Array.from({ length: 1100 }, () => {
      const id = randomUUID();
      checkIds.add(id);
      return { householdId: m.hid, id, checkedAt: at, answers: '{}', result: '{"level":"self-care"}', level: 'self-care', rulesVersion: 'test', createdAt: at, createdBy: m.userId };
    });
    for (let i = 0; i < rows.length; i += 100) await t.database.db.insertInto('symptomChecks').values(rows.slice(i, i + 100)).execute();
    const sessionIds = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const id = randomUUID();
      sessionIds.add(id);
      await caller(t.app, m.cookie)('PUT', `/api/households/${m.hid}/sessions/${id}`, bottle(40 + i));
    }
    const seenChecks = new Set<string>();
    const seenSessions = new Set<string>();
    let since: string | undefined;
    let pages = 0;
    for (;;) {
      const r = await caller(t.app, m.cookie)('GET', `/api/households/${m.hid}/changes${since ? `?since=${encodeURIComponent(since)}` : ''}`);
      expect(r.statusCode).toBe(200);
      const body = r.json();
      for (const id of body.symptomCheckIds) seenChecks.add(id);
      for (const s of body.sessions) seenSessions.add(s.id);
      pages += 1;
      since = body.next;
      if (!body.more) break;
      expect(pages).toBeLessThan(10);
    }
    expect(pages).toBe(3);
    expect(seenChecks).toEqual(checkIds);
    expect(seenSessions).toEqual(sessionIds);
    // The next poll after the backlog brings nothing new but what the overlap repeats.
    const after = (await caller(t.app, m.cookie)('GET', `/api/households/${m.hid}/changes?since=${encodeURIComponent(since ?? '')}`)).json();
    expect(after.more).toBe(false);
  }, 120_000);
});

describe.each(databases())('changes feed of the baby’s side and care notes on $name', (dbCase) => {
  it('carries nappies, weights and care notes with sessions, and pages a backlog of each kind', async () => {
    const t = await makeApp(dbCase);
    try {
      const owner = await signUp(t.app);
      const lc = await signUp(t.app);
      const inv = (await caller(t.app, owner.cookie)('POST', `/api/households/${owner.hid}/shares`, { role: 'consultant', accessExpiresAt: null })).json();
      await caller(t.app, lc.cookie)('POST', `/api/invites/${inv.token}/accept`);
      const call = caller(t.app, owner.cookie);
      const baby = (await call('POST', `/api/households/${owner.hid}/babies`, { name: 'Ada', birthDate: '2026-01-10' })).json().id;
      const start = (await call('GET', `/api/households/${owner.hid}/changes?since=now`)).json();
      const nappy = randomUUID();
      const weight = randomUUID();
      const note = randomUUID();
      await call('PUT', `/api/households/${owner.hid}/nappies/${nappy}`, { babyId: baby, changedAt: '2026-01-15T10:00:00Z', kind: 'wet' });
      await call('PUT', `/api/households/${owner.hid}/weights/${weight}`, { babyId: baby, measuredAt: '2026-01-15T10:00:00Z', grams: 3300 });
      await caller(t.app, lc.cookie)('PUT', `/api/households/${owner.hid}/care-notes/${note}`, { notedAt: '2026-01-15T10:00:00Z', body: 'Weigh on Friday.' });
      await call('DELETE', `/api/households/${owner.hid}/nappies/${nappy}`);
      const r = (await call('GET', `/api/households/${owner.hid}/changes?since=${encodeURIComponent(start.next)}`)).json();
      expect(r.nappies.map((n: { id: string; deletedAt: string | null }) => [n.id, n.deletedAt !== null])).toEqual([[nappy, true]]);
      expect(r.weights.map((w: { id: string }) => w.id)).toEqual([weight]);
      expect(r.careNotes.map((n: { id: string; body: string }) => n.body)).toEqual(['Weigh on Friday.']);

      // A backlog of mixed kinds written at one instant still pages without loss or repeat.
      const m = await signUp(t.app);
      const b = (await caller(t.app, m.cookie)('POST', `/api/households/${m.hid}/babies`, { name: 'B', birthDate: null })).json().id;
      const when = new Date('2026-01-20T12:00:00Z');
      const ids = new Set<string>();
      for (let i = 0; i < 1040; i++) {
        const id = randomUUID();
        ids.add(id);
        if (i % 2) await putSession(t.database.db, { userId: m.userId }, m.hid, id, { ...emptySessionInput('bottle', '2026-01-20T11:00:00.000Z'), volumeMl: 60 }, undefined, when);
        else await putRecord(t.database.db, nappyResource, { userId: m.userId }, m.hid, id, { babyId: b, changedAt: '2026-01-20T11:00:00.000Z', kind: 'wet', colour: null, pinkUrates: false, notes: '' }, undefined, when);
      }
      const seen: string[] = [];
      let since: string | undefined;
      let pages = 0;
      for (let page = 0; ; page++) {
        pages += 1;
        const p = (await caller(t.app, m.cookie)('GET', `/api/households/${m.hid}/changes${since ? `?since=${encodeURIComponent(since)}` : ''}`)).json();
        seen.push(...p.sessions.map((s: { id: string }) => s.id), ...p.nappies.map((s: { id: string }) => s.id));
        since = p.next;
        if (!p.more) break;
        expect(page).toBeLessThan(3);
      }
      expect(pages).toBe(2);
      expect(seen).toHaveLength(1040);
      expect(new Set(seen)).toEqual(ids);
    } finally {
      await t.close();
    }
  }, 120_000);
});
