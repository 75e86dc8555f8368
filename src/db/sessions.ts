/** The session log: rows ↔ domain records in one place, and the queries over them. */
import { type Kysely, type Selectable, type SelectQueryBuilder, sql } from 'kysely';
import type { LoggedSession } from '../domain/insights/daily.js';
import type { EmptyingSession } from '../domain/insights/emptying.js';
import type { Massage, MassageTiming, MassageTool, MilkType, Segment, Session, SessionInput, SessionKind } from '../domain/session.js';
import type { DB, SessionsTable } from './schema.js';

type Row = Selectable<SessionsTable>;

/**
 * The columns the insights read (a LoggedSession): half of a row's columns and none of its text but
 * the segments, so a summary or the massage effect reads and maps far less than `selectAll`.
 */
type LoggedRow = Pick<
  Row,
  | 'kind'
  | 'startedAt'
  | 'endedAt'
  | 'segments'
  | 'leftMl'
  | 'rightMl'
  | 'volumeMl'
  | 'massageRoutineId'
  | 'massageTiming'
  | 'massageMinutes'
  | 'massageTool'
  | 'massageVibration'
  | 'massageHeat'
>;

function massageFromDb(r: LoggedRow): Massage | null {
  if (r.massageTiming === null) return null;
  return {
    routineId: r.massageRoutineId,
    timing: r.massageTiming as MassageTiming,
    minutes: r.massageMinutes ?? 0,
    tool: (r.massageTool ?? 'hands') as MassageTool,
    vibration: r.massageVibration === 1,
    heat: r.massageHeat === 1,
  };
}

/** A row read with LOGGED_COLUMNS; only sessions not deleted are read that way. */
function loggedFromDb(r: LoggedRow): LoggedSession {
  return {
    kind: r.kind as SessionKind,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    segments: JSON.parse(r.segments) as Segment[],
    leftMl: r.leftMl,
    rightMl: r.rightMl,
    volumeMl: r.volumeMl,
    massage: massageFromDb(r),
    deletedAt: null,
  };
}

export function fromDb(r: Row): Session {
  return {
    id: r.id,
    householdId: r.householdId,
    kind: r.kind as SessionKind,
    babyId: r.babyId,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    segments: JSON.parse(r.segments) as Segment[],
    leftMl: r.leftMl,
    rightMl: r.rightMl,
    volumeMl: r.volumeMl,
    milkType: r.milkType as MilkType | null,
    massage: massageFromDb(r),
    painBefore: r.painBefore,
    painAfter: r.painAfter,
    fullnessBefore: r.fullnessBefore,
    fullnessAfter: r.fullnessAfter,
    notes: r.notes,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    createdBy: r.createdBy,
    deletedAt: r.deletedAt,
  };
}

/** The columns a client controls. */
function inputColumns(s: SessionInput) {
  return {
    kind: s.kind,
    babyId: s.babyId,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    segments: JSON.stringify(s.segments.map((g) => ({ side: g.side, start: g.start, end: g.end }))),
    leftMl: s.leftMl,
    rightMl: s.rightMl,
    volumeMl: s.volumeMl,
    milkType: s.milkType,
    massageRoutineId: s.massage?.routineId ?? null,
    massageTiming: s.massage?.timing ?? null,
    massageMinutes: s.massage?.minutes ?? null,
    massageTool: s.massage?.tool ?? null,
    massageVibration: s.massage ? (s.massage.vibration ? 1 : 0) : null,
    massageHeat: s.massage ? (s.massage.heat ? 1 : 0) : null,
    painBefore: s.painBefore,
    painAfter: s.painAfter,
    fullnessBefore: s.fullnessBefore,
    fullnessAfter: s.fullnessAfter,
    notes: s.notes,
  };
}

export async function findSession(db: Kysely<DB>, householdId: string, id: string): Promise<Session | null> {
  const row = await db.selectFrom('sessions').selectAll().where('householdId', '=', householdId).where('id', '=', id).executeTakeFirst();
  return row ? fromDb(row) : null;
}

