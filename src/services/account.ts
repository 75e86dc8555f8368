/** What a user does with her own account: password, sign-in sessions, export, deletion. */
import type { Kysely } from 'kysely';
import { AppError, badField, notFound } from '../errors.js';
import { listHouseholdsForUser } from '../db/households.js';
import type { DB } from '../db/schema.js';
import {
  deleteAllAuthSessions,
  deleteOtherAuthSessions,
  findUserByEmail,
  deleteUserAuthSession,
  findUserById,
  listAuthSessions,
  updatePasswordHash,
} from '../db/users.js';
import { normalizeEmail, tokenHash } from './accounts.js';
import { hashPassword, isCommonPassword, verifyPassword } from './passwords.js';

/** Changes the password after checking the current one; every other sign-in is ended. */
export async function changePassword(
  db: Kysely<DB>,
  userId: string,
  currentToken: string,
  input: { currentPassword: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const user = await findUserById(db, userId);
  if (!user) throw notFound('user');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw badField('currentPassword', 'wrong_password', 'is not right');
  if (await isCommonPassword(input.newPassword)) throw badField('newPassword', 'common_password', 'is one of the most common passwords; choose another');
  if (input.newPassword === input.currentPassword) throw badField('newPassword', 'same_password', 'must differ from the current password');
  await updatePasswordHash(db, userId, await hashPassword(input.newPassword));
  return { endedSessions: await deleteOtherAuthSessions(db, userId, tokenHash(currentToken)) };
}

/**
 * A new password set by whoever runs the server (`lactea reset-password`), for someone who forgot
 * hers: no current password asked; every sign-in of hers is ended.
 */
export async function resetPassword(db: Kysely<DB>, email: string, newPassword: string): Promise<{ endedSessions: number }> {
  const user = await findUserByEmail(db, normalizeEmail(email));
  if (!user) throw new AppError('not_found', `No account with the email ${normalizeEmail(email)}`);
  if (await isCommonPassword(newPassword)) throw badField('password', 'common_password', 'is one of the most common passwords; choose another');
  await updatePasswordHash(db, user.id, await hashPassword(newPassword));
  return { endedSessions: await deleteAllAuthSessions(db, user.id) };
}

export async function signInSessions(db: Kysely<DB>, userId: string, currentToken: string, now = new Date()) {
  const current = tokenHash(currentToken);
  const rows = await listAuthSessions(db, userId, now.toISOString());
  return rows.map((r) => ({ ...r, current: r.id === current }));
}

export async function endSignInSession(db: Kysely<DB>, userId: string, id: string): Promise<void> {
  if (!(await deleteUserAuthSession(db, userId, id))) throw notFound('sign-in session');
}

/**
 * Deletes her account after she typed her email to confirm: the households she owns go with all
 * their data; households she only joined stay as they are, without her.
 */
export async function deleteAccount(db: Kysely<DB>, userId: string, confirm: string, now = new Date()): Promise<void> {
  // The check and the deletes in one transaction: what she owns is read where it is deleted, and
  // under load on PostgreSQL the whole takes one turn at the pool instead of four.
  await db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    // Already gone: the same request ran twice at once (a double tap, a retry) and the other one
    // deleted her account after this one's sign-in was checked. Gone is what she asked for.
    if (!user) return;
    if (confirm.trim().toLowerCase() !== user.email) throw badField('confirm', 'confirm_mismatch', 'type your email address to confirm');
    const owned = (await listHouseholdsForUser(trx, userId, now.toISOString())).filter((h) => h.role === 'owner').map((h) => h.id);
    if (owned.length > 0) await trx.deleteFrom('households').where('id', 'in', owned).execute();
    // Nothing left to delete when the same request ran twice at once (PostgreSQL reads the user before
    // the other commits): gone either way, which is what she asked.
    await trx.deleteFrom('users').where('id', '=', userId).execute();
  });
}
