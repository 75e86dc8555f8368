/** "My care contacts": whom the symptom check's call buttons ring. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CONTACT_NAME_MAX, isPhoneNumber, PHONE_MAX, REGIONS } from '../../domain/care-contacts.js';
import { careContactsOf, saveCareContacts } from '../../services/care-contacts.js';
import { currentUser } from '../auth.js';
import { errorBody, householdParams } from '../schemas.js';

const phone = z
  .string()
  .max(PHONE_MAX)
  .transform((s) => s.trim())
  .refine(isPhoneNumber, 'must be a phone number: digits, with spaces, dashes or brackets and an optional leading +');
const contact = z.strictObject({ name: z.string().max(CONTACT_NAME_MAX).transform((s) => s.trim()).default(''), phone });

const body = z.strictObject({
  /** The version read (0 when there were none). */
  version: z.int().min(0),
  region: z.enum(REGIONS).nullable(),
  emergencyPhone: phone.nullable().describe('null: the emergency number of the region'),
  urgentLine: contact.nullable(),
  parentClinician: contact.nullable().describe('Her midwife or doctor'),
  babyClinician: contact.nullable().describe("The baby's midwife, health visitor or doctor"),
});

const contactOut = z.object({ name: z.string(), phone: z.string() }).nullable();
const careContacts = z
  .object({
    region: z.enum(REGIONS).nullable(),
    emergencyPhone: z.string().nullable(),
    urgentLine: contactOut,
    parentClinician: contactOut,
    babyClinician: contactOut,
    version: z.int(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'CareContacts' });

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
        body,
        response: { 200: careContacts, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => saveCareContacts(app.db, { userId: currentUser(request).id }, request.params.hid, request.body),
  );
}
