/** Households and babies. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listHouseholdsForUser } from '../../db/households.js';
import { addBaby, babiesOf, changeBaby, changeHousehold, createHousehold } from '../../services/households.js';
import { currentUser } from '../auth.js';
import { baby, babyBody, babyPatch, errorBody, householdBody, householdParams, householdPatch, householdSummary, id } from '../schemas.js';

const bid = z.strictObject({ hid: id, bid: id });

export async function householdRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/households',
    { schema: { tags: ['households'], summary: 'Households the user belongs to', response: { 200: z.object({ households: z.array(householdSummary) }), 401: errorBody } } },
    async (request) => ({ households: await listHouseholdsForUser(app.db, currentUser(request).id, new Date().toISOString()) }),
  );

  app.post(
    '/api/households',
    { schema: { tags: ['households'], summary: 'Create a household (you are its owner)', body: householdBody, response: { 201: householdSummary, 400: errorBody, 401: errorBody } } },
    async (request, reply) => reply.code(201).send(await createHousehold(app.db, currentUser(request).id, request.body.name, new Date(), request.body)),
  );

  app.patch(
    '/api/households/:hid',
    {
      config: { access: 'manage' },
      schema: {
        tags: ['households'],
        summary: 'Rename a household, or change the volume and weight units new members start with (owner only)',
        params: householdParams,
        body: householdPatch,
        response: { 200: householdSummary, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => changeHousehold(app.db, currentUser(request).id, request.params.hid, request.body),
  );

  app.get(
    '/api/households/:hid/babies',
    {
      config: { access: 'read' },
      schema: { tags: ['babies'], summary: 'Babies of a household', params: householdParams, response: { 200: z.object({ babies: z.array(baby) }), 401: errorBody, 404: errorBody } },
    },
    async (request) => ({ babies: await babiesOf(app.db, request.params.hid) }),
  );

  app.post(
    '/api/households/:hid/babies',
    {
      config: { access: 'write' },
      schema: { tags: ['babies'], summary: 'Add a baby', params: householdParams, body: babyBody, response: { 201: baby, 400: errorBody, 401: errorBody, 404: errorBody } },
    },
    async (request, reply) => reply.code(201).send(await addBaby(app.db, request.params.hid, request.body)),
  );

  app.patch(
    '/api/households/:hid/babies/:bid',
    {
      config: { access: 'write' },
      schema: { tags: ['babies'], summary: 'Rename a baby, change the birth date, or archive her (sessions kept) and bring her back', params: bid, body: babyPatch, response: { 200: baby, 400: errorBody, 401: errorBody, 404: errorBody } },
    },
    async (request) => changeBaby(app.db, request.params.hid, request.params.bid, request.body),
  );
}

