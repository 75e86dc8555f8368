/** Creamatocrit entries: rows ↔ records in one place. */
import type { Kysely, Selectable } from 'kysely';
import type { SampleType } from '../domain/insights/index.js';
import type { CreamatocritTable, DB } from './schema.js';

export interface StoredCreamatocrit {
  id: string;
  householdId: string;
  measuredAt: string;
  cmctPercent: number;
  sample: SampleType;
  frozen: boolean;
  massage: boolean;
  sessionId: string | null;
  createdAt: string;
  createdBy: string;
}

function fromDb(r: Selectable<CreamatocritTable>): StoredCreamatocrit {
  return { ...r, sample: r.sample as SampleType, frozen: r.frozen === 1, massage: r.massage === 1 };
}

export async function insertEntryIfAbsent(db: Kysely<DB>, e: StoredCreamatocrit): Promise<StoredCreamatocrit | null> {
  const row = await db
    .insertInto('creamatocritEntries')
    .values({ ...e, frozen: e.frozen ? 1 : 0, massage: e.massage ? 1 : 0 })
    .onConflict((oc) => oc.columns(['householdId', 'id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? fromDb(row) : null;
}

export async function findEntry(db: Kysely<DB>, householdId: string, id: string): Promise<StoredCreamatocrit | null> {
  const row = await db.selectFrom('creamatocritEntries').selectAll().where('householdId', '=', householdId).where('id', '=', id).executeTakeFirst();
  return row ? fromDb(row) : null;
}

export async function deleteEntry(db: Kysely<DB>, householdId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('creamatocritEntries').where('householdId', '=', householdId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function listEntries(db: Kysely<DB>, householdId: string, f: { from?: string; to?: string; limit: number }): Promise<StoredCreamatocrit[]> {
  let q = db.selectFrom('creamatocritEntries').selectAll().where('householdId', '=', householdId);
  if (f.from) q = q.where('measuredAt', '>=', f.from);
  if (f.to) q = q.where('measuredAt', '<', f.to);
  const rows = await q.orderBy('measuredAt', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
  return rows.map(fromDb);
}
