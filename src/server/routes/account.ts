/** The signed-in user's own account: password, sign-in sessions, export, deletion. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePassword, deleteAccount, endSignInSession, signInSessions } from '../../services/account.js';
import { exportAccount, exportFileName, exportZip } from '../../services/export.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../services/passwords.js';
import { clearSessionCookie, currentUser, sessionToken } from '../auth.js';
import { signInSession } from '../../contract/account.js';
import { errorBody } from '../schemas.js';

function token(request: Parameters<typeof sessionToken>[0]): string {
  return sessionToken(request) ?? '';
}

export async function accountRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.put(
    '/api/me/password',
    {
      config: { rateLimit: { max: root.config.authRateLimit, timeWindow: 60_000 } },
      schema: {
        tags: ['account'],
        summary: 'Change the password; every other sign-in is ended',
        body: z.strictObject({
          currentPassword: z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH),
          newPassword: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(MAX_PASSWORD_LENGTH),
        }),
        response: { 200: z.object({ endedSessions: z.number() }), 400: errorBody, 401: errorBody, 429: errorBody },
      },
    },
    async (request) => changePassword(app.db, currentUser(request).id, token(request), request.body),
  );

  app.get(
    '/api/me/sessions',
    {
      schema: {
        tags: ['account'],
        summary: 'Where she is signed in',
        response: { 200: z.object({ sessions: z.array(signInSession) }), 401: errorBody },
      },
    },
    async (request) => ({ sessions: await signInSessions(app.db, currentUser(request).id, token(request)) }),
  );

  app.delete(
    '/api/me/sessions/:id',
    {
      schema: { tags: ['account'], summary: 'End one sign-in', params: z.strictObject({ id: z.string().regex(/^[0-9a-f]{64}$/, 'is not a session id') }), response: { 204: z.null(), 400: errorBody, 401: errorBody, 404: errorBody } },
    },
    async (request, reply) => {
      await endSignInSession(app.db, currentUser(request).id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me/export',
    {
      schema: {
        tags: ['account'],
        summary: 'All her data (her account and every household she owns): a zip of lactea-export.json and one CSV file per kind of record, or the JSON alone',
        querystring: z.strictObject({ format: z.enum(['zip', 'json']).default('zip') }),
        response: { 200: z.unknown().meta({ description: 'application/zip, or lactea-export-2 JSON' }), 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const now = new Date();
      const data = await exportAccount(app.db, currentUser(request).id, now);
      const format = request.query.format;
      reply.header('content-disposition', `attachment; filename="${exportFileName(now, format)}"`);
      if (format === 'json') return data;
      return reply.type('application/zip').send(Buffer.from(exportZip(data)));
    },
  );

  app.delete(
    '/api/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Delete the account and the households she owns (type your email to confirm)',
        body: z.strictObject({ confirm: z.string().max(254) }),
        response: { 204: z.null(), 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      await deleteAccount(app.db, currentUser(request).id, request.body.confirm);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );
}
