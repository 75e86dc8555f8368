/** Lets devices ask "what changed since…" cheaply: sessions and checks by household and update time. Never edit. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('sessions_household_updated').on('sessions').columns(['household_id', 'updated_at']).execute();
  await db.schema.createIndex('symptom_checks_household_created').on('symptom_checks').columns(['household_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('symptom_checks_household_created').execute();
  await db.schema.dropIndex('sessions_household_updated').execute();
}
