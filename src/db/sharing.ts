/** Invites, members and the access log. */
import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../domain/account.js';
import type { AccessLogTable, DB, InvitesTable } from './schema.js';

type Q = Kysely<DB> | Transaction<DB>;

export type InviteRow = InvitesTable;

export async function insertInvite(db: Q, invite: InviteRow): Promise<void> {
  await db.insertInto('invites').values(invite).execute();
}

export async function findInviteByHash(db: Q, tokenHash: string): Promise<InviteRow | null> {
  return (await db.selectFrom('invites').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst()) ?? null;
}

/** Marks an invite used, only if it is still open; false when someone else used it first. */
export async function claimInvite(db: Q, householdId: string, id: string, userId: string, nowIso: string): Promise<boolean> {
  const r = await db
    .updateTable('invites')
    .set({ acceptedBy: userId, acceptedAt: nowIso })
    .where('householdId', '=', householdId)
    .where('id', '=', id)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', nowIso)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function revokeInvite(db: Q, householdId: string, id: string, nowIso: string): Promise<boolean> {
  const r = await db
    .updateTable('invites')
    .set({ revokedAt: nowIso })
    .where('householdId', '=', householdId)
    .where('id', '=', id)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function listOpenInvites(db: Q, householdId: string, nowIso: string) {
  return db
    .selectFrom('invites')
    .select(['id', 'role', 'expiresAt', 'accessExpiresAt', 'createdAt'])
    .where('householdId', '=', householdId)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', nowIso)
    .orderBy('createdAt')
    .execute();
}

export async function listMembers(db: Q, householdId: string) {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['users.id as userId', 'users.email', 'memberships.role', 'memberships.createdAt', 'memberships.expiresAt'])
    .where('memberships.householdId', '=', householdId)
    .orderBy('memberships.createdAt')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function findMembership(db: Q, householdId: string, userId: string) {
  return (
    (await db.selectFrom('memberships').selectAll().where('householdId', '=', householdId).where('userId', '=', userId).executeTakeFirst()) ?? null
  );
}

export async function updateMembership(db: Q, householdId: string, userId: string, patch: { role?: Role; expiresAt?: string | null }): Promise<void> {
  await db.updateTable('memberships').set(patch).where('householdId', '=', householdId).where('userId', '=', userId).execute();
}

export async function deleteMembership(db: Q, householdId: string, userId: string): Promise<boolean> {
  const r = await db.deleteFrom('memberships').where('householdId', '=', householdId).where('userId', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Removes her membership if it has expired (so a new invite can replace it); a live one stays. */
export async function deleteExpiredMembership(db: Q, householdId: string, userId: string, nowIso: string): Promise<void> {
  await db.deleteFrom('memberships').where('householdId', '=', householdId).where('userId', '=', userId).where('expiresAt', '<=', nowIso).execute();
}

export async function insertAccessLog(db: Q, row: AccessLogTable): Promise<void> {
  await db.insertInto('accessLog').values(row).execute();
}

export async function listAccessLog(db: Q, householdId: string, limit: number) {
  return db
    .selectFrom('accessLog')
    // A left join: the entries of someone who has since deleted her account stay (email null).
    .leftJoin('users', 'users.id', 'accessLog.userId')
    .select(['accessLog.id', 'accessLog.at', 'accessLog.userId', 'users.email', 'accessLog.role', 'accessLog.action', 'accessLog.method', 'accessLog.route', 'accessLog.resourceId'])
    .where('accessLog.householdId', '=', householdId)
    .orderBy('accessLog.at', 'desc')
    .orderBy('accessLog.id', 'desc')
    .limit(limit)
    .execute();
}
