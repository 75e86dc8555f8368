/** Households and babies. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Baby, HouseholdSummary } from '../domain/account.js';
import { notFound } from '../errors.js';
import { findBaby, insertBaby, insertHousehold, insertMembership, listBabies, updateBaby } from '../db/households.js';
import type { DB } from '../db/schema.js';

export async function createHousehold(db: Kysely<DB>, userId: string, name: string, now = new Date()): Promise<HouseholdSummary> {
  const id = randomUUID();
  const createdAt = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await insertHousehold(trx, { id, name, createdAt });
    await insertMembership(trx, { householdId: id, userId, role: 'owner', createdAt, expiresAt: null });
  });
  return { id, name, role: 'owner', createdAt };
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
  const baby: Baby = { id: randomUUID(), householdId, name: input.name, birthDate: input.birthDate, createdAt: now.toISOString() };
  await insertBaby(db, baby);
  return baby;
}

export async function changeBaby(
  db: Kysely<DB>,
  householdId: string,
  id: string,
  patch: { name?: string; birthDate?: string | null },
): Promise<Baby> {
  if (!(await findBaby(db, householdId, id))) throw notFound('baby');
  if (patch.name !== undefined || patch.birthDate !== undefined) await updateBaby(db, householdId, id, patch);
  const baby = await findBaby(db, householdId, id);
  if (!baby) throw notFound('baby');
  return baby;
}
