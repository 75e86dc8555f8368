/** "My care contacts" of a household: whom the symptom check's call buttons ring. Never edit. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('care_contacts')
    .addColumn('household_id', 'text', (c) => c.primaryKey().references('households.id').onDelete('cascade'))
    .addColumn('region', 'text')
    .addColumn('emergency_phone', 'text')
    .addColumn('urgent_name', 'text')
    .addColumn('urgent_phone', 'text')
    .addColumn('parent_name', 'text')
    .addColumn('parent_phone', 'text')
    .addColumn('baby_name', 'text')
    .addColumn('baby_phone', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('care_contacts').execute();
}
