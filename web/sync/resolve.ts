/** Her choice on a held write: keep her version (sent again, on top of the server's) or the other one. */
import { inputOf } from '../api.js';
import { putRecent } from '../state/today.js';
import { newId } from '../state/uuid.js';
import { release, submit, type Outcome } from './outbox.js';
import type { Held } from './outbox-logic.js';

export type ConflictHeld = Extract<Held, { kind: 'conflict' }>;

/**
 * Keeps her version. If the other device deleted the record, hers is saved again as a new entry
 * (a deleted record cannot be changed); otherwise it replaces the server's current version.
 */
export async function keepMine(h: ConflictHeld): Promise<Outcome> {
  // Released first: a new conflict on the same record is held under the same id.
  await release(h.id);
  if (h.theirs.deletedAt) {
    const id = newId();
    const local = { ...h.mine, id, version: 0, deletedAt: null };
    return submit({ kind: 'session.put', hid: h.hid, id, input: inputOf(local), baseVersion: null, local });
  }
  const local = { ...h.mine, version: h.theirs.version, createdAt: h.theirs.createdAt, createdBy: h.theirs.createdBy };
  return submit({ kind: 'session.put', hid: h.hid, id: h.id, input: inputOf(h.mine), baseVersion: h.theirs.version, local });
}

/** Keeps the server's version; hers is let go. */
export async function keepTheirs(h: ConflictHeld): Promise<void> {
  putRecent(h.theirs);
  await release(h.id);
}

/** A refused write she has seen: let go. */
export async function dismiss(h: Held): Promise<void> {
  await release(h.id);
}
