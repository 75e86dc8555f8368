/**
 * Who a session cookie belongs to, and her membership of a household, remembered between requests
 * — on SQLite only.
 *
 * An entry is used only while the write tracker says none of the tables it was read from has been
 * written since (db/write-tracker.ts): signing out, changing a password, ending a sign-in session,
 * revoking a share, changing a role or an expiry, deleting an account or a household all write
 * them, so the very next request reads the database again; so does a write by another process
 * (the CLI). What time alone ends — a sign-in session's or a membership's expiry — is kept in the
 * entry and compared with the clock on every request. The decision itself stays where it was: the
 * auth hook hands the role to checkAccess (server/access.ts) as before.
 *
 * On PostgreSQL there is no cache: several app instances can share the database, and one would not
 * see another's sign-out or revoke. Every request reads the database there.
 */
import type { SignIn, SignInWithMembership } from '../db/users.js';
import type { WriteTracker, WriteView } from '../db/write-tracker.js';

/** What a sign-in and a membership are read from; a write to any of them (or a cascade into them) ends every entry. */
const TABLES = ['auth_sessions', 'users', 'memberships'] as const;
const MAX_ENTRIES = 10_000;

export class SignInCache {
  private readonly entries = new Map<string, { stamp: number; value: SignIn | SignInWithMembership }>();

  constructor(private readonly writes: WriteTracker) {}

  /** One request's view of the writes (see WriteTracker.view); the summary cache uses it too. */
  view(): WriteView {
    return this.writes.view();
  }

  /** Take before reading the database; give it to `set` with what was read. */
  stamp(view: WriteView): number {
    return view.stamp(TABLES);
  }

  get<T extends SignIn>(key: string, view: WriteView): T | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.stamp !== this.stamp(view)) {
      this.entries.delete(key);
      return null;
    }
    return e.value as T;
  }

  set(key: string, stamp: number, value: SignIn | SignInWithMembership): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { stamp, value });
  }
}
