/** The log's pages and the changes feed. */
import type { CareNote } from '../domain/baby/care-note.js';
import type { Nappy } from '../domain/baby/nappy.js';
import type { Weight } from '../domain/baby/weight.js';
import type { Session } from '../domain/session.js';

export interface SessionPage {
  sessions: Session[];
  nextCursor: string | null;
}

/** GET …/changes: what changed since a position. Adding a kind of record adds its field here and a feed in services/changes.ts. */
export interface Changes {
  sessions: Session[];
  nappies: Nappy[];
  weights: Weight[];
  careNotes: CareNote[];
  /** Ids of symptom checks saved since (a check never changes once saved). */
  symptomCheckIds: string[];
  /** Opaque: pass it as `since` next time. */
  next: string;
  /** True when there is more: ask again at once with `next`. */
  more: boolean;
}
