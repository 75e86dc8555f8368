/** Applies the code's migrations in order; refuses a database that has migrations the code lacks. */
import { type Kysely, type MigrationResultSet, Migrator, PostgresAdapter, sql } from 'kysely';
import type { DB } from './schema.js';
import { MIGRATIONS } from './migrations/index.js';

export interface MigrateOutcome {
  applied: string[];
}

export async function migrateToLatest(db: Kysely<DB>): Promise<MigrateOutcome> {
  // On PostgreSQL, Kysely looks for its own tables in every schema it can see: without naming the
  // current one, another schema's tables in the same database (a second install, a test) fool it.
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    allowUnorderedMigrations: false,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${reason}`);
  }
  return { applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
