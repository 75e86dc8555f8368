/**
 * A weight unit of its own (kg or lb), apart from the volume unit: for the household (the unit new
 * members start with) and in every account's preferences. Each starts where the weight used to
 * follow the volume — fl oz with lb, mL with kg — so nothing changes for anyone until they choose.
 * Never edit.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('households').addColumn('weight_unit', 'text', (c) => c.notNull().defaultTo('kg')).execute();
  await sql`update households set weight_unit = 'lb' where volume_unit = 'floz'`.execute(db);
  const users = await sql<{ id: string; preferences: string }>`select id, preferences from users`.execute(db);
  for (const { id, preferences } of users.rows) {
    let prefs: Record<string, unknown>;
    try {
      prefs = JSON.parse(preferences) as Record<string, unknown>;
    } catch {
      continue; // Unreadable preferences are read as the defaults anyway.
    }
    if (typeof prefs !== 'object' || prefs === null || 'weightUnit' in prefs) continue;
    prefs.weightUnit = prefs.volumeUnit === 'floz' ? 'lb' : 'kg';
    await sql`update users set preferences = ${JSON.stringify(prefs)} where id = ${id}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const users = await sql<{ id: string; preferences: string }>`select id, preferences from users`.execute(db);
  for (const { id, preferences } of users.rows) {
    let prefs: Record<string, unknown>;
    try {
      prefs = JSON.parse(preferences) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (typeof prefs !== 'object' || prefs === null || !('weightUnit' in prefs)) continue;
    delete prefs.weightUnit;
    await sql`update users set preferences = ${JSON.stringify(prefs)} where id = ${id}`.execute(db);
  }
  await db.schema.alterTable('households').dropColumn('weight_unit').execute();
}
