/** Opens the database: SQLite (better-sqlite3, WAL) by default, PostgreSQL for a postgres:// URL. */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, type SqliteDatabase, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';
import { runDirectly } from './precompiled.js';
import { GroupCommitDriver, groupCommitDialect } from './sqlite-group-commit.js';
import { sqliteWriteTracker, type WriteTracker } from './write-tracker.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** The SQLite handle, for online backups; null on PostgreSQL. */
  sqlite: SQLite.Database | null;
  /** Whether tables were written since a stamp (SQLite only; null on PostgreSQL, see write-tracker.ts). */
  writes: WriteTracker | null;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** True when the database answers a trivial query. */
async function ping(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export interface OpenOptions {
  /** PostgreSQL only: the schema to use (tests give each file its own). */
  pgSchema?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export function openDatabase(url: string, opts: OpenOptions = {}): Database {
  return isPostgresUrl(url) ? openPostgres(url, opts) : openSqlite(url);
}

function openSqlite(path: string): Database {
  const memory = path === ':memory:';
  if (!memory) {
    const dir = dirname(path);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  const fresh = memory || !existsSync(path);
  const sqlite = new SQLite(path);
  // Health data: the file is readable by its owner only.
  if (!memory && fresh) chmodSync(path, 0o600);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const writes = sqliteWriteTracker(sqlite);
  const driver = new GroupCommitDriver(sqlite, withStatementCache(sqlite, writes));
  const camelCase = new CamelCasePlugin();
  const db = new Kysely<DB>({ dialect: groupCommitDialect(driver), plugins: [camelCase] });
  // The hot precompiled statements skip Kysely's connection round trip; rows get the same plugin.
  runDirectly(db, async (query) => camelCase.transformResult({ result: await driver.runOutside(query), queryId: query.queryId }));
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    writes,
    ping: () => ping(db),
    async close() {
      await db.destroy();
    },
  };
}

type TrackedStatement = ReturnType<SqliteDatabase['prepare']>;

/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs more than running a small
 * query. The app issues a bounded set of SQL texts, so prepared statements are kept and reused.
 * Each run is first told to the write tracker, so caches know what was written.
 */
function withStatementCache(sqlite: SQLite.Database, writes: WriteTracker, max = 500): SqliteDatabase {
  const cache = new Map<string, TrackedStatement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (!stmt) {
        if (cache.size >= max) cache.clear();
        const s = sqlite.prepare(text);
        stmt = {
          reader: s.reader,
          all: (parameters: ReadonlyArray<unknown>) => (writes.willRun(text), s.all(parameters)),
          run: (parameters: ReadonlyArray<unknown>) => (writes.willRun(text), s.run(parameters)),
          iterate: (parameters: ReadonlyArray<unknown>) => (writes.willRun(text), s.iterate(parameters)),
        };
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

function openPostgres(url: string, opts: OpenOptions): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
  });
  // An idle client's error (the server restarted) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return {
    db,
    dialect: 'postgres',
    sqlite: null,
    writes: null,
    ping: () => ping(db),
    async close() {
      await db.destroy();
    },
  };
}
