/** The consultant workspace: her clients, with recent output and flags. */
import { z } from 'zod';

export const clientFlag = z.union([
  z.object({ id: z.literal('recent-triage'), level: z.enum(['call', 'urgent']), checkedAt: z.string() }),
  z.object({ id: z.literal('output-down'), percent: z.number(), lastWeekMl: z.number(), weekBeforeMl: z.number() }),
  z.object({ id: z.literal('not-emptied'), side: z.enum(['left', 'right']), hours: z.number() }),
]);

export const client = z.object({
  householdId: z.string(),
  householdName: z.string(),
  ownerEmail: z.string(),
  accessExpiresAt: z.string().nullable(),
  lastActivityAt: z.string().nullable(),
  todayPumpedMl: z.number(),
  todayFeeds: z.number(),
  last7DaysPumpedMl: z.number(),
  flags: z.array(clientFlag),
});

export type ClientFlag = z.output<typeof clientFlag>;
export type Client = z.output<typeof client>;
