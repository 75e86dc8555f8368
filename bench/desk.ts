/**
 * npm run bench:desk — the consultant's desk under load, in process (app.inject, no network):
 *  1. the report of a busy household (twins, 25 entries a day each, 14 days): the PDF made on the
 *     server (target < 300 ms), beside the same report as JSON and a bare authenticated read;
 *  2. the client list of a consultant with 200 clients (target < 200 ms on PostgreSQL), beside a
 *     bare authenticated read of the same user (GET /api/me).
 * Each figure is the median of several runs, with its ratio to the baseline measured in the same run.
 * SQLite in memory always; PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is a postgres:// URL
 * (a throwaway schema is made and dropped).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { isPostgresUrl, openDatabase, type Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { emptySessionInput, type SessionInput } from '../src/domain/session.js';
import { addCalendarDays, localDate, startOfLocalDate } from '../src/domain/time.js';
import { nappyResource, weightResource } from '../src/services/baby-records.js';
import { putSession } from '../src/services/sessions.js';
import { putRecord } from '../src/services/versioned.js';
import { buildApp } from '../src/server/app.js';

const RUNS = 15;
const TZ = 'Europe/Madrid';
const CLIENTS = 200;
const H = 3_600_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

async function time(f: () => Promise<unknown>, runs = RUNS): Promise<{ median: number; min: number; max: number }> {
  for (let i = 0; i < 3; i++) await f();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    xs.push(performance.now() - t0);
  }
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

function line(label: string, m: { median: number; min: number; max: number }, base?: number): void {
  const ratio = base ? `   ${(m.median / base).toFixed(1).padStart(5)}× the baseline` : '';
  console.log(`  ${label.padEnd(52)} median ${m.median.toFixed(1).padStart(7)} ms (min ${m.min.toFixed(1)}, max ${m.max.toFixed(1)})${ratio}`);
}

async function open(url: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (!isPostgresUrl(url)) {
    const database = openDatabase(':memory:');
    await migrateToLatest(database.db);
    return { database, drop: async () => {} };
  }
  const schema = `bench_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase(url, { pgSchema: schema, poolSize: 8 });
  await migrateToLatest(database.db);
  return {
    database,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

async function signUp(app: FastifyInstance, email: string): Promise<{ cookie: string; userId: string; hid: string }> {
  const r = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password: 'a long enough password' } });
  const body = r.json() as { user: { id: string }; households: { id: string }[] };
  return { cookie: `lactea_session=${r.cookies.find((c) => c.name === 'lactea_session')?.value ?? ''}`, userId: body.user.id, hid: body.households[0]?.id ?? '' };
}

/** Runs `n` jobs, `width` at a time. */
async function pool(n: number, width: number, job: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < n) await job(next++);
  }));
}

/** A day of one baby: 10 feeds (nursing, every third a bottle) and 15 nappies — 25 entries. */
function babyDay(dayStart: number, babyId: string): { sessions: SessionInput[]; nappies: { at: number; kind: 'wet' | 'dirty' | 'both' }[] } {
  const sessions: SessionInput[] = [];
  for (let i = 0; i < 10; i++) {
    const st = dayStart + i * 2.3 * H + 20 * 60_000;
    const iso = (ms: number) => new Date(ms).toISOString();
    if (i % 3 === 2) sessions.push({ ...emptySessionInput('bottle', iso(st + 15 * 60_000)), babyId, startedAt: iso(st), volumeMl: 60 + i * 5 });
    else
      sessions.push({
        ...emptySessionInput('nurse', iso(st)),
        babyId,
        endedAt: iso(st + 25 * 60_000),
        segments: [
          { side: 'left', start: iso(st), end: iso(st + 12 * 60_000) },
          { side: 'right', start: iso(st + 12 * 60_000), end: iso(st + 25 * 60_000) },
        ],
      });
  }
  const nappies = Array.from({ length: 15 }, (_, i) => ({ at: dayStart + i * 1.5 * H + 10 * 60_000, kind: (i % 4 === 0 ? 'both' : i % 5 === 0 ? 'dirty' : 'wet') as 'wet' | 'dirty' | 'both' }));
  return { sessions, nappies };
}

