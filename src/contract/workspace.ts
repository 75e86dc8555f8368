/** The consultant workspace: her clients, with their babies, recent output and flags. */
import { z } from 'zod';

export const clientFlag = z.union([
  z.object({ id: z.literal('recent-triage'), level: z.enum(['call', 'urgent', 'emergency']), checkedAt: z.string() }),
  z.object({ id: z.literal('output-down'), percent: z.number(), lastWeekMl: z.number(), weekBeforeMl: z.number() }),
  z.object({ id: z.literal('not-emptied'), side: z.enum(['left', 'right']), hours: z.number() }),
  z.object({ id: z.literal('nappies-below'), babyId: z.string(), babyName: z.string(), nappy: z.enum(['wet', 'dirty']), window: z.enum(['yesterday', 'last-24h']), count: z.number(), expected: z.number() }),
  z.object({ id: z.literal('weight-loss'), babyId: z.string(), babyName: z.string(), percent: z.number(), measuredAt: z.string() }),
  z.object({ id: z.literal('share-ending'), endsAt: z.string() }),
]);

export const client = z.object({
  householdId: z.string(),
  householdName: z.string(),
  ownerEmail: z.string(),
  accessExpiresAt: z.string().nullable(),
  babies: z.array(z.object({ id: z.string(), name: z.string(), birthDate: z.string().nullable() })),
  lastActivityAt: z.string().nullable(),
  todayPumpedMl: z.number(),
  todayFeeds: z.number(),
  last7DaysPumpedMl: z.number(),
  flags: z.array(clientFlag),
});

export type ClientFlag = z.output<typeof clientFlag>;
export type Client = z.output<typeof client>;
