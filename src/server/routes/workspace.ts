/** The consultant workspace. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidTimeZone } from '../../domain/time.js';
import { consultantClients } from '../../services/workspace.js';
import { currentUser } from '../auth.js';
import { errorBody } from '../schemas.js';

const flag = z.union([
  z.object({ id: z.literal('recent-triage'), level: z.enum(['call', 'urgent']), checkedAt: z.string() }),
  z.object({ id: z.literal('output-down'), percent: z.number(), lastWeekMl: z.number(), weekBeforeMl: z.number() }),
  z.object({ id: z.literal('not-emptied'), side: z.enum(['left', 'right']), hours: z.number() }),
  z.object({ id: z.literal('nappies-below'), babyId: z.string(), babyName: z.string(), nappy: z.enum(['wet', 'dirty']), count: z.number(), expected: z.number() }),
  z.object({ id: z.literal('weight-loss'), babyId: z.string(), babyName: z.string(), percent: z.number(), measuredAt: z.string() }),
  z.object({ id: z.literal('share-ending'), endsAt: z.string() }),
]);

export async function workspaceRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/consultant/clients',
    {
      schema: {
        tags: ['consultant'],
        summary: 'Every client who shared with you (read-only): household, babies, last entry, recent output and flags',
        querystring: z.strictObject({ tz: z.string().max(64).refine(isValidTimeZone, 'is not a time zone').default('UTC') }),
        response: {
          200: z.object({
            clients: z.array(
              z.object({
                householdId: z.string(),
                householdName: z.string(),
                ownerEmail: z.string(),
                accessExpiresAt: z.string().nullable(),
                babies: z.array(z.object({ id: z.string(), name: z.string(), birthDate: z.string().nullable() })),
                lastActivityAt: z.string().nullable(),
                todayPumpedMl: z.number(),
                todayFeeds: z.number(),
                last7DaysPumpedMl: z.number(),
                flags: z.array(flag),
              }),
            ),
          }),
          400: errorBody,
          401: errorBody,
        },
      },
    },
    async (request) => ({ clients: await consultantClients(app.db, currentUser(request).id, request.query.tz) }),
  );
}
