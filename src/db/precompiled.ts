/**
 * Hot queries compiled once. Kysely builds, transforms (CamelCasePlugin) and compiles a query on
 * every call; for the few queries every request runs, that costs more than SQLite executing them.
 * A precompiled query is built once with placeholder values, then run with new values in the same
 * positions: the same SQL Kysely would produce, on either dialect, through the same plugins.
 */
import { type CompiledQuery, type Compilable, createQueryId, type Kysely, type QueryResult } from 'kysely';
import type { DB } from './schema.js';

const MARK = '\u0000lactea-param:';

type Runner = (query: CompiledQuery) => Promise<QueryResult<unknown>>;
const direct = new WeakMap<Kysely<DB>, Runner>();

/**
 * Lets precompiled queries on `db` (not its transactions, which are other instances) run through
 * `run` instead of Kysely's executor. `run` must do what the executor would: the same driver, the
 * same result plugins.
 */
export function runDirectly(db: Kysely<DB>, run: Runner): void {
  direct.set(db, run);
}

/** Stands for a value in a query shape; give the real value to the returned function. */
export type Param = <T>(name: string) => T;

/** `precompiled<Values>()((db, param) => query)`: the values are named, the row type is inferred. */
export function precompiled<V extends Record<string, unknown>>() {
  return <R>(build: (db: Kysely<DB>, param: Param) => Compilable<R>): ((db: Kysely<DB>, values: V) => Promise<R[]>) => {
    const run = compileOnce<V, R>(build);
    return async (db, values) => (await run(db, values)).rows;
  };
}

/** The same for a write whose count of changed rows is what matters (`numAffectedRows`). */
export function precompiledWrite<V extends Record<string, unknown>>() {
  return <R>(build: (db: Kysely<DB>, param: Param) => Compilable<R>): ((db: Kysely<DB>, values: V) => Promise<QueryResult<R>>) => compileOnce<V, R>(build);
}

function compileOnce<V extends Record<string, unknown>, R>(build: (db: Kysely<DB>, param: Param) => Compilable<R>): (db: Kysely<DB>, values: V) => Promise<QueryResult<R>> {
  const cache = new WeakMap<Kysely<DB>, { compiled: CompiledQuery<R>; slots: (string | null)[] }>();
  return async (db, values) => {
    let entry = cache.get(db);
    if (!entry) {
      const compiled = build(db, <T>(name: string) => `${MARK}${name}` as unknown as T).compile();
      const slots = compiled.parameters.map((p) => (typeof p === 'string' && p.startsWith(MARK) ? p.slice(MARK.length) : null));
      entry = { compiled, slots };
      cache.set(db, entry);
    }
    const { compiled, slots } = entry;
    const parameters = slots.map((name, i) => {
      if (name === null) return compiled.parameters[i];
      if (!(name in values)) throw new Error(`precompiled query: no value for ${name}`);
      return values[name];
    });
    const query: CompiledQuery<R> = { sql: compiled.sql, query: compiled.query, queryId: createQueryId(), parameters };
    const run = direct.get(db);
    return run ? (run(query) as Promise<QueryResult<R>>) : db.executeQuery<R>(query);
  };
}
