/**
 * What is kept only for a while: sign-ins that have ended, invites used, revoked or expired a month
 * ago, and access-log entries over a year old. The server prunes them at start and then every few
 * hours; nothing a user entered is among them.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

const DAY = 86_400_000;
/** Closed invites stay this long, so an owner who asks "did she accept?" can still be told. */
export const CLOSED_INVITE_DAYS = 30;
/** The access log covers the last year. */
export const ACCESS_LOG_DAYS = 365;

export interface Pruned {
  signIns: number;
  invites: number;
  accessLog: number;
}

export async function pruneExpired(db: Kysely<DB>, now = new Date()): Promise<Pruned> {
  const nowIso = now.toISOString();
  const invitesBefore = new Date(now.getTime() - CLOSED_INVITE_DAYS * DAY).toISOString();
  const logBefore = new Date(now.getTime() - ACCESS_LOG_DAYS * DAY).toISOString();
  const signIns = await db.deleteFrom('authSessions').where('expiresAt', '<=', nowIso).executeTakeFirst();
  const invites = await db
    .deleteFrom('invites')
    .where((eb) => eb.or([eb('expiresAt', '<=', invitesBefore), eb('acceptedAt', '<=', invitesBefore), eb('revokedAt', '<=', invitesBefore)]))
    .executeTakeFirst();
  const accessLog = await db.deleteFrom('accessLog').where('at', '<', logBefore).executeTakeFirst();
  return { signIns: Number(signIns.numDeletedRows), invites: Number(invites.numDeletedRows), accessLog: Number(accessLog.numDeletedRows) };
}
