/** The massage routine library, for other clients (the web app ships the same content offline). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROUTINE_IDS } from '../../domain/routine-ids.js';
import { disclaimer, faq, getRoutine, LANGS, listRoutines, REFERENCES, whenNotToMassage } from '../../domain/routines/index.js';
import { notFound } from '../../errors.js';
import { errorBody } from '../schemas.js';

const langQuery = z.strictObject({ lang: z.enum(LANGS).default('en') });
const citation = z.object({ key: z.string(), citation: z.string() });
const routine = z
  .object({
    id: z.enum(ROUTINE_IDS),
    lang: z.enum(LANGS),
    title: z.string(),
    purpose: z.string(),
    evidence: z.string(),
    note: z.string().nullable(),
    when: z.array(z.string()),
    perSide: z.boolean(),
    /** Played while pumping: the player times a pump session with this massage during it. */
    pumpSession: z.boolean(),
    totalSeconds: z.number(),
    steps: z.array(z.object({ id: z.string(), text: z.string(), seconds: z.number(), pictureId: z.string(), picture: z.string() })),
    cautions: z.array(z.object({ id: z.string(), text: z.string(), citations: z.array(citation) })),
    citations: z.array(citation),
    techniques: z.array(z.string()),
    suitableForInflammation: z.boolean(),
  })
  .meta({ id: 'Routine' });

export async function routineRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  // Reference content, the same for everyone: public and cacheable.
  const cache = 'public, max-age=3600';

  app.get(
    '/api/routines',
    {
      config: { public: true },
      schema: {
        tags: ['routines'],
        summary: 'The massage routine library, "when not to massage", the FAQ and the references',
        querystring: langQuery,
        response: {
          200: z.object({
            routines: z.array(routine),
            whenNotToMassage: z.array(z.unknown()),
            faq: z.array(z.unknown()),
            disclaimer: z.string(),
            references: z.array(citation),
          }),
          400: errorBody,
        },
      },
    },
    async (request, reply) => {
      const lang = request.query.lang;
      reply.header('cache-control', cache);
      return { routines: listRoutines(lang), whenNotToMassage: whenNotToMassage(lang), faq: faq(lang), disclaimer: disclaimer(lang), references: [...REFERENCES] };
    },
  );

  app.get(
    '/api/routines/:id',
    {
      config: { public: true },
      schema: { tags: ['routines'], summary: 'One routine', params: z.strictObject({ id: z.string().max(64) }), querystring: langQuery, response: { 200: routine, 400: errorBody, 404: errorBody } },
    },
    async (request, reply) => {
      const r = getRoutine(request.params.id, request.query.lang);
      if (!r) throw notFound('routine');
      reply.header('cache-control', cache);
      return r;
    },
  );
}
