/** Ended sign-ins, invites closed a month ago and access-log entries over a year old are pruned; nothing else. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneExpired } from '../src/services/pruning.js';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

describe.each(databases())('pruning on $name', (dbCase) => {
  let t: TestApp;
  let m: Member;
  beforeAll(async () => {
    t = await makeApp(dbCase);
    m = await signUp(t.app);
  });
  afterAll(async () => t.close());

  it('removes what has run its time and keeps the rest', async () => {
    const db = t.database.db;
    await db.insertInto('authSessions').values([
      { id: `old-${randomUUID()}`, userId: m.userId, createdAt: ago(40), expiresAt: ago(10), userAgent: null },
      { id: `live-${randomUUID()}`, userId: m.userId, createdAt: ago(1), expiresAt: ago(-29), userAgent: null },
    ]).execute();
    const invite = (over: Partial<{ expiresAt: string; acceptedAt: string | null; revokedAt: string | null }>) => ({
      householdId: m.hid, id: randomUUID(), tokenHash: randomUUID(), role: 'caregiver', expiresAt: ago(-7), accessExpiresAt: null, createdBy: m.userId, createdAt: ago(60),
      acceptedBy: null, acceptedAt: null, revokedAt: null, ...over,
    });
    const keep = [invite({}), invite({ acceptedAt: ago(3) }), invite({ expiresAt: ago(2) })];
    const drop = [invite({ acceptedAt: ago(31) }), invite({ revokedAt: ago(45) }), invite({ expiresAt: ago(40) })];
    await db.insertInto('invites').values([...keep, ...drop]).execute();
    const log = (at: string) => ({ householdId: m.hid, id: randomUUID(), at, userId: m.userId, role: 'consultant', action: 'read', method: 'GET', route: '/x', resourceId: null });
    const recent = log(ago(300));
    await db.insertInto('accessLog').values([recent, log(ago(366)), log(ago(800))]).execute();

    expect(await pruneExpired(db)).toEqual({ signIns: 1, invites: 3, accessLog: 2 });
    expect((await db.selectFrom('authSessions').select('id').where('userId', '=', m.userId).execute()).map((r) => r.id.split('-')[0]).sort()).toEqual(['live', expect.any(String)].sort());
    expect((await db.selectFrom('invites').select('id').where('householdId', '=', m.hid).execute()).map((r) => r.id).sort()).toEqual(keep.map((i) => i.id).sort());
    expect((await db.selectFrom('accessLog').select('id').where('householdId', '=', m.hid).execute()).map((r) => r.id)).toEqual([recent.id]);
    // Her own sign-in still works.
    expect((await caller(t.app, m.cookie)('GET', '/api/me')).statusCode).toBe(200);
    expect(await pruneExpired(db)).toEqual({ signIns: 0, invites: 0, accessLog: 0 });
  });
});
