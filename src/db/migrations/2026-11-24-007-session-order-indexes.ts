/**
 * Indexes in the order the log is read: newest first with the id as tie-break (no sort step), and
 * per kind (the latest nursing or pumping sessions for "time since emptied"). Never edit.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_household_started').execute();
  await db.schema.createIndex('sessions_household_started_id').on('sessions').columns(['household_id', 'started_at', 'id']).execute();
  await db.schema.createIndex('sessions_household_kind_started').on('sessions').columns(['household_id', 'kind', 'started_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_household_kind_started').execute();
  await db.schema.dropIndex('sessions_household_started_id').execute();
  await db.schema.createIndex('sessions_household_started').on('sessions').columns(['household_id', 'started_at']).execute();
}
