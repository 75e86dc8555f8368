/** Liveness and database reachability. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { VERSION } from '../../version.js';

export async function healthRoutes(root: FastifyInstance, opts: { ping: () => Promise<boolean> }): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const health = z.object({ status: z.enum(['ok', 'degraded']), version: z.string(), database: z.enum(['ok', 'unreachable']) });
  app.get(
    '/healthz',
    { config: { public: true }, schema: { tags: ['operations'], summary: 'Health', response: { 200: health, 503: health } } },
    async (_request, reply) => {
      const ok = await opts.ping();
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', version: VERSION, database: ok ? 'ok' : 'unreachable' });
    },
  );
}
