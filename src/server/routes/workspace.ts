/** The consultant workspace. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidTimeZone } from '../../domain/time.js';
import { consultantClients } from '../../services/workspace.js';
import { currentUser } from '../auth.js';
import { errorBody } from '../schemas.js';

const flag = z.union([
  z.object({ id: z.literal('recent-triage'), level: z.enum(['call', 'urgent', 'emergency']), checkedAt: z.string() }),
  z.object({ id: z.literal('output-down'), percent: z.number(), lastWeekMl: z.number(), weekBeforeMl: z.number() }),
  z.object({ id: z.literal('not-emptied'), side: z.enum(['left', 'right']), hours: z.number() }),
]);

export async function workspaceRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/consultant/clients',
    {
      schema: {
        tags: ['consultant'],
        summary: 'Every client who shared with you (read-only), with recent output and flags',
        querystring: z.strictObject({ tz: z.string().max(64).refine(isValidTimeZone, 'is not a time zone').default('UTC') }),
        response: {
          200: z.object({
            clients: z.array(
              z.object({
                householdId: z.string(),
                householdName: z.string(),
                ownerEmail: z.string(),
                accessExpiresAt: z.string().nullable(),
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
