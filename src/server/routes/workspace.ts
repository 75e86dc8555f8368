/** The consultant workspace. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidTimeZone } from '../../domain/time.js';
import { consultantClients } from '../../services/workspace.js';
import { currentUser } from '../auth.js';
import { client } from '../../contract/workspace.js';
import { errorBody } from '../schemas.js';

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
            clients: z.array(client),
          }),
          400: errorBody,
          401: errorBody,
        },
      },
    },
    async (request) => ({ clients: await consultantClients(app.db, currentUser(request).id, request.query.tz) }),
  );
}
