/** Saved symptom checks: rows ↔ records in one place. */
import { type Kysely, type Selectable, type SelectQueryBuilder, sql } from 'kysely';
import type { SymptomAnswers, TriageResult } from '../domain/triage/index.js';
import type { Level } from '../domain/triage/types.js';
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

interface CheckFilter {
  from?: string;
  to?: string;
  limit: number;
}

/** Checks in [from, to), newest first: the one place that filter is written. */
function listed<O>(query: SelectQueryBuilder<DB, 'symptomChecks', O>, householdId: string, f: CheckFilter): SelectQueryBuilder<DB, 'symptomChecks', O> {
  let q = query.where('householdId', '=', householdId);
  if (f.from) q = q.where('checkedAt', '>=', f.from);
  if (f.to) q = q.where('checkedAt', '<', f.to);
  return q.orderBy('checkedAt', 'desc').orderBy('id', 'desc').limit(f.limit);
}

export async function listChecks(db: Kysely<DB>, householdId: string, f: CheckFilter): Promise<SymptomCheck[]> {
  const rows = await listed(db.selectFrom('symptomChecks').selectAll(), householdId, f).execute();
  return rows.map(fromDb);
}

/**
 * When each check in [fromIso, toIso) was made and its level (saved beside the result): all the
 * insights count. Plain SQL, as the summary's other reads (see loggedSessionsBetween).
 */
export async function checkLevelsBetween(db: Kysely<DB>, householdId: string, fromIso: string, toIso: string, limit: number): Promise<{ checkedAt: string; level: Level }[]> {
  const { rows } = await sql<{ checkedAt: string; level: Level }>`
    select checked_at, level from symptom_checks
    where household_id = ${householdId} and checked_at >= ${fromIso} and checked_at < ${toIso}
    order by checked_at desc, id desc limit ${limit}`.execute(db);
  return rows;
}
