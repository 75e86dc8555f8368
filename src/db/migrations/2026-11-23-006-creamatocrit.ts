/** Creamatocrit measurements (cream % of a centrifuged milk sample). Never edit. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('creamatocrit_entries')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('measured_at', 'text', (c) => c.notNull())
    .addColumn('cmct_percent', 'double precision', (c) => c.notNull())
    .addColumn('sample', 'text', (c) => c.notNull())
    .addColumn('frozen', 'integer', (c) => c.notNull())
    .addColumn('massage', 'integer', (c) => c.notNull())
    .addColumn('session_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('creamatocrit_entries_pk', ['household_id', 'id'])
    .execute();
  await db.schema.createIndex('creamatocrit_household_measured').on('creamatocrit_entries').columns(['household_id', 'measured_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('creamatocrit_entries').execute();
}
