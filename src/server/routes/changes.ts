/** What changed in a household since a device last asked. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changesSince } from '../../services/changes.js';
import { errorBody, householdParams, session } from '../schemas.js';
import { careNote, nappy, weight } from '../../contract/baby.js';

export async function changesRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/households/:hid/changes',
    {
      config: { access: 'read' },
      schema: {
        tags: ['sync'],
        summary: 'Sessions, nappies, weights and care notes changed (deleted ones included) and checks saved since `since`; poll every few seconds, pass `next` back. `since=now` gives only a position to start from',
        params: householdParams,
        querystring: z.strictObject({ since: z.string().max(1000).optional().describe("`next` from the last answer, or `now`") }),
        response: {
          200: z.object({ sessions: z.array(session), nappies: z.array(nappy), weights: z.array(weight), careNotes: z.array(careNote), symptomCheckIds: z.array(z.string()), next: z.string(), more: z.boolean() }),
          400: errorBody,
          401: errorBody,
          404: errorBody,
        },
      },
    },
    async (request) => changesSince(app.db, request.params.hid, request.query.since),
  );
}