/** Inserts version 1 unless a row with that id exists; returns the new record, or null if it existed. */
export async function insertSessionIfAbsent(
  db: Kysely<DB>,
  householdId: string,
  id: string,
  input: SessionInput,
  meta: { now: string; userId: string },
): Promise<Session | null> {
  const values = {
    householdId,
    id,
    ...inputColumns(input),
    version: 1,
    createdAt: meta.now,
    updatedAt: meta.now,
    createdBy: meta.userId,
    deletedAt: null,
  };
  // The record is what was written: every column is in `values`, so it is not read back. Plain SQL
  // (each line of columns matches the line of values below it): logging is the hot write, and in
  // the PUT route Kysely's builder cost 60–140 µs of CPU more for these 27 columns (profile-api:
  // a PUT took 465–512 µs with it, 375–401 µs with this).
  const v = values;
  const r = await sql`
    insert into sessions (
      household_id, id, kind, baby_id, started_at, ended_at, segments,
      left_ml, right_ml, volume_ml, milk_type,
      massage_routine_id, massage_timing, massage_minutes, massage_tool, massage_vibration, massage_heat,
      pain_before, pain_after, fullness_before, fullness_after, notes,
      version, created_at, updated_at, created_by, deleted_at
    ) values (
      ${v.householdId}, ${v.id}, ${v.kind}, ${v.babyId}, ${v.startedAt}, ${v.endedAt}, ${v.segments},
      ${v.leftMl}, ${v.rightMl}, ${v.volumeMl}, ${v.milkType},
      ${v.massageRoutineId}, ${v.massageTiming}, ${v.massageMinutes}, ${v.massageTool}, ${v.massageVibration}, ${v.massageHeat},
      ${v.painBefore}, ${v.painAfter}, ${v.fullnessBefore}, ${v.fullnessAfter}, ${v.notes},
      ${v.version}, ${v.createdAt}, ${v.updatedAt}, ${v.createdBy}, ${v.deletedAt}
    )
    on conflict (household_id, id) do nothing`.execute(db);
  return Number(r.numAffectedRows ?? 0) === 1 ? fromDb(values) : null;
}

/** Replaces the client fields when the stored version is `version`; returns null if it was not. */
export async function updateSessionAtVersion(
  db: Kysely<DB>,
  householdId: string,
  id: string,
  version: number,
  input: SessionInput,
  now: string,
): Promise<Session | null> {
  const row = await db
    .updateTable('sessions')
    .set({ ...inputColumns(input), version: version + 1, updatedAt: now })
    .where('householdId', '=', householdId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deletedAt', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row ? fromDb(row) : null;
}

export async function softDeleteSession(db: Kysely<DB>, householdId: string, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('sessions')
    .set((eb) => ({ deletedAt: now, updatedAt: now, version: eb('version', '+', 1) }))
    .where('householdId', '=', householdId)
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface ListFilter {
  from?: string;
  to?: string;
  kind?: SessionKind;
  babyId?: string;
  /** Continue after this (startedAt, id), newest first. */
  after?: { startedAt: string; id: string };
  limit: number;
}

/** When the household's first session (not deleted) began; null when there is none. */
export async function firstSessionStart(db: Kysely<DB>, householdId: string): Promise<string | null> {
  // The (household, started_at) index answers this from its first entry. Plain SQL: every summary
  // asks, and the builder cost 16 µs of CPU to this template's 4 (in process, SQLite).
  const { rows } = await sql<{ startedAt: string }>`
    select started_at from sessions where household_id = ${householdId} and deleted_at is null order by started_at limit 1`.execute(db);
  return rows[0]?.startedAt ?? null;
}

/**
 * The latest sessions that say when each side was last emptied, newest first: the segments of the
 * latest `nurse` nursing sessions and the end and volumes of the latest `pump` pumping sessions.
 * The home screen asks for this on every visit and every summary reads it, so it reads only those
 * columns, as plain SQL: 145 µs of CPU with the builder and all five columns of both, 64 µs so
 * (in process, SQLite, 20 + 40 rows).
 */
export async function latestEmptyings(db: Kysely<DB>, householdId: string, limits: { nurse: number; pump: number }): Promise<EmptyingSession[]> {
  const [nurse, pump] = await Promise.all([
    sql<{ segments: string }>`
      select segments from sessions
      where household_id = ${householdId} and kind = 'nurse' and deleted_at is null
      order by started_at desc, id desc limit ${limits.nurse}`.execute(db),
    sql<{ endedAt: string | null; leftMl: number | null; rightMl: number | null }>`
      select ended_at, left_ml, right_ml from sessions
      where household_id = ${householdId} and kind = 'pump' and deleted_at is null
      order by started_at desc, id desc limit ${limits.pump}`.execute(db),
  ]);
  return [
    ...nurse.rows.map((r): EmptyingSession => ({ kind: 'nurse', segments: JSON.parse(r.segments) as Segment[], deletedAt: null })),
    ...pump.rows.map((r): EmptyingSession => ({ kind: 'pump', endedAt: r.endedAt, leftMl: r.leftMl, rightMl: r.rightMl, deletedAt: null })),
  ];
}

/** The sessions (not deleted) a filter selects, newest first: the one place that filter is written. */
function listed<O>(query: SelectQueryBuilder<DB, 'sessions', O>, householdId: string, f: ListFilter): SelectQueryBuilder<DB, 'sessions', O> {
  let q = query.where('householdId', '=', householdId).where('deletedAt', 'is', null);
  if (f.from) q = q.where('startedAt', '>=', f.from);
  if (f.to) q = q.where('startedAt', '<', f.to);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.babyId) q = q.where('babyId', '=', f.babyId);
  const after = f.after;
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('startedAt', '<', after.startedAt), eb.and([eb('startedAt', '=', after.startedAt), eb('id', '<', after.id)])]),
    );
  }
  return q.orderBy('startedAt', 'desc').orderBy('id', 'desc').limit(f.limit);
}

