import { randomUUID } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Kysely, sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { databases, makeApp, signUp, type TestApp } from './harness.js';

describe.each(databases())('operations on $name', (dbCase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeApp(dbCase);
  });
  afterAll(async () => t.close());

  it('reports health with the version and the database', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/), database: 'ok' });
  });

  it('compresses large API reads for a client that asks, and nothing else', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [encoding, unzip] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const r = await t.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': `${encoding}` } });
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(String(r.headers.vary)).toMatch(/accept-encoding/i);
      expect(r.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(r.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(unzip(r.rawPayload).toString()).toBe(plain.body);
    }
    // A write answers one record, never compressed, even a long one; a request body is never inflated.
    const m = await signUp(t.app);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/households/${m.hid}/sessions/${randomUUID()}`,
      headers: { cookie: m.cookie, 'accept-encoding': 'br, gzip' },
      payload: { kind: 'bottle', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:10:00Z', volumeMl: 90, milkType: 'breast', notes: 'n'.repeat(1500) },
    });
    expect(put.statusCode, put.body).toBe(201);
    expect(put.headers['content-encoding']).toBeUndefined();
    expect(put.json().notes).toHaveLength(1500);
    const zipped = await t.app.inject({
      method: 'PUT',
      url: `/api/households/${m.hid}/sessions/${randomUUID()}`,
      headers: { cookie: m.cookie, 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ kind: 'bottle', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:10:00Z', volumeMl: 90, milkType: 'breast' })),
    });
    expect(zipped.statusCode).toBe(400);
  });

  it('publishes an OpenAPI 3 document listing every API route, and readable docs', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const routes = t.app.printRoutes({ commonPrefix: false });
    for (const path of ['/api/auth/signup', '/api/me', '/api/households/{hid}/sessions/{id}', '/api/households/{hid}/babies']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/households/{hid}/sessions/{id}'].put.requestBody).toBeDefined();
    // Public routes say they need no sign-in; the others keep the cookie.
    for (const [path, method] of [['/api/auth/signup', 'post'], ['/api/auth/login', 'post'], ['/api/routines', 'get'], ['/api/invites/{token}', 'get'], ['/healthz', 'get']] as const) {
      expect(doc.paths[path]?.[method]?.security, `${method} ${path}`).toEqual([]);
    }
    expect(doc.paths['/api/me'].get.security).toBeUndefined();
    // 403: any write (a cross-site one is refused), and household routes a role may not use.
    for (const [path, method] of [['/api/households/{hid}/sessions/{id}', 'put'], ['/api/households/{hid}/sessions/{id}', 'delete'], ['/api/me/preferences', 'put'], ['/api/auth/signup', 'post'], ['/api/households/{hid}/shares', 'get']] as const) {
      expect(Object.keys(doc.paths[path][method].responses), `${method} ${path}`).toContain('403');
    }
    expect(Object.keys(doc.paths['/api/households/{hid}/sessions'].get.responses)).not.toContain('403');
    expect(routes).toContain('/api/docs');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    // Nothing from third parties on the docs page either.
    expect(String(docs.headers['content-security-policy'])).not.toMatch(/swagger\.io|https:/);
    const init = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(init.body).toContain('"validatorUrl":null');
  });

  it("sends pages a strict CSP and other security headers, without upgrade-insecure-requests", async () => {
    // Anything not under /api is a page or a file of the web app (here a missing one).
    const r = await t.app.inject({ method: 'GET', url: '/missing.png' });
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends API answers the short API set: nothing may load, frame or store them', async () => {
    for (const url of ['/healthz', '/api/nothing-here', '/api/me']) {
      const r = await t.app.inject({ method: 'GET', url });
      expect(r.headers['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers['x-frame-options'], url).toBe('DENY');
      expect(r.headers['referrer-policy'], url).toBe('no-referrer');
      expect(r.headers['cache-control'], url).toBe('no-store');
      expect(r.headers['cross-origin-opener-policy'], url).toBeUndefined();
    }
    // A route may still say its answer can be kept: the public routine library does.
    const routines = await t.app.inject({ method: 'GET', url: '/api/routines?lang=en' });
    expect(routines.headers['cache-control']).toContain('public');
    expect(routines.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('sends every security header on errors too, and HSTS only when served over https', async () => {
    const denied = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(denied.statusCode).toBe(401);
    expect(denied.headers['x-frame-options']).toBe('DENY');
    expect(String(denied.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(denied.headers['cache-control']).toBe('no-store');
    expect(denied.headers['strict-transport-security']).toBeUndefined();
    expect(denied.headers['x-powered-by']).toBeUndefined();
    const secure = await makeApp({ name: 'sqlite', url: ':memory:' }, { secureCookies: true });
    try {
      for (const url of ['/healthz', '/missing.png']) {
        const r = await secure.app.inject({ method: 'GET', url });
        expect(String(r.headers['strict-transport-security']), url).toMatch(/max-age=\d+/);
      }
    } finally {
      await secure.close();
    }
  });

  it('answers unknown API routes with the JSON error shape', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('migrations', () => {
  it('run the whole chain on a fresh SQLite database, and again as a no-op', async () => {
    const d = openDatabase(':memory:');
    try {
      expect((await migrateToLatest(d.db)).applied).toEqual(Object.keys(MIGRATIONS));
      expect((await migrateToLatest(d.db)).applied).toEqual([]);
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(d.db);
      expect(tables.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['users', 'households', 'memberships', 'babies', 'sessions', 'auth_sessions']));
    } finally {
      await d.close();
    }
  });

  it('refuse a database that has a migration this code does not know', async () => {
    const d = openDatabase(':memory:');
    try {
      await migrateToLatest(d.db);
      await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01-001-from-the-future', '2099-01-01T00:00:00.000Z')`.execute(d.db as Kysely<unknown>);
      await expect(migrateToLatest(d.db)).rejects.toThrow(/Migration failed|corrupted|missing/i);
    } finally {
      await d.close();
    }
  });

  it('turn on WAL, foreign keys and a busy timeout on SQLite', async () => {
    const d = openDatabase(':memory:');
    try {
      expect(d.sqlite?.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(d.sqlite?.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      await d.close();
    }
  });
});
