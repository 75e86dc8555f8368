/**
 * The baby's side and the consultant's notes: nappies, weights (the birth weight among them) and
 * care notes. Household-owned, versioned, soft-deleted, like sessions. Never edit.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('nappies')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('baby_id', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('colour', 'text')
    .addColumn('pink_urates', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addPrimaryKeyConstraint('nappies_pk', ['household_id', 'id'])
    .execute();
  await db.schema.createIndex('nappies_household_changed').on('nappies').columns(['household_id', 'changed_at', 'id']).execute();
  await db.schema.createIndex('nappies_household_updated').on('nappies').columns(['household_id', 'updated_at', 'id']).execute();

  await db.schema
    .createTable('weights')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('baby_id', 'text', (c) => c.notNull())
    .addColumn('measured_at', 'text', (c) => c.notNull())
    .addColumn('grams', 'double precision', (c) => c.notNull())
    .addColumn('birth', 'integer', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addPrimaryKeyConstraint('weights_pk', ['household_id', 'id'])
    .execute();
  await db.schema.createIndex('weights_household_measured').on('weights').columns(['household_id', 'measured_at', 'id']).execute();
  await db.schema.createIndex('weights_household_updated').on('weights').columns(['household_id', 'updated_at', 'id']).execute();

  await db.schema
    .createTable('care_notes')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('noted_at', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addPrimaryKeyConstraint('care_notes_pk', ['household_id', 'id'])
    .execute();
  await db.schema.createIndex('care_notes_household_noted').on('care_notes').columns(['household_id', 'noted_at', 'id']).execute();
  await db.schema.createIndex('care_notes_household_updated').on('care_notes').columns(['household_id', 'updated_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['care_notes', 'weights', 'nappies']) await db.schema.dropTable(t).execute();
}
