/**
 * npm run bench:reliability — the reliability suite at full size, on SQLite and (with
 * TEST_DATABASE_URL or BENCH_PG_URL) PostgreSQL; loopback only, every loop bounded. Prints:
 * - crash durability: kill -9 ×10, each during 1,000 concurrent writes — acknowledged writes lost;
 * - sign-ups, invite acceptances, new households and account deletions all at once next to session
 *   writes — answers ≥ 500;
 * - 200 clients × 60 s of mixed use with account operations alongside — errors, p50/p99/max;
 * - backup of a ~100 MB database while 50 writes/s run — time; and a restore round trip, equal in content.
 * BENCH_QUICK=1 runs every part smaller. Exits 1 when a target is missed.
 */
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { accountConcurrency, Client, crashDurability, makeTarget, mixedLoad, startServer, Tally, type Target } from './reliability-lib.js';

const run = promisify(execFile);
const quick = process.env.BENCH_QUICK === '1';
const CLI = ['bin/lactea.js'];
const dir = mkdtempSync(join(tmpdir(), 'lactea-reliability-'));
const pgUrl = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL;
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

/** A digest of every row of every table in a SQLite file: equal digests, equal content. */
function sqliteDigest(file: string): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const h = createHash('sha256');
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    for (const t of tables) {
      const rows = (db.prepare(`select * from "${t}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort();
      h.update(`${t}\n${rows.join('\n')}\n`);
    }
    return h.digest('hex');
  } finally {
    db.close();
  }
}

async function pgDigest(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const h = createHash('sha256');
    const tables = (await c.query<{ t: string }>("select table_name as t from information_schema.tables where table_schema = current_schema() order by 1")).rows.map((r) => r.t);
    for (const t of tables) {
      const rows = (await c.query({ text: `select * from "${t}"`, rowMode: 'array' })).rows.map((r) => JSON.stringify(r)).sort();
      h.update(`${t}\n${rows.join('\n')}\n`);
    }
    return h.digest('hex');
  } finally {
    await c.end();
  }
}

/** Writes 50 sessions a second through the API until stopped; resolves with their tally. */
function steadyWrites(c: Client, perSecond: number): { stop(): Promise<Tally> } {
  let i = 0;
  const inflight = new Set<Promise<unknown>>();
  const timer = setInterval(() => {
    const p = c.log(i++);
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  }, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inflight);
      return c.tally;
    },
  };
}

/** Fills the household with log entries straight into the file until it is about `mb` MB. */
function fillSqlite(file: string, hid: string, userId: string, mb: number): void {
  const db = new SQLite(file);
  const insert = db.prepare(
    "insert into sessions (household_id, id, kind, started_at, ended_at, segments, left_ml, right_ml, notes, version, created_at, updated_at, created_by) values (?, ?, 'pump', ?, ?, '[]', 60, 70, ?, 1, ?, ?, ?)",
  );
  const notes = 'Synthetic bench entry. '.repeat(25);
  const fill = db.transaction((n: number, start: number) => {
    for (let k = 0; k < n; k++) {
      const at = new Date(start - k * 60_000).toISOString();
      insert.run(hid, randomUUID(), at, at, notes, at, at, userId);
    }
  });
  let start = Date.UTC(2024, 0, 1);
  while (statSync(file).size < mb * 1_048_576) {
    fill(10_000, start);
    start -= 10_000 * 60_000;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** The same in PostgreSQL: log entries made by the server itself (generate_series), until the schema is about `mb` MB. */
async function fillPostgres(url: string, hid: string, userId: string, mb: number): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    for (let round = 0; ; round++) {
      const size = Number((await c.query<{ s: string }>("select sum(pg_total_relation_size(quote_ident(table_name))) as s from information_schema.tables where table_schema = current_schema()")).rows[0]?.s ?? 0);
      if (size >= mb * 1_048_576) return;
      await c.query(
        `insert into sessions (household_id, id, kind, started_at, ended_at, segments, left_ml, right_ml, notes, version, created_at, updated_at, created_by)
         select $1, gen_random_uuid()::text, 'pump', t, t, '[]', 60, 70, repeat('Synthetic bench entry. ', 25), 1, t, t, $2
         from (select to_char(timestamp '2024-01-01' - (($3::int * 20000 + g) * interval '1 minute'), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as t from generate_series(1, 20000) g) x`,
        [hid, userId, round],
      );
    }
  } finally {
    await c.end();
  }
}

async function backupScenario(target: Target): Promise<void> {
  const mb = quick ? 20 : 100;
  const server0 = await startServer(target.url, CLI);
  const owner = new Client(server0.url, new Tally());
  await owner.signUp();
  await server0.stop();
  if (target.name === 'sqlite') fillSqlite(target.url, owner.hid, owner.userId, mb);
  else await fillPostgres(target.url, owner.hid, owner.userId, mb);
  const server = await startServer(target.url, CLI);
  owner.base = server.url;
  const writes = steadyWrites(owner, 50);
  const started = performance.now();
  const backup = join(dir, `backup-${target.name}.${target.name === 'sqlite' ? 'db' : 'dump'}`);
  if (target.name === 'sqlite') {
    await run(process.execPath, [...CLI, 'backup', backup], { env: { ...process.env, DATABASE_URL: target.url }, maxBuffer: 1 << 24 });
  } else {
    await run('pg_dump', ['-Fc', '-f', backup, target.url.replace(/\?.*$/, ''), '-n', new URL(target.url).searchParams.get('options')?.split('=')[1] ?? 'public']);
  }
  const seconds = (performance.now() - started) / 1000;
  const tally = await writes.stop();
  await server.stop();
  const size = target.name === 'sqlite' ? statSync(target.url).size / 1_048_576 : mb;
  console.log(`[${target.name}] backup of a ${size.toFixed(0)} MB database${target.name === 'postgres' ? ` (pg_dump -Fc of its schema: a ${(statSync(backup).size / 1_048_576).toFixed(0)} MB dump)` : ''} while 50 writes/s ran: ${seconds.toFixed(1)} s; the writes meanwhile: ${tally.summary()}`);
  check(target.name !== 'sqlite' || seconds < 10, `${target.name}: backup took ${seconds.toFixed(1)} s (target < 10 s)`);
  check(tally.errors === 0, `${target.name}: writes during the backup had errors`);
  if (target.name === 'sqlite') {
    const restored = join(dir, 'restored.db');
    const t0 = performance.now();
    const out = await run(process.execPath, [...CLI, 'restore', backup], { env: { ...process.env, DATABASE_URL: restored } });
    const equal = sqliteDigest(restored) === sqliteDigest(backup);
    console.log(`[sqlite] restore round trip: ${((performance.now() - t0) / 1000).toFixed(1)} s, content ${equal ? 'equal' : 'DIFFERENT'} — ${out.stdout.split('\n')[0]}`);
    check(equal, 'sqlite: restored content differs from the backup');
  } else {
    // Round trip with nothing writing: the schema's content before a dump equals it after drop and pg_restore.
    const schema = new URL(target.url).searchParams.get('options')?.split('=')[1] ?? 'public';
    const base = target.url.replace(/\?.*$/, '');
    const before = await pgDigest(target.url);
    const quiet = join(dir, 'quiet.dump');
    await run('pg_dump', ['-Fc', '-f', quiet, base, '-n', schema]);
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`drop schema ${schema} cascade`);
    await c.end();
    const t0 = performance.now();
    await run('pg_restore', ['--no-owner', '-d', base, quiet]);
    const equal = (await pgDigest(target.url)) === before;
    console.log(`[postgres] restore round trip (pg_restore of a dump taken with nothing writing): ${((performance.now() - t0) / 1000).toFixed(1)} s, content ${equal ? 'equal' : 'DIFFERENT'}`);
    check(equal, 'postgres: restored content differs');
  }
}

async function suite(kind: 'sqlite' | 'postgres'): Promise<void> {
  console.log(`\n== ${kind} ==`);
  const crash = await makeTarget(kind, dir, pgUrl);
  const c = await crashDurability(crash, { rounds: quick ? 3 : 10, writesPerRound: quick ? 300 : 1000, clients: 50, cli: CLI });
  console.log(`[${kind}] crash durability: kill -9 ×${c.rounds}, each during ${quick ? 300 : 1000} writes from 50 concurrent clients: ${c.acknowledged} acknowledged, ${c.lost} lost, ${c.serverErrors} answers ≥ 500`);
  check(c.lost === 0 && c.serverErrors === 0, `${kind}: crash durability lost ${c.lost}, ${c.serverErrors} server errors`);
  await crash.cleanup();

  const t = await makeTarget(kind, dir, pgUrl);
  const server = await startServer(t.url, CLI);
  const k = quick ? 1 : 3;
  const r = await accountConcurrency(server.url, { signUps: 20 * k, accepts: 12 * k, households: 10 * k, deletions: 6 * k, writes: 100 * k });
  console.log(`[${kind}] all at once: ${Object.entries(r).map(([n, x]) => `${n} ${JSON.stringify(x.status)}`).join(', ')}; answers ≥ 500: ${Object.values(r).reduce((n, x) => n + x.errors, 0)}`);
  check(Object.values(r).every((x) => x.errors === 0), `${kind}: answers ≥ 500 next to account operations`);
  const seconds = quick ? 15 : 60;
  const clients = quick ? 50 : 200;
  const m = await mixedLoad(server.url, { clients, seconds, accountOpsPerSecond: 5 });
  console.log(`[${kind}] ${clients} clients × ${seconds} s mixed load — app: ${m.app.summary()}`);
  console.log(`[${kind}]   account operations alongside (5/s: sign-up with sign-in, accept, new household, delete): ${m.account.summary()}`);
  check(m.app.errors + m.account.errors === 0, `${kind}: mixed load errors`);
  check(m.app.max < 2000, `${kind}: mixed load max latency ${m.app.max.toFixed(0)} ms (target < 2 s)`);
  check(m.account.max < 2000, `${kind}: account operations' max latency under the mixed load ${m.account.max.toFixed(0)} ms (target < 2 s)`);
  await server.stop();
  await t.cleanup();

  const b = await makeTarget(kind, dir, pgUrl);
  await backupScenario(b);
  await b.cleanup();
}

try {
  console.log(`bench:reliability on ${process.platform}, Node ${process.version}, load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}${quick ? ' (BENCH_QUICK)' : ''}`);
  await suite('sqlite');
  if (pgUrl) await suite('postgres');
  else console.log('\n(PostgreSQL skipped: set TEST_DATABASE_URL or BENCH_PG_URL)');
  console.log(failures.length ? `\nMISSED:\n- ${failures.join('\n- ')}` : '\nAll reliability targets met.');
  process.exitCode = failures.length ? 1 : 0;
} catch (e) {
  console.error(`bench:reliability failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
  process.exit();
}
