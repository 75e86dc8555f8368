/**
 * CPU per request of the two budgeted routes, in process (app.inject), measured with
 * process.cpuUsage so it holds steady on a busy machine. Run: node --import tsx bench/profile-api.ts
 * PROFILE_N sets the requests per route (default 5000); PROFILE_ONLY=put|summary|summary14|emptying|health runs one.
 * PROFILE_CPU=DIR writes a CPU profile of each measured loop (after the warm-up, so start-up and
 * module loading stay out of it) to DIR/<route>.cpuprofile; open it in Chrome's DevTools.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { fillDemo } from '../src/cli/commands/demo.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { generateDemo } from '../src/domain/demo/index.js';
import { buildApp } from '../src/server/app.js';
import { signUp } from '../src/services/accounts.js';
import { pumpBody as body } from './lib.js';

const N = Number(process.env.PROFILE_N ?? 5000);
const database = openDatabase(':memory:');
await migrateToLatest(database.db);
const app = await buildApp(loadConfig({}, { logLevel: 'silent', webRoot: '/nonexistent', databaseUrl: ':memory:' }), database);
await app.ready();

const signed = await signUp(database.db, { email: 'profile@example.org', password: 'a long enough password' }, 30);
const cookie = `lactea_session=${signed.token}`;
const hid = signed.households[0]?.id ?? '';
const now = new Date();
await fillDemo(database.db, signed.user.id, hid, generateDemo({ seed: 1, days: 42, endMs: now.getTime(), utcOffsetHours: 0 }), now);

const profileDir = process.env.PROFILE_CPU;
const inspector = profileDir ? new Session() : null;
if (inspector && profileDir) {
  mkdirSync(profileDir, { recursive: true });
  inspector.connect();
  await inspector.post('Profiler.enable');
}

async function measure(label: string, request: (i: number) => Promise<{ statusCode: number }>): Promise<void> {
  for (let i = 0; i < 500; i++) await request(-i - 1); // warm-up
  if (inspector) await inspector.post('Profiler.start');
  const t0 = process.cpuUsage();
  const w0 = performance.now();
  for (let i = 0; i < N; i++) {
    const r = await request(i);
    if (r.statusCode >= 300) throw new Error(`${label}: ${r.statusCode}`);
  }
  const cpu = process.cpuUsage(t0);
  const wall = performance.now() - w0;
  if (inspector && profileDir) {
    const { profile } = await inspector.post('Profiler.stop');
    writeFileSync(join(profileDir, `${label.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.cpuprofile`), JSON.stringify(profile));
  }
  console.log(`${label.padEnd(28)} ${(((cpu.user + cpu.system) / N)).toFixed(0).padStart(5)} µs CPU per request   (${(wall * 1000 / N).toFixed(0)} µs wall)`);
}

// The PUTs go to another household, as in bench/api.ts, so the summary reads a realistic log.
const writer = await signUp(database.db, { email: 'writer@example.org', password: 'a long enough password' }, 30);
const putHid = writer.households[0]?.id ?? '';
const headers = { cookie: `lactea_session=${writer.token}`, 'content-type': 'application/json' };
const today = now.toISOString().slice(0, 10);
const only = process.env.PROFILE_ONLY; // 'put', 'summary', 'summary14', 'emptying' or 'health': just that one
if (!only || only === 'put') await measure('PUT session', (i) => app.inject({ method: 'PUT', url: `/api/households/${putHid}/sessions/${randomUUID()}`, headers, payload: body(i) }));
if (!only || only === 'summary') await measure("GET today's summary", () => app.inject({ method: 'GET', url: `/api/households/${hid}/insights/summary?from=${today}&to=${today}&tz=UTC`, headers: { cookie } }));
// What the insights screen asks for first: the last 14 days.
if (!only || only === 'summary14') await measure('GET 14-day summary', () => app.inject({ method: 'GET', url: `/api/households/${hid}/insights/summary?tz=UTC`, headers: { cookie } }));
if (!only || only === 'emptying') await measure('GET emptying (home screen)', () => app.inject({ method: 'GET', url: `/api/households/${hid}/insights/emptying?tz=UTC`, headers: { cookie } }));
if (!only || only === 'health') await measure('GET /healthz', () => app.inject({ method: 'GET', url: '/healthz' }));
await app.close();
await database.close();
