/** Users and their sign-in sessions. */
import { type Kysely, sql } from 'kysely';
import { DEFAULT_PREFERENCES, type Preferences, type Role, type User } from '../domain/account.js';
import { weightUnitFor } from '../domain/units.js';
import type { DB, UsersTable } from './schema.js';

export interface UserWithHash extends User {
  passwordHash: string;
}

function parsePreferences(json: string): Preferences {
  try {
    const saved = JSON.parse(json) as Partial<Preferences>;
    // Saved before the weight had a unit of its own: it went with the volume unit.
    return { ...DEFAULT_PREFERENCES, weightUnit: weightUnitFor(saved.volumeUnit ?? DEFAULT_PREFERENCES.volumeUnit), ...saved };
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}

function fromDb(row: UsersTable): UserWithHash {
  return {
    id: row.id,
    email: row.email,
    createdAt: row.createdAt,
    preferences: parsePreferences(row.preferences),
    passwordHash: row.passwordHash,
  };
}

export function publicUser(u: UserWithHash): User {
  return { id: u.id, email: u.email, createdAt: u.createdAt, preferences: u.preferences };
}

export async function insertUser(
  db: Kysely<DB>,
  u: { id: string; email: string; passwordHash: string; createdAt: string; preferences?: Partial<Preferences> },
): Promise<void> {
  const { preferences, ...row } = u;
  await db
    .insertInto('users')
    .values({ ...row, preferences: JSON.stringify({ ...DEFAULT_PREFERENCES, ...preferences }) })
    .execute();
}

export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserWithHash | null> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row ? fromDb(row) : null;
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserWithHash | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromDb(row) : null;
}

export async function updatePreferences(db: Kysely<DB>, id: string, prefs: Preferences): Promise<void> {
  await db.updateTable('users').set({ preferences: JSON.stringify(prefs) }).where('id', '=', id).execute();
}

export async function insertAuthSession(
  db: Kysely<DB>,
  s: { id: string; userId: string; createdAt: string; expiresAt: string; userAgent: string | null },
): Promise<void> {
  await db.insertInto('authSessions').values(s).execute();
}

/** A live sign-in session's user (looked up by the token's hash), and when that session ends. */
export interface SignIn {
  user: UserWithHash;
  sessionExpiresAt: string;
}

/** The user behind a live sign-in session (looked up by the token's hash), or null. */
export async function findUserBySession(db: Kysely<DB>, sessionId: string, nowIso: string): Promise<SignIn | null> {
  // Plain SQL, like findUserAndRole below (see there why); the result's names come back in camelCase.
  const { rows } = await sql<UsersTable & { sessionExpiresAt: string }>`
    select u.id, u.email, u.password_hash, u.preferences, u.created_at, a.expires_at as session_expires_at
    from auth_sessions a join users u on u.id = a.user_id
    where a.id = ${sessionId} and a.expires_at > ${nowIso}`.execute(db);
  const row = rows[0];
  return row ? { user: fromDb(row), sessionExpiresAt: row.sessionExpiresAt } : null;
}

/**
 * A live sign-in session's user and her membership of one household as stored: the role (null when
 * she is not a member) and when the membership ends (null: it does not). Whether the membership is
 * live at a given instant is `liveRole`'s to say.
 */
export interface SignInWithMembership extends SignIn {
  role: Role | null;
  memberExpiresAt: string | null;
}

/**
 * The user behind a live sign-in session and her membership of one household, in one query (the
 * hot path of every household route). Written as plain SQL on purpose: Kysely's builder took
 * 40–47 µs of CPU to build, transform and compile this join on every request, the template 7–10
 * (in process on SQLite, with the statement cache). Both databases run it as is: Kysely puts in
 * each one's placeholders, and the CamelCasePlugin names the result's columns in camelCase.
 */
export async function findUserAndRole(db: Kysely<DB>, sessionId: string, householdId: string, nowIso: string): Promise<SignInWithMembership | null> {
  const { rows } = await sql<UsersTable & { sessionExpiresAt: string; role: string | null; expiresAt: string | null }>`
    select u.id, u.email, u.password_hash, u.preferences, u.created_at, a.expires_at as session_expires_at, m.role, m.expires_at
    from auth_sessions a
      join users u on u.id = a.user_id
      left join memberships m on m.user_id = u.id and m.household_id = ${householdId}
    where a.id = ${sessionId} and a.expires_at > ${nowIso}`.execute(db);
  const row = rows[0];
  if (!row) return null;
  return { user: fromDb(row), sessionExpiresAt: row.sessionExpiresAt, role: row.role as Role | null, memberExpiresAt: row.expiresAt };
}

/** Her role in the household at `nowIso`: null when she is not a member, or no longer is. */
export function liveRole(m: Pick<SignInWithMembership, 'role' | 'memberExpiresAt'>, nowIso: string): Role | null {
  return m.role !== null && (m.memberExpiresAt === null || m.memberExpiresAt > nowIso) ? m.role : null;
}

export async function deleteAuthSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('authSessions').where('id', '=', sessionId).execute();
}

export async function listAuthSessions(db: Kysely<DB>, userId: string, nowIso: string) {
  return db
    .selectFrom('authSessions')
    .select(['id', 'createdAt', 'expiresAt', 'userAgent'])
    .where('userId', '=', userId)
    .where('expiresAt', '>', nowIso)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function deleteUserAuthSession(db: Kysely<DB>, userId: string, sessionId: string): Promise<boolean> {
  const r = await db.deleteFrom('authSessions').where('userId', '=', userId).where('id', '=', sessionId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Signs a user out everywhere. */
export async function deleteAllAuthSessions(db: Kysely<DB>, userId: string): Promise<number> {
  const r = await db.deleteFrom('authSessions').where('userId', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Signs a user out everywhere but the given session. */
export async function deleteOtherAuthSessions(db: Kysely<DB>, userId: string, keepSessionId: string): Promise<number> {
  const r = await db.deleteFrom('authSessions').where('userId', '=', userId).where('id', '!=', keepSessionId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function updatePasswordHash(db: Kysely<DB>, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ passwordHash }).where('id', '=', userId).execute();
}
