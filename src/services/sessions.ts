/** Writing and reading the session log: idempotent PUT with optimistic versions, soft delete, paging. */
import type { Kysely } from 'kysely';
import { isRoutineId } from '../domain/routine-ids.js';
import { sameSessionInput, sessionProblems, type Session, type SessionInput, type SessionKind } from '../domain/session.js';
import { AppError, badField, badRequest, fieldIssue, notFound, type FieldIssues } from '../errors.js';
import { findBaby } from '../db/households.js';
import type { DB } from '../db/schema.js';
import { findSession, insertSessionIfAbsent, listSessions, softDeleteSession, updateSessionAtVersion } from '../db/sessions.js';

export interface Actor {
  userId: string;
}

export type PutResult = { status: 200 | 201; session: Session };

function conflict(current: Session, message: string): AppError {
  return new AppError('version_conflict', message, undefined, { current });
}

async function checkInput(db: Kysely<DB>, householdId: string, input: SessionInput, nowMs: number): Promise<void> {
  const fields: FieldIssues = {};
  for (const p of sessionProblems(input, nowMs)) fields[p.field] ??= p;
  if (input.massage?.routineId && !isRoutineId(input.massage.routineId)) fields['massage.routineId'] = fieldIssue('unknown_routine', 'is not a known routine');
  if (input.babyId && !(await findBaby(db, householdId, input.babyId))) fields.babyId = fieldIssue('unknown_baby', 'is not a baby of this household');
  if (Object.keys(fields).length > 0) throw badRequest(fields);
}

/**
 * Creates or replaces a session under a client-made id. Repeating the same body is a no-op that
 * returns the stored record; a change must carry the version it read, else 409 with the current one.
 */
export async function putSession(
  db: Kysely<DB>,
  actor: Actor,
  householdId: string,
  id: string,
  input: SessionInput,
  version: number | undefined,
  now = new Date(),
): Promise<PutResult> {
  await checkInput(db, householdId, input, now.getTime());
  const nowIso = now.toISOString();
  // Most PUTs create: try the insert first; it does nothing when the id exists.
  const created = version === undefined ? await insertSessionIfAbsent(db, householdId, id, input, { now: nowIso, userId: actor.userId }) : null;
  if (created) return { status: 201, session: created };
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await findSession(db, householdId, id);
    if (!existing) {
      const made = await insertSessionIfAbsent(db, householdId, id, input, { now: nowIso, userId: actor.userId });
      if (made) return { status: 201, session: made };
      continue; // Another request created it in between: judge against that one.
    }
    if (existing.deletedAt) throw conflict(existing, 'This session was deleted');
    if (sameSessionInput(existing, input)) return { status: 200, session: existing };
    if (version === undefined) throw conflict(existing, 'This session already exists; send the version you read to change it');
    if (version !== existing.version) throw conflict(existing, 'This session was changed since you read it');
    const updated = await updateSessionAtVersion(db, householdId, id, version, input, nowIso);
    if (updated) return { status: 200, session: updated };
  }
  const current = await findSession(db, householdId, id);
  if (!current) throw notFound('session');
  throw conflict(current, 'This session was changed since you read it');
}

export async function getSession(db: Kysely<DB>, householdId: string, id: string): Promise<Session> {
  const s = await findSession(db, householdId, id);
  if (!s || s.deletedAt) throw notFound('session');
  return s;
}

/** Soft delete: kept for sync, hidden from lists. Deleting twice is not an error. */
export async function deleteSession(db: Kysely<DB>, householdId: string, id: string, now = new Date()): Promise<void> {
  const s = await findSession(db, householdId, id);
  if (!s) throw notFound('session');
  if (s.deletedAt) return;
  await softDeleteSession(db, householdId, id, now.toISOString());
}

export interface ListQuery {
  from?: string;
  to?: string;
  kind?: SessionKind;
  babyId?: string;
  cursor?: string;
  limit: number;
}

export function encodeCursor(s: Pick<Session, 'startedAt' | 'id'>): string {
  return Buffer.from(`${s.startedAt}|${s.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { startedAt: string; id: string } | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f-]{36})$/.exec(text);
  return m ? { startedAt: m[1] as string, id: m[2] as string } : null;
}

export async function listSessionPage(
  db: Kysely<DB>,
  householdId: string,
  q: ListQuery,
): Promise<{ sessions: Session[]; nextCursor: string | null }> {
  const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
  if (after === null) throw badField('cursor', 'invalid_cursor', 'is not a cursor this server gave out');
  if (q.from && q.to && q.to < q.from) throw badField('to', 'before_from', 'must not be before from');
  const rows = await listSessions(db, householdId, {
    from: q.from,
    to: q.to,
    kind: q.kind,
    babyId: q.babyId,
    after,
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { sessions: page, nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
}
