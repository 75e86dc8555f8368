/** "My care contacts": whom the symptom check's call buttons ring. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { careContacts, careContactsBody } from '../../contract/care-contacts.js';
import { careContactsOf, saveCareContacts } from '../../services/care-contacts.js';
import { currentUser } from '../auth.js';
import { errorBody, householdParams } from '../schemas.js';

export async function careContactRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/households/:hid/care-contacts',
    {
      config: { access: 'read' },
      schema: { tags: ['households'], summary: 'The care contacts (version 0 and none set when never saved)', params: householdParams, response: { 200: careContacts, 401: errorBody, 404: errorBody } },
    },
    async (request) => careContactsOf(app.db, request.params.hid),
  );

  app.put(
    '/api/households/:hid/care-contacts',
    {
      config: { access: 'write' },
      schema: {
        tags: ['households'],
        summary: 'Save the care contacts with the version read; a stale version is refused with 409 and the current contacts',
        params: householdParams,
        body: careContactsBody,
        response: { 200: careContacts, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => saveCareContacts(app.db, { userId: currentUser(request).id }, request.params.hid, request.body),
  );
}
