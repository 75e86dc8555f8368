/**
 * What every household record written with idempotent PUTs carries besides its own fields: who
 * made it and when, its version (an edit must carry the version it read) and a soft-delete mark.
 */
import type { FieldCode, FieldParams } from './error-codes.js';
import type { Instant } from './time.js';

export interface RecordMeta {
  id: string;
  householdId: string;
  /** Starts at 1; every accepted change adds 1. */
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
  createdBy: string;
  /** Set when deleted: the record is kept for other devices to learn of it, hidden from lists. */
  deletedAt: Instant | null;
}

/** A bad field and why, as the API's 400 names it: in English, and (where known) a stable code with its numbers. */
export interface FieldProblem {
  field: string;
  message: string;
  code?: FieldCode;
  params?: FieldParams;
}
