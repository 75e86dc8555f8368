/** The session log. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../auth.js';
import { deleteSession, getSession, listSessionPage, putSession } from '../../services/sessions.js';
import { errorBody, householdItemParams, householdParams, session, sessionBody, sessionListQuery } from '../schemas.js';

const conflictBody = errorBody.extend({ current: session });

export async function sessionRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/households/:hid/sessions',
    {
      config: { access: 'read' },
      schema: {
        tags: ['sessions'],
        summary: 'Sessions, newest first; `from`/`to` bound startedAt as [from, to)',
        params: householdParams,
        querystring: sessionListQuery,
        response: { 200: z.object({ sessions: z.array(session), nextCursor: z.string().nullable() }), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const q = request.query;
      return listSessionPage(app.db, request.params.hid, { from: q.from, to: q.to, kind: q.kind, babyId: q.baby, cursor: q.cursor, limit: q.limit });
    },
  );

  app.get(
    '/api/households/:hid/sessions/:id',
    {
      config: { access: 'read' },
      schema: { tags: ['sessions'], summary: 'One session', params: householdItemParams, response: { 200: session, 401: errorBody, 404: errorBody } },
    },
    async (request) => getSession(app.db, request.params.hid, request.params.id),
  );

  app.put(
    '/api/households/:hid/sessions/:id',
    {
      config: { access: 'write' },
      schema: {
        tags: ['sessions'],
        summary: 'Create or replace a session under a client-made UUID (idempotent; edits carry the version read)',
        params: householdItemParams,
        body: sessionBody,
        response: { 200: session, 201: session, 400: errorBody, 401: errorBody, 404: errorBody, 409: conflictBody },
      },
    },
    async (request, reply) => {
      const { version, ...input } = request.body;
      const r = await putSession(app.db, { userId: currentUser(request).id }, request.params.hid, request.params.id, input, version);
      return reply.code(r.status).send(r.session);
    },
  );

  app.delete(
    '/api/households/:hid/sessions/:id',
    {
      config: { access: 'write' },
      schema: { tags: ['sessions'], summary: 'Delete a session (kept for sync, hidden from lists)', params: householdItemParams, response: { 204: z.null(), 401: errorBody, 404: errorBody } },
    },
    async (request, reply) => {
      await deleteSession(app.db, request.params.hid, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
