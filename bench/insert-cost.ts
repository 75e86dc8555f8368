/**
 * npm run bench:insert — what the one insert of a logged session costs on its own, beside the
 * insert that bench:api's baseline does, on files in WAL mode with synchronous=NORMAL as the app
 * runs. It says how much of the PUT's gap to the baseline no code around the insert can close:
 * - the baseline's insert: a 2-column row into a table with one index;
 * - the app's insert as the PUT runs it (Kysely, a plain SQL template, the camel-case plugin);
 * - the same 27-column row through a prepared better-sqlite3 statement (no Kysely);
 * - that again after dropping the three secondary indexes the log's reads use (a scratch copy,
 *   never the app's): the cost of the indexes themselves.
 * BENCH_INSERTS inserts per line (default 30000), after a warm-up. CPU from process.cpuUsage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { insertSessionIfAbsent } from '../src/db/sessions.js';
import { signUp } from '../src/services/accounts.js';
import { emptySessionInput } from '../src/domain/session.js';
import { newId } from '../web/state/uuid.js';
import { pumpBody } from './lib.js';

const N = Number(process.env.BENCH_INSERTS ?? 30000);
const dir = mkdtempSync(join(tmpdir(), 'lactea-insert-'));

async function measure(label: string, insert: (i: number) => unknown): Promise<void> {
  for (let i = 0; i < 500; i++) await insert(-i - 1);
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let i = 0; i < N; i++) await insert(i);
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - wall0;
  console.log(`${label.padEnd(58)} ${((cpu.user + cpu.system) / N).toFixed(1).padStart(6)} µs CPU  ${((wall * 1000) / N).toFixed(1).padStart(6)} µs wall`);
}

try {
  const bare = new SQLite(join(dir, 'bare.db'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = NORMAL');
  bare.exec('create table t (id text primary key, body text not null)');
  const bareInsert = bare.prepare('insert into t (id, body) values (?, ?)');
  console.log(`bench:insert — ${N} inserts per line, WAL, synchronous=NORMAL, Node ${process.version}`);
  await measure("baseline's insert (2 columns, 1 index)", (i) => bareInsert.run(newId(), pumpBody(i)));
  bare.close();

  const database = openDatabase(join(dir, 'app.db'));
  await migrateToLatest(database.db);
  const sqlite = database.sqlite;
  if (!sqlite) throw new Error('expected SQLite');
  const owner = await signUp(database.db, { email: 'insert@example.org', password: 'a long enough password' }, 30);
  const hid = owner.households[0]?.id ?? '';
  const now = new Date().toISOString();
  // A pump with both sides, as bench:api's PUT body logs.
  const input = { ...emptySessionInput('pump', now), endedAt: now, leftMl: 60, rightMl: 55 };
  await measure("the app's session insert, as the PUT runs it", () => insertSessionIfAbsent(database.db, hid, newId(), input, { now, userId: owner.user.id }));

  const columns = sqlite.prepare("select name from pragma_table_info('sessions') order by cid").all() as { name: string }[];
  const row = sqlite.prepare('select * from sessions where household_id = ? limit 1').get(hid) as Record<string, unknown>;
  const raw = sqlite.prepare(`insert into sessions (${columns.map((c) => c.name).join(', ')}) values (${columns.map(() => '?').join(', ')}) on conflict do nothing`);
  const values = (id: string) => columns.map((c) => (c.name === 'id' ? id : row[c.name]));
  await measure('the same row, prepared better-sqlite3 statement', () => raw.run(values(newId())));
  for (const index of ['sessions_household_updated', 'sessions_household_started_id', 'sessions_household_kind_started']) sqlite.exec(`drop index ${index}`);
  await measure('the same, without the 3 secondary indexes (scratch copy)', () => raw.run(values(newId())));
  await database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
