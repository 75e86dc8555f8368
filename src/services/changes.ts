/**
 * The changes feed that keeps several devices of a household in step (polled every few seconds by
 * an open app). Polling, not server-sent events: it works unchanged with several stateless app
 * instances behind a load balancer and needs no open connection per device.
 *
 * A poll overlaps the previous one by OVERLAP_MS, so a write whose transaction committed a little
 * after its timestamp is not missed; clients merge by id and keep the higher version. A long
 * backlog comes in pages: each kind of record is paged on its own by an exact (instant, id)
 * position, and a kind that has given everything is not asked again until the backlog is done.
 *
 * Adding a kind of record to the feed is one entry in FEEDS (and its field in Changes).
 */
import type { Kysely } from 'kysely';
import type { Changes } from '../contract/sync.js';
import type { RecordMeta } from '../domain/record.js';
import { badField } from '../errors.js';
import { CARE_NOTES, NAPPIES, WEIGHTS } from '../db/baby-records.js';
import type { DB } from '../db/schema.js';
import { listSessionChanges } from '../db/sessions.js';
import { listRecordChanges, type TableSpec } from '../db/versioned.js';

export type { Changes };

export const OVERLAP_MS = 5_000;
export const CHANGES_LIMIT = 500;

/** Where a kind of record continues: at or after an instant, or strictly after an (instant, id). */
export type From = { since: string } | { after: { at: string; id: string } };

interface Feed<K extends keyof Changes> {
  key: K;
  /** Up to `limit` records changed from `from`, oldest change first, each with its position. */
  read(db: Kysely<DB>, householdId: string, from: From, limit: number): Promise<{ value: Changes[K] extends (infer T)[] ? T : never; at: string; id: string }[]>;
}

/** The read of a versioned record table (nappies, weights, care notes), as a feed's. */
function versionedRead<I, R extends RecordMeta>(spec: TableSpec<I, R>) {
  return async (db: Kysely<DB>, hid: string, from: From, limit: number) => {
    const rows = await listRecordChanges(db, spec, hid, 'since' in from ? from : { after: { updatedAt: from.after.at, id: from.after.id } }, limit);
    return rows.map((r) => ({ value: r, at: r.updatedAt, id: r.id }));
  };
}

const FEEDS = [
  {
    key: 'sessions',
    read: async (db, hid, from, limit) => {
      const rows = await listSessionChanges(db, hid, 'since' in from ? from : { after: { updatedAt: from.after.at, id: from.after.id } }, limit);
      return rows.map((s) => ({ value: s, at: s.updatedAt, id: s.id }));
    },
  } satisfies Feed<'sessions'>,
  {
    key: 'symptomCheckIds',
    read: async (db, hid, from, limit) => {
      let q = db.selectFrom('symptomChecks').select(['id', 'createdAt']).where('householdId', '=', hid);
      if ('since' in from) q = q.where('createdAt', '>=', from.since);
      else {
        const a = from.after;
        q = q.where((eb) => eb.or([eb('createdAt', '>', a.at), eb.and([eb('createdAt', '=', a.at), eb('id', '>', a.id)])]));
      }
      const rows = await q.orderBy('createdAt').orderBy('id').limit(limit).execute();
      return rows.map((c) => ({ value: c.id, at: c.createdAt, id: c.id }));
    },
  } satisfies Feed<'symptomCheckIds'>,
  { key: 'nappies', read: versionedRead(NAPPIES) } satisfies Feed<'nappies'>,
  { key: 'weights', read: versionedRead(WEIGHTS) } satisfies Feed<'weights'>,
  { key: 'careNotes', read: versionedRead(CARE_NOTES) } satisfies Feed<'careNotes'>,
] as const;

type FeedKey = (typeof FEEDS)[number]['key'];

/**
 * A position: `since` an instant (the overlap is applied when reading), or, inside a backlog, where
 * each kind continues (`done`: it gave everything), the instant the backlog is read from, and when
 * its first page was read (the next poll starts there).
 */
type Position = { since: string } | { from: string; started: string; after: Partial<Record<FeedKey, { at: string; id: string } | 'done'>> };

const encode = (p: Position): string => Buffer.from(JSON.stringify(p), 'utf8').toString('base64url');

const isInstant = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isAt = (v: unknown): v is { at: string; id: string } =>
  typeof v === 'object' && v !== null && isInstant((v as { at?: unknown }).at) && typeof (v as { id?: unknown }).id === 'string' && (v as { id: string }).id.length <= 64;

function decode(token: string): Position {
  try {
    const p = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (isInstant(p.since)) return { since: p.since };
    if (isInstant(p.from) && isInstant(p.started) && typeof p.after === 'object' && p.after !== null) {
      const after: Partial<Record<FeedKey, { at: string; id: string } | 'done'>> = {};
      for (const f of FEEDS) {
        const v = (p.after as Record<string, unknown>)[f.key];
        if (v === 'done' || isAt(v)) after[f.key] = v;
        else if (v !== undefined) throw new Error('bad position');
      }
      return { from: p.from, started: p.started, after };
    }
    // A page position from before the feed was paged per kind: start again from that instant.
    const old = p.after as { updatedAt?: unknown } | undefined;
    if (old && isInstant(old.updatedAt)) return { since: old.updatedAt };
  } catch {
    // fall through
  }
  throw badField('since', 'invalid_cursor', 'is not a position this server gave out');
}

/**
 * `since` is a position from an earlier answer; absent, from the beginning; "now", nothing yet, only
 * a position to poll from (a device that has just read the log asks this first, then reads).
 */
export async function changesSince(db: Kysely<DB>, householdId: string, since: string | undefined, now = new Date()): Promise<Changes> {
  const out: Changes = { sessions: [], nappies: [], weights: [], careNotes: [], symptomCheckIds: [], next: '', more: false };
  if (since === 'now') return { ...out, next: encode({ since: now.toISOString() }) };
  const position: Position = since === undefined ? { since: new Date(0).toISOString() } : decode(since);
  const page =
    'since' in position
      ? { from: new Date(Math.max(0, Date.parse(position.since) - OVERLAP_MS)).toISOString(), started: now.toISOString(), after: {} as Record<string, { at: string; id: string } | 'done' | undefined> }
      : { ...position, after: { ...position.after } as Record<string, { at: string; id: string } | 'done' | undefined> };
  for (const feed of FEEDS) {
    const at = page.after[feed.key];
    if (at === 'done') continue;
    const rows = await feed.read(db, householdId, at ? { after: at } : { since: page.from }, CHANGES_LIMIT + 1);
    const taken = rows.slice(0, CHANGES_LIMIT);
    (out[feed.key] as unknown[]) = taken.map((r) => r.value);
    const last = taken[taken.length - 1];
    page.after[feed.key] = rows.length > CHANGES_LIMIT && last ? { at: last.at, id: last.id } : 'done';
  }
  out.more = FEEDS.some((f) => page.after[f.key] !== 'done');
  out.next = encode(out.more ? { from: page.from, started: page.started, after: page.after as Partial<Record<FeedKey, { at: string; id: string } | 'done'>> } : { since: page.started });
  return out;
}
