/** Creamatocrit measurements and the milk quality they show. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { creamatocritBody, creamatocritEntry } from '../../contract/creamatocrit.js';
import { entriesOf, milkQualityOf, removeEntry, saveEntry } from '../../services/creamatocrit.js';
import { currentUser } from '../auth.js';
import { voiceOf } from '../access.js';
import { errorBody, householdItemParams, householdParams, instant } from '../schemas.js';

const range = z.strictObject({ from: instant.optional(), to: instant.optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) });

export async function creamatocritRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.put(
    '/api/households/:hid/creamatocrit/:id',
    {
      config: { access: 'write' },
      schema: { tags: ['insights'], summary: 'Save a creamatocrit measurement under a client-made UUID', params: householdItemParams, body: creamatocritBody, response: { 200: creamatocritEntry, 201: creamatocritEntry, 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody } },
    },
    async (request, reply) => {
      const r = await saveEntry(app.db, { userId: currentUser(request).id }, request.params.hid, request.params.id, request.body);
      return reply.code(r.status).send(r.entry);
    },
  );

  app.delete(
    '/api/households/:hid/creamatocrit/:id',
    {
      config: { access: 'write' },
      schema: { tags: ['insights'], summary: 'Delete a measurement', params: householdItemParams, response: { 204: z.null(), 401: errorBody, 404: errorBody } },
    },
    async (request, reply) => {
      await removeEntry(app.db, request.params.hid, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/households/:hid/creamatocrit',
    {
      config: { access: 'read' },
      schema: { tags: ['insights'], summary: 'Measurements, newest first', params: householdParams, querystring: range, response: { 200: z.object({ entries: z.array(creamatocritEntry) }), 400: errorBody, 401: errorBody, 404: errorBody } },
    },
    async (request) => ({ entries: await entriesOf(app.db, request.params.hid, request.query) }),
  );

  app.get(
    '/api/households/:hid/insights/milk-quality',
    {
      config: { access: 'read' },
      schema: {
        tags: ['insights'],
        summary: 'Fat (g/L) and energy (kcal/L) from creamatocrit, with and without massage, with sources',
        params: householdParams,
        querystring: range.omit({ limit: true }),
        response: { 200: z.unknown().meta({ id: 'MilkQuality', description: 'converted entries, comparisons by sample type, notes with sources' }), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => milkQualityOf(app.db, request.params.hid, request.query, voiceOf(request.role)),
  );
}
