/**
 * Sharing a household: invites by single-use link (only the hash is stored), accepting them, the
 * members list, role changes, revocation, and the access log the owner reads.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Language, Role } from '../domain/account.js';
import { AppError, badField, notFound } from '../errors.js';
import { deleteHouseholds, emptyOwnedHouseholds, householdUnits, insertMembership, listHouseholdsForUser } from '../db/households.js';
import { isUniqueViolation } from '../db/errors.js';
import type { DB } from '../db/schema.js';
import { liveRole } from '../db/users.js';
import {
  claimInvite,
  deleteExpiredMembership,
  deleteMembership,
  findInviteByHash,
  findMembership,
  insertAccessLog,
  insertInvite,
  listAccessLog,
  listMembers,
  listOpenInvites,
  revokeInvite,
  updateMembership,
} from '../db/sharing.js';
import { setPreferences, signUp, tokenHash, type SignedIn } from './accounts.js';

export const INVITE_DAYS = 7;
export type InviteRole = Exclude<Role, 'owner'>;

const invalidInvite = () => new AppError('invite_invalid', 'This invite link is not valid: it was used, revoked, or it expired');

export async function createInvite(
  db: Kysely<DB>,
  actor: { userId: string },
  householdId: string,
  input: { role: InviteRole; accessExpiresAt: string | null },
  now = new Date(),
): Promise<{ id: string; token: string; role: InviteRole; expiresAt: string; accessExpiresAt: string | null }> {
  if (input.accessExpiresAt !== null && input.role !== 'consultant') throw badField('accessExpiresAt', 'consultant_only', 'only a consultant share can expire');
  if (input.accessExpiresAt !== null && input.accessExpiresAt <= now.toISOString()) throw badField('accessExpiresAt', 'in_past', 'must be in the future');
  const token = randomBytes(32).toString('base64url');
  const invite = {
    householdId,
    id: randomUUID(),
    tokenHash: tokenHash(token),
    role: input.role,
    expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString(),
    accessExpiresAt: input.accessExpiresAt,
    createdBy: actor.userId,
    createdAt: now.toISOString(),
    acceptedBy: null,
    acceptedAt: null,
    revokedAt: null,
  };
  await insertInvite(db, invite);
  return { id: invite.id, token, role: input.role, expiresAt: invite.expiresAt, accessExpiresAt: invite.accessExpiresAt };
}

async function openInvite(db: Kysely<DB>, token: string, nowIso: string) {
  const invite = await findInviteByHash(db, tokenHash(token));
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= nowIso) throw invalidInvite();
  return invite;
}

/** What an invite offers, for the page that asks to accept it. */
export async function previewInvite(db: Kysely<DB>, token: string, now = new Date()) {
  const invite = await openInvite(db, token, now.toISOString());
  const household = await db.selectFrom('households').select('name').where('id', '=', invite.householdId).executeTakeFirst();
  const inviter = await db.selectFrom('users').select('email').where('id', '=', invite.createdBy).executeTakeFirst();
  return { householdName: household?.name ?? '', invitedBy: inviter?.email ?? '', role: invite.role as InviteRole, expiresAt: invite.expiresAt, accessExpiresAt: invite.accessExpiresAt };
}

type OpenInvite = Awaited<ReturnType<typeof openInvite>>;

/**
 * Joins the invite's household with its role, in the caller's transaction; the invite is used up
 * (once, whoever comes first). A consultant needs no household of her own: an empty one she owns
 * (nothing ever logged, shared or invited) is removed, so she lands on her clients.
 */
async function join(trx: Transaction<DB>, invite: OpenInvite, userId: string, nowIso: string): Promise<void> {
  if (!(await claimInvite(trx, invite.householdId, invite.id, userId, nowIso))) throw invalidInvite();
  // A consultant whose access ran out, invited again: the new invite replaces the old membership.
  await deleteExpiredMembership(trx, invite.householdId, userId, nowIso);
  await insertMembership(trx, { householdId: invite.householdId, userId, role: invite.role as Role, createdAt: nowIso, expiresAt: invite.accessExpiresAt });
  if (invite.role === 'consultant') await deleteHouseholds(trx, await emptyOwnedHouseholds(trx, userId));
  // A partner starts in the household's units, so "3" for a bottle means what it means to her (he may
  // change them); the guided start is the owner's. A consultant keeps the units she works in.
  await setPreferences(trx, userId, invite.role === 'caregiver' ? { ...(await householdUnits(trx, invite.householdId)), firstRun: 'done' } : { firstRun: 'done' });
}

/**
 * Signing up from an invite link: the account and the membership in one step. A consultant's
 * account owns no household (she may start her own log later); a caregiver's gets one as usual.
 */
