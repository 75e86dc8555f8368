/**
 * The changes feed that keeps several devices of a household in step (polled every few seconds by
 * an open app). Polling, not server-sent events: it works unchanged with several stateless app
 * instances behind a load balancer and needs no open connection per device.
 *
 * A poll overlaps the previous one by OVERLAP_MS, so a write whose transaction committed a little
 * after its timestamp is not missed; clients merge by id and keep the higher version. A long
 * backlog comes in pages, continued by an exact (updatedAt, id) position.
 */
import type { Kysely } from 'kysely';
import type { Session } from '../domain/session.js';
import { badField } from '../errors.js';
import type { DB } from '../db/schema.js';
import { listSessionChanges } from '../db/sessions.js';

export const OVERLAP_MS = 5_000;
export const CHANGES_LIMIT = 500;

export interface Changes {
  sessions: Session[];
  /** Ids of symptom checks saved since (a check never changes once saved). */
  symptomCheckIds: string[];
  /** Opaque: pass it as `since` next time. */
  next: string;
  /** True when there is more: ask again at once with `next`. */
  more: boolean;
}

type Position = { since: string } | { after: { updatedAt: string; id: string } };

const encode = (p: Position): string => Buffer.from(JSON.stringify(p), 'utf8').toString('base64url');

function decode(token: string): Position {
  try {
    const p = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<{ since: unknown; after: { updatedAt: unknown; id: unknown } }>;
    if (typeof p.since === 'string' && !Number.isNaN(Date.parse(p.since))) return { since: p.since };
    if (p.after && typeof p.after.updatedAt === 'string' && typeof p.after.id === 'string') return { after: { updatedAt: p.after.updatedAt, id: p.after.id } };
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
  if (since === 'now') return { sessions: [], symptomCheckIds: [], next: encode({ since: now.toISOString() }), more: false };
  const position: Position = since === undefined ? { since: new Date(0).toISOString() } : decode(since);
  const from: Position = 'since' in position ? { since: new Date(Math.max(0, Date.parse(position.since) - OVERLAP_MS)).toISOString() } : position;
  const rows = await listSessionChanges(db, householdId, from, CHANGES_LIMIT + 1);
  const more = rows.length > CHANGES_LIMIT;
  const sessions = rows.slice(0, CHANGES_LIMIT);
  const checksFrom = 'since' in from ? from.since : from.after.updatedAt;
  const checks = await db
    .selectFrom('symptomChecks')
    .select('id')
    .where('householdId', '=', householdId)
    .where('createdAt', '>=', checksFrom)
    .orderBy('createdAt')
    .limit(CHANGES_LIMIT)
    .execute();
  const last = sessions[sessions.length - 1];
  const next = more && last ? encode({ after: { updatedAt: last.updatedAt, id: last.id } }) : encode({ since: now.toISOString() });
  return { sessions, symptomCheckIds: checks.map((c) => c.id), next, more };
}
