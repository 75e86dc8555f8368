/**
 * Zod schemas for request bodies, queries and params; the OpenAPI document is generated from them.
 * Shapes the web client uses too belong in src/contract (it takes their types from there).
 */
import { z } from 'zod';
import { volumeUnit, weightUnit } from '../contract/account.js';
import { calendarDate, id, instant } from '../contract/common.js';
import { FIRST_RUN_STEPS, LANGUAGES, ROLES, THEMES } from '../domain/account.js';
import { ERROR_CODES, FIELD_CODES } from '../domain/error-codes.js';
import { LIMITS } from '../domain/limits.js';
import { MASSAGE_TIMINGS, MASSAGE_TOOLS, MILK_TYPES, SESSION_KINDS, SIDES } from '../domain/session.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../services/passwords.js';

// The fields every area shares live in the contract (src/contract/common.ts); the routes find them here too.
export { calendarDate, id, instant, volumeUnit, weightUnit };

const volume = (max: number) => z.number().min(0, 'must not be negative').max(max, `must be at most ${max} mL`);
const scale = (min: number, max: number) => z.int().min(min).max(max);

export const segment = z.strictObject({ side: z.enum(SIDES), start: instant, end: instant.nullable() });

export const massage = z.strictObject({
  routineId: z.string().max(64).nullable().default(null),
  timing: z.enum(MASSAGE_TIMINGS),
  minutes: z.number().min(0).max(LIMITS.maxMassageMinutes),
  tool: z.enum(MASSAGE_TOOLS),
  vibration: z.boolean().default(false),
  heat: z.boolean().default(false),
});

export const sessionBody = z.strictObject({
  kind: z.enum(SESSION_KINDS),
  babyId: id.nullable().default(null),
  startedAt: instant,
  endedAt: instant.nullable(),
  segments: z.array(segment).max(LIMITS.maxSegments).default([]),
  leftMl: volume(LIMITS.maxSideVolumeMl).nullable().default(null),
  rightMl: volume(LIMITS.maxSideVolumeMl).nullable().default(null),
  volumeMl: volume(LIMITS.maxBottleVolumeMl).nullable().default(null),
  milkType: z.enum(MILK_TYPES).nullable().default(null),
  massage: massage.nullable().default(null),
  painBefore: scale(LIMITS.pain.min, LIMITS.pain.max).nullable().default(null),
  painAfter: scale(LIMITS.pain.min, LIMITS.pain.max).nullable().default(null),
  fullnessBefore: scale(LIMITS.fullness.min, LIMITS.fullness.max).nullable().default(null),
  fullnessAfter: scale(LIMITS.fullness.min, LIMITS.fullness.max).nullable().default(null),
  notes: z.string().max(LIMITS.maxNotesLength).default(''),
  /** The version the client read; omit when creating. */
  version: z.int().min(1).optional(),
});

export const session = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string(),
    deletedAt: z.string().nullable(),
  })
  .extend(sessionBody.omit({ version: true }).shape)
  .meta({ id: 'Session' });

export const sessionListQuery = z.strictObject({
  from: instant.optional(),
  to: instant.optional(),
  kind: z.enum(SESSION_KINDS).optional(),
  baby: id.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const householdParams = z.strictObject({ hid: id });
export const householdItemParams = z.strictObject({ hid: id, id });

const email = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.email('must be an email address').max(254));

export const credentials = z.strictObject({
  email,
  password: z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH),
});

export const signupBody = credentials.extend({
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(MAX_PASSWORD_LENGTH),
  /** The language of the screen she signed up on; her account keeps it (default English). */
  language: z.enum(LANGUAGES).optional(),
  /** Signing up from an invite link: join at once (a consultant then owns no household). */
  invite: z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/, 'is not an invite token').optional(),
});

const reminderHours = z.number().min(0.5, 'must be at least half an hour').max(24, 'must be at most 24 hours');

export const preferences = z.strictObject({
  volumeUnit,
  weightUnit: weightUnit.describe("Babies' weights: 'kg' (kilograms and grams) or 'lb' (pounds and ounces)"),
  temperatureUnit: z.enum(['c', 'f']),
  theme: z.enum(THEMES),
  language: z.enum(LANGUAGES),
  emptyingReminder: z.strictObject({ dayHours: reminderHours, nightHours: reminderHours }).nullable(),
  firstRun: z.enum([...FIRST_RUN_STEPS, 'done']).describe('Where she is in the guided start after sign-up'),
});

/** A change to some preferences; the others stay as they are. */
export const preferencesPatch = preferences.partial();

export const user = z.object({ id: z.uuid(), email: z.string(), createdAt: z.string(), preferences }).meta({ id: 'User' });

export const householdSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.enum(ROLES),
    createdAt: z.string(),
    volumeUnit: volumeUnit.describe('The volume unit new members start with'),
    weightUnit: weightUnit.describe('The weight unit new members start with'),
  })
  .meta({ id: 'Household' });

export const me = z.object({ user, households: z.array(householdSummary) });

export const name = z.string().trim().min(1, 'is required').max(LIMITS.maxNameLength);

export const householdBody = z.strictObject({
  name,
  volumeUnit: volumeUnit.optional(),
  weightUnit: weightUnit.optional().describe("Default: the one that goes with the volume unit (mL with 'kg', fl oz with 'lb')"),
});
export const householdPatch = z.strictObject({ name: name.optional(), volumeUnit: volumeUnit.optional(), weightUnit: weightUnit.optional() });

export const babyBody = z.strictObject({ name, birthDate: calendarDate.nullable().default(null) });
export const babyPatch = z.strictObject({
  name: name.optional(),
  birthDate: calendarDate.nullable().optional(),
  /** True archives her (hidden from pickers, her sessions kept); false brings her back. */
  archived: z.boolean().optional(),
});
export const baby = z
  .object({ id: z.uuid(), householdId: z.uuid(), name: z.string(), birthDate: z.string().nullable(), createdAt: z.string(), archivedAt: z.string().nullable() })
  .meta({ id: 'Baby' });

export const errorBody = z
  .object({
    error: z.string().describe('The broad category: bad_request, unauthorized, forbidden, not_found, conflict, …'),
    code: z.enum(ERROR_CODES).describe('A stable code for this failure, for clients to translate'),
    message: z.string().describe('What went wrong, in English'),
    fields: z.record(z.string(), z.string()).optional().describe('Each bad field (a dotted path) and why, in English'),
    fieldCodes: z.record(z.string(), z.enum(FIELD_CODES)).optional().describe('Each bad field and a stable code for why'),
    fieldParams: z.record(z.string(), z.object({ min: z.number().optional(), max: z.number().optional() })).optional().describe('Numbers a field code names'),
  })
  .meta({ id: 'Error' });
