/** Care notes as the parent and her consultants read them: each with who wrote it. */
import type { Kysely } from 'kysely';
import type { CareNote } from '../domain/baby/care-note.js';
import type { DB } from '../db/schema.js';
import { careNoteResource } from './baby-records.js';
import { listRecordsOf } from './versioned.js';

export type CareNoteView = CareNote & { authorEmail: string | null };

export async function careNotesWithAuthors(db: Kysely<DB>, householdId: string, q: { from?: string; to?: string; limit: number }): Promise<CareNoteView[]> {
  const notes = await listRecordsOf(db, careNoteResource, householdId, q);
  const ids = [...new Set(notes.map((n) => n.createdBy))];
  const users = ids.length > 0 ? await db.selectFrom('users').select(['id', 'email']).where('id', 'in', ids).execute() : [];
  const email = new Map(users.map((u) => [u.id, u.email]));
  // An author whose account is gone shows as unknown; her notes stay the client's record.
  return notes.map((n) => ({ ...n, authorEmail: email.get(n.createdBy) ?? null }));
}
