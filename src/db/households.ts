/** Households, memberships and babies. */
import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { Baby, HouseholdSummary, Role } from '../domain/account.js';
import type { VolumeUnit, WeightUnit } from '../domain/units.js';
import type { DB } from './schema.js';

type Q = Kysely<DB> | Transaction<DB>;

export async function insertHousehold(db: Q, h: { id: string; name: string; createdAt: string; volumeUnit?: VolumeUnit; weightUnit?: WeightUnit }): Promise<void> {
  await db.insertInto('households').values(h).execute();
}

export async function updateHousehold(db: Q, id: string, patch: { name?: string; volumeUnit?: VolumeUnit; weightUnit?: WeightUnit }): Promise<void> {
  await db.updateTable('households').set(patch).where('id', '=', id).execute();
}

/** The units new members of a household start with. */
export async function householdUnits(db: Q, id: string): Promise<{ volumeUnit: VolumeUnit; weightUnit: WeightUnit }> {
  const row = await db.selectFrom('households').select(['volumeUnit', 'weightUnit']).where('id', '=', id).executeTakeFirst();
  return { volumeUnit: asVolumeUnit(row?.volumeUnit), weightUnit: asWeightUnit(row?.weightUnit) };
}

function asVolumeUnit(v: string | undefined): VolumeUnit {
  return v === 'floz' ? 'floz' : 'ml';
}

function asWeightUnit(v: string | undefined): WeightUnit {
  return v === 'lb' ? 'lb' : 'kg';
}

export async function insertMembership(
  db: Q,
  m: { householdId: string; userId: string; role: Role; createdAt: string; expiresAt: string | null },
): Promise<void> {
  await db.insertInto('memberships').values(m).execute();
}

export async function listHouseholdsForUser(db: Q, userId: string, nowIso: string): Promise<HouseholdSummary[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('households', 'households.id', 'memberships.householdId')
    .select(['households.id', 'households.name', 'households.createdAt', 'households.volumeUnit', 'households.weightUnit', 'memberships.role'])
    .where('memberships.userId', '=', userId)
    .where((eb) => eb.or([eb('memberships.expiresAt', 'is', null), eb('memberships.expiresAt', '>', nowIso)]))
    .orderBy('households.createdAt')
    .orderBy('households.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.createdAt, role: r.role as Role, volumeUnit: asVolumeUnit(r.volumeUnit), weightUnit: asWeightUnit(r.weightUnit) }));
}

/** The user's live role in a household, or null when she is not (or no longer) a member. */
export async function findRole(db: Q, householdId: string, userId: string, nowIso: string): Promise<Role | null> {
  const row = await db
    .selectFrom('memberships')
    .select(['role', 'expiresAt'])
    .where('householdId', '=', householdId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  if (row.expiresAt !== null && row.expiresAt <= nowIso) return null;
  return row.role as Role;
}

export async function listBabies(db: Q, householdId: string): Promise<Baby[]> {
  return db
    .selectFrom('babies')
    .select(['id', 'householdId', 'name', 'birthDate', 'createdAt', 'archivedAt'])
    .where('householdId', '=', householdId)
    // In the order they were added; twins added in the same instant, by name.
    .orderBy('createdAt')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findBaby(db: Q, householdId: string, id: string): Promise<Baby | null> {
  const row = await db
    .selectFrom('babies')
    .select(['id', 'householdId', 'name', 'birthDate', 'createdAt', 'archivedAt'])
    .where('householdId', '=', householdId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

export async function insertBaby(db: Q, b: Baby): Promise<void> {
  await db.insertInto('babies').values(b).execute();
}

export async function updateBaby(db: Q, householdId: string, id: string, patch: { name?: string; birthDate?: string | null; archivedAt?: string | null }): Promise<void> {
  await db.updateTable('babies').set(patch).where('householdId', '=', householdId).where('id', '=', id).execute();
}

/** Tables that hold a household's data: one row in any of them and the household is not empty. */
const HOUSEHOLD_DATA = ['babies', 'sessions', 'symptomChecks', 'creamatocritEntries', 'nappies', 'weights', 'careNotes', 'invites', 'accessLog'] as const;

/**
 * Households this user owns that hold nothing at all: no data, no invite ever made, nobody else in
 * them (the "Home" every sign-up used to get). Safe to remove: there is nothing in them to lose.
 */
export async function emptyOwnedHouseholds(db: Q, userId: string): Promise<string[]> {
  const owned = await db.selectFrom('memberships').select('householdId').where('userId', '=', userId).where('role', '=', 'owner').execute();
  // Meant for the caller's transaction, before it deletes what this finds. On PostgreSQL the rows are
  // locked first: an entry written into one of them meanwhile (it locks the household row to check its
  // key) is then either committed before the look below, which sees it, or waits and is refused once
  // the household is gone. Without the lock an entry acknowledged in between was deleted with it.
  // SQLite runs one write transaction at a time, so nothing lands in between there.
  if (owned.length > 0 && db.getExecutor().adapter instanceof PostgresAdapter) {
    await db.selectFrom('households').select('id').where('id', 'in', owned.map((o) => o.householdId)).forUpdate().execute();
  }
  const empty: string[] = [];
  for (const { householdId } of owned) {
    const others = await db.selectFrom('memberships').select('userId').where('householdId', '=', householdId).where('userId', '!=', userId).limit(1).execute();
    if (others.length > 0) continue;
    let any = false;
    for (const table of HOUSEHOLD_DATA) {
      const row = await db.selectFrom(table).select('householdId').where('householdId', '=', householdId).limit(1).executeTakeFirst();
      if (row) {
        any = true;
        break;
      }
    }
    if (!any) empty.push(householdId);
  }
  return empty;
}

export async function deleteHouseholds(db: Q, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('households').where('id', 'in', [...ids]).execute();
}
