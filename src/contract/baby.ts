/**
 * The baby's side and the consultant's notes: nappies, weights (the birth weight among them) and
 * care notes, as sent and as stored (versioned, soft-deleted, like sessions).
 */
import { z } from 'zod';
import { CARE_NOTE_KINDS } from '../domain/baby/care-note.js';
import { NAPPY_KINDS, STOOL_COLOURS } from '../domain/baby/nappy.js';
import { WEIGHT_PLACES } from '../domain/baby/weight.js';
import { LIMITS } from '../domain/limits.js';
import { id, instant } from './common.js';

/** The version the client read; omitted when creating. */
const version = z.int().min(1).optional().describe('The version you read; omit when creating');
const notes = z.string().max(LIMITS.maxNotesLength).default('');

export const nappyBody = z.strictObject({
  babyId: id,
  changedAt: instant,
  kind: z.enum(NAPPY_KINDS),
  colour: z.enum(STOOL_COLOURS).nullable().default(null).describe('Only for a dirty nappy'),
  pinkUrates: z.boolean().default(false).describe('Only for a wet nappy'),
  notes,
  version,
});

export const weightBody = z.strictObject({
  babyId: id,
  measuredAt: instant,
  grams: z
    .number()
    .min(LIMITS.weightGrams.min, `must be at least ${LIMITS.weightGrams.min} g`)
    .max(LIMITS.weightGrams.max, `must be at most ${LIMITS.weightGrams.max} g`),
  birth: z.boolean().default(false).describe('The birth weight (one per baby)'),
  place: z.enum(WEIGHT_PLACES).default('home'),
  notes,
  version,
});

export const careNoteBody = z.strictObject({
  kind: z.enum(CARE_NOTE_KINDS).default('note'),
  notedAt: instant,
  body: z.string().max(LIMITS.maxCareNoteLength),
  version,
});

const meta = {
  id: z.uuid(),
  householdId: z.uuid(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  deletedAt: z.string().nullable(),
};

export const nappy = z.object(meta).extend(nappyBody.omit({ version: true }).shape).meta({ id: 'Nappy' });
export const weight = z.object(meta).extend(weightBody.omit({ version: true }).shape).meta({ id: 'Weight' });
export const careNote = z.object(meta).extend(careNoteBody.omit({ version: true }).shape).meta({ id: 'CareNote' });
export const careNoteView = careNote.extend({ authorEmail: z.string().nullable() }).meta({ id: 'CareNoteWithAuthor' });

export const recordListQuery = z.strictObject({
  from: instant.optional(),
  to: instant.optional(),
  baby: id.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export type CareNoteView = z.output<typeof careNoteView>;
