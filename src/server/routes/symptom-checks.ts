/** Symptom checks and triage. The answers are validated by the triage engine's own validator. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkById, checksOf, saveCheck, triageNow } from '../../services/symptom-checks.js';
import { currentUser } from '../auth.js';
import { errorBody, householdItemParams, householdParams, instant } from '../schemas.js';

const answers = z
  .record(z.string(), z.unknown())
  .describe('The wizard answers (see SymptomAnswers; `about` says which questions were asked); unanswered questions may be left out. The first version’s diabetesOrWeakImmunity, fastHeartOrBreathing and pusOrBlood are still read.');
// The answers and results are the triage engine's own types, checked by its own validator; the
// document describes them in words rather than duplicating them as a second schema.
const result = z.unknown().meta({ id: 'TriageResult', description: 'level (self-care | watch | call | urgent | emergency), rulesVersion, fired rules (id, level, who: parent | baby, reason, citations, own: Lactea’s own rule), contacts (who to call: who, kind: emergency | urgent-line | clinician | feeding-help), nextSteps, avoid, fitRoutines, avoidRoutines, recheckInHours, citations, disclaimer. Results saved by the first rules version (2026-11-23.1) have no contacts, who or own.' });
const check = z.unknown().meta({ id: 'SymptomCheck', description: 'id, householdId, checkedAt, answers, result (a TriageResult), rulesVersion, createdAt, createdBy' });

export async function symptomCheckRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/triage',
    {
      schema: {
        tags: ['symptom checks'],
        summary: 'Evaluate answers without saving (no history is taken into account)',
        body: z.strictObject({ answers }),
        response: { 200: result, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => triageNow(request.body.answers),
  );

  app.put(
    '/api/households/:hid/symptom-checks/:id',
    {
      config: { access: 'write' },
      schema: {
        tags: ['symptom checks'],
        summary: 'Save a check under a client-made UUID; the result takes earlier checks into account',
        params: householdItemParams,
        body: z.strictObject({ answers, checkedAt: instant.optional() }),
        response: { 200: check, 201: check, 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const r = await saveCheck(app.db, { userId: currentUser(request).id }, request.params.hid, request.params.id, request.body);
      return reply.code(r.status).send(r.check);
    },
  );

  app.get(
    '/api/households/:hid/symptom-checks',
    {
      config: { access: 'read' },
      schema: {
        tags: ['symptom checks'],
        summary: 'Saved checks, newest first',
        params: householdParams,
        querystring: z.strictObject({ from: instant.optional(), to: instant.optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ checks: z.array(check) }), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => ({ checks: await checksOf(app.db, request.params.hid, request.query) }),
  );

  app.get(
    '/api/households/:hid/symptom-checks/:id',
    {
      config: { access: 'read' },
      schema: { tags: ['symptom checks'], summary: 'One saved check', params: householdItemParams, response: { 200: check, 401: errorBody, 404: errorBody } },
    },
    async (request) => checkById(app.db, request.params.hid, request.params.id),
  );
}
