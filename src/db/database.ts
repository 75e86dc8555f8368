/** Opens the database: SQLite (better-sqlite3, WAL) by default, PostgreSQL for a postgres:// URL. */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, sql } from 'kysely';
import type PG from 'pg';
import type { DB } from './schema.js';

const require = createRequire(import.meta.url);

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** The SQLite handle, for backups; null on PostgreSQL. */
  sqlite: SQLite.Database | null;
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
  // What a deleted account or household held is overwritten in the file, not left in its free pages.
  sqlite.pragma('secure_delete = ON');
  // Kysely's own SQLite dialect: one connection, and a transaction holds it until it ends, so
  // nothing else runs inside another's transaction.
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins: [new CamelCasePlugin()] });
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    ping: () => ping(db),
    async close() {
      await db.destroy();
    },
  };
}

/**
 * Kysely's SQLite dialect prepares every statement anew, and preparing costs more than running a
 * small query. The app issues a bounded set of SQL texts, so prepared statements are kept and
 * reused (bench:api: see the README for what this buys). better-sqlite3 statements are reusable
 * once a run has returned, and Kysely runs one statement at a time on its one connection.
 */
function withStatementCache(sqlite: SQLite.Database, max = 500): SqliteDatabase {
  // In process (bench/profile-api.ts, 2,000 requests each, a busy machine, after the hot queries
  // became SQL templates): a PUT costs 406–470 µs of CPU with it and 595–641 µs without; today's
  // summary 859–896 µs against 1,060–1,198 µs.
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (!stmt) {
        if (cache.size >= max) cache.clear();
        stmt = sqlite.prepare(text);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

function openPostgres(url: string, opts: OpenOptions): Database {
  // Loaded only for a PostgreSQL URL: on SQLite it would cost ~0.1 s of every start (bench:start).
  const pg = require('pg') as typeof PG;
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
    ping: () => ping(db),
    async close() {
      await db.destroy();
    },
  };
}
