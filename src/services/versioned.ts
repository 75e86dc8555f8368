/**
 * Writing household records under client-made ids (nappies, weights, care notes), the way the
 * session log does: an idempotent PUT (the same body again is a no-op that returns the record), an
 * edit carrying the version it read (else 409 with the current record), a soft delete.
 */
import type { Kysely } from 'kysely';
import type { RecordMeta } from '../domain/record.js';
import { AppError, badField, badRequest, notFound, type FieldIssues } from '../errors.js';
import type { DB } from '../db/schema.js';
import {
  findRecord,
  insertRecordIfAbsent,
  listRecords,
  softDeleteRecord,
  updateRecordAtVersion,
  type RecordFilter,
  type TableSpec,
} from '../db/versioned.js';

export interface Actor {
  userId: string;
}

/** A kind of record and its rules. */
export interface Resource<I, R extends I & RecordMeta> {
  spec: TableSpec<I, R>;
  /** "nappy", "weight", "care note": for messages. */
  noun: string;
  /** The input part of a stored record, in a fixed order. */
  inputOf(r: I): I;
  /** Field → why, for input the schema let through (checks across fields and against the household). */
  problems(db: Kysely<DB>, householdId: string, id: string, input: I, now: Date): Promise<FieldIssues>;
  /** Whether this actor may change or delete an existing record (default: anyone with write access). */
  mayChange?(existing: R, actor: Actor): boolean;
}

function conflict(current: RecordMeta, message: string): AppError {
  return new AppError('version_conflict', message, undefined, { current });
}


function checkMayChange<I, R extends I & RecordMeta>(res: Resource<I, R>, existing: R, actor: Actor): void {
  if (res.mayChange && !res.mayChange(existing, actor)) throw new AppError('not_author', `Only whoever wrote this ${res.noun} can change it`);
}

export async function putRecord<I, R extends I & RecordMeta>(
  db: Kysely<DB>,
  res: Resource<I, R>,
  actor: Actor,
  householdId: string,
  id: string,
  input: I,
  version: number | undefined,
  now = new Date(),
): Promise<{ status: 200 | 201; record: R }> {
  const fields = await res.problems(db, householdId, id, input, now);
  if (Object.keys(fields).length > 0) throw badRequest(fields);
  const nowIso = now.toISOString();
  const meta = { now: nowIso, userId: actor.userId };
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await findRecord(db, res.spec, householdId, id);
    if (!existing) {
      const made = await insertRecordIfAbsent(db, res.spec, householdId, id, input, meta);
      if (made) return { status: 201, record: made };
      continue; // Created by another request in between: judge against that one.
    }
    if (existing.deletedAt) throw conflict(existing, `This ${res.noun} was deleted`);
    if (JSON.stringify(res.inputOf(existing)) === JSON.stringify(res.inputOf(input))) return { status: 200, record: existing };
    checkMayChange(res, existing, actor);
    if (version === undefined) throw conflict(existing, `This ${res.noun} already exists; send the version you read to change it`);
    if (version !== existing.version) throw conflict(existing, `This ${res.noun} was changed since you read it`);
    const updated = await updateRecordAtVersion(db, res.spec, householdId, id, version, input, nowIso);
    if (updated) return { status: 200, record: updated };
  }
  const current = await findRecord(db, res.spec, householdId, id);
  if (!current) throw notFound(res.noun);
  throw conflict(current, `This ${res.noun} was changed since you read it`);
}

export async function getRecord<I, R extends I & RecordMeta>(db: Kysely<DB>, res: Resource<I, R>, householdId: string, id: string): Promise<R> {
  const r = await findRecord(db, res.spec, householdId, id);
  if (!r || r.deletedAt) throw notFound(res.noun);
  return r;
}

/** Soft delete: kept for sync, hidden from lists. Deleting twice is not an error. */
export async function deleteRecord<I, R extends I & RecordMeta>(db: Kysely<DB>, res: Resource<I, R>, actor: Actor, householdId: string, id: string, now = new Date()): Promise<void> {
  const r = await findRecord(db, res.spec, householdId, id);
  if (!r) throw notFound(res.noun);
  if (r.deletedAt) return;
  checkMayChange(res, r, actor);
  await softDeleteRecord(db, res.spec.table, householdId, id, now.toISOString());
}

export async function listRecordsOf<I, R extends I & RecordMeta>(db: Kysely<DB>, res: Resource<I, R>, householdId: string, f: RecordFilter): Promise<R[]> {
  if (f.from && f.to && f.to < f.from) throw badField('to', 'before_from', 'must not be before from');
  return listRecords(db, res.spec, householdId, f);
}
