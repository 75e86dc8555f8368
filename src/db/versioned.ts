/**
 * One set of queries for the household records that are written with idempotent, versioned PUTs
 * and deleted softly (nappies, weights, care notes): each table gives its columns and its row
 * conversion once (a TableSpec), and shares these queries. Every query leads with household_id,
 * as the tables' keys and indexes do.
 */
import type { Kysely } from 'kysely';
import type { RecordMeta } from '../domain/record.js';
import type { DB } from './schema.js';

export type VersionedTable = 'nappies' | 'weights' | 'careNotes';

type Meta = Omit<RecordMeta, never>;

/** How one table maps to its records. */
export interface TableSpec<Input, Rec extends RecordMeta> {
  table: VersionedTable;
  /** The instant lists are ordered and ranged by (changedAt, measuredAt, notedAt). */
  timeColumn: string;
  /** The columns a client controls, from an input. */
  columns(input: Input): Record<string, string | number | null>;
  fromRow(row: Record<string, unknown>): Rec;
}

// The tables differ only in their own columns; the queries here touch the shared ones and pass the
// rest through the spec, so they see every table through this one loose shape.
type Row = Meta & Record<string, unknown>;
type Loose = Kysely<Record<VersionedTable, Row>>;
const loose = (db: Kysely<DB>): Loose => db as unknown as Loose;

export async function findRecord<I, R extends RecordMeta>(db: Kysely<DB>, spec: TableSpec<I, R>, householdId: string, id: string): Promise<R | null> {
  const row = await loose(db).selectFrom(spec.table).selectAll().where('householdId', '=', householdId).where('id', '=', id).executeTakeFirst();
  return row ? spec.fromRow(row) : null;
}

/** Inserts version 1 unless the id exists; the new record, or null when it existed. */
export async function insertRecordIfAbsent<I, R extends RecordMeta>(
  db: Kysely<DB>,
  spec: TableSpec<I, R>,
  householdId: string,
  id: string,
  input: I,
  meta: { now: string; userId: string },
): Promise<R | null> {
  const values = { householdId, id, ...spec.columns(input), version: 1, createdAt: meta.now, updatedAt: meta.now, createdBy: meta.userId, deletedAt: null };
  const r = await loose(db)
    .insertInto(spec.table)
    .values(values)
    .onConflict((oc) => oc.columns(['householdId', 'id']).doNothing())
    .executeTakeFirst();
  // Every column is in `values`: the record is what was written, not read back.
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1 ? spec.fromRow(values) : null;
}

/** Replaces the client's columns when the stored version is `version` and the record is live. */
export async function updateRecordAtVersion<I, R extends RecordMeta>(
  db: Kysely<DB>,
  spec: TableSpec<I, R>,
  householdId: string,
  id: string,
  version: number,
  input: I,
  now: string,
): Promise<R | null> {
  const row = await loose(db)
    .updateTable(spec.table)
    .set({ ...spec.columns(input), version: version + 1, updatedAt: now })
    .where('householdId', '=', householdId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deletedAt', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row ? spec.fromRow(row) : null;
}

export async function softDeleteRecord(db: Kysely<DB>, table: VersionedTable, householdId: string, id: string, now: string): Promise<boolean> {
  const r = await loose(db)
    .updateTable(table)
    .set((eb) => ({ deletedAt: now, updatedAt: now, version: eb('version', '+', 1) }))
    .where('householdId', '=', householdId)
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface RecordFilter {
  /** [from, to) on the table's time column. */
  from?: string;
  to?: string;
  babyId?: string;
  limit: number;
}

/** Live records, newest first by the time column (id as tie-break). */
export async function listRecords<I, R extends RecordMeta>(db: Kysely<DB>, spec: TableSpec<I, R>, householdId: string, f: RecordFilter): Promise<R[]> {
  const col = spec.timeColumn as keyof Row & string;
  let q = loose(db).selectFrom(spec.table).selectAll().where('householdId', '=', householdId).where('deletedAt', 'is', null);
  if (f.from) q = q.where(col, '>=', f.from);
  if (f.to) q = q.where(col, '<', f.to);
  if (f.babyId) q = q.where('babyId' as keyof Row & string, '=', f.babyId);
  const rows = await q.orderBy(col, 'desc').orderBy('id', 'desc').limit(f.limit).execute();
  return rows.map((r) => spec.fromRow(r));
}

/** Records changed (deleted ones included) at or after `since`, or strictly after a position; oldest change first. */
export async function listRecordChanges<I, R extends RecordMeta>(
  db: Kysely<DB>,
  spec: TableSpec<I, R>,
  householdId: string,
  from: { since: string } | { after: { updatedAt: string; id: string } },
  limit: number,
): Promise<R[]> {
  let q = loose(db).selectFrom(spec.table).selectAll().where('householdId', '=', householdId);
  if ('since' in from) q = q.where('updatedAt', '>=', from.since);
  else {
    const a = from.after;
    q = q.where((eb) => eb.or([eb('updatedAt', '>', a.updatedAt), eb.and([eb('updatedAt', '=', a.updatedAt), eb('id', '>', a.id)])]));
  }
  const rows = await q.orderBy('updatedAt').orderBy('id').limit(limit).execute();
  return rows.map((r) => spec.fromRow(r));
}

/** Every record of a household, deleted ones included, oldest first by the time column (for the export). */
export async function allRecords<I, R extends RecordMeta>(db: Kysely<DB>, spec: TableSpec<I, R>, householdId: string): Promise<R[]> {
  const col = spec.timeColumn as keyof Row & string;
  const rows = await loose(db).selectFrom(spec.table).selectAll().where('householdId', '=', householdId).orderBy(col).orderBy('id').execute();
  return rows.map((r) => spec.fromRow(r));
}
