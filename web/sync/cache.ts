/**
 * The last copy of what the server said, kept on this device so the app opens and shows her recent
 * log, checks and settings with no network (stale-while-revalidate: show the copy, then refresh).
 * Copies are kept per person; when someone else signs in on the device, the previous copies go.
 */
import { householdOfPath } from '../api-paths.js';
import { ApiError, request } from '../api.js';
import { localDb } from './local-db.js';

const OWNER = 'owner';
const KEEP_GET_MS = 30 * 86_400_000;
let owner: string | null = null;

/** Whose copies these are; switching person forgets the previous person's copies. */
export async function setCacheOwner(userId: string): Promise<void> {
  const db = await localDb();
  const was = await db.read<string>(OWNER);
  if (was !== undefined && was !== userId) await db.clearCache();
  await db.write(OWNER, userId);
  owner = userId;
  // Answers kept per path (an insights range names its dates) pile up day after day: a month is plenty.
  const before = Date.now() - KEEP_GET_MS;
  void db.forget(`${userId}:get:`, (_, at) => at < before).catch(() => undefined);
}

export function forgetCacheOwner(): void {
  owner = null;
}

/** The copy kept under `key` for the person signed in, if any. */
export async function readCopy<T>(key: string): Promise<T | undefined> {
  if (!owner) return undefined;
  const db = await localDb();
  return db.read<T>(`${owner}:${key}`);
}

export async function keepCopy(key: string, value: unknown): Promise<void> {
  if (!owner) return;
  try {
    const db = await localDb();
    await db.write(`${owner}:${key}`, value);
  } catch {
    // A full or unavailable store only costs the offline copy.
  }
}

/**
 * The household a copy (its key without the owner) belongs to: a GET under the household's path,
 * or `<what>:<household id>` (its babies, recent sessions, log, checks); null for her own (the
 * answers about her account).
 */
export function householdOfCopy(key: string): string | null {
  if (key.startsWith('get:')) return householdOfPath(key.slice(4));
  return /^[a-z-]+:([^:/?]+)$/.exec(key)?.[1] ?? null;
}

/** Forgets the copies of every household but `have` (the ones she has now): she no longer has them. */
export async function forgetHouseholdsBut(have: readonly string[]): Promise<number> {
  if (!owner) return 0;
  const prefix = `${owner}:`;
  const keep = new Set(have);
  const db = await localDb();
  return db.forget(prefix, (key) => {
    const hid = householdOfCopy(key.slice(prefix.length));
    return hid !== null && !keep.has(hid);
  });
}

/** The account copy is read before anyone is known to be signed in: it names its owner itself. */
export async function readAccountCopy<T>(): Promise<T | undefined> {
  const db = await localDb();
  return db.read<T>('account');
}

export async function keepAccountCopy(value: unknown): Promise<void> {
  const db = await localDb();
  await db.write('account', value);
}

export async function dropAccountCopy(): Promise<void> {
  const db = await localDb();
  await db.write('account', null);
}

/**
 * A GET that keeps its answer on this device: with no network, the answer last kept for the same
 * path (if any) stands in, so screens show the last synced data offline.
 */
export async function readThrough<T>(path: string): Promise<T> {
  try {
    const value = await request<T>('GET', path);
    void keepCopy(`get:${path}`, value);
    return value;
  } catch (e) {
    if (!(e instanceof ApiError && e.offline)) throw e;
    const copy = await readCopy<T>(`get:${path}`);
    if (copy === undefined) throw e;
    return copy;
  }
}
