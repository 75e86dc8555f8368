/**
 * A household's default volume unit (new members start with it; each may still choose their own),
 * and babies that can be archived (hidden from pickers, their sessions kept). Never edit.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('households').addColumn('volume_unit', 'text', (c) => c.notNull().defaultTo('ml')).execute();
  await db.schema.alterTable('babies').addColumn('archived_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('babies').dropColumn('archived_at').execute();
  await db.schema.alterTable('households').dropColumn('volume_unit').execute();
}
