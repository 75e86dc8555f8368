/**
 * Builds the app in-process on a fresh database for API tests: SQLite in memory always, and
 * PostgreSQL (a new schema per app) when TEST_DATABASE_URL is set. In CI a missing PostgreSQL fails.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { loadConfig, type Config } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { type BuildOptions, buildApp } from '../src/server/app.js';

export interface DbCase {
  name: 'sqlite' | 'postgres';
  url: string;
}

export function databases(): DbCase[] {
  const out: DbCase[] = [{ name: 'sqlite', url: ':memory:' }];
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) out.push({ name: 'postgres', url: pgUrl });
  else if (process.env.CI === 'true') throw new Error('CI=true but TEST_DATABASE_URL is not set: the API tests must also run on PostgreSQL');
  else if (!warned) {
    warned = true;
    console.warn('\n*** SKIPPED: API tests on PostgreSQL — set TEST_DATABASE_URL=postgres://… to run them ***\n');
  }
  return out;
}
let warned = false;

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** A fresh, empty database (not migrated): SQLite in memory, or a new PostgreSQL schema dropped on `drop`. */
export async function freshDatabase(dbCase: DbCase): Promise<{ database: Database; schema: string | undefined; drop(): Promise<void> }> {
  if (dbCase.name === 'sqlite') return { database: openDatabase(':memory:'), schema: undefined, drop: async () => {} };
  const schema = `t_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: dbCase.url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    database: openDatabase(dbCase.url, { pgSchema: schema, poolSize: 4 }),
    schema,
    async drop() {
      const c = new pg.Client({ connectionString: dbCase.url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

export async function makeApp(dbCase: DbCase, overrides: Partial<Config> = {}, opts: BuildOptions = {}): Promise<TestApp> {
  const { database, drop: dropSchema } = await freshDatabase(dbCase);
  await migrateToLatest(database.db);
  const config = loadConfig({}, { logLevel: 'silent', authRateLimit: 100_000, webRoot: '/nonexistent', databaseUrl: dbCase.url, ...overrides });
  const app = await buildApp(config, database, opts);
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
      await dropSchema();
    },
  };
}

export interface Member {
  cookie: string;
  userId: string;
  hid: string;
  email: string;
}

export async function signUp(app: FastifyInstance, email = `p-${randomUUID()}@example.org`, password = 'a long enough password'): Promise<Member> {
  const r = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password } });
  if (r.statusCode !== 201) throw new Error(`signup failed: ${r.statusCode} ${r.body}`);
  const body = r.json() as { user: { id: string }; households: { id: string }[] };
  return { cookie: cookieFrom(r), userId: body.user.id, hid: body.households[0]?.id ?? '', email };
}

export function cookieFrom(r: LightMyRequestResponse): string {
  const c = r.cookies.find((x) => x.name === 'lactea_session');
  if (!c) throw new Error('no session cookie');
  return `lactea_session=${c.value}`;
}

/** A small request helper: `call(app, cookie)('PUT', url, body)`. */
export function caller(app: FastifyInstance, cookie?: string) {
  return (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
}

export const iso = (s: string): string => new Date(s).toISOString();
