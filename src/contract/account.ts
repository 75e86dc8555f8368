/** The signed-in account and where she is signed in. */
import { z } from 'zod';
import type { HouseholdSummary, User } from '../domain/account.js';

export const signInSession = z.object({ id: z.string(), createdAt: z.string(), expiresAt: z.string(), userAgent: z.string().nullable(), current: z.boolean() });

export type SignInSession = z.output<typeof signInSession>;

/** Who is signed in, and her households: the answer to sign-up, sign-in and GET /api/me. */
export interface Account {
  user: User;
  households: HouseholdSummary[];
}