async function benchReport(name: string, database: Database, app: FastifyInstance): Promise<void> {
  const now = Date.now();
  const owner = await signUp(app, `busy-${randomUUID()}@example.org`);
  const to = localDate(now - 86_400_000, TZ);
  const from = addCalendarDays(to, -13);
  const twins: string[] = [];
  for (const name of ['Ada', 'Bea']) {
    const r = await app.inject({ method: 'POST', url: `/api/households/${owner.hid}/babies`, headers: { cookie: owner.cookie }, payload: { name, birthDate: addCalendarDays(from, -3) } });
    twins.push((r.json() as { id: string }).id);
  }
  const actor = { userId: owner.userId };
  const jobs: (() => Promise<unknown>)[] = [];
  for (let d = 0; d < 14; d++) {
    const dayStart = startOfLocalDate(addCalendarDays(from, d), TZ);
    for (const baby of twins) {
      const day = babyDay(dayStart, baby);
      for (const s of day.sessions) jobs.push(() => putSession(database.db, actor, owner.hid, randomUUID(), s, undefined, new Date(now)));
      for (const n of day.nappies) jobs.push(() => putRecord(database.db, nappyResource, actor, owner.hid, randomUUID(), { babyId: baby, changedAt: new Date(n.at).toISOString(), kind: n.kind, colour: n.kind === 'wet' ? null : 'yellow', pinkUrates: false, notes: '' }, undefined, new Date(now)));
    }
    // Her pumping: four sessions a day.
    for (let p = 0; p < 4; p++) {
      const st = dayStart + (7 + p * 4) * H;
      jobs.push(() => putSession(database.db, actor, owner.hid, randomUUID(), { ...emptySessionInput('pump', new Date(st + 20 * 60_000).toISOString()), startedAt: new Date(st).toISOString(), leftMl: 60 + p, rightMl: 50 + d, massage: p % 2 ? { routineId: null, timing: 'before', minutes: 5, tool: 'hands', vibration: false, heat: false } : null }, undefined, new Date(now)));
    }
  }
  for (const baby of twins) {
    jobs.push(() => putRecord(database.db, weightResource, actor, owner.hid, randomUUID(), { babyId: baby, measuredAt: new Date(startOfLocalDate(addCalendarDays(from, -3), TZ) + 10 * H).toISOString(), grams: 2700, birth: true, place: 'hospital', notes: '' }, undefined, new Date(now)));
    jobs.push(() => putRecord(database.db, weightResource, actor, owner.hid, randomUUID(), { babyId: baby, measuredAt: new Date(startOfLocalDate(addCalendarDays(from, 3), TZ) + 10 * H).toISOString(), grams: 2550, birth: false, place: 'clinic', notes: '' }, undefined, new Date(now)));
  }
  await pool(jobs.length, 8, (i) => (jobs[i] as () => Promise<unknown>)());
  const get = (url: string) => async () => {
    const r = await app.inject({ method: 'GET', url, headers: { cookie: owner.cookie } });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    return r.rawPayload.length;
  };
  const q = `from=${from}&to=${to}&tz=${encodeURIComponent(TZ)}`;
  console.log(`\n${name}: report of a busy household (twins, 25 entries a day each plus 4 pumps, 14 days: ${jobs.length} records)`);
  const base = await time(get(`/api/households/${owner.hid}/babies`));
  line('baseline: GET …/babies (bare authenticated read)', base);
  line('GET …/report (JSON: figures and document)', await time(get(`/api/households/${owner.hid}/report?${q}`)), base.median);
  const pdf = await time(get(`/api/households/${owner.hid}/report.pdf?${q}`));
  line('GET …/report.pdf (made on the server)', pdf, base.median);
  console.log(`  → report PDF ${pdf.median < 300 ? 'within' : 'OVER'} the 300 ms target`);
}

