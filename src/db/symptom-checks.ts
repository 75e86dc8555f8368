/** Saved symptom checks: rows ↔ records in one place. */
import type { Kysely, Selectable } from 'kysely';
import type { SymptomAnswers, TriageResult } from '../domain/triage/index.js';
import type { DB, SymptomChecksTable } from './schema.js';

export interface SymptomCheck {
  id: string;
  householdId: string;
  checkedAt: string;
  /** As saved: a check saved by an earlier rules version keeps that version's answers and result. */
  answers: SymptomAnswers;
  result: TriageResult;
  rulesVersion: string;
  createdAt: string;
  createdBy: string;
}

function fromDb(r: Selectable<SymptomChecksTable>): SymptomCheck {
  return {
    id: r.id,
    householdId: r.householdId,
    checkedAt: r.checkedAt,
    answers: JSON.parse(r.answers) as SymptomAnswers,
    result: JSON.parse(r.result) as TriageResult,
    rulesVersion: r.rulesVersion,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
  };
}

export async function findCheck(db: Kysely<DB>, householdId: string, id: string): Promise<SymptomCheck | null> {
  const row = await db.selectFrom('symptomChecks').selectAll().where('householdId', '=', householdId).where('id', '=', id).executeTakeFirst();
  return row ? fromDb(row) : null;
}

/** Inserts unless the id exists; returns the new record, or null when it existed. */
export async function insertCheckIfAbsent(db: Kysely<DB>, c: SymptomCheck): Promise<SymptomCheck | null> {
  const row = await db
    .insertInto('symptomChecks')
    .values({
      householdId: c.householdId,
      id: c.id,
      checkedAt: c.checkedAt,
      answers: JSON.stringify(c.answers),
      result: JSON.stringify(c.result),
      level: c.result.level,
      rulesVersion: c.rulesVersion,
      createdAt: c.createdAt,
      createdBy: c.createdBy,
    })
    .onConflict((oc) => oc.columns(['householdId', 'id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? fromDb(row) : null;
}

/** Checks in [from, to), newest first. */
export async function listChecks(db: Kysely<DB>, householdId: string, f: { from?: string; to?: string; limit: number }): Promise<SymptomCheck[]> {
  let q = db.selectFrom('symptomChecks').selectAll().where('householdId', '=', householdId);
  if (f.from) q = q.where('checkedAt', '>=', f.from);
  if (f.to) q = q.where('checkedAt', '<', f.to);
  const rows = await q.orderBy('checkedAt', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
  return rows.map(fromDb);
}
