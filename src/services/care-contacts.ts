/**
 * A household's care contacts. Saving carries the version read: a stale save is refused with 409
 * and the current contacts (a repeat of the save that landed is a 200, so a retry is safe).
 */
import type { Kysely } from 'kysely';
import { NO_CONTACTS, type CareContacts } from '../domain/care-contacts.js';
import { findCareContacts, writeCareContacts } from '../db/care-contacts.js';
import type { DB } from '../db/schema.js';
import { AppError } from '../errors.js';

export type CareContactsInput = Omit<CareContacts, 'updatedAt'>;

export async function careContactsOf(db: Kysely<DB>, householdId: string): Promise<CareContacts> {
  return (await findCareContacts(db, householdId)) ?? { ...NO_CONTACTS };
}

const sameContent = (a: CareContactsInput, b: CareContactsInput) =>
  JSON.stringify([a.region, a.emergencyPhone, a.urgentLine, a.parentClinician, a.babyClinician]) ===
  JSON.stringify([b.region, b.emergencyPhone, b.urgentLine, b.parentClinician, b.babyClinician]);

export async function saveCareContacts(db: Kysely<DB>, actor: { userId: string }, householdId: string, input: CareContactsInput, now = new Date()): Promise<CareContacts> {
  const saved = await writeCareContacts(db, householdId, { ...input, version: input.version + 1 }, now.toISOString(), actor.userId);
  if (saved) return saved;
  const current = await careContactsOf(db, householdId);
  // The same save again (its answer was lost): it landed, so it is not a conflict.
  if (current.version === input.version + 1 && sameContent(current, input)) return current;
  throw new AppError('version_conflict', 'The care contacts were changed meanwhile', undefined, { current });
}
