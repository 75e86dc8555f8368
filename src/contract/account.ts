/** The signed-in account and where she is signed in. */
import { z } from 'zod';
import type { HouseholdSummary, User } from '../domain/account.js';
import { VOLUME_UNITS, WEIGHT_UNITS } from '../domain/units.js';

/** Milk volumes: millilitres or US fluid ounces. */
export const volumeUnit = z.enum(VOLUME_UNITS);
/** Babies' weights: kilograms (and grams), or pounds and ounces; apart from the volume unit. */
export const weightUnit = z.enum(WEIGHT_UNITS);

export const signInSession = z.object({ id: z.string(), createdAt: z.string(), expiresAt: z.string(), userAgent: z.string().nullable(), current: z.boolean() });

export type SignInSession = z.output<typeof signInSession>;

/** Who is signed in, and her households: the answer to sign-up, sign-in and GET /api/me. */
export interface Account {
  user: User;
  households: HouseholdSummary[];
}
