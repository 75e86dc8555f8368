/**
 * `lactea backup` and `lactea restore` on real files, with a real server process: a backup finishes
 * while the database is written steadily; a restore refuses while the database is open, checks the
 * backup before touching anything, folds a crashed server's log into the file it keeps aside, and
 * leaves exactly the backup's content in place (no rows newer than the backup, no stale -wal/-shm).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { pumpBody } from '../bench/lib.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'lactea-restore-'));
const PW = 'a long enough password';
const servers = new Set<ChildProcess>();

function lactea(db: string, args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, DATABASE_URL: db, LACTEA_PASSWORD: PW }, timeout: 60_000 });
}

async function fails(db: string, args: string[]): Promise<string> {
  try {
    await lactea(db, args);
  } catch (e) {
    return (e as { stderr: string }).stderr;
  }
  throw new Error('expected the command to fail');
}

/** Every row of every table, as text: "equal in content". */
function content(file: string): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    return tables.map((t) => `${t}:${(db.prepare(`select * from "${t}"`).all() as object[]).map((r) => JSON.stringify(r)).sort().join('\n')}`).join('\n');
  } finally {
    db.close();
  }
}

function serve(db: string): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { ...process.env, DATABASE_URL: db, LACTEA_PORT: '0', LACTEA_LOG_LEVEL: 'warn', LACTEA_WEB_ROOT: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.add(proc);
  proc.once('exit', () => servers.delete(proc));
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], proc });
    });
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function signUpOver(url: string): Promise<{ cookie: string; hid: string }> {
  const r = await fetch(`${url}/api/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `${randomUUID()}@example.org`, password: PW }) });
  expect(r.status).toBe(201);
  return { cookie: (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '', hid: ((await r.json()) as { households: { id: string }[] }).households[0]?.id ?? '' };
}

async function logOver(url: string, who: { cookie: string; hid: string }, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const r = await fetch(`${url}/api/households/${who.hid}/sessions/${randomUUID()}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: who.cookie },
      body: pumpBody(i),
    });
    expect(r.status).toBe(201);
  }
}

describe('lactea backup and restore', () => {
  afterAll(() => {
    for (const p of servers) p.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while another connection writes steadily, and the copy is sound and complete up to its moment', async () => {
    const db = join(dir, 'steady.db');
    await lactea(db, ['demo', '--email', 'steady@example.org', '--days', '60']);
    const writer = new SQLite(db);
    writer.pragma('journal_mode = WAL');
    const hid = writer.prepare('select id from households').pluck().get() as string;
    const insert = writer.prepare(
      "insert into sessions (household_id, id, kind, started_at, segments, notes, version, created_at, updated_at, created_by) values (?, ?, 'bottle', ?, '[]', '', 1, ?, ?, 'x')",
    );
    let written = 0;
    const timer = setInterval(() => {
      const at = new Date().toISOString();
      insert.run(hid, randomUUID(), at, at, at);
      written += 1;
    }, 5);
    try {
      const target = join(dir, 'steady-backup.db');
      const { stdout, stderr } = await lactea(db, ['backup', target]);
      expect(stdout).toMatch(/Backup written to .*steady-backup\.db in [\d.]+ s: 1 accounts, 1 households/);
      expect(stderr).toContain('Backing up:');
      expect(stderr).toContain('(100%)');
      expect(statSync(target).mode & 0o777).toBe(0o600);
      expect(existsSync(`${target}.partial`)).toBe(false);
      const copy = new SQLite(target, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
      expect(written).toBeGreaterThan(10);
    } finally {
      clearInterval(timer);
      writer.close();
    }
  }, 120_000);

  it('restores after a crashed server: the backup exactly, the crashed file kept aside with its last writes, no stale log', async () => {
    const db = join(dir, 'crash.db');
    const backup = join(dir, 'crash-backup.db');
    let server = await serve(db);
    const who = await signUpOver(server.url);
    await logOver(server.url, who, 5);
    await lactea(db, ['backup', backup]);
    // Written after the backup, then the server dies without closing: these live only in its -wal.
    await logOver(server.url, who, 7);
    expect(await fails(db, ['restore', backup])).toMatch(/is open in another program/);
    server.proc.kill('SIGKILL');
    await new Promise((r) => server.proc.once('exit', r));
    expect(existsSync(`${db}-wal`)).toBe(true);

    const { stdout } = await lactea(db, ['restore', backup]);
    expect(stdout).toContain('1 accounts, 1 households, 0 babies, 5 log entries');
    const kept = /kept at (\S+)/.exec(stdout)?.[1] ?? '';
    expect(existsSync(kept)).toBe(true);
    expect(content(db)).toBe(content(backup));
    for (const side of ['-wal', '-shm', '-journal']) expect(existsSync(`${db}${side}`)).toBe(false);
    // The replaced file alone holds what the crashed server had committed.
    const aside = new SQLite(kept, { readonly: true });
    expect(aside.prepare('select count(*) from sessions').pluck().get()).toBe(12);
    aside.close();
    expect(readdirSync(dir).filter((f) => f.includes('.restoring'))).toEqual([]);

    // A server started on it serves the backup's data.
    server = await serve(db);
    try {
      const login = await fetch(`${server.url}/api/households/${who.hid}/sessions?limit=50`, { headers: { cookie: who.cookie } });
      expect(((await login.json()) as { sessions: unknown[] }).sessions).toHaveLength(5);
    } finally {
      server.proc.kill('SIGTERM');
      await new Promise((r) => server.proc.once('exit', r));
    }
  }, 120_000);

  it('refuses a damaged or foreign backup and leaves the database as it was', async () => {
    const db = join(dir, 'keep.db');
    await lactea(db, ['create-user', '--email', 'keep@example.org']);
    const before = content(db);
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, 'SQLite format 3\u0000'.padEnd(4096, 'x'));
    expect(await fails(db, ['restore', garbage])).toMatch(/garbage\.db (is not a sound SQLite database|cannot be opened|failed SQLite's integrity check)/);
    const foreign = join(dir, 'foreign.db');
    const f = new SQLite(foreign);
    f.exec('create table notes (x text)');
    f.close();
    expect(await fails(db, ['restore', foreign])).toContain('is not a Lactea database');
    // A truncated backup (half of a real one).
    const real = join(dir, 'real-backup.db');
    await lactea(db, ['backup', real]);
    const half = join(dir, 'half.db');
    const bytes = (await import('node:fs')).readFileSync(real);
    writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await fails(db, ['restore', half])).toMatch(/half\.db/);
    expect(await fails(db, ['restore', join(dir, 'missing.db')])).toContain('There is no backup');
    expect(content(db)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('keep.db.'))).toEqual([]);
  }, 120_000);

  it('says how to restore on PostgreSQL', async () => {
    expect(await fails('postgres://nobody@127.0.0.1:1/none', ['restore', join(dir, 'x.dump')])).toContain('pg_restore');
  }, 60_000);
});
