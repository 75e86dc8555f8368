/**
 * Kysely's driver for the one SQLite connection, with group commit.
 *
 * On SQLite each commit appends every page it changed to the write-ahead log; a session row touches
 * the table and four indexes, so committing rows one by one costs several times more than the rows
 * themselves. Here the inserts, updates and deletes that arrive in the same turn of the event loop
 * run inside one transaction, committed at the end of that turn (setImmediate), and each of them
 * resolves only once that commit is done. What every caller sees stays as it was:
 * - a write is answered only after it is committed; if the commit fails, every write in it fails
 *   and none is kept (nothing is reported done that is not);
 * - nothing else reads uncommitted data: a read, or any other statement, waits until the open
 *   group has committed, and runs outside any transaction, as before;
 * - a statement that fails is undone by SQLite alone and fails alone, as it would by itself; if the
 *   failure ended the whole transaction (a full disk, an I/O error), the others in it fail too;
 * - an explicit transaction (db.transaction()) waits for the open group to commit and then runs
 *   alone; everything else waits until it ends, as with Kysely's own driver.
 */
import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type SqliteDatabase,
} from 'kysely';

const DML = /^\s*(insert|update|delete|replace)\b/i;

interface Group {
  done: Promise<void>;
  resolve(): void;
  reject(e: unknown): void;
}

class Handle implements DatabaseConnection {
  /** In the driver's idle list (so it is never listed twice, and never handed to two callers). */
  idle = false;

  constructor(private readonly driver: GroupCommitDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.run<R>(this, query);
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query.query)) throw new Error('Sqlite driver only supports streaming of select queries');
    await this.driver.settled(this);
    for (const row of this.driver.statement(query.sql).iterate(query.parameters)) yield { rows: [row as R] };
  }
}

export class GroupCommitDriver implements Driver {
  private group: Group | null = null;
  /** The handle inside an explicit transaction, and a promise that settles when it ends. */
  private owner: { handle: Handle; ended: Promise<void>; end(): void } | null = null;

  private readonly begin: SQLite.Statement;
  private readonly commitStmt: SQLite.Statement;
  private readonly rollbackStmt: SQLite.Statement;

  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly statements: SqliteDatabase,
  ) {
    this.begin = sqlite.prepare('begin');
    this.commitStmt = sqlite.prepare('commit');
    this.rollbackStmt = sqlite.prepare('rollback');
  }

  async init(): Promise<void> {}

  /** Never in a transaction: what runOutside runs on. */
  private readonly outside = new Handle(this);

  /**
   * Runs one statement as a query outside any transaction would, without Kysely's connection
   * round trip (precompiled.ts uses it for the statements every request runs).
   */
  runOutside<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.run<R>(this.outside, query);
  }

  /**
   * Handles are reused: Kysely remembers every connection it is given in a WeakSet, and a new
   * object per query made that set — and the garbage collector's work on it — grow with traffic.
   */
  private readonly idle: Handle[] = [];

  async acquireConnection(): Promise<DatabaseConnection> {
    const handle = this.idle.pop() ?? new Handle(this);
    handle.idle = false;
    return handle;
  }

  statement(sql: string) {
    return this.statements.prepare(sql);
  }

  private execute<R>(query: CompiledQuery): QueryResult<R> {
    const stmt = this.statements.prepare(query.sql);
    if (stmt.reader) return { rows: stmt.all(query.parameters) as R[] };
    const { changes, lastInsertRowid } = stmt.run(query.parameters);
    return {
      numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
      insertId: lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
      rows: [],
    };
  }

  /** Resolves when `handle` may run a statement on committed data, outside any group. */
  async settled(handle: Handle): Promise<void> {
    for (;;) {
      if (this.owner && this.owner.handle !== handle) await this.owner.ended;
      else if (this.group) await this.group.done.catch(() => undefined);
      else return;
    }
  }

  async run<R>(handle: Handle, query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.owner?.handle === handle) return this.execute<R>(query);
    if (!DML.test(query.sql)) {
      await this.settled(handle);
      return this.execute<R>(query);
    }
    while (this.owner) await this.owner.ended;
    const group = this.group ?? this.open();
    let result: QueryResult<R>;
    try {
      result = this.execute<R>(query);
    } catch (e) {
      // SQLite undid the statement; if it had to end the transaction, the group is lost with it.
      if (!this.sqlite.inTransaction) this.fail(group, e);
      throw e;
    }
    await group.done;
    return result;
  }

  private open(): Group {
    let resolve!: () => void;
    let reject!: (e: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Whoever waits on it handles a failure; this keeps an unwatched one from being "unhandled".
    done.catch(() => undefined);
    const group: Group = { done, resolve, reject };
    this.begin.run();
    this.group = group;
    setImmediate(() => this.commit(group));
    return group;
  }

  private commit(group: Group): void {
    if (this.group !== group) return;
    this.group = null;
    if (!this.sqlite.inTransaction) return group.reject(new Error('The transaction was rolled back'));
    try {
      this.commitStmt.run();
      group.resolve();
    } catch (e) {
      if (this.sqlite.inTransaction) this.rollbackStmt.run();
      group.reject(e);
    }
  }

  private fail(group: Group, e: unknown): void {
    if (this.group === group) this.group = null;
    group.reject(e);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const handle = connection as Handle;
    await this.settled(handle);
    let end!: () => void;
    const ended = new Promise<void>((r) => {
      end = r;
    });
    this.owner = { handle, ended, end };
    try {
      this.execute(CompiledQuery.raw('begin'));
    } catch (e) {
      this.release(handle);
      throw e;
    }
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      this.execute(CompiledQuery.raw('commit'));
    } finally {
      // A failed commit leaves the transaction open for Kysely to roll back; it still owns it then.
      if (!this.sqlite.inTransaction) this.release(connection as Handle);
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      if (this.sqlite.inTransaction) this.execute(CompiledQuery.raw('rollback'));
    } finally {
      this.release(connection as Handle);
    }
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await this.savepointCommand(connection, 'savepoint', name);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await this.savepointCommand(connection, 'rollback to', name);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await this.savepointCommand(connection, 'release', name);
  }

  private async savepointCommand(connection: DatabaseConnection, command: 'savepoint' | 'rollback to' | 'release', name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`${command} "${name.replace(/"/g, '""')}"`));
  }

  private release(handle: Handle): void {
    if (this.owner?.handle !== handle) return;
    const { end } = this.owner;
    this.owner = null;
    end();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const handle = connection as Handle;
    // One still inside a transaction is not given to anyone else (Kysely ends it before releasing).
    if (handle.idle || this.owner?.handle === handle || this.idle.length >= 100) return;
    handle.idle = true;
    this.idle.push(handle);
  }

  async destroy(): Promise<void> {
    const group = this.group;
    if (group) {
      this.commit(group);
      await group.done.catch(() => undefined);
    }
    this.statements.close();
  }
}

/** Kysely's SQLite dialect over the driver above (made by the caller, who may also run queries on it directly). */
export function groupCommitDialect(driver: GroupCommitDriver): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => driver,
    createIntrospector: (db: Kysely<unknown>) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
