/**
 * Knows, on SQLite, whether the tables a cached answer was read from have been written since.
 *
 * Every statement the app runs goes through one better-sqlite3 connection (database.ts wraps its
 * statements): each write bumps a counter for the table it writes and for every table that refers
 * to it by a foreign key (a delete cascades), and anything it cannot read (DDL, an unfamiliar
 * statement) bumps them all. Writes by another process (the `lactea` CLI on the same file) are
 * seen through `PRAGMA data_version`, which changes when another connection commits; then every
 * counter moves too. So a stamp taken before reading is still current exactly when nothing those
 * tables hold can have changed — no time-to-live, and no call site that must remember to invalidate.
 *
 * There is none on PostgreSQL: several app instances share the database there and one cannot see
 * the others' writes, so the caches built on this are off and every request reads the database.
 */
import type SQLite from 'better-sqlite3';

export interface WriteView {
  /** A number that changes whenever any of `tables` (snake_case names) may have changed. */
  stamp(tables: readonly string[]): number;
}

export interface WriteTracker extends WriteView {
  /**
   * Looks once for other processes' commits, then stamps without looking again: for the caches one
   * request reads (it sees the database as of its start, as if it had all run at that moment). The
   * look is shared by every request that starts in the same turn of the event loop.
   * This process's own writes still count at once.
   */
  view(): WriteView;
  /** Called with each statement's SQL before it runs. */
  willRun(sql: string): void;
}

const READ = /^\s*(select|pragma\s+data_version)\b/i;
const TRANSACTION = /^\s*(begin|commit|end|rollback|savepoint|release)\b/i;
const WRITE = /^\s*(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+"?([A-Za-z_][\w]*)"?/i;

/** What a statement does to the tables, from its text: nothing, some tables, or anything. */
type Effect = { kind: 'none' } | { kind: 'table'; table: string } | { kind: 'all' };

export function effectOf(sql: string): Effect {
  if (READ.test(sql) || TRANSACTION.test(sql)) return { kind: 'none' };
  const m = WRITE.exec(sql);
  // `insert … select` writes only its target; a `with …` write, DDL or anything else not
  // recognised counts as writing every table.
  if (m?.[1]) return { kind: 'table', table: m[1].toLowerCase() };
  return { kind: 'all' };
}

export function sqliteWriteTracker(sqlite: SQLite.Database): WriteTracker {
  const counters = new Map<string, number>();
  let epoch = 0;
  let dataVersion: unknown = null;
  let dependents: Map<string, string[]> | null = null;
  const effects = new Map<string, Effect>();
  const versionStmt = sqlite.prepare('pragma data_version').pluck();
  let lookedThisTurn = false;

  /** For each table, itself and every table that refers to it, directly or through others. */
  function closure(): Map<string, string[]> {
    if (dependents) return dependents;
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[];
    const referrers = new Map<string, Set<string>>();
    for (const t of tables) {
      for (const fk of sqlite.pragma(`foreign_key_list("${t.replace(/"/g, '""')}")`) as { table: string }[]) {
        const target = fk.table.toLowerCase();
        if (!referrers.has(target)) referrers.set(target, new Set());
        referrers.get(target)?.add(t.toLowerCase());
      }
    }
    const out = new Map<string, string[]>();
    for (const t of new Set([...tables.map((x) => x.toLowerCase()), ...referrers.keys()])) {
      const seen = new Set([t]);
      const todo = [t];
      while (todo.length) {
        for (const r of referrers.get(todo.pop() as string) ?? []) {
          if (!seen.has(r)) {
            seen.add(r);
            todo.push(r);
          }
        }
      }
      out.set(t, [...seen]);
    }
    dependents = out;
    return out;
  }

  const view: WriteView = {
    stamp(tables) {
      // Every part only grows, so the sum changes whenever one of them does.
      let sum = epoch;
      for (const t of tables) sum += counters.get(t) ?? 0;
      return sum;
    },
  };

  function bumpAll(): void {
    epoch += 1;
    dependents = null;
  }

  return {
    willRun(sql) {
      let effect = effects.get(sql);
      if (!effect) {
        effect = effectOf(sql);
        if (effects.size >= 1000) effects.clear();
        effects.set(sql, effect);
      }
      if (effect.kind === 'none') return;
      if (effect.kind === 'all') return bumpAll();
      for (const t of closure().get(effect.table) ?? [effect.table]) counters.set(t, (counters.get(t) ?? 0) + 1);
    },
    stamp(tables) {
      return this.view().stamp(tables);
    },
    view() {
      // Once per turn of the event loop: the requests read in one turn start together, and asking
      // SQLite (a read transaction on the WAL) cost more than the rest of a cached answer.
      if (lookedThisTurn) return view;
      lookedThisTurn = true;
      setImmediate(() => {
        lookedThisTurn = false;
      });
      const v = versionStmt.get();
      if (v !== dataVersion) {
        if (dataVersion !== null) bumpAll();
        dataVersion = v;
      }
      return view;
    },
  };
}
