/** Sharing: invites by link, members, revocation, the access log. Only the owner manages. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessLogEntry, createdInvite, invitePreview, inviteRole, member, shares } from '../../contract/sharing.js';
import { acceptInvite, accessLogOf, changeShare, createInvite, previewInvite, revokeShare, sharesOf } from '../../services/sharing.js';
import { currentUser } from '../auth.js';
import { errorBody, householdItemParams, householdParams, householdSummary, instant } from '../schemas.js';

const tokenParams = z.strictObject({ token: z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/, 'is not an invite token') });

export async function sharingRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: root.config.authRateLimit, timeWindow: 60_000 };

  app.get(
    '/api/households/:hid/shares',
    {
      config: { access: 'manage' },
      schema: { tags: ['sharing'], summary: 'Who has access, and open invites', params: householdParams, response: { 200: shares, 401: errorBody, 403: errorBody, 404: errorBody } },
    },
    async (request) => sharesOf(app.db, request.params.hid),
  );

  app.post(
    '/api/households/:hid/shares',
    {
      config: { access: 'manage' },
      schema: {
        tags: ['sharing'],
        summary: 'Invite a caregiver or a consultant; the token is shown once and is valid for 7 days, once',
        params: householdParams,
        body: z.strictObject({ role: inviteRole, accessExpiresAt: instant.nullable().default(null) }),
        response: { 201: createdInvite, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => reply.code(201).send(await createInvite(app.db, { userId: currentUser(request).id }, request.params.hid, request.body)),
  );

  app.patch(
    '/api/households/:hid/shares/:id',
    {
      config: { access: 'manage' },
      schema: {
        tags: ['sharing'],
        summary: "Change a member's role or a consultant's expiry",
        params: householdItemParams,
        body: z.strictObject({ role: inviteRole.optional(), expiresAt: instant.nullable().optional() }),
        response: { 200: member, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => changeShare(app.db, request.params.hid, request.params.id, request.body),
  );

  app.delete(
    '/api/households/:hid/shares/:id',
    {
      config: { access: 'manage' },
      schema: { tags: ['sharing'], summary: "Revoke an open invite (by its id) or a member's access (by user id), at once", params: householdItemParams, response: { 204: z.null(), 401: errorBody, 403: errorBody, 404: errorBody } },
    },
    async (request, reply) => {
      await revokeShare(app.db, { userId: currentUser(request).id }, request.params.hid, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/households/:hid/access-log',
    {
      config: { access: 'manage' },
      schema: {
        tags: ['sharing'],
        summary: 'Who read or changed what, and when (consultant reads and every change by others)',
        params: householdParams,
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: {
          200: z.object({ entries: z.array(accessLogEntry) }),
          401: errorBody,
          403: errorBody,
          404: errorBody,
        },
      },
    },
    async (request) => ({ entries: await accessLogOf(app.db, request.params.hid, request.query.limit) }),
  );

  app.get(
    '/api/invites/:token',
    {
      config: { public: true, rateLimit },
      schema: {
        tags: ['sharing'],
        summary: 'What an invite offers',
        params: tokenParams,
        response: { 200: invitePreview, 400: errorBody, 404: errorBody, 429: errorBody },
      },
    },
    async (request) => previewInvite(app.db, request.params.token),
  );

  app.post(
    '/api/invites/:token/accept',
    {
      config: { rateLimit },
      schema: { tags: ['sharing'], summary: 'Accept an invite (signed in)', params: tokenParams, response: { 200: householdSummary, 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody, 429: errorBody } },
    },
    async (request) => acceptInvite(app.db, currentUser(request), request.params.token),
  );
}
