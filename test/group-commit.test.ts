/**
 * Group commit on SQLite (src/db/sqlite-group-commit.ts): writes of one turn share a commit, and
 * still nobody is told a write is done before it is committed, nobody reads uncommitted data, and
 * one bad statement fails alone.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { caller, makeApp, signUp } from './harness.js';

describe('group commit on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lactea-group-'));
  let database: Database;
  let other: SQLite.Database;
  beforeAll(async () => {
    database = openDatabase(join(dir, 'app.db'));
    await migrateToLatest(database.db);
    await sql`create table t (id text primary key, v integer not null)`.execute(database.db);
    await sql`create table parent (id text primary key)`.execute(database.db);
    await sql`create table child (id text primary key, parent_id text references parent (id) deferrable initially deferred)`.execute(database.db);
    other = new SQLite(join(dir, 'app.db'), { readonly: true });
  });
  afterAll(async () => {
    other.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const db = () => database.db as unknown as Kysely<{ t: { id: string; v: number }; child: { id: string; parentId: string } }>;
  const committed = (id: string) => other.prepare('select v from t where id = ?').get(id) as { v: number } | undefined;
  /** A transaction that writes row `id`, holds on for a moment, then changes its mind. */
  const rolledBack = (id: string) =>
    db()
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('t').values({ id, v: 1 }).execute();
        await new Promise((r) => setTimeout(r, 5));
        throw new Error('changed my mind');
      });

  it('answers a write only once it is committed (another connection already sees it)', async () => {
    const ids = Array.from({ length: 20 }, () => randomUUID());
    await Promise.all(
      ids.map(async (id, i) => {
        await db().insertInto('t').values({ id, v: i }).execute();
        expect(committed(id)).toEqual({ v: i });
      }),
    );
  });

  it('fails a bad statement alone, and keeps the others of its turn', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await db().insertInto('t').values({ id: a, v: 1 }).execute();
    const results = await Promise.allSettled([
      db().insertInto('t').values({ id: b, v: 2 }).execute(),
      db().insertInto('t').values({ id: a, v: 3 }).execute(), // a duplicate key
      db().updateTable('t').set({ v: 4 }).where('id', '=', a).execute(),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed(a)).toEqual({ v: 4 });
    expect(committed(b)).toEqual({ v: 2 });
  });

  it('fails every write of a turn whose commit fails, and keeps none of them', async () => {
    const a = randomUUID();
    const results = await Promise.allSettled([
      db().insertInto('t').values({ id: a, v: 1 }).execute(),
      // Checked only at commit: there is no such parent.
      db().insertInto('child').values({ id: randomUUID(), parentId: 'nobody' }).execute(),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(committed(a)).toBeUndefined();
    // And the next turn works.
    await db().insertInto('t').values({ id: a, v: 2 }).execute();
    expect(committed(a)).toEqual({ v: 2 });
  });

  it('lets a read of the same turn see only committed data, after the writes before it', async () => {
    const a = randomUUID();
    const [, read] = await Promise.all([db().insertInto('t').values({ id: a, v: 7 }).execute(), db().selectFrom('t').select('v').where('id', '=', a).executeTakeFirst()]);
    expect(read).toEqual({ v: 7 });
    // A read never sees a write whose commit then fails.
    const b = randomUUID();
    const [, , seen] = await Promise.allSettled([
      db().insertInto('t').values({ id: b, v: 1 }).execute(),
      db().insertInto('child').values({ id: randomUUID(), parentId: 'nobody' }).execute(),
      db().selectFrom('t').select('v').where('id', '=', b).executeTakeFirst(),
    ]);
    expect(seen).toEqual({ status: 'fulfilled', value: undefined });
  });

  it('runs an explicit transaction alone: its rollback takes only its own writes', async () => {
    const [inTrx, outside] = [randomUUID(), randomUUID()];
    const results = await Promise.allSettled([
      rolledBack(inTrx),
      db().insertInto('t').values({ id: outside, v: 2 }).execute(),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(committed(inTrx)).toBeUndefined();
    expect(committed(outside)).toEqual({ v: 2 });
  });

  it('reuses connection handles without ever sharing one with a transaction', async () => {
    // Reuse: Kysely keeps each connection it is given in a WeakSet, so a new one per query cost the GC.
    const seen = new Set<unknown>();
    await db().getExecutor().provideConnection(async (c) => void seen.add(c));
    for (let i = 0; i < 50; i++) await db().getExecutor().provideConnection(async (c) => void seen.add(c));
    expect(seen.size).toBe(1);
    // A transaction holds its handle: the many queries around it get others and stay out of it.
    const inTrx = randomUUID();
    const around = Array.from({ length: 20 }, () => randomUUID());
    const results = await Promise.allSettled([
      rolledBack(inTrx),
      ...around.map((id, i) => db().insertInto('t').values({ id, v: i }).execute()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', ...around.map(() => 'fulfilled')]);
    expect(committed(inTrx)).toBeUndefined();
    expect(around.map((id) => committed(id)?.v)).toEqual(around.map((_, i) => i));
  });

  it('keeps idempotent PUTs exact when many arrive at once, the same id among them', async () => {
    const t = await makeApp({ name: 'sqlite', url: ':memory:' });
    try {
      const m = await signUp(t.app);
      const call = caller(t.app, m.cookie);
      const body = { kind: 'pump', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:20:00Z', leftMl: 60, rightMl: 75 };
      const same = randomUUID();
      const url = (id: string) => `/api/households/${m.hid}/sessions/${id}`;
      const rs = await Promise.all([...Array.from({ length: 30 }, () => call('PUT', url(randomUUID()), body)), ...Array.from({ length: 5 }, () => call('PUT', url(same), body))]);
      expect(rs.slice(0, 30).every((r) => r.statusCode === 201)).toBe(true);
      expect(rs.slice(30).map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
      const list = await call('GET', `/api/households/${m.hid}/sessions?limit=200`);
      expect(list.json().sessions).toHaveLength(31);
    } finally {
      await t.close();
    }
  });
});
