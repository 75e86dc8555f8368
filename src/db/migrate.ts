/** Applies the code's migrations in order; refuses a database that has migrations the code lacks. */
import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import type { DB } from './schema.js';
import { MIGRATIONS } from './migrations/index.js';

export interface MigrateOutcome {
  applied: string[];
}

/**
 * `schema`: PostgreSQL only, the schema the connection's search_path points at. Kysely otherwise
 * looks for its bookkeeping tables in every schema of the database, and takes another schema's for
 * its own (tests running side by side, each in its own schema, then fail to migrate).
 */
export async function migrateToLatest(db: Kysely<DB>, opts: { schema?: string } = {}): Promise<MigrateOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    allowUnorderedMigrations: false,
    ...(opts.schema ? { migrationTableSchema: opts.schema } : {}),
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${reason}`);
  }
  return { applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
