/** Households and babies. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Baby, HouseholdSummary } from '../domain/account.js';
import { weightUnitFor, type VolumeUnit, type WeightUnit } from '../domain/units.js';
import { notFound } from '../errors.js';
import { findBaby, insertBaby, insertHousehold, insertMembership, listBabies, listHouseholdsForUser, updateBaby, updateHousehold } from '../db/households.js';
import type { DB } from '../db/schema.js';

/** A new household owned by her; its weight unit, unless given, is the one that goes with its volume unit. */
export async function createHousehold(
  db: Kysely<DB>,
  userId: string,
  name: string,
  now = new Date(),
  units: { volumeUnit?: VolumeUnit; weightUnit?: WeightUnit } = {},
): Promise<HouseholdSummary> {
  const id = randomUUID();
  const createdAt = now.toISOString();
  const volumeUnit = units.volumeUnit ?? 'ml';
  const weightUnit = units.weightUnit ?? weightUnitFor(volumeUnit);
  await db.transaction().execute(async (trx) => {
    await insertHousehold(trx, { id, name, createdAt, volumeUnit, weightUnit });
    await insertMembership(trx, { householdId: id, userId, role: 'owner', createdAt, expiresAt: null });
  });
  return { id, name, role: 'owner', createdAt, volumeUnit, weightUnit };
}

/** Renames a household or changes the units new members start with (the owner's to do). */
export async function changeHousehold(
  db: Kysely<DB>,
  userId: string,
  householdId: string,
  patch: { name?: string; volumeUnit?: VolumeUnit; weightUnit?: WeightUnit },
  now = new Date(),
): Promise<HouseholdSummary> {
  if (Object.values(patch).some((v) => v !== undefined)) await updateHousehold(db, householdId, patch);
  const h = (await listHouseholdsForUser(db, userId, now.toISOString())).find((x) => x.id === householdId);
  if (!h) throw notFound('household');
  return h;
}

export function babiesOf(db: Kysely<DB>, householdId: string): Promise<Baby[]> {
  return listBabies(db, householdId);
}

export async function addBaby(
  db: Kysely<DB>,
  householdId: string,
  input: { name: string; birthDate: string | null },
  now = new Date(),
): Promise<Baby> {
  const baby: Baby = { id: randomUUID(), householdId, name: input.name, birthDate: input.birthDate, createdAt: now.toISOString(), archivedAt: null };
  await insertBaby(db, baby);
  return baby;
}

/** Renames a baby, changes the birth date, or archives one (her sessions stay) or brings her back. */
export async function changeBaby(
  db: Kysely<DB>,
  householdId: string,
  id: string,
  patch: { name?: string; birthDate?: string | null; archived?: boolean },
  now = new Date(),
): Promise<Baby> {
  const current = await findBaby(db, householdId, id);
  if (!current) throw notFound('baby');
  const { archived, ...rest } = patch;
  const change: { name?: string; birthDate?: string | null; archivedAt?: string | null } = { ...rest };
  // Archiving twice keeps the first date.
  if (archived !== undefined && archived !== (current.archivedAt !== null)) change.archivedAt = archived ? now.toISOString() : null;
  if (Object.keys(change).length > 0) await updateBaby(db, householdId, id, change);
  const baby = await findBaby(db, householdId, id);
  if (!baby) throw notFound('baby');
  return baby;
}
