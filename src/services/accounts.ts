/** Sign-up, sign-in and sign-out; the same functions serve the HTTP API and the CLI. */
import { hash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { HouseholdSummary, Language, Preferences, Role, User } from '../domain/account.js';
import { AppError, fieldIssue, notFound } from '../errors.js';
import { insertHousehold, insertMembership, listHouseholdsForUser } from '../db/households.js';
import type { DB } from '../db/schema.js';
import {
  deleteAuthSession,
  findUserByEmail,
  findUserById,
  findUserAndRole,
  findUserBySession,
  insertAuthSession,
  liveRole,
  insertUser,
  publicUser,
  updatePreferences,
  type UserWithHash,
} from '../db/users.js';
import { dummyPasswordHash, hashPassword, isCommonPassword, verifyPassword } from './passwords.js';

/** A new household's name until she gives it one (the guided start asks first thing). */
const DEFAULT_HOUSEHOLD_NAME: Record<Language, string> = { en: 'Home', es: 'Casa' };

const emailTaken = (): AppError => new AppError('email_taken', 'An account with this email already exists', { email: fieldIssue('email_taken', 'is already registered') });

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The cookie holds the token; the database holds only its hash. */
export function tokenHash(token: string): string {
  return hash('sha256', token, 'hex');
}

export interface SignedIn {
  user: User;
  households: HouseholdSummary[];
  token: string;
  expiresAt: string;
}

/** How an account starts: with a household of her own (the default), and anything else to do in the same transaction. */
export interface NewAccountOptions {
  /** False for a consultant who signs up from an invite: she owns no empty household. */
  ownHousehold?: boolean;
  /** Runs in the account's transaction after the user row exists (e.g. joining by an invite). */
  alsoDo?: (trx: Transaction<DB>, userId: string, nowIso: string) => Promise<void>;
}

/**
 * A new account: the checks and the hash first, then the rows in one transaction, then `andThen`
 * in that same transaction with the user as stored. Everything after the checks holds one
 * connection: under load on PostgreSQL each separate query waits its turn for the pool again, and
 * a sign-up was seven of them (bench:reliability: up to 2.2 s at 200 clients).
 */
async function createAccount<T>(
  db: Kysely<DB>,
  input: { email: string; password: string; householdName?: string; language?: Language },
  now: Date,
  options: NewAccountOptions,
  andThen: (trx: Transaction<DB>, user: UserWithHash) => Promise<T>,
): Promise<T> {
  const email = normalizeEmail(input.email);
  if (await isCommonPassword(input.password)) {
    throw new AppError('invalid_fields', 'Choose a less common password', { password: fieldIssue('common_password', 'is one of the most common passwords; choose another') });
  }
  if (await findUserByEmail(db, email)) {
    throw emailTaken();
  }
  const passwordHash = await hashPassword(input.password);
  const userId = randomUUID();
  const householdId = randomUUID();
  const createdAt = now.toISOString();
  try {
    return await db.transaction().execute(async (trx) => {
      await insertUser(trx, { id: userId, email, passwordHash, createdAt, preferences: { firstRun: 'household', ...(input.language ? { language: input.language } : {}) } });
      if (options.ownHousehold !== false) {
        await insertHousehold(trx, { id: householdId, name: input.householdName ?? DEFAULT_HOUSEHOLD_NAME[input.language ?? 'en'], createdAt });
        await insertMembership(trx, { householdId, userId, role: 'owner', createdAt, expiresAt: null });
      }
      await options.alsoDo?.(trx, userId, createdAt);
      const user = await findUserById(trx, userId);
      if (!user) throw new AppError('internal', 'The new account could not be read back');
      return andThen(trx, user);
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (await findUserByEmail(db, email)) {
      throw emailTaken();
    }
    throw e;
  }
}

/** A new account without a sign-in (the CLI). */
export async function createUser(
  db: Kysely<DB>,
  input: { email: string; password: string; householdName?: string; language?: Language },
  now = new Date(),
  options: NewAccountOptions = {},
): Promise<{ user: User; households: HouseholdSummary[] }> {
  return createAccount(db, input, now, options, async (trx, user) => ({ user: publicUser(user), households: await listHouseholdsForUser(trx, user.id, now.toISOString()) }));
}

export async function startSession(db: Kysely<DB>, user: UserWithHash, sessionDays: number, now = new Date(), userAgent: string | null = null): Promise<SignedIn> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionDays * 86_400_000).toISOString();
  await insertAuthSession(db, { id: tokenHash(token), userId: user.id, createdAt: now.toISOString(), expiresAt, userAgent: userAgent?.slice(0, 200) ?? null });
  return {
    user: publicUser(user),
    households: await listHouseholdsForUser(db, user.id, now.toISOString()),
    token,
    expiresAt,
  };
}

export async function signUp(
  db: Kysely<DB>,
  input: { email: string; password: string; language?: Language },
  sessionDays: number,
  userAgent: string | null = null,
  options: NewAccountOptions = {},
): Promise<SignedIn> {
  const now = new Date();
  // The account and its first sign-in together: one transaction, no half-made account without a way in.
  return createAccount(db, input, now, options, (trx, user) => startSession(trx, user, sessionDays, now, userAgent));
}

export async function signIn(db: Kysely<DB>, input: { email: string; password: string }, sessionDays: number, userAgent: string | null = null): Promise<SignedIn> {
  const user = await findUserByEmail(db, normalizeEmail(input.email));
  // Verify against a dummy hash for an unknown email, so the answer takes as long either way.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) throw new AppError('wrong_credentials', 'Email or password is not right');
  return startSession(db, user, sessionDays, new Date(), userAgent);
}

export async function signOut(db: Kysely<DB>, token: string): Promise<void> {
  await deleteAuthSession(db, tokenHash(token));
}

/** The user of a live sign-in session, or null. */
export async function userForToken(db: Kysely<DB>, token: string, now = new Date()): Promise<UserWithHash | null> {
  return (await findUserBySession(db, tokenHash(token), now.toISOString()))?.user ?? null;
}

/** The user of a live sign-in session and her live role in a household (null: none), looked up together. */
export async function userAndRoleForToken(db: Kysely<DB>, token: string, householdId: string, now = new Date()): Promise<{ user: UserWithHash; role: Role | null } | null> {
  const nowIso = now.toISOString();
  const found = await findUserAndRole(db, tokenHash(token), householdId, nowIso);
  return found ? { user: found.user, role: liveRole(found, nowIso) } : null;
}

export async function setPreferences(db: Kysely<DB>, userId: string, change: Partial<Preferences>): Promise<User> {
  const current = await findUserById(db, userId);
  if (!current) throw notFound('user');
  await updatePreferences(db, userId, { ...current.preferences, ...change });
  const user = await findUserById(db, userId);
  if (!user) throw notFound('user');
  return publicUser(user);
}
