/** A household's care contacts: rows ↔ records in one place (one row per household, or none). */
import type { Insertable, Kysely, Selectable } from 'kysely';
import { REGIONS, type CareContacts, type Contact, type Region } from '../domain/care-contacts.js';
import type { CareContactsTable, DB } from './schema.js';

function contact(name: string | null, phone: string | null): Contact | null {
  return phone === null ? null : { name: name ?? '', phone };
}

function fromDb(r: Selectable<CareContactsTable>): CareContacts {
  return {
    region: (REGIONS as readonly string[]).includes(r.region ?? '') ? (r.region as Region) : null,
    emergencyPhone: r.emergencyPhone,
    urgentLine: contact(r.urgentName, r.urgentPhone),
    parentClinician: contact(r.parentName, r.parentPhone),
    babyClinician: contact(r.babyName, r.babyPhone),
    version: r.version,
    updatedAt: r.updatedAt,
  };
}

function toDb(householdId: string, c: Omit<CareContacts, 'updatedAt'>, at: string, by: string): Insertable<CareContactsTable> {
  return {
    householdId,
    region: c.region,
    emergencyPhone: c.emergencyPhone,
    urgentName: c.urgentLine?.name ?? null,
    urgentPhone: c.urgentLine?.phone ?? null,
    parentName: c.parentClinician?.name ?? null,
    parentPhone: c.parentClinician?.phone ?? null,
    babyName: c.babyClinician?.name ?? null,
    babyPhone: c.babyClinician?.phone ?? null,
    version: c.version,
    updatedAt: at,
    updatedBy: by,
  };
}

export async function findCareContacts(db: Kysely<DB>, householdId: string): Promise<CareContacts | null> {
  const row = await db.selectFrom('careContacts').selectAll().where('householdId', '=', householdId).executeTakeFirst();
  return row ? fromDb(row) : null;
}

/**
 * Writes version `c.version` when the stored one is `c.version - 1` (none stored counts as 0), in one
 * statement; returns null when another save got there first.
 */
export async function writeCareContacts(db: Kysely<DB>, householdId: string, c: Omit<CareContacts, 'updatedAt'>, at: string, by: string): Promise<CareContacts | null> {
  const values = toDb(householdId, c, at, by);
  const row =
    c.version === 1
      ? await db.insertInto('careContacts').values(values).onConflict((oc) => oc.column('householdId').doNothing()).returningAll().executeTakeFirst()
      : await db
          .updateTable('careContacts')
          .set(values)
          .where('householdId', '=', householdId)
          .where('version', '=', c.version - 1)
          .returningAll()
          .executeTakeFirst();
  return row ? fromDb(row) : null;
}
