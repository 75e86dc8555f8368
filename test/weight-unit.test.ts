/**
 * The weight unit of its own (M5): the migration keeps every existing account and household where it
 * was (fl oz with lb, mL with kg), and the API lets each choose kg or lb apart from the volume unit.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { caller, databases, freshDatabase, makeApp, signUp, type TestApp } from './harness.js';

const BEFORE = '2026-12-03-016-nappies-weights-care-notes';
const NOW = '2026-12-03T10:00:00.000Z';

describe.each(databases())('weight unit on $name', (dbCase) => {
  it('the migration gives existing households and accounts the unit their weights were shown in, and goes back down', async () => {
    const { database, schema, drop } = await freshDatabase(dbCase);
    const db = database.db as unknown as Kysely<unknown>;
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema ? { migrationTableSchema: schema } : {}) });
      expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
      const rows = [
        { id: randomUUID(), volume: 'floz', prefs: { volumeUnit: 'floz', temperatureUnit: 'f', theme: 'dark' } },
        { id: randomUUID(), volume: 'ml', prefs: { volumeUnit: 'ml', language: 'es' } },
        // Saved before any unit at all: mL, so kg.
        { id: randomUUID(), volume: 'ml', prefs: { theme: 'light' } },
      ];
      for (const r of rows) {
        await sql`insert into users (id, email, password_hash, created_at, preferences) values (${r.id}, ${`${r.id}@example.org`}, 'x', ${NOW}, ${JSON.stringify(r.prefs)})`.execute(db);
        await sql`insert into households (id, name, created_at, volume_unit) values (${r.id}, 'Home', ${NOW}, ${r.volume})`.execute(db);
      }
      expect((await migrateToLatest(database.db)).applied).toContain('2026-12-03-016b-weight-unit');

      const households = await sql<{ id: string; unit: string }>`select id, weight_unit as unit from households`.execute(db);
      const users = await sql<{ id: string; preferences: string }>`select id, preferences from users`.execute(db);
      const weightOf = (id: string) => households.rows.find((h) => h.id === id)?.unit;
      const prefsOf = (id: string) => JSON.parse(users.rows.find((u) => u.id === id)?.preferences ?? '{}') as Record<string, unknown>;
      expect(rows.map((r) => weightOf(r.id))).toEqual(['lb', 'kg', 'kg']);
      expect(rows.map((r) => prefsOf(r.id).weightUnit)).toEqual(['lb', 'kg', 'kg']);
      // Nothing else of hers changed.
      expect(prefsOf(rows[0]?.id ?? '')).toEqual({ volumeUnit: 'floz', temperatureUnit: 'f', theme: 'dark', weightUnit: 'lb' });

      expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
      const back = await sql<{ preferences: string }>`select preferences from users`.execute(db);
      expect(back.rows.map((u) => 'weightUnit' in (JSON.parse(u.preferences) as object))).toEqual([false, false, false]);
    } finally {
      await database.close();
      await drop();
    }
  });

  describe('through the API', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await makeApp(dbCase);
    });
    afterAll(async () => t.close());

    it('her weight unit is hers: kg or lb, apart from the volume unit; anything else is refused naming the field', async () => {
      const m = await signUp(t.app);
      const call = caller(t.app, m.cookie);
      expect((await call('GET', '/api/me')).json().user.preferences).toMatchObject({ volumeUnit: 'ml', weightUnit: 'kg' });
      // US fl oz for the milk, kilograms at the clinic.
      expect((await call('PUT', '/api/me/preferences', { volumeUnit: 'floz', weightUnit: 'kg' })).statusCode).toBe(200);
      expect((await call('GET', '/api/me')).json().user.preferences).toMatchObject({ volumeUnit: 'floz', weightUnit: 'kg' });
      // Changing one leaves the other.
      await call('PUT', '/api/me/preferences', { weightUnit: 'lb' });
      await call('PUT', '/api/me/preferences', { volumeUnit: 'ml' });
      expect((await call('GET', '/api/me')).json().user.preferences).toMatchObject({ volumeUnit: 'ml', weightUnit: 'lb' });
      for (const bad of ['stone', 'g', '', null, 1]) {
        const r = await call('PUT', '/api/me/preferences', { weightUnit: bad });
        expect(r.statusCode).toBe(400);
        expect(r.json().fieldCodes).toEqual({ weightUnit: 'invalid_choice' });
      }
      expect((await call('GET', '/api/me')).json().user.preferences.weightUnit).toBe('lb');
      expect((await caller(t.app)('PUT', '/api/me/preferences', { weightUnit: 'kg' })).statusCode).toBe(401);
    });

    it("the household's weight unit: set by its owner, following the volume unit when a new one is made without it", async () => {
      const m = await signUp(t.app);
      const call = caller(t.app, m.cookie);
      const url = `/api/households/${m.hid}`;
      expect((await call('GET', '/api/households')).json().households[0]).toMatchObject({ volumeUnit: 'ml', weightUnit: 'kg' });
      expect((await call('PATCH', url, { volumeUnit: 'floz' })).json()).toMatchObject({ volumeUnit: 'floz', weightUnit: 'kg' });
      expect((await call('PATCH', url, { weightUnit: 'lb' })).json()).toMatchObject({ volumeUnit: 'floz', weightUnit: 'lb' });
      expect((await call('GET', '/api/me')).json().households[0]).toMatchObject({ volumeUnit: 'floz', weightUnit: 'lb' });
      const bad = await call('PATCH', url, { weightUnit: 'oz' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fieldCodes).toEqual({ weightUnit: 'invalid_choice' });
      expect((await call('GET', '/api/households')).json().households[0].weightUnit).toBe('lb');
      expect((await call('POST', '/api/households', { name: 'US', volumeUnit: 'floz' })).json()).toMatchObject({ volumeUnit: 'floz', weightUnit: 'lb' });
      expect((await call('POST', '/api/households', { name: 'Mixed', volumeUnit: 'floz', weightUnit: 'kg' })).json()).toMatchObject({ volumeUnit: 'floz', weightUnit: 'kg' });
      expect((await call('POST', '/api/households', { name: 'Plain' })).json()).toMatchObject({ volumeUnit: 'ml', weightUnit: 'kg' });
      expect((await call('POST', '/api/households', { name: 'Bad', weightUnit: 'stone' })).json().fieldCodes).toEqual({ weightUnit: 'invalid_choice' });
      // Another household's, or none signed in.
      const other = await signUp(t.app);
      expect((await caller(t.app, other.cookie)('PATCH', url, { weightUnit: 'kg' })).statusCode).toBe(404);
      expect((await caller(t.app)('PATCH', url, { weightUnit: 'kg' })).statusCode).toBe(401);
      expect((await call('GET', '/api/households')).json().households[0].weightUnit).toBe('lb');
    });

    it("a partner starts in the household's weight unit; a consultant keeps hers", async () => {
      const mum = await signUp(t.app);
      const asMum = caller(t.app, mum.cookie);
      await asMum('PATCH', `/api/households/${mum.hid}`, { volumeUnit: 'ml', weightUnit: 'lb' });
      const share = async (role: 'caregiver' | 'consultant') => (await asMum('POST', `/api/households/${mum.hid}/shares`, { role, accessExpiresAt: null })).json() as { token: string };
      const partner = await signUp(t.app);
      await caller(t.app, partner.cookie)('POST', `/api/invites/${(await share('caregiver')).token}/accept`);
      expect((await caller(t.app, partner.cookie)('GET', '/api/me')).json().user.preferences).toMatchObject({ volumeUnit: 'ml', weightUnit: 'lb' });
      const lc = await signUp(t.app);
      await caller(t.app, lc.cookie)('POST', `/api/invites/${(await share('consultant')).token}/accept`);
      expect((await caller(t.app, lc.cookie)('GET', '/api/me')).json().user.preferences).toMatchObject({ weightUnit: 'kg' });
    });

    it('the export holds both units, of her account and of each household', async () => {
      const m = await signUp(t.app);
      const call = caller(t.app, m.cookie);
      await call('PUT', '/api/me/preferences', { volumeUnit: 'floz', weightUnit: 'kg' });
      await call('PATCH', `/api/households/${m.hid}`, { volumeUnit: 'floz', weightUnit: 'lb' });
      const data = (await call('GET', '/api/me/export?format=json')).json();
      expect(data.user.preferences).toMatchObject({ volumeUnit: 'floz', weightUnit: 'kg' });
      expect(data.households[0]).toMatchObject({ volumeUnit: 'floz', weightUnit: 'lb' });
    });

    it('the OpenAPI document names the weight unit in preferences, households and the report', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      const text = JSON.stringify(doc);
      expect(doc.components.schemas.User.properties.preferences.properties.weightUnit.enum).toEqual(['kg', 'lb']);
      expect(doc.components.schemas.Household.properties.weightUnit.enum).toEqual(['kg', 'lb']);
      const report = doc.paths['/api/households/{hid}/report'].get.parameters.map((p: { name: string }) => p.name);
      expect(report).toContain('weight');
      expect(text).toContain("Default: the viewer's weight unit");
    });
  });
});