export async function signUpFromInvite(
  db: Kysely<DB>,
  input: { email: string; password: string; invite: string; language?: Language },
  sessionDays: number,
  userAgent: string | null,
  now = new Date(),
): Promise<SignedIn> {
  let invite: OpenInvite;
  try {
    invite = await openInvite(db, input.invite, now.toISOString());
  } catch {
    throw badField('invite', 'invite_used', 'this invite link is not valid any more: it was used, withdrawn or it expired');
  }
  return signUp(db, input, sessionDays, userAgent, { ownHousehold: invite.role !== 'consultant', alsoDo: (trx, userId, nowIso) => join(trx, invite, userId, nowIso) });
}

export async function acceptInvite(db: Kysely<DB>, user: { id: string }, token: string, now = new Date()) {
  const nowIso = now.toISOString();
  const alreadyMember = () => new AppError('already_member', 'You already have access to this household');
  try {
    // The checks, the joining and the read back in one transaction: under load on PostgreSQL it
    // takes one turn at the pool instead of four.
    return await db.transaction().execute(async (trx) => {
      const invite = await openInvite(trx, token, nowIso);
      const existing = await findMembership(trx, invite.householdId, user.id);
      if (existing && liveRole({ role: existing.role as Role, memberExpiresAt: existing.expiresAt }, nowIso)) throw alreadyMember();
      await join(trx, invite, user.id, nowIso);
      const joined = (await listHouseholdsForUser(trx, user.id, nowIso)).find((h) => h.id === invite.householdId);
      if (!joined) throw new AppError('internal', 'The new membership could not be read back');
      return joined;
    });
  } catch (e) {
    // She accepted this very invite already (a second tab, a double tap, a retry after a lost
    // answer): the same answer again. Read after the transaction ended, so on PostgreSQL the one
    // that lost the race sees the winner's commit.
    if ((e instanceof AppError && (e.code === 'invite_invalid' || e.code === 'already_member')) || isUniqueViolation(e)) {
      const joined = await joinedBy(db, token, user.id, nowIso);
      if (joined) return joined;
    }
    // Two invites to one household accepted by her at the same moment: the first one counts.
    if (isUniqueViolation(e)) throw alreadyMember();
    throw e;
  }
}

/** The household this invite let her into, when she is the one who used it and is still a member. */
async function joinedBy(db: Kysely<DB>, token: string, userId: string, nowIso: string) {
  const invite = await findInviteByHash(db, tokenHash(token));
  if (!invite || invite.acceptedBy !== userId) return null;
  return (await listHouseholdsForUser(db, userId, nowIso)).find((h) => h.id === invite.householdId) ?? null;
}

export async function sharesOf(db: Kysely<DB>, householdId: string, now = new Date()) {
  return { members: await listMembers(db, householdId), invites: await listOpenInvites(db, householdId, now.toISOString()) };
}

/** Revokes an open invite with this id, or the access of the member with this user id. At once. */
export async function revokeShare(db: Kysely<DB>, actor: { userId: string }, householdId: string, id: string, now = new Date()): Promise<void> {
  if (await revokeInvite(db, householdId, id, now.toISOString())) return;
  const member = await findMembership(db, householdId, id);
  if (!member) throw notFound('share');
  if (member.role === 'owner') throw new AppError('owner_access', 'The owner’s access cannot be revoked');
  if (id === actor.userId) throw new AppError('own_access', 'You cannot revoke your own access here');
  await deleteMembership(db, householdId, id);
}

export async function changeShare(
  db: Kysely<DB>,
  householdId: string,
  userId: string,
  patch: { role?: InviteRole; expiresAt?: string | null },
) {
  const member = await findMembership(db, householdId, userId);
  if (!member) throw notFound('member');
  if (member.role === 'owner') throw new AppError('owner_access', 'The owner’s role cannot be changed');
  const role = patch.role ?? (member.role as InviteRole);
  const expiresAt = patch.expiresAt !== undefined ? patch.expiresAt : member.expiresAt;
  if (expiresAt !== null && role !== 'consultant') throw badField('expiresAt', 'consultant_only', 'only a consultant share can expire');
  await updateMembership(db, householdId, userId, { role, expiresAt });
  const members = await listMembers(db, householdId);
  const updated = members.find((m) => m.userId === userId);
  if (!updated) throw notFound('member');
  return updated;
}

/** Records who read or changed what in a household. Never the content, only the route and the id. */
export async function logAccess(
  db: Kysely<DB>,
  entry: { householdId: string; userId: string; role: Role; action: 'read' | 'write'; method: string; route: string; resourceId: string | null },
  now = new Date(),
): Promise<void> {
  await insertAccessLog(db, { ...entry, id: randomUUID(), at: now.toISOString() });
}

export function accessLogOf(db: Kysely<DB>, householdId: string, limit: number) {
  return listAccessLog(db, householdId, limit);
}

