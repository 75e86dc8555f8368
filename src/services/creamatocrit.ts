/**
 * Creamatocrit entries and what they say about fat and energy. An entry is a measurement: saved
 * once (a repeat is a no-op), fixed by deleting and entering it again.
 */
import type { Kysely } from 'kysely';
import type { Voice } from '../domain/insights/sentences.js';
import { creamatocritProblems, milkQuality, type MilkQuality, type SampleType } from '../domain/insights/index.js';
import { LIMITS } from '../domain/limits.js';
import { AppError, badRequest, fieldIssue, notFound, type FieldIssues } from '../errors.js';
import { deleteEntry, findEntry, insertEntryIfAbsent, listEntries, type StoredCreamatocrit } from '../db/creamatocrit.js';
import { findSession } from '../db/sessions.js';
import type { DB } from '../db/schema.js';

export interface EntryInput {
  measuredAt: string;
  cmctPercent: number;
  sample: SampleType;
  frozen: boolean;
  massage: boolean;
  sessionId: string | null;
}

const same = (a: StoredCreamatocrit, b: EntryInput) =>
  a.measuredAt === b.measuredAt && a.cmctPercent === b.cmctPercent && a.sample === b.sample && a.frozen === b.frozen && a.massage === b.massage && a.sessionId === b.sessionId;

export async function saveEntry(
  db: Kysely<DB>,
  actor: { userId: string },
  householdId: string,
  id: string,
  input: EntryInput,
  now = new Date(),
): Promise<{ status: 200 | 201; entry: StoredCreamatocrit }> {
  const fields: FieldIssues = {};
  for (const p of creamatocritProblems([input])) fields[p.field.replace(/^entries\.0\./, '')] ??= fieldIssue(p.code ?? 'invalid', p.message, p.params);
  if (Date.parse(input.measuredAt) > now.getTime() + LIMITS.maxFutureSkewMinutes * 60_000) fields.measuredAt = fieldIssue('in_future', 'must not be in the future');
  if (input.sessionId) {
    const s = await findSession(db, householdId, input.sessionId);
    if (!s || s.deletedAt) fields.sessionId = fieldIssue('unknown_session', 'is not a session of this household');
  }
  if (Object.keys(fields).length > 0) throw badRequest(fields);
  const created = await insertEntryIfAbsent(db, { ...input, id, householdId, createdAt: now.toISOString(), createdBy: actor.userId });
  if (created) return { status: 201, entry: created };
  const existing = await findEntry(db, householdId, id);
  if (existing && same(existing, input)) return { status: 200, entry: existing };
  throw new AppError('id_taken', 'A different measurement was already saved under this id', undefined, existing ? { current: existing } : undefined);
}

/** Deletes a measurement for good; 404 when there is none (an offline client treats that as done). */
export async function removeEntry(db: Kysely<DB>, householdId: string, id: string): Promise<void> {
  if (!(await deleteEntry(db, householdId, id))) throw notFound('measurement');
}

export function entriesOf(db: Kysely<DB>, householdId: string, q: { from?: string; to?: string; limit: number }) {
  return listEntries(db, householdId, q);
}

/** `voice`: 'client' when her consultant reads (sentences in the third person). */
export async function milkQualityOf(db: Kysely<DB>, householdId: string, q: { from?: string; to?: string }, voice: Voice = 'own'): Promise<MilkQuality> {
  const entries = await listEntries(db, householdId, { ...q, limit: 5000 });
  return milkQuality(entries, voice);
}