export async function listSessions(db: Kysely<DB>, householdId: string, f: ListFilter): Promise<Session[]> {
  const rows = await listed(db.selectFrom('sessions').selectAll(), householdId, f).execute();
  return rows.map(fromDb);
}

/**
 * The sessions (not deleted) that started in [fromIso, toIso), of one kind or all, newest first,
 * with only what the insights read (a LoggedRow). Plain SQL, as the summary's other reads: with
 * the symptom-check read (symptom-checks.ts), the builder cost ~150 µs of a summary's CPU
 * (profile-api: today's summary 1,156–1,238 µs with it, 1,011–1,023 µs with both as templates).
 */
export async function loggedSessionsBetween(db: Kysely<DB>, householdId: string, fromIso: string, toIso: string, limit: number, kind?: SessionKind): Promise<LoggedSession[]> {
  const { rows } = await sql<LoggedRow>`
    select kind, started_at, ended_at, segments, left_ml, right_ml, volume_ml,
      massage_routine_id, massage_timing, massage_minutes, massage_tool, massage_vibration, massage_heat
    from sessions
    where household_id = ${householdId} and deleted_at is null and started_at >= ${fromIso} and started_at < ${toIso}
      ${kind === undefined ? sql`` : sql`and kind = ${kind}`}
    order by started_at desc, id desc limit ${limit}`.execute(db);
  return rows.map(loggedFromDb);
}

/**
 * The same sessions again, with only what the time since each side was emptied reads: five columns
 * of thirteen, which matters for the summary's latest 20 nursing and 40 pumping sessions.
 */
export async function listEmptyingSessions(db: Kysely<DB>, householdId: string, f: ListFilter): Promise<EmptyingSession[]> {
  const rows = await listed(db.selectFrom('sessions').select(['kind', 'endedAt', 'segments', 'leftMl', 'rightMl']), householdId, f).execute();
  return rows.map((r) => ({ kind: r.kind as SessionKind, endedAt: r.endedAt, segments: JSON.parse(r.segments) as Segment[], leftMl: r.leftMl, rightMl: r.rightMl, deletedAt: null }));
}

/**
 * Sessions (deleted ones included) changed at or after an instant, or strictly after a
 * (updatedAt, id) position; oldest change first.
 */
export async function listSessionChanges(
  db: Kysely<DB>,
  householdId: string,
  from: { since: string } | { after: { updatedAt: string; id: string } },
  limit: number,
): Promise<Session[]> {
  let q = db.selectFrom('sessions').selectAll().where('householdId', '=', householdId);
  if ('since' in from) q = q.where('updatedAt', '>=', from.since);
  else {
    const a = from.after;
    q = q.where((eb) => eb.or([eb('updatedAt', '>', a.updatedAt), eb.and([eb('updatedAt', '=', a.updatedAt), eb('id', '>', a.id)])]));
  }
  const rows = await q.orderBy('updatedAt').orderBy('id').limit(limit).execute();
  return rows.map(fromDb);
}
