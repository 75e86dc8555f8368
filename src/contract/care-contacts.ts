/** "My care contacts": what is sent to save them, and what is answered. */
import { z } from 'zod';
import { CONTACT_NAME_MAX, isPhoneNumber, PHONE_MAX, REGIONS } from '../domain/care-contacts.js';

const phone = z
  .string()
  .max(PHONE_MAX)
  .transform((s) => s.trim())
  .refine(isPhoneNumber, 'must be a phone number: digits, with spaces, dashes or brackets and an optional leading +');
const contact = z.strictObject({ name: z.string().max(CONTACT_NAME_MAX).transform((s) => s.trim()).default(''), phone });

export const careContactsBody = z.strictObject({
  /** The version read (0 when there were none). */
  version: z.int().min(0),
  region: z.enum(REGIONS).nullable(),
  emergencyPhone: phone.nullable().describe('null: the emergency number of the region'),
  urgentLine: contact.nullable(),
  parentClinician: contact.nullable().describe('Her midwife or doctor'),
  babyClinician: contact.nullable().describe("The baby's midwife, health visitor or doctor"),
});

const contactOut = z.object({ name: z.string(), phone: z.string() }).nullable();

export const careContacts = z
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

export type CareContactsInput = z.output<typeof careContactsBody>;
