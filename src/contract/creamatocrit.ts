/** Creamatocrit measurements: what is sent, and what is stored. */
import { z } from 'zod';
import { SAMPLE_TYPES } from '../domain/insights/index.js';
import { id, instant } from './common.js';

export const creamatocritBody = z.strictObject({
  measuredAt: instant,
  cmctPercent: z.number().describe('Cream as a percentage of the sample column (0–30)'),
  sample: z.enum(SAMPLE_TYPES),
  frozen: z.boolean().default(false),
  massage: z.boolean().describe('Whether the sample was taken after massage'),
  sessionId: id.nullable().default(null),
});

export const creamatocritEntry = z
  .object({ id: z.string(), householdId: z.string(), createdAt: z.string(), createdBy: z.string() })
  .extend({ measuredAt: z.string(), cmctPercent: z.number(), sample: z.enum(SAMPLE_TYPES), frozen: z.boolean(), massage: z.boolean(), sessionId: z.string().nullable() })
  .meta({ id: 'CreamatocritEntry' });

export type CreamatocritInput = z.output<typeof creamatocritBody>;
export type StoredCreamatocrit = z.output<typeof creamatocritEntry>;
