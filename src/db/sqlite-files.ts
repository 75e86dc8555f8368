/**
 * The SQLite file as a whole: a consistent backup while the server runs, and a safe restore.
 *
 * Backup is `VACUUM INTO` a new file: one read transaction, so it finishes however steadily the
 * server writes (SQLite's online-backup API starts again on every commit from another connection),
 * and the copy holds no free pages. It runs on a worker thread, so this thread can report progress.
 *
 * Restore never lets a server run on a half-replaced file: it refuses while any connection has the
 * database open, checks the backup (integrity, and that this version of Lactea knows its schema)
 * on the very copy it installs, keeps the replaced database aside with its write-ahead log, and
 * leaves no stale `-wal`/`-shm` beside the restored file.
 */
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';

/** What a database file holds, in words a person checks a backup by. */
export interface FileSummary {
  bytes: number;
  counts: Record<string, number>;
  /** The latest moment anything in the log was written (ISO), or null when it is empty. */
  latestChange: string | null;
  /** Migrations it lacks that this version will apply when the server starts. */
  pendingMigrations: number;
}

const COUNTED = ['users', 'households', 'babies', 'sessions', 'symptom_checks', 'creamatocrit_entries'] as const;

/** Checks a database file and says what it holds; throws with the reason when it is not a sound Lactea database. */
export function inspectSqliteFile(path: string, name = path): FileSummary {
  let db: SQLite.Database;
  try {
    db = new SQLite(path, { fileMustExist: true, readonly: true });
  } catch (e) {
    throw new Error(`${name} cannot be opened as a SQLite database (${(e as Error).message})`);
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (e) {
      throw new Error(`${name} is not a sound SQLite database (${(e as Error).message})`);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') throw new Error(`${name} failed SQLite's integrity check: ${problems.slice(0, 3).join('; ')}`);
    const tables = new Set((db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]).map((t) => t.toLowerCase()));
    if (!tables.has('kysely_migration') || !tables.has('users')) throw new Error(`${name} is not a Lactea database`);
    const applied = db.prepare('select name from kysely_migration order by name').pluck().all() as string[];
    const known = Object.keys(MIGRATIONS);
    const unknown = applied.filter((m) => !known.includes(m));
    if (unknown.length > 0) throw new Error(`${name} was made by a newer version of Lactea (it has migration ${unknown[0]}); upgrade Lactea first`);
    const counts: Record<string, number> = {};
    for (const t of COUNTED) if (tables.has(t)) counts[t] = db.prepare(`select count(*) from "${t}"${t === 'sessions' ? ' where deleted_at is null' : ''}`).pluck().get() as number;
    const latestChange = tables.has('sessions') ? ((db.prepare('select max(updated_at) from sessions').pluck().get() as string | null) ?? null) : null;
    return { bytes: statSync(path).size, counts, latestChange, pendingMigrations: known.length - applied.length };
  } finally {
    db.close();
  }
}

export function describeSummary(s: FileSummary): string {
  const n = (t: string, word: string) => `${s.counts[t] ?? 0} ${word}`;
  const parts = [n('users', 'accounts'), n('households', 'households'), n('babies', 'babies'), n('sessions', 'log entries'), n('symptom_checks', 'symptom checks'), n('creamatocrit_entries', 'creamatocrit measurements')];
  return `${parts.join(', ')}; latest log change ${s.latestChange ?? 'none'}; ${(s.bytes / 1_048_576).toFixed(1)} MB`;
}

const WORKER = `
const { workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.source, { fileMustExist: true });
try {
  db.pragma('busy_timeout = 10000');
  db.prepare('vacuum into ?').run(workerData.target);
} finally {
  db.close();
}
`;

/** The size of the database with its write-ahead log: what a backup has to read. */
function sourceBytes(path: string): number {
  const wal = `${path}-wal`;
  return statSync(path).size + (existsSync(wal) ? statSync(wal).size : 0);
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a consistent copy of the database at `source` to `target` (which must not exist), safe
 * while a server writes to it. `progress` hears the bytes written so far and roughly how many there
 * will be (the copy leaves out free pages, so it can end smaller).
 */
export async function backupSqlite(source: string, target: string, progress: (written: number, expected: number) => void = () => {}): Promise<FileSummary> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}`);
  if (existsSync(target)) throw new Error(`${target} exists; choose a new file name`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const expected = sourceBytes(source);
  const worker = new Worker(WORKER, { eval: true, workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), source, target: partial } });
  const timer = setInterval(() => {
    if (existsSync(partial)) progress(statSync(partial).size, expected);
  }, 250);
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the backup stopped (exit ${code})`))));
    });
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  } finally {
    clearInterval(timer);
  }
  chmodSync(partial, 0o600);
  fsyncPath(partial);
  const summary = inspectSqliteFile(partial);
  progress(summary.bytes, summary.bytes);
  renameSync(partial, target);
  fsyncPath(dirname(target));
  return summary;
}

/**
 * True when a connection (a running server, another `lactea` command) has the database open.
 * Otherwise the database's write-ahead log — a crashed server's last commits — is folded into the
 * file, so the file alone holds everything and no `-wal`/`-shm` is left beside it.
 */
function inUse(path: string): boolean {
  let db: SQLite.Database;
  try {
    db = new SQLite(path, { fileMustExist: true });
  } catch {
    return false;
  }
  try {
    db.pragma('busy_timeout = 0');
    // Leaving WAL mode needs every other connection gone; it fails at once if one is open.
    db.pragma('journal_mode = DELETE');
    return false;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
    return false; // A damaged file: nobody can be using it well; it is kept aside as it is.
  } finally {
    db.close();
  }
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal'] as const;

export interface Restored {
  summary: FileSummary;
  /** Where the database it replaced is kept (null: there was none). */
  keptAt: string | null;
}

/** Replaces the database at `target` with the backup at `backup`. */
export function restoreSqlite(target: string, backup: string, now = new Date()): Restored {
  if (!existsSync(backup)) throw new Error(`There is no backup at ${backup}`);
  if (existsSync(target) && inUse(target)) {
    throw new Error(`${target} is open in another program (a running Lactea server?): stop it, then restore`);
  }
  // The checks run on the very copy that is put in place, with any log the backup file has.
  const incoming = `${target}.restoring`;
  for (const side of SIDE_FILES) rmSync(`${incoming}${side}`, { force: true });
  copyFileSync(backup, incoming);
  if (existsSync(`${backup}-wal`)) copyFileSync(`${backup}-wal`, `${incoming}-wal`);
  let summary: FileSummary;
  try {
    chmodSync(incoming, 0o600);
    inUse(incoming); // folds a copied log into the copy
    summary = inspectSqliteFile(incoming, backup);
    fsyncPath(incoming);
  } catch (e) {
    for (const side of SIDE_FILES) rmSync(`${incoming}${side}`, { force: true });
    throw e;
  }
  let keptAt: string | null = null;
  if (existsSync(target)) {
    keptAt = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    // With its log and index, should it still have them (a damaged file): SQLite finds a log by name.
    for (const side of SIDE_FILES) if (existsSync(`${target}${side}`)) renameSync(`${target}${side}`, `${keptAt}${side}`);
  }
  renameSync(incoming, target);
  fsyncPath(dirname(target));
  return { summary, keptAt };
}
