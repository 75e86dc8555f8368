/** Accounts, households, babies and the session log. Landed: never edit; add a new migration. */
import type { Kysely } from 'kysely';

// Migrations see the database untyped: they describe the schema as it was at that point in time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('preferences', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('auth_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('auth_sessions_user').on('auth_sessions').column('user_id').execute();

  await db.schema
    .createTable('households')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addPrimaryKeyConstraint('memberships_pk', ['household_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user').on('memberships').column('user_id').execute();

  await db.schema
    .createTable('babies')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('babies_pk', ['household_id', 'id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('baby_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('segments', 'text', (c) => c.notNull())
    .addColumn('left_ml', 'double precision')
    .addColumn('right_ml', 'double precision')
    .addColumn('volume_ml', 'double precision')
    .addColumn('milk_type', 'text')
    .addColumn('massage_routine_id', 'text')
    .addColumn('massage_timing', 'text')
    .addColumn('massage_minutes', 'double precision')
    .addColumn('massage_tool', 'text')
    .addColumn('massage_vibration', 'integer')
    .addColumn('massage_heat', 'integer')
    .addColumn('pain_before', 'integer')
    .addColumn('pain_after', 'integer')
    .addColumn('fullness_before', 'integer')
    .addColumn('fullness_after', 'integer')
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addPrimaryKeyConstraint('sessions_pk', ['household_id', 'id'])
    .execute();
  await db.schema.createIndex('sessions_household_started').on('sessions').columns(['household_id', 'started_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['sessions', 'babies', 'memberships', 'households', 'auth_sessions', 'users']) {
    await db.schema.dropTable(t).execute();
  }
}
