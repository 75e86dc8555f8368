/**
 * Symptom checks: the triage engine (pure, shared with the browser) evaluated on the server against
 * the household's earlier checks, and saved with the rules version that produced the result.
 */
import type { Kysely } from 'kysely';
import { evaluate, readSavedAnswers, validateAnswers, type SavedCheck, type SymptomAnswers, type TriageResult } from '../domain/triage/index.js';
import { LIMITS } from '../domain/limits.js';
import { AppError, badField, badRequest, fieldIssue, notFound, type FieldIssues } from '../errors.js';
import type { DB } from '../db/schema.js';
import { findCheck, insertCheckIfAbsent, listChecks, type SymptomCheck } from '../db/symptom-checks.js';

/** How far back earlier checks count as history (the longest rule looks at redness or a lump over more than 7 days). */
export const HISTORY_DAYS = 14;

export function parseAnswers(input: unknown): SymptomAnswers {
  const v = validateAnswers(input);
  if (!v.ok) {
    const fields: FieldIssues = {};
    for (const p of v.problems) fields[`answers.${p.field}`] ??= fieldIssue(p.code ?? 'invalid', p.message);
    throw badRequest(fields, 'Some answers are not valid');
  }
  return v.answers;
}

async function history(db: Kysely<DB>, householdId: string, beforeMs: number): Promise<SavedCheck[]> {
  const rows = await listChecks(db, householdId, {
    from: new Date(beforeMs - HISTORY_DAYS * 86_400_000).toISOString(),
    to: new Date(beforeMs).toISOString(),
    limit: 200,
  });
  // A check saved by an earlier rules version keeps its answers and result as they were; its
  // answers are read into today's questions only to be compared with the new check.
  return rows.map((c) => ({ answers: readSavedAnswers(c.answers), result: { level: c.result.level }, savedAt: Date.parse(c.checkedAt) }));
}

export function triageNow(answers: unknown, nowMs = Date.now()): TriageResult {
  return evaluate(parseAnswers(answers), [], nowMs);
}

/**
 * Saves a check under a client-made id. A check is a snapshot: repeating the same answers returns
 * the saved one; different answers under the same id are refused with 409.
 */
export async function saveCheck(
  db: Kysely<DB>,
  actor: { userId: string },
  householdId: string,
  id: string,
  body: { answers: unknown; checkedAt?: string },
  now = new Date(),
): Promise<{ status: 200 | 201; check: SymptomCheck }> {
  const answers = parseAnswers(body.answers);
  const checkedAt = body.checkedAt ?? now.toISOString();
  const checkedMs = Date.parse(checkedAt);
  if (checkedMs > now.getTime() + LIMITS.maxFutureSkewMinutes * 60_000) throw badField('checkedAt', 'in_future', 'must not be in the future');
  const existing = await findCheck(db, householdId, id);
  if (existing) return sameOrConflict(existing, answers);
  const result = evaluate(answers, await history(db, householdId, checkedMs), checkedMs);
  const created = await insertCheckIfAbsent(db, {
    id,
    householdId,
    checkedAt,
    answers,
    result,
    rulesVersion: result.rulesVersion,
    createdAt: now.toISOString(),
    createdBy: actor.userId,
  });
  if (created) return { status: 201, check: created };
  const raced = await findCheck(db, householdId, id);
  if (!raced) throw new AppError('internal', 'The check could not be saved');
  return sameOrConflict(raced, answers);
}

function sameOrConflict(existing: SymptomCheck, answers: SymptomAnswers): { status: 200; check: SymptomCheck } {
  if (JSON.stringify(existing.answers) === JSON.stringify(answers)) return { status: 200, check: existing };
  throw new AppError('id_taken', 'A different check was already saved under this id', undefined, { current: existing });
}

export function checksOf(db: Kysely<DB>, householdId: string, q: { from?: string; to?: string; limit: number }): Promise<SymptomCheck[]> {
  return listChecks(db, householdId, q);
}

export async function checkById(db: Kysely<DB>, householdId: string, id: string): Promise<SymptomCheck> {
  const c = await findCheck(db, householdId, id);
  if (!c) throw notFound('check');
  return c;
}
