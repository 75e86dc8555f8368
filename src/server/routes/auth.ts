/** Sign-up, sign-in, sign-out and the signed-in user. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listHouseholdsForUser } from '../../db/households.js';
import { publicUser } from '../../db/users.js';
import { setPreferences, signIn, signOut, signUp, userForToken } from '../../services/accounts.js';
import { signUpFromInvite } from '../../services/sharing.js';
import { clearSessionCookie, currentUser, sessionToken, setSessionCookie } from '../auth.js';
import { credentials, errorBody, me, preferencesPatch, signupBody, user } from '../schemas.js';

export async function authRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: root.config.authRateLimit, timeWindow: 60_000 };

  app.post(
    '/api/auth/signup',
    {
      config: { public: true, rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Create an account and its household; with `invite`, join by that invite at once (a consultant then owns no household)',
        body: signupBody,
        response: { 201: me, 400: errorBody, 409: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const ua = request.headers['user-agent'] ?? null;
      const { invite, ...creds } = request.body;
      const s = invite ? await signUpFromInvite(app.db, { ...creds, invite }, app.config.sessionDays, ua) : await signUp(app.db, creds, app.config.sessionDays, ua);
      setSessionCookie(root, request, reply, s.token, s.expiresAt);
      return reply.code(201).send({ user: s.user, households: s.households });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { public: true, rateLimit },
      schema: { tags: ['auth'], summary: 'Sign in', body: credentials, response: { 200: me, 400: errorBody, 401: errorBody, 429: errorBody } },
    },
    async (request, reply) => {
      const s = await signIn(app.db, request.body, app.config.sessionDays, request.headers['user-agent'] ?? null);
      setSessionCookie(root, request, reply, s.token, s.expiresAt);
      return { user: s.user, households: s.households };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token) await signOut(app.db, token);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  // What the app asks at start. A signed-out visitor is an answer, not an error: 200 with null
  // (a 401 here would be logged as an error by the browser on every visit to the sign-in screen).
  app.get(
    '/api/auth/session',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Who is signed in on this browser: her account and households, or null', response: { 200: z.object({ account: me.nullable() }) } },
    },
    async (request) => {
      const token = sessionToken(request);
      const u = token ? await userForToken(app.db, token) : null;
      if (!u) return { account: null };
      return { account: { user: publicUser(u), households: await listHouseholdsForUser(app.db, u.id, new Date().toISOString()) } };
    },
  );

  app.get('/api/me', { schema: { tags: ['auth'], summary: 'The signed-in user and her households', response: { 200: me, 401: errorBody } } }, async (request) => {
    const u = currentUser(request);
    return { user: publicUser(u), households: await listHouseholdsForUser(app.db, u.id, new Date().toISOString()) };
  });

  app.put(
    '/api/me/preferences',
    { schema: { tags: ['auth'], summary: 'Units, theme, language and reminders (only the fields sent change)', body: preferencesPatch, response: { 200: z.object({ user }), 400: errorBody, 401: errorBody } } },
    async (request) => ({ user: await setPreferences(app.db, currentUser(request).id, request.body) }),
  );
}
