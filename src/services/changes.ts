/**
 * The changes feed that keeps several devices of a household in step: every versioned record
 * (sessions, nappies, weights, care notes), polled every few seconds by an open app. Polling, not server-sent events: it works unchanged with several stateless app
 * instances behind a load balancer and needs no open connection per device.
 *
 * A poll overlaps the previous one by OVERLAP_MS, so a write whose transaction committed a little
 * after its timestamp is not missed; clients merge by id and keep the higher version. A long
 * backlog comes in pages, continued by an exact (updatedAt, id) position.
 */
import type { Kysely } from 'kysely';
import type { CareNote } from '../domain/baby/care-note.js';
import type { Nappy } from '../domain/baby/nappy.js';
import type { Weight } from '../domain/baby/weight.js';
import type { Session } from '../domain/session.js';
import { badRequest } from '../errors.js';
import { CARE_NOTES, NAPPIES, WEIGHTS } from '../db/baby-records.js';
import type { DB } from '../db/schema.js';
import { listSessionChanges } from '../db/sessions.js';
import { listRecordChanges } from '../db/versioned.js';

export const OVERLAP_MS = 5_000;
export const CHANGES_LIMIT = 500;

/** The versioned records the feed carries, each kind in its own list. */
export interface ChangedRecords {
  sessions: Session[];
  nappies: Nappy[];
  weights: Weight[];
  careNotes: CareNote[];
}

type Position = { since: string } | { after: { updatedAt: string; id: string } };
type Changed = { updatedAt: string; id: string };

/** One reader per kind; a new kind of versioned record is one more line here. */
const FEEDS: { [K in keyof ChangedRecords]: (db: Kysely<DB>, hid: string, from: Position, limit: number) => Promise<ChangedRecords[K]> } = {
  sessions: listSessionChanges,
  nappies: (db, hid, from, limit) => listRecordChanges(db, NAPPIES, hid, from, limit),
  weights: (db, hid, from, limit) => listRecordChanges(db, WEIGHTS, hid, from, limit),
  careNotes: (db, hid, from, limit) => listRecordChanges(db, CARE_NOTES, hid, from, limit),
};
const KINDS = Object.keys(FEEDS) as (keyof ChangedRecords)[];

/**
 * The oldest `limit` changes across every kind, in one (updatedAt, id) order: each kind gives its
 * oldest limit + 1, so whatever is left out comes after the last one taken (ids are UUIDs, unique
 * across kinds), and paging continues exactly from there.
 */
async function oldestChanges(db: Kysely<DB>, hid: string, from: Position, limit: number): Promise<{ records: ChangedRecords; more: boolean; last: Changed | null }> {
  const lists = await Promise.all(KINDS.map((k) => FEEDS[k](db, hid, from, limit + 1)));
  const all = lists.flatMap((rows, i) => (rows as Changed[]).map((r) => ({ kind: KINDS[i] as keyof ChangedRecords, r })));
  all.sort((a, b) => (a.r.updatedAt < b.r.updatedAt ? -1 : a.r.updatedAt > b.r.updatedAt ? 1 : a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0));
  const taken = all.slice(0, limit);
  const records: ChangedRecords = { sessions: [], nappies: [], weights: [], careNotes: [] };
  for (const { kind, r } of taken) (records[kind] as Changed[]).push(r);
  return { records, more: all.length > limit, last: taken[taken.length - 1]?.r ?? null };
}

export interface Changes extends ChangedRecords {
  /** Ids of symptom checks saved since (a check never changes once saved). */
  symptomCheckIds: string[];
  /** Opaque: pass it as `since` next time. */
  next: string;
  /** True when there is more: ask again at once with `next`. */
  more: boolean;
}

const encode = (p: Position): string => Buffer.from(JSON.stringify(p), 'utf8').toString('base64url');

function decode(token: string): Position {
  try {
    const p = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<{ since: unknown; after: { updatedAt: unknown; id: unknown } }>;
    if (typeof p.since === 'string' && !Number.isNaN(Date.parse(p.since))) return { since: p.since };
    if (p.after && typeof p.after.updatedAt === 'string' && typeof p.after.id === 'string') return { after: { updatedAt: p.after.updatedAt, id: p.after.id } };
  } catch {
    // fall through
  }
  throw badRequest({ since: 'is not a position this server gave out' });
}

/**
 * `since` is a position from an earlier answer; absent, from the beginning; "now", nothing yet, only
 * a position to poll from (a device that has just read the log asks this first, then reads).
 */
export async function changesSince(db: Kysely<DB>, householdId: string, since: string | undefined, now = new Date()): Promise<Changes> {
  if (since === 'now') return { sessions: [], nappies: [], weights: [], careNotes: [], symptomCheckIds: [], next: encode({ since: now.toISOString() }), more: false };
  const position: Position = since === undefined ? { since: new Date(0).toISOString() } : decode(since);
  const from: Position = 'since' in position ? { since: new Date(Math.max(0, Date.parse(position.since) - OVERLAP_MS)).toISOString() } : position;
  const { records, more, last } = await oldestChanges(db, householdId, from, CHANGES_LIMIT);
  const checksFrom = 'since' in from ? from.since : from.after.updatedAt;
  const checks = await db
    .selectFrom('symptomChecks')
    .select('id')
    .where('householdId', '=', householdId)
    .where('createdAt', '>=', checksFrom)
    .orderBy('createdAt')
    .limit(CHANGES_LIMIT)
    .execute();
  const next = more && last ? encode({ after: { updatedAt: last.updatedAt, id: last.id } }) : encode({ since: now.toISOString() });
  return { ...records, symptomCheckIds: checks.map((c) => c.id), next, more };
}
