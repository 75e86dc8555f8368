/** Nappies, weights and care notes: each table's columns and row conversion, in one place. */
import type { Kysely } from 'kysely';
import type { CareNote, CareNoteInput, CareNoteKind } from '../domain/baby/care-note.js';
import type { Nappy, NappyInput, NappyKind, StoolColour } from '../domain/baby/nappy.js';
import type { Weight, WeightInput, WeightPlace } from '../domain/baby/weight.js';
import type { RecordMeta } from '../domain/record.js';
import type { DB } from './schema.js';
import { firstSessionStart } from './sessions.js';
import type { TableSpec } from './versioned.js';

function meta(r: Record<string, unknown>): RecordMeta {
  return {
    id: r.id as string,
    householdId: r.householdId as string,
    version: Number(r.version),
    createdAt: r.createdAt as string,
    updatedAt: r.updatedAt as string,
    createdBy: r.createdBy as string,
    deletedAt: (r.deletedAt as string | null) ?? null,
  };
}

export const NAPPIES: TableSpec<NappyInput, Nappy> = {
  table: 'nappies',
  timeColumn: 'changedAt',
  columns: (n) => ({ babyId: n.babyId, changedAt: n.changedAt, kind: n.kind, colour: n.colour, pinkUrates: n.pinkUrates ? 1 : 0, notes: n.notes }),
  fromRow: (r) => ({
    ...meta(r),
    babyId: r.babyId as string,
    changedAt: r.changedAt as string,
    kind: r.kind as NappyKind,
    colour: (r.colour as StoolColour | null) ?? null,
    pinkUrates: Number(r.pinkUrates) === 1,
    notes: r.notes as string,
  }),
};

export const WEIGHTS: TableSpec<WeightInput, Weight> = {
  table: 'weights',
  timeColumn: 'measuredAt',
  columns: (w) => ({ babyId: w.babyId, measuredAt: w.measuredAt, grams: w.grams, birth: w.birth ? 1 : 0, place: w.place, notes: w.notes }),
  fromRow: (r) => ({
    ...meta(r),
    babyId: r.babyId as string,
    measuredAt: r.measuredAt as string,
    grams: Number(r.grams),
    birth: Number(r.birth) === 1,
    place: r.place as WeightPlace,
    notes: r.notes as string,
  }),
};

export const CARE_NOTES: TableSpec<CareNoteInput, CareNote> = {
  table: 'careNotes',
  timeColumn: 'notedAt',
  columns: (n) => ({ kind: n.kind, notedAt: n.notedAt, body: n.body }),
  fromRow: (r) => ({ ...meta(r), kind: r.kind as CareNoteKind, notedAt: r.notedAt as string, body: r.body as string }),
};

/**
 * When a household's log began: its first session or nappy (deleted ones aside), or null. Each half
 * is the first entry of a (household, time) index. The "enough milk?" card counts from here.
 */
export async function firstEntryAt(db: Kysely<DB>, householdId: string): Promise<string | null> {
  const [session, nappy] = await Promise.all([
    firstSessionStart(db, householdId),
    db.selectFrom('nappies').select('changedAt').where('householdId', '=', householdId).where('deletedAt', 'is', null).orderBy('changedAt').limit(1).executeTakeFirst(),
  ]);
  const times = [session, nappy?.changedAt ?? null].filter((t): t is string => t !== null);
  return times.length === 0 ? null : times.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
}