async function benchClients(name: string, database: Database, app: FastifyInstance): Promise<void> {
  const now = Date.now();
  const lc = await signUp(app, `lc-${randomUUID()}@example.org`);
  const t0 = performance.now();
  const today = localDate(now, TZ);
  await pool(CLIENTS, 8, async (c) => {
    const owner = await signUp(app, `client-${c}-${randomUUID()}@example.org`);
    const inv = (await app.inject({ method: 'POST', url: `/api/households/${owner.hid}/shares`, headers: { cookie: owner.cookie }, payload: { role: 'consultant', accessExpiresAt: c % 10 === 0 ? new Date(now + 3 * 86_400_000).toISOString() : null } })).json() as { token: string };
    await app.inject({ method: 'POST', url: `/api/invites/${inv.token}/accept`, headers: { cookie: lc.cookie } });
    const baby = ((await app.inject({ method: 'POST', url: `/api/households/${owner.hid}/babies`, headers: { cookie: owner.cookie }, payload: { name: `Baby ${c}`, birthDate: addCalendarDays(today, -(c % 40)) } })).json() as { id: string }).id;
    const actor = { userId: owner.userId };
    const at = new Date(now);
    // Two weeks: 6 pumps and 4 feeds a day; the last three days' nappies; a birth weight and one more.
    for (let d = 0; d < 14; d++) {
      const dayStart = now - (d + 1) * 86_400_000;
      for (let p = 0; p < 10; p++) {
        const st = dayStart + p * 2.2 * H;
        const input = p < 6 ? { ...emptySessionInput('pump', new Date(st + 15 * 60_000).toISOString()), startedAt: new Date(st).toISOString(), leftMl: 50 + (c % 30), rightMl: 45 } : { ...emptySessionInput('bottle', new Date(st + 10 * 60_000).toISOString()), babyId: baby, startedAt: new Date(st).toISOString(), volumeMl: 70 };
        await putSession(database.db, actor, owner.hid, randomUUID(), input, undefined, at);
      }
    }
    for (let n = 0; n < 18; n++) await putRecord(database.db, nappyResource, actor, owner.hid, randomUUID(), { babyId: baby, changedAt: new Date(now - n * 4 * H).toISOString(), kind: n % 3 ? 'wet' : 'both', colour: n % 3 ? null : 'yellow', pinkUrates: false, notes: '' }, undefined, at);
    await putRecord(database.db, weightResource, actor, owner.hid, randomUUID(), { babyId: baby, measuredAt: new Date(startOfLocalDate(addCalendarDays(today, -(c % 40)), TZ) + 10 * H).toISOString(), grams: 3400, birth: true, place: 'hospital', notes: '' }, undefined, at);
    await putRecord(database.db, weightResource, actor, owner.hid, randomUUID(), { babyId: baby, measuredAt: new Date(now - 2 * H).toISOString(), grams: 3000 + (c % 9) * 60, birth: false, place: 'clinic', notes: '' }, undefined, at);
  });
  console.log(`\n${name}: client list of a consultant with ${CLIENTS} clients (filled in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  const get = (url: string) => async () => {
    const r = await app.inject({ method: 'GET', url, headers: { cookie: lc.cookie } });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode}`);
    return r.rawPayload.length;
  };
  const base = await time(get('/api/me'));
  line('baseline: GET /api/me (bare authenticated read)', base);
  const list = await time(get(`/api/consultant/clients?tz=${encodeURIComponent(TZ)}`), 9);
  line(`GET /api/consultant/clients (${CLIENTS} clients)`, list, base.median);
  console.log(`  → client list ${list.median < 200 ? 'within' : 'OVER'} the 200 ms target`);
}

const targets = [':memory:'];
const pgUrl = [process.env.DATABASE_URL, process.env.TEST_DATABASE_URL].find((u) => u && isPostgresUrl(u));
if (pgUrl) targets.push(pgUrl);
else console.log('(PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL to a postgres:// URL)');
for (const url of targets) {
  const name = isPostgresUrl(url) ? 'PostgreSQL' : 'SQLite';
  const { database, drop } = await open(url);
  const app = await buildApp(loadConfig({}, { logLevel: 'silent', authRateLimit: 1_000_000, webRoot: '/nonexistent', databaseUrl: url }), database);
  await app.ready();
  try {
    await benchReport(name, database, app);
    await benchClients(name, database, app);
  } finally {
    await app.close();
    await database.close();
    await drop();
  }
}
