/**
 * On SQLite, what a deleted account held does not stay readable in the database file's free pages:
 * after the deletion is checkpointed into the file, neither her notes nor her email are in its bytes.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { buildApp } from '../src/server/app.js';
import { caller, signUp } from './harness.js';

describe('account deletion on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lactea-secure-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves neither her notes nor her email in the file', async () => {
    const file = join(dir, 'app.db');
    const database = openDatabase(file);
    await migrateToLatest(database.db);
    const app = await buildApp(loadConfig({}, { logLevel: 'silent', webRoot: '/nonexistent', databaseUrl: file }), database);
    const email = `very-private-${randomUUID()}@example.org`;
    const secret = `NOTE-${randomUUID()}`;
    try {
      const m = await signUp(app, email);
      const call = caller(app, m.cookie);
      for (let i = 0; i < 40; i++) {
        const r = await call('PUT', `/api/households/${m.hid}/sessions/${randomUUID()}`, {
          kind: 'pump', startedAt: new Date(Date.now() - 7_200_000 - i * 60_000).toISOString(), endedAt: new Date(Date.now() - 3_600_000).toISOString(), leftMl: 40, notes: `${secret} ${'x'.repeat(200)}`,
        });
        expect(r.statusCode).toBe(201);
      }
      // Someone else stays, so the file keeps its pages.
      await signUp(app);
      database.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
      expect(readFileSync(file).includes(secret)).toBe(true);
      expect((await call('DELETE', '/api/me', { confirm: email })).statusCode).toBe(204);
      database.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
      const bytes = readFileSync(file);
      expect(bytes.includes(secret)).toBe(false);
      expect(bytes.includes(email)).toBe(false);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
