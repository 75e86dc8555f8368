/**
 * What a consultant writes on a client's household: dated notes, and a care plan (the plan in
 * force is the latest one). The only thing a consultant may write; the parent reads them.
 */
import type { RecordMeta } from '../record.js';
import type { Instant } from '../time.js';

export const CARE_NOTE_KINDS = ['note', 'plan'] as const;
export type CareNoteKind = (typeof CARE_NOTE_KINDS)[number];

export interface CareNoteInput {
  kind: CareNoteKind;
  /** The day (and time) the note is about; defaults to when it is written. */
  notedAt: Instant;
  body: string;
}

export interface CareNote extends CareNoteInput, RecordMeta {}

export function toCareNoteInput(n: CareNoteInput): CareNoteInput {
  return { kind: n.kind, notedAt: n.notedAt, body: n.body };
}

/** The plan in force: the latest one written (by notedAt, then by last change). */
export function currentPlan<T extends Pick<CareNote, 'kind' | 'notedAt' | 'updatedAt' | 'deletedAt'>>(notes: readonly T[]): T | null {
  let plan: T | null = null;
  for (const n of notes) {
    if (n.kind !== 'plan' || n.deletedAt) continue;
    if (!plan || n.notedAt > plan.notedAt || (n.notedAt === plan.notedAt && n.updatedAt > plan.updatedAt)) plan = n;
  }
  return plan;
}
